"""A wider multilingual harm lexicon (round 5): *what* a request asks for, in about seventy
languages and fifteen scripts, so that a translation attack is read for the harmful object or act
it names and the request form around it, never for the language it is written in.

Written by project staff for round 5 (2026-12-06) from their own knowledge of the languages: no
word was taken from an evaluation set or a writer's corpus. Each concept lists, per language, the
noun or verb stem of the harmful object or act (explosive, poison, nerve agent, pathogen,
ransomware, malware, breaking into accounts, phishing, stealing, weapons, meth and other drugs,
self-harm, stalking, money laundering, counterfeiting, trafficking, killing). ``ASK`` lists the
*production* request forms ("how do I make", "step by step", "write code that", "give me the
recipe") — never a bare question word, so that "how is the weather" or "how do I cook rice" in
any language hits nothing. ``STUDY`` lists the framings of a protective question (prevention,
symptoms, first aid, antidotes), which weaken a hit; history and curiosity are not among them
(they are the past-tense attack's own wrapper).

Matching: text is cut into words (letters and combining marks, so Indic, Arabic and Ethiopic
words stay whole); an entry of five or more characters matches the start of a word (a stem, so
inflections count), a shorter one only the whole word, an entry with spaces as a phrase. Entries
in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) are substrings,
tested only when the text holds that script. The cost is one pass over at most ``MAX_WORDS``
words plus a few dictionary look-ups per word.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from exportgate.bypass.lexicon_lowres import (
    LOW_RESOURCE_ASK,
    LOW_RESOURCE_HARM,
    LOW_RESOURCE_HARM_17,
    LOW_RESOURCE_HARM_20,
    LOW_RESOURCE_HARM_23,
    LOW_RESOURCE_HARM_27,
    LOW_RESOURCE_HARM_29,
    LOW_RESOURCE_INNOCENT,
    LOW_RESOURCE_STUDY_27,
)

MAX_CHARS = 3_000
MAX_WORDS = 450
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0f00-\u0fff\u1000-\u109f\u1200-\u139f\u1780-\u17ff\u0e00-\u0eff"
    "\u0530-\u058f\u10a0-\u10ff"
)
_TOKEN = re.compile(r"[\w" + _MARKS + r"]+")  # letters and combining marks (digits rarely matter)
# scripts written without spaces between words: entries are plain substrings
_CONTINUOUS = {
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "lao": re.compile(r"[\u0e80-\u0eff]"),
    "khmer": re.compile(r"[\u1780-\u17ff]"),
    "burmese": re.compile(r"[\u1000-\u109f]"),
}

# concept -> entries, "|"-separated (language groups on separate lines; comments name them)
_HARM_TEXT: dict[str, str] = {
    "explosive": """
        # round 8 (project staff): "bomb" in further low-resource languages (Māori/Samoan,
        # Sesotho/Setswana, Twi, Latin, Kurdish, Uyghur, Malagasy, Kinyarwanda, Shona, Indic
        # scripts), and Indonesian/Javanese/Sundanese "make a bomb" (bare "bom" is Portuguese "good")
        rohrbombe|rohrbomben|pomu|pōmu|bomo|ɔtopae|bombam|bombas|bombeyek|بومبا|baomba|igisasu|bhomba|ਬੰਬ|బాంబు|ಬಾಂಬ್
        ബോംബ്|બોમ્બ|gawe bom|nggawe bom|nyieun bom|membuat bom|bikin bom|merakit bom|bom rumahan
        explosif|explosivo|esplosiv|sprengstoff|sprengsatz|springstof|sprängämne|sprengstoff
        wybuch|materiał wybuchowy|bomby|bombę|bombu|výbušnin|trhavin|robban|robbanószer|bombát
        exploziv|bombă|bombe|εκρηκτικ|βόμβα|βομβα|взрывчат|вибухів|выбухов|бомбу|бомбы|бомби
        експлозив|взривн|bomby|sprogstof|räjähd|pommi|lõhkekeha|sprāgstvielu|sprogmenų
        chất nổ|thuốc nổ|bom tự chế|bahan peledak|bom rakitan|bahan letupan|bom paip
        bomba|pampasabog|eksplosibo|bombahan|ระเบิด|ລະເບີດ|គ្រាប់បែក|ផ្ទុះ|ဗုံး|ပေါက်ကွဲ
        炸弹|炸藥|炸药|爆炸物|爆弾|爆発物|폭탄|폭발물|파이프 폭탄
        قنبلة|قنابل|متفجر|عبوة ناسفة|بمب|مواد منفجره|منفجره|بم|دھماکہ خیز|بارودی|چاودێر
        פצצה|חומר נפץ|מטען|באָמבע|bombë|eksploziv|patlayıcı|bomba yapımı|partlayıcı|partlaýjy
        portlovchi|portlovchi modda|жарылғыш|бомба жаса|жардыруучу|тэсрэх бодис
        ռումբ|պայթուցիկ|ბომბ|ასაფეთქებ|ቦምብ|ፈንጂ|ቦምባ|qunbula|qarax
        बम|विस्फोटक|बॉम्ब|स्फोटक|বোমা|বিস্ফোরক|ਬੰਬ|ਵਿਸਫੋਟਕ|બોમ્બ|વિસ્ફોટક|ବୋମା
        வெடிகுண்டு|வெடிமருந்து|బాంబు|పేలుడు|ಬಾಂಬ್|ಸ್ಫೋಟಕ|ബോംബ്|സ്ഫോടക|බෝම්බ|පුපුරණ
        bomu|vilipuzi|kilipuzi|ibhomu|ibhombu|isiqhumane|iziqhumane|bọ́ǹbù|ado oloro
        bọmbụ|ihe mgbawa|abin fashewa|qarxa|boombe|bhomba|zophulika|baomba
        ffrwydron|ffrwydryn|pléascán|pléascáin|stuth-spreadhaidh|lehergailu|sprengiefni
        bomba|splussivi|bonm|eksplozif|pōma|pahū|explodilo|ekrixin
        bomba|t'oqyachiy|bomba apo|explosivu|sprengstof|bombe|sprangstof
        igisasu|ibisasu|chế bom|làm bom|quả bom|bom xăng|ബോംബ|வெடிகுண்ட|bomb gartref|buama|sprengju
    """,
    "poison": """
        ushevu|ngimdlise|mdlise|ushefu
        poison|veneno|envenen|empoison|vergift|giftig|förgift|trucizn|otrav|otráv
        mérgez|méreg|otrov|otráv|otruj|δηλητήρι|яд|отрав|отрут|атрут|отров|отрова|myrkky|myrkyt
        mürk|nuod|thuốc độc|đầu độc|chất độc|racun|meracun|lason|lasunin|ยาพิษ|วางยา
        ສານພິດ|ថ្នាំពុល|အဆိပ်|毒药|毒藥|下毒|投毒|毒殺|毒を盛|독약|독살|독극물|سم|سموم|تسميم
        زهر|مسموم|مسموم کردن|زہر|רעל|להרעיל|helmë|helmoj|zehir|zehirle|zəhər
        zaxar|zahar|թույն|թունավոր|შხამ|მოწამვლ|መርዝ
        विषैल|ज़हर|जहर|विषबाधा|বিষাক্ত|ਜ਼ਹਿਰ|ઝેર|விஷம்|நஞ்சு|విషం|വിഷം
        sumu|kutia sumu|ubuthi|ityhefu|majele|májèlé|guba|sumeey|hepfu|chepfu|uburozi
        gwenwyn|nimh|puinnsean|pozoi|eitur|velenu|pwazon|paitini|veneno|venenu
        venen|verí|vergiftigen|veneni|venin|ricin|ricina|рицин|リシン|蓖麻毒|ไรซิน
        ядовит|отравляющ|gas tóxico|gás tóxico|gaz toxique|giftgas|gas tossico|trujący gaz
        有毒气体|毒气|毒ガス|독가스|غاز سام|گاز سمی|zehirli gaz|gesi ya sumu
    """,
    "nerve_agent": """
        asab-paralitik|nerv-paralitik|asab gazi|sinir gazı|nöroparalitik
        sarin|soman|tabun|novichok|vx|nerve agent|agent neurotoxique|agente nervioso
        agente nervino|nervenkampfstoff|nervengas|zenuwgas|środek paralityczno|bojový plyn
        нервно-паралит|зарин|зоман|новичок|зарину|зоман|нервово-паралітич|gaz bojowy
        chemical weapon|arme chimique|arma química|arma chimica|chemiewaffe|chemisch wapen
        broń chemiczn|химическое оружие|хімічна зброя|хімічної зброї|vũ khí hóa học|khí độc
        senjata kimia|gas saraf|gas sarin|armas kemikal|อาวุธเคมี|แก๊สพิษ|沙林|神经毒剂
        化学武器|神経剤|サリン|化学兵器|사린|신경작용제|화학무기|غاز الأعصاب|سارين|سلاح كيميائي
        سلاح شیمیایی|گاز اعصاب|נשק כימי|גז עצבים|kimyasal silah|sinir gazı|kimyəvi silah
        քիմիական զենք|ქიმიური იარაღ|የኬሚካል መሳሪያ|रासायनिक हथियार|सारिन|নার্ভ গ্যাস|রাসায়নিক অস্ত্র
        silaha za kemikali|gesi ya neva|gesi ya sumu|izikhali zamakhemikhali|arfau cemegol
        nwy nerfau|arm cheimiceach|arma kimikoak|efnavopn|tauggas|mustard gas|gas mostaza
        iperita|senfgas|иприт|gaz moutarde|phosgene|fosgeno|фосген|chlorine gas|gas cloro
    """,
    "pathogen": """
        anthrax|ántrax|carbunco|milzbrand|wąglik|сибирск|сибірськ|antrak|bệnh than|炭疽
        炭疽菌|탄저|الجمرة الخبيثة|سیاه زخم|גחלת|şarbon|एंथ्रेक्स|anthrax
        botulinum|botulín|botulism|ботулин|毒素|보툴리눔|بوتولينوم|pathogen|patógeno|patogeno
        pathogène|krankheitserreger|ziekteverwekker|patogen|патоген|mầm bệnh|tác nhân gây bệnh
        เชื้อโรค|病原体|病原|병원체|عامل ممرض|مسببات الأمراض|پاتوژن|פתוגן|রোগজীবাণু
        bioweapon|arma biológica|arme biologique|biowaffe|broń biologiczn|биологическое оружие
        біологічна зброя|vũ khí sinh học|senjata biologi|อาวุธชีวภาพ|生物武器|生物兵器|생물무기
        سلاح بيولوجي|سلاح بیولوژیک|נשק ביולוגי|biyolojik silah|जैविक हथियार|silaha za kibiolojia
        smallpox|viruela|variole|pocken|оспа|đậu mùa|天花|천연두|الجدري|آبله|çiçek virüsü
        gain of function|ganancia de función|gain de fonction|gain-of-function|усиление функции
        ebola|эбола|埃博拉|에볼라|إيبولا|ایبولا|чума|dịch hạch|鼠疫|흑사병
    """,
    "ransom": """
        ransomware|rançongiciel|ransomware|erpressungstrojaner|oprogramowanie wymuszające
        вымогател|програма-вимагач|шифровальщик|шифрувальник|mã độc tống tiền|tống tiền
        perangkat tebusan|tebusan|แรนซัมแวร์|เรียกค่าไถ่|勒索软件|勒索|ランサムウェア|身代金
        랜섬웨어|برنامج الفدية|فدية|باج‌افزار|باج افزار|כופרה|fidye yazılımı|fidyə proqramı
        րանսոմվեր|გამოსასყიდ|रैंसमवेयर|ransomwer|fidia|programu ya fidia|nwyddau pridwerth
        lausnarbúnað|erreskate|riskatt|ranson|lösegeld|losgeld|okup
        výkupné|váltságdíj|răscumpărare|λύτρα|выкуп|викуп
        encrypt all files|cifrar todos los archivos|chiffrer tous les fichiers|alle dateien verschlüsseln
        зашифровать все файлы|mã hóa tất cả|mengenkripsi semua|加密所有文件|すべてのファイルを暗号化
        모든 파일을 암호화|تشفير جميع الملفات|رمزگذاری همه فایل|tüm dosyaları şifrele
    """,
    "malware": """
        malware|maliciel|logiciel malveillant|programa malicioso|software malicioso
        schadsoftware|schadprogramm|kwaadaardige software|złośliwe oprogramowanie|malwar
        zlonamjern|програмное обеспечение вредонос|вредонос
        keylogger|кейлоггер|кейлогер|mã độc|phần mềm độc hại|virus máy tính|perisian hasad
        perangkat lunak jahat|program jahat|มัลแวร์|ไวรัสคอมพิวเตอร์|ມັລແວ|恶意软件|惡意軟體
        木马|病毒程序|マルウェア|キーロガー|악성코드|악성 코드|키로거|برمجيات خبيثة
        برنامج خبيث|بدافزار|תוכנה זדונית|zararlı yazılım|zərərli proqram
        зиянды бағдарлама|зыяндуу|მავნე პროგრამ|վնասակար ծրագ|ማልዌር
        मैलवेयर|দূষিত সফটওয়্যার|ম্যালওয়্যার|மால்வேர்|மென்பொருள் வைரஸ்|మాల్వేర్|ಮಾಲ್ವೇರ್
        programu hasidi|virusi ya kompyuta|meddalwedd faleisus|bogearraí mailíseacha
        tölvuvírus|spilliforrit|malwer|trojan|троян|trojaner|trojano|木马程序
        backdoor|бэкдор|puerta trasera|porte dérobée|hintertür|cửa hậu|pintu belakang|后门|백도어
        rootkit|руткит|botnet|ботнет|僵尸网络|봇넷|stealer|стилер|infostealer|ratware
        spyware|шпионск|шпигунськ|phần mềm gián điệp|perisian pengintip|スパイウェア|스파이웨어
        черв'як|sâu máy tính|蠕虫|ワーム|웜 바이러스|کرم کامپیوتری
    """,
    "hacking": """
        jabsan|jabso|jabsado|jabsiga|dukua|kudukua akaunti|ukugqekeza|gqekeza|torri i mewn
        hackear|piratear|pirater|hacken|hakować|włamać|hacknout|feltör|hakirati
        взлом|взломать|зламати|зламу|хакнуть|hack|hacker|tin tặc|xâm nhập|bẻ khóa|retas
        meretas|menggodam|godam|i-hack|mag-hack|แฮก|เจาะระบบ|ແຮັກ|ហេក|ဟက်|黑客|入侵|破解
        ハッキング|ハッキング|不正アクセス|해킹|해킹하|침입|اختراق|قرصنة|تهكير|هک
        פריצה|לפרוץ|hackle|hacklemek|sındır|хакерл|ჰაკ|გატეხ|հաքեր
        ሃክ|መጥለፍ|हैक|हैकिंग|सेंध|হ্যাক|ਹੈਕ|હેક|ஹேக்|హ్యాక్|ಹ್ಯಾಕ್|ഹാക്ക്|හැක්
        kudukua|udukuzi|ukugebenga|hacio|haiceáil|hakke|hakkea|hakkerda|hakkimine|hakkēt
        hakkerouti|brute force|fuerza bruta|força bruta|force brute|грубой силы|перебор пароля
        sql injection|inyección sql|injection sql|sql-injektion|sql-инъекц|sql інʼєкц|注入攻击
        exploit|эксплойт|експлойт|exploit kit|khai thác lỗ hổng|eksploitasi|エクスプロイト|익스플로잇
        ddos|ддос|dos-атак|ddos-атак|tấn công từ chối|serangan ddos|ddos攻击|디도스|هجوم حجب
    """,
    "password": """
        رمز عبور|رمزهای عبور|گذرواژه|pasfhocal|focal faire|kalmomin sirri|kalmar sirri|kalmar wucewa
        ሚስጥራዊ ቃል|erabiltzaile-gako|pasahitzak|parolni|parollar|құпиясөз
        contraseña|contraseñas|contrasenya|senha|senhas|mot de passe|mots de passe|passwort
        kennwort|wachtwoord|lösenord|adgangskode|hasło|hasła|heslo|hesla|jelszó|lozinka|lozink
        parolă|пароль|пароли|паролі|пароля|salasana|parool|slaptažod
        mật khẩu|kata sandi|kata laluan|password|รหัสผ่าน|ລະຫັດຜ່ານ|ពាក្យសម្ងាត់|စကားဝှက်
        密码|密碼|パスワード|暗証番号|비밀번호|암호를|كلمة المرور|كلمة السر|كلمات المرور|رمز عبور
        گذرواژه|סיסמה|סיסמא|şifre|şifreler|şifrə|құпия сөз|сырсөз|нууц үг
        գաղտնաբառ|პაროლ|የይለፍ ቃል|पासवर्ड|पासवर्ड चुराना|পাসওয়ার্ড|ਪਾਸਵਰਡ|પાસવર્ડ
        கடவுச்சொல்|పాస్వర్డ్|పాస్‌వర్డ్|ಪಾಸ್ವರ್ಡ್|പാസ്‌വേഡ്|මුරපදය
        nenosiri|nywila|iphasiwedi|cyfrinair|pasfhocal|facal-faire|pasahitz|lykilorð|passwort
    """,
    "account": """
        credenciales|identifiants|zugangsdaten|учетные данные|облікові дані|thông tin đăng nhập
        kredensial|ข้อมูลประจำตัว|凭证|認証情報|자격 증명|بيانات الاعتماد|اعتبارنامه
        someone else's account|cuenta de otra persona|compte de quelqu'un|konto von jemand
        чужой аккаунт|чужий акаунт|чужой почт|tài khoản của người khác|akun orang lain
        别人的账号|他人のアカウント|다른 사람의 계정|حساب شخص آخر|حساب کس دیگری|hesabına gir
        without permission|sin permiso|sans permission|sans autorisation|ohne erlaubnis
        без разрешения|без дозволу|không được phép|tanpa izin|tanpa kebenaran|ไม่ได้รับอนุญาต
        未经许可|無断で|허락 없이|بدون إذن|بدون اجازه|ללא רשות|izinsiz|icazəsiz|рұқсатсыз
    """,
    "phishing": """
        # round 8 (project staff): swindling (the elderly, by phone) in further languages
        dolandır|dolandırmak|dolandırıcılık|estafar a|estafar ancianos|arnaquer les|arnaquer des
        personas mayores por teléfono|betrügen am telefon|truffare gli anziani|oszukać starsz
        обмануть пенсионер|обманывать пенсионер|lừa đảo người già|menipu orang tua|诈骗老人
        老人を騙|노인을 속|ठगने|ठगी करने|kutapeli wazee|kuwatapeli
        phishing|suplantación|hameçonnage|hameconnage|phishing-mail|фишинг|фішинг
        lừa đảo qua email|email lừa đảo|pancingan|phishing email|ฟิชชิ่ง|網路釣魚|网络钓鱼
        钓鱼邮件|フィッシング|피싱|التصيد|تصيد احتيالي|فیشینگ|דיוג|oltalama|fişinq|фишинг
        ფიშინგ|ֆիշինգ|फ़िशिंग|फिशिंग|ফিশিং|ஃபிஷிங்|ఫిషింగ్|ಫಿಶಿಂಗ್|ഫിഷിംഗ്
        barua pepe ya ulaghai|i-imeyili yokukhohlisa|e-bost gwe-rwydo|gelfiosta|gwe-rwydo
        fake login page|página de inicio falsa|fausse page de connexion|gefälschte anmeldeseite
        поддельная страница входа|фальшива сторінка|trang đăng nhập giả|halaman login palsu
        假登录页面|偽のログインページ|가짜 로그인|صفحة تسجيل دخول مزيفة|صفحه ورود جعلی
    """,
    "steal": """
        بدزد|دزدیدن|می‌دزد|goideann|goid|ghoid|saci|satar|sace|iba|kuiba|aibe|ukweba|ntshontsha
        robar|robo|hurtar|roubar|furtar|voler des|dérober|stehlen|klauen|stelen|stjäla|stjæle
        robe|roba|roban|robando|rouba|roubam|roubando|vole|volent|volant|voler les|ruba|rubare
        rubano|stiehlt|gestohlen|kradnie|kradną|偷取|盗む方法
        ukraść|kraść|ukrást|krást|ellop|ukrasti|krasti|fura|κλέψ|κλοπή|украсть|красть
        украсти|крадіжк|краде|крадуть|вкрасти|викрас|ворова|сворова|ворует|крадёт|крадет|varasta|varastaa|varast|vogti|pavogti|zagt|nozagt|ăn cắp|đánh cắp|trộm
        mencuri|curi|magnakaw|nakawin|ขโมย|ລັກ|លួច|ခိုး|偷|盗取|窃取|偷窃|盗む|盗み|훔치|절도
        سرقة|يسرق|سرقت|دزدی|دزدیدن|לגנוב|גניבה|çalmak|çal|oğurla|ұрла|уурда|хулгай
        գողան|მოპარ|ሰርቅ|መስረቅ|चोरी|चुरा|চুরি|ਚੋਰੀ|ચોરી|ଚୋରି|திருட|దొంగిల|ಕದಿ|മോഷ്ടി|සොරකම්
        kuiba|kuibia|kweba|ukweba|xado|dwyn|goid|lapurtu|stela|jisraq|vòlè
        tāhae|ñakaray
        shoplift|shoplifting|robar en tiendas|voler à l'étalage|ladendiebstahl|магазинная кража
        identity theft|robo de identidad|usurpation d'identité|identitätsdiebstahl|кража личности
    """,
    "weapon": """
        arma de fuego|armas de fuego|arme à feu|schusswaffe|vuurwapen|skjutvapen|broń palna
        střeln|lőfegyver|vatreno oružje|armă de foc|πυροβόλο|огнестрельн|вогнепальн|tuliase
        tulirelv|šaunamasis|šaujamier|súng|vũ khí|senjata api|senapang|ปืน|อาวุธ|ປືນ
        កាំភ្លើង|သေနတ်|枪支|槍|枪|銃|拳銃|총기|총을|سلاح ناري|مسدس|بندقية|اسلحه|تفنگ|اسلحه گرم
        נשק חם|אקדח|רובה|ateşli silah|tabanca|odlu silah|атыс қаруы|ок атуучу|галт зэвсэг
        հրազեն|ცეცხლსასროლ|ጠመንጃ|बंदूक|हथियार|पिस्तौल|বন্দুক|অস্ত্র|ਬੰਦੂਕ|ਹਥਿਆਰ
        બંદૂક|ହତିଆର|துப்பாக்கி|ఆయుధ|తుపాకీ|ಬಂದೂಕು|തോക്ക്|ආයුධ|තුවක්කු
        bunduki|silaha|isibhamu|isikhali|ibọn|bindiga|gwn|gunna|byssa
        ghost gun|arma fantasma|arme fantôme|geisterwaffe|untraceable gun|arma sin número de serie
        full auto|totalmente automática|entièrement automatique|vollautomatisch|автоматический огонь
        convertir en automática|convertir en automatique|auto sear|переделать в автомат
        silenciador|silencieux|schalldämpfer|глушитель|глушник|bộ giảm thanh|peredam suara|消音器
        3d printed gun|pistola impresa en 3d|arme imprimée en 3d|3d-gedruckte waffe
    """,
    "drugs": """
        metanfetamina|méthamphétamine|methamphetamin|metamfetamin|metamfetamina|metanfetamin
        метамфетамин|метамфетамін|первитин|pervitin|meth|crystal meth|ice drug|ma túy đá
        ma túy|sabu|sabu-sabu|shabu|ยาบ้า|ยาไอซ์|ຢາບ້າ|冰毒|甲基苯丙胺|覚醒剤|メタンフェタミン
        필로폰|메스암페타민|마약|الميثامفيتامين|الكريستال ميث|متامفتامین|מתאמפטמין
        metamfetamin|metamfetamini|метамфетамин|մետամֆետամին|მეტამფეტამინ|मेथामफेटामाइन
        fentanyl|fentanilo|fentanil|fentanyl|фентанил|фентаніл|芬太尼|フェンタニル|펜타닐
        فنتانيل|فنتانیل|פנטניל|फेंटानिल|heroína|héroïne|heroin|героин|героїн|海洛因|헤로인
        cocaína|cocaïne|kokain|кокаин|кокаїн|可卡因|코카인|كوكايين|کوکائین|קוקאין
        dawa za kulevya|izidakamizwa|cyffuriau|drugaí|drogak|fíkniefni|dwòg|tarukino
        drogues|drogas|drogen|наркотик|narkotyk|narkotik|narkot|ma tuý|narkoba|ยาเสพติด|毒品|麻薬
        مخدرات|مواد مخدر|סמים|uyuşturucu|наркотики|मादक पदार्थ|ड्रग्स|মাদক|போதைப்பொருள்
        cook meth|cocinar metanfetamina|préparer de la méthamphétamine|crystal kochen
        варить мет|сварить мет|nấu ma túy|memasak sabu|制毒|製造毒品|覚醒剤を作
    """,
    "self_harm": """
        suicidio|suicidarme|suicide|me suicider|selbstmord|mich umbringen|zelfmoord|självmord
        umzubringen|me matar|me tuer|mi uccido|uccidermi|togliermi la vita|zabić się|się zabić
        убить себя|покончить с жизнью|se suicider|suicidarse|kill myself|end my life
        selvmord|samobójstw|zabić się|sebevražd|öngyilkos|samoubojstv|sinucid|αυτοκτον
        самоубийств|покончить с собой|самогубств|вбити себе|itsemurh|enesetap|savižudyb
        pašnāvīb|tự tử|tự sát|bunuh diri|membunuh diri|magpakamatay|ฆ่าตัวตาย|ຂ້າໂຕຕາຍ
        ធ្វើអត្តឃាត|သတ်သေ|自杀|自殺|自殺する方法|자살|انتحار|الانتحار|خودکشی|התאבדות|intihar
        intihar etmek|özünü öldür|өзін-өзі өлтір|өзүн-өзү өлтүр|ինքնասպան|თვითმკვლელ
        ራስን ማጥፋት|आत्महत्या|আত্মহত্যা|ਖੁਦਕੁਸ਼ੀ|આત્મહત્યા|தற்கொலை|ఆత్మహత్య|ಆತ್ಮಹತ್ಯೆ
        ആത്മഹത്യ|සියදිවි|kujiua|ukuzibulala|hunanladdiad|féinmharú|fèin-mharbhadh|buruaz beste
        sjálfsvíg|suwiċidju|swisid|igbẹmi ara ẹni|kashe kai|isdil|ho'omake iā ia iho
        cut myself|mich ritzen|порезать себя|різати себе|tự rạch|menyayat diri
        painless way to die|forma indolora de morir|mourir sans douleur|schmerzlos sterben
        безболезненно умереть|chết không đau|mati tanpa rasa sakit|无痛死|楽に死ぬ|고통 없이 죽
        lethal dose|dosis letal|dose létale|tödliche dosis|смертельная доза|смертельна доза|liều gây chết
        dosis mematikan|致死量|치사량|جرعة قاتلة|دوز کشنده|ölümcül doz|घातक खुराक
    """,
    "stalking": """
        ट्रैक कर|ट्र्याक गर|ट्र्याक गर्ने|जासूसी|पीछा कर|ট্র্যাক কর|ট্র্যাক|ਟਰੈਕ ਕਰ|ట్రాక్ చేయ|டிராக் செய்
        fuatilia simu|landela ifoni|kuzuatilia
        stalkear|acosar|acoso|traquer|harceler|stalken|nachstellen|stalken|śledzić kogoś
        выслеживать|следить за ней|следить за ним|стежити за нею|theo dõi cô ấy|theo dõi anh ấy
        menguntit|menguntit|สะกดรอยตาม|跟踪她|跟踪他|ストーカー|スト―カー|스토킹|تتبع موقعها
        ملاحقة|تعقب|ردیابی|تعقیب کردن|לעקוב אחריה
        पीछा करना|পিছু নেওয়া|பின்தொடர
        location of my ex|ubicación de mi ex|localiser mon ex|standort meiner ex|местоположение бывш
        vị trí của người yêu cũ|lokasi mantan|前女友的位置|元カノの居場所|전 여자친구 위치
        without her knowing|sin que ella lo sepa|sans qu'elle le sache|ohne dass sie es merkt
        чтобы она не узнала|щоб вона не дізналася|mà cô ấy không biết|tanpa dia tahu|她不知道
        彼女に知られずに|그녀 모르게|دون علمها|بدون اینکه بفهمد|בלי שהיא תדע|onun haberi olmadan
        stalkerware|шпионское приложение|aplicación espía|application espion|spionage-app
        phần mềm theo dõi|aplikasi mata-mata|间谍软件|スパイアプリ|스파이 앱|برنامج تجسس
        # round 8: "follow/track her phone" in further languages (Maltese, Albanian, Welsh,
        # Gaelic, Swahili, Tagalog, Indonesian)
        nsegwi l-mowbajl|insegwi l-mowbajl|gjurmoj telefonin|gjurmosh telefonin|olrhain ffôn
        olrhain ei ffôn|lorg fòn|fuatilia simu yake|subaybayan ang cellphone|i-track ang cellphone
        melacak ponsel|melacak hp|lacak hp|sadap hp|menyadap
        gps tracker|rastreador gps|traceur gps|gps-tracker|gps-трекер|thiết bị định vị|pelacak gps
    """,
    "laundering": """
        çirkli pul|çirkli pulu|kirli para|kirli pul|iflos pul|lacag sharci darro|lacag dhaq|osha pesa|kufua pesa|pesa chafu
        lavado de dinero|lavar dinero|blanqueo|blanchiment|blanchir de l'argent|geldwäsche
        geld witwassen|witwassen|penningtvätt|hvidvask|pranie pieniędzy|praní špinavých|pénzmosás
        pranje novca|spălare de bani|ξέπλυμα|отмывание денег|отмыть деньги|відмивання грошей
        rahanpesu|rahapesu|pinigų plovim|naudas atmazgāš|rửa tiền|pencucian uang|cuci wang
        pengubahan wang haram|paglalaba ng pera|ฟอกเงิน|ຟອກເງິນ|លាងលុយ|ငွေကြေးခဝါချ|洗钱|洗錢
        マネーロンダリング|資金洗浄|자금 세탁|돈세탁|غسيل الأموال|غسل الأموال|پولشویی|הלבנת הון
        kara para aklama|çirkli pulların yuyulması|ақшаны жылыстату|кир акча|мөнгө угаах
        փողերի լվացում|ფულის გათეთრ|ገንዘብ ማጭበርበር|मनी लॉन्ड्रिंग|काले धन को सफेद|অর্থ পাচার
        பணமோசடி|మనీ లాండరింగ్|utakatishaji wa fedha|kutakatisha fedha|gwyngalchu arian
        sciobadh airgid|diru zuritze|peningaþvætti|ħasil tal-flus|lave lajan
    """,
    "counterfeit": """
        clonar um cartão|clonar cartão|clonar cartões|clonar una tarjeta|clonar tarjetas
        cloner une carte|cloner des cartes|karte klonen|kreditkarte klonen|clonare una carta
        sklonować kartę|клонировать карту|sao chép thẻ|menggandakan kartu|kloning kartu
        dinero falso|billetes falsos|fausse monnaie|faux billets|falschgeld|vals geld|falska sedlar
        fałszywe pieniądze|falešné peníze|hamis pénz|lažni novac|bani falși|πλαστά χαρτονομίσματα
        фальшивые деньги|фальшиві гроші|väärennet|tiền giả|uang palsu|wang palsu|pekeng pera
        ธนบัตรปลอม|ເງິນປອມ|លុយក្លែងក្លាយ|假币|偽札|위조지폐|위조 지폐|عملة مزيفة|نقود مزيفة
        پول تقلبی|כסף מזויף|sahte para|saxta pul|жалған ақша|жасалма акча|хуурамч мөнгө|կեղծ փող
        ყალბი ფულ|ሐሰተኛ ገንዘብ|नकली नोट|जाली नोट|জাল টাকা|ਨਕਲੀ ਨੋਟ|போலி பணம்|నకిలీ నోట్లు
        pesa bandia|imali mbumbulu|arian ffug|airgead bréige|diru faltsu|falsa peninga
        fake passport|pasaporte falso|faux passeport|gefälschter pass|поддельный паспорт
        hộ chiếu giả|paspor palsu|假护照|偽造パスポート|위조 여권|جواز سفر مزور|پاسپورت جعلی
        fake id|identificación falsa|fausse carte d'identité|gefälschter ausweis|поддельные документы
    """,
    "trafficking": """
        trata de personas|tráfico de personas|traite des êtres humains|menschenhandel
        mensenhandel|handel ludźmi|obchod s lidmi|emberkereskedelem|трафик людей|торговля людьми
        торгівля людьми|buôn người|perdagangan manusia|pemerdagangan manusia|ค้ามนุษย์
        人口贩卖|人身売買|인신매매|الاتجار بالبشر|قاچاق انسان|סחר בבני אדם|insan ticareti
        मानव तस्करी|মানব পাচার|biashara ya binadamu|masnachu pobl|gáinneáil ar dhaoine
        smuggle across the border|cruzar la frontera ilegalmente|passer la frontière clandestinement
        child abuse material|material de abuso infantil|pédopornographie|kinderpornografie
        детская порнограф|дитяча порнограф|儿童色情|児童ポルノ|아동 음란물|إباحية الأطفال
    """,
    "kill": """
        matar a|asesinar|tuer quelqu'un|assassiner|töten|ermorden|vermoorden|mörda|zabić|zamordować
        zabít|megöl|ubiti|ubit|omorî|σκοτώσ|δολοφον|убить|убийство|вбити|вбивство
        tappaa|murhata|nužudyt|nogalināt|giết|giết người|ám sát|membunuh|bunuh|patayin
        pumatay|ฆ่า|ฆาตกรรม|ຂ້າ|សម្លាប់|သတ်|杀死|杀人|殺す|殺害|죽이|살해|قتل|اغتيال|کشتن
        بکشم|להרוג|לרצוח|öldürmek|öldür|öldürmək|өлтіру|өлтүр|алах|սպանել|მოკვლა|መግደል
        मार डाल|हत्या|খুন|হত্যা|ਮਾਰਨਾ|ਕਤਲ|મારી નાખ|கொலை|கொல்ல|చంపడ|హత్య|ಕೊಲ್ಲು|ಕೊಲೆ
        കൊല്ല|കൊലപാതക|මරන්න|ඝාතනය|kuua|kumuua|ukubulala|bulala|kashe|lladd|marú
        marbhadh|drepa|toqtol|touye|whakamate|fasioti|wañuchiy
        without leaving evidence|sin dejar rastro|sans laisser de traces|ohne spuren
        не оставив следов|без слідів|không để lại dấu vết|tanpa jejak|不留痕迹|痕跡を残さず
        흔적 없이|دون ترك أثر|بدون ردپا|בלי להשאיר עקבות|iz bırakmadan
    """,
}

# everyday senses of harm words: a pastry, a pump, a bath bomb, a calorie bomb, pest control,
# killing weeds or time or a process (round 8: and the household pests of every covered
# language — termites, bedbugs, fleas, lice, rats, moths, wasps, slugs), a poisoned pet or a mushroom, a water gun or a museum piece,
# stealing the show; where one is present, its concept does not count (a real ask names its
# target, and these objects are not one)
_INNOCENT_TEXT: dict[str, str] = {
    "explosive": """
        chocolate|chocolat|schokolade|cioccolato|шоколад|sô cô la|cokelat|çikolata|巧克力|チョコ|초콜릿
        شوكولاتة|शोकोलेट|cake|pastel|bolo|gâteau|kuchen|torta|торт|bánh|kue|kek|pastry|dessert
        postre|sobremesa|crema|creme|crème|sahne|panna|сливк|kem|krim|krema|pump|bomba de
        pompe|pumpe|насос|máy bơm|pompa|pompası|泵|ポンプ|펌프|مضخة|पंप|calories|calorías|calorias
        calories|kalorien|calorie|калори|kalori|卡路里|カロリー|칼로리|سعرات|bath|baño|banho|bain
        bagno|ванн|tắm|mandi|banyo|浴|風呂|목욕|استحمام|स्नान|movie|película|filme|film|фильм
        phim|電影|电影|映画|영화|فيلم|फिल्म|song|canción|música|chanson|lied|canzone|песня|bài hát
        lagu|şarkı|歌|노래|أغنية|गाना|glitter|purpurina|seed bomb|semillas|sementes|graines|samen
        flavour|flavor|sabor|saveur|geschmack|sapore|вкус|hương vị|rasa|lezzet|味道|味|맛|نكهة|स्वाद
        bomba de chocolate|bomba de crema|bomba de creme|bomba de água|bomba de agua|bomba d'água
        bomba de gasolina|bomba de combustível|bomba de calor|bomba calórica|bomba de banho
        bomba de baño|bomba de vácuo|bomba hidráulica|bombas de chocolate|bombe glacée|bombe de bain
        bombe au chocolat|bombe de peinture|bombe aérosol|bombe calorique|badebombe|wärmepumpe
        bath bomb|photobomb|bombón|bombom|bombons|bombolone|bomboloni|bombay|bombazo|bombero
        bombeiro|bombardino|pompa|water pump|heat pump|бомба калорий|бомбочка для ванны
        bom tấn|phim bom tấn|bom nước|bom xăng|泡澡球|浴球|バスボム|배스밤|폭탄주|폭탄 세일|爆弾低気圧
    """,
    "poison": """
        mushroom|seta|setas|hongo|cogumelo|champignon|pilz|fungo|гриб|nấm|jamur
        mantar|蘑菇|キノコ|버섯|فطر|मशरूम|uyoga|plant|planta|plante|pflanze|pianta|растени|cây
        tanaman|bitki|植物|식물|نبات|पौधा|mmea|dog|perro|cachorro|chien|hund|cane|собак|chó|anjing
        köpek|狗|犬|개가|كلب|कुत्ता|mbwa|cat|gato|chat|katze|gatto|кошк|mèo|kucing|kedi|猫|고양이
        قطة|बिल्ली|paka|snake|serpiente|cobra|serpent|schlange|serpente|змея|змеи|rắn|ular|yılan|蛇
        뱀|ثعبان|सांप|nyoka|spider|araña|aranha|araignée|spinne|ragno|паук|nhện|laba-laba|örümcek
        蜘蛛|거미|عنكبوت|मकड़ी|buibui|jellyfish|medusa|méduse|qualle|медуз|sứa|ubur-ubur|denizanası
        水母|クラゲ|해파리|قنديل البحر
        swallowed|tragó|engoliu|avalé|verschluckt
        ingoiato|проглотил|nuốt|menelan|yuttu|吞|飲み込|삼켰|ابتلع|निगल|amemeza
        food poisoning|intoxicación alimentaria|intoxication alimentaire|lebensmittelvergiftung
        отравление едой|пищевое отравление|ngộ độc thực phẩm|keracunan makanan|食物中毒|식중독
        تسمم غذائي|poison ivy|hiedra venenosa|poison dart frog|rana venenosa|serpiente venenosa
        venomous|poisonous mushroom|setas venenosas|champignons vénéneux|giftpilze|ядовитые грибы
        nấm độc|jamur beracun|毒キノコ|독버섯|rat poison|veneno para ratas|mort-aux-rats
        veneno para formigas|veneno para ratos|veneno para baratas|veneno para hormigas
        veneno para cucarachas|poison pour fourmis|poison à rats|gift gegen ameisen|rattengift
        яд от тараканов|отрава для крыс|отрута від тарганів|thuốc diệt chuột|racun tikus
        racun semut|老鼠药|殺鼠剤|쥐약|سم الفئران|سم فئران|مرگ موش|sumu ya panya|ant poison
        insecticide|inseticida|insecticida|herbicida|herbicide|pesticide|pesticida|veneno de cobra
        snake venom|bee sting|picadura|picada de|mordida de|mordedura|morsure|schlangenbiss
    """,
    "kill": """
        weeds|weed|ants|cockroaches|mosquitoes|insects|pests|mold|mould|bacteria|germs|boredom
        malas hierbas|maleza|hormigas|cucarachas|mosquitos|moscas|insectos|plagas|moho|bacterias
        gérmenes|aburrimiento|ervas daninhas|formigas|baratas|insetos|pragas|mofo|bactérias|germes
        tédio|mauvaises herbes|fourmis|cafards|moustiques|mouches|insectes|moisissure|bactéries
        germes|ennui|unkraut|ameisen|kakerlaken|mücken|fliegen|insekten|schimmel|bakterien|keime
        langeweile|erbacce|formiche|scarafaggi|zanzare|mosche|insetti|muffa|batteri|germi|noia
        onkruid|mieren|kakkerlakken|muggen|insecten|schimmel|chwasty|mrówki|karaluchy|komary
        owady|pleśń|bakterie|сорняки|сорняков|муравьи|муравьёв|тараканов|тараканы|комаров|комары
        насекомых|плесень|бактерии|бактерий|скуку|бур'ян|мурах|тарганів|комарів|цвіль|magugu
        sisimizi|mende|mbu|wadudu|ukungu|bakteria|gulma|rumput liar|semut|kecoa|nyamuk|serangga
        jamur|bakteri|cỏ dại|kiến|gián|muỗi|côn trùng|nấm mốc|vi khuẩn|yabani ot|karınca|karıncaları
        hamamböceği|sivrisinek|böcekleri|küf|bakterileri|杂草|蚂蚁|蟑螂|蚊子|害虫|霉菌|细菌|无聊
        雑草|アリ|ゴキブリ|害虫|カビ|細菌|退屈|잡초|개미|바퀴벌레|모기|해충|곰팡이|세균|지루함
        الأعشاب الضارة|النمل|الصراصير|البعوض|الحشرات|العفن|البكتيريا|الملل|علف هرز|مورچه
        سوسک|پشه|حشرات|کپک|باکتری|खरपतवार|चींटियों|चींटी|कॉकरोच|मच्छर|कीड़े|फफूंद|बैक्टीरिया
        damo|langgam|ipis|lamok|insekto|amag|ukhula|izintuthwane|omiyane|chwyn|morgrug|pryfed
        time|tiempo|tempo|temps|zeit|время|thời gian|waktu|zaman|时间|時間|시간|الوقت|وقت|समय|muda
        process|proceso|processo|processus|prozess|процесс|tiến trình|proses|进程|プロセス|프로세스
        battery|batería|bateria|batterie|батарея|pin điện|baterai|电池|バッテリー|배터리|البطارية
        kill time|matar el tiempo|matar o tempo|tuer le temps|die zeit totschlagen|убить время
        giết thời gian|membunuh waktu|消磨时间|時間をつぶ|시간을 죽이|kill the process|matar el proceso
        kill -9|taskkill|pkill|killall|kill a process|kill the lights
        matar formigas|matar baratas|matar ratos|matar hormigas|matar cucarachas|matar bactérias
        matar bacterias|matar el moho|matar o mofo|matar ervas daninhas|matar malas hierbas
        tuer les fourmis|tuer les bactéries|ameisen töten|bakterien abtöten|убить бактерии
        убить тараканов|diệt kiến|diệt gián|membunuh bakteri|membunuh semut|杀菌|杀虫|殺菌|살균
        kuua mende|kuua wadudu|kill weeds|kill ants|kill bacteria|kill mold|kill germs
        # round 8 (project staff): more pests, and everyday idioms of "kill" (thirst, hunger,
        # longing, a class skipped) in Portuguese, Spanish, French, German, Italian, Swahili,
        # Indonesian
        pulgas|piolhos|cupins|carrapatos|lesmas|traças|caracóis|pulgões|lagartas|percevejos
        piojos|garrapatas|termitas|polillas|babosas|pulgones|orugas|chinches|puces|poux|tiques
        termites|limaces|pucerons|chenilles|punaises|flöhe|läuse|zecken|termiten|schnecken
        motten|blattläuse|pulci|pidocchi|zecche|termiti|lumache|tarme|afidi|cimici|viroboto
        chawa|kupe|mchwa|kunguni|rayap|kutu busuk|ulat|siput|tikus|ratos|ratas|ratones|souris
        mäuse|ratten|topi|ratti|panya|matar a saudade|matar saudade|matar a sede|matar a fome
        matar aula|matar a vontade|matar el hambre|matar la sed|matar el gusanillo|matar o bicho
        # computing things that are "killed": pods, containers, jobs, threads, sessions
        pods|pod|contêineres|contêiner|contenedores|contenedor|conteneurs|conteneur|container
        containers|jobs|threads|tarefas|tareas|tâches|sessões|sesiones|sessions|processos
        procesos|workers|instâncias|instancias|instances|kubectl|docker
        # round 8 (bypass8fp): household pests in every covered language
        termites|bedbugs|bed bugs|fleas|lice|ticks|rats|mice|moths|wasps|slugs|snails|aphids
        flies|roaches|rodents|vermin|fungus|woodworm|caterpillars|termitas|chinches|pulgas
        piojos|garrapatas|ratas|ratones|polillas|avispas|babosas|caracoles|pulgones|roedores
        hongos|cupins|cupim|percevejos|piolhos|carrapatos|camundongos|traças|vespas|lesmas
        caracóis|pulgões|fungos|punaises|puces|poux|tiques|souris|guêpes|limaces|escargots
        pucerons|rongeurs|termiten|bettwanzen|flöhe|läuse|zecken|ratten|mäuse|motten|wespen
        schnecken|blattläuse|termiti|cimici|pulci|pidocchi|zecche|ratti|topi|tarme|lumache
        afidi|roditori|termieten|bedwantsen|vlooien|luizen|muizen|slakken|bladluizen|termity
        pluskwy|pchły|kleszcze|szczury|myszy|ślimaki|mszyce|термитов|клопов|блох|вшей
        клещей|крыс|мышей|слизней|мух|mchwa|kunguni|viroboto|kiroboto|chawa|panya|nzi|nyigu
        konokono|siafu|funza|rayap|anai-anai|kutu busuk|kutu|caplak|tikus|ngengat|tawon
        tebuan|siput|lalat|hama|kecoak|anay|surot|garapata|gamugamo|putakti|langaw|termit
        tahtakurusu|pireler|keneler|sıçan|fareler|güve|salyangoz|yaprak biti|sinekler|con mối
        mối mọt|rệp|bọ chét|chấy|chuột|ruồi|ốc sên|umuhlwa|amagundane|izimpukane|izinambuzane
        kwari|beraye|kokoro|दीमक|खटमल|पिस्सू|चूहे|मक्खी|النمل الأبيض|بق الفراش|البراغيث
        القمل|الفئران|الذباب|白蚁|臭虫|跳蚤|虱子|老鼠|苍蝇|シロアリ|トコジラミ|ノミ|ネズミ|ハエ
        흰개미|빈대|벼룩|파리
    """,
    "steal": """
        the show|el show|o show|la vedette|die show|la scena|шоу|sự chú ý|perhatian|şov|抢镜|주목
        my heart|mi corazón|meu coração|mon cœur|mein herz|il mio cuore|моё сердце|trái tim|hatiku
        kalbimi|我的心|心を盗|마음을|قلبي|दिल चुरा|moyo wangu|le but|ideas
        ideas|ideia|idées|ideen|idee|идеи|ý tưởng|ide|fikir|想法|アイデア|아이디어|أفكار|विचार
    """,
    "weapon": """
        water gun|pistola de agua|pistola de água|pistolet à eau|wasserpistole|pistola ad acqua
        водяной пистолет|súng nước|pistol air|su tabancası|水枪|水鉄砲|물총|مسدس ماء|nail gun
        pistola de clavos|pistola de pregos|cloueur|nagelpistole|glue gun|pistola de silicona
        pistola de cola|pistolet à colle|heißklebepistole|pistola per colla|клеевой пистолет
        súng bắn keo|pistol lem|热熔胶枪|グルーガン|글루건|spray gun|pistola de pintura|museum|museo
        museu|musée|музей|bảo tàng|muzium|müze|博物馆|博物館|박물관|متحف|संग्रहालय|makumbusho
        video game|videojuego|videogame|jeu vidéo|videospiel|видеоигр|trò chơi|permainan|oyunda
        游戏|ゲーム|게임|لعبة|खेल|mchezo|toy|juguete|brinquedo|jouet|spielzeug|giocattolo|игрушечн
        đồ chơi|mainan|oyuncak|玩具|おもちゃ|장난감|لعبة أطفال|खिलौना|kichezeo
    """,
    "hacking": """
        life hack|life hacks|hackathon|growth hacking|hack de vida|truco|astuce|lifehack|лайфхак
        mẹo|trik|püf noktası|生活小窍门|ライフハック|생활 꿀팁|حيلة|जुगाड़
    """,
}

# request forms that ask for the operational thing itself (production, steps, working code)
_ASK_TEXT = """
    # round 8 (project staff): making verbs in further low-resource languages (Māori, Sesotho,
    # Setswana, Twi, Chichewa, Latin, Kurmanji, Javanese, Sundanese, Uyghur, Kyrgyz, Kazakh),
    # and "how to give (poison)" in Marathi, Hindi, Tamil
    taku hanga|me pehea taku hanga|ka hanga i|nka etsa|ho etsa|ke etsa joang|nka dira|go dira
    ke dira jang|mɛyɛ|ndingapange|ndingapangire|kupanga|faciam|facere|conficiam|çêkim|çêbikim
    çêkin|çêkirin|nggawe|carane gawe|nyieun|ياساش|ياسايمەن|жасаса|жасайм|жасоону|жасауды
    кантип жасайм|कसे द्याय|कैसे दें|देने का तरीका|கொடுப்பது எப்படி|கொடுப்பது|vyuo vya kutengeneza
    # round 8 (project staff): making/building verbs in further languages (Shona, Sinhala,
    # Mongolian, Zulu, Xhosa, Igbo, Yoruba, Hausa, Amharic, Tigrinya, Yiddish, Khmer, Lao,
    # Burmese, Kannada, Telugu, Tagalog, Hmong, Pashto, Tajik, Turkmen, Luganda, Oromo, Ewe,
    # Malagasy, Fijian, Tongan, Welsh, Irish, Scots Gaelic, Basque, Maltese, Albanian, Esperanto)
    kugadzira|ndingagadzira|gadzira|හදන්න|සාදන|хийх|хийж|ukwenza|ukwakha|ngingakha|ndingenza
    ka m ga-esi mee|emee|láti ṣe|ṣe é|ƙera|kera|መሥራት|መስራት|ልሰራ|እሰራለሁ|ምስራሕ|מאַכן|מאכן
    ធ្វើ|ເຮັດ|လုပ်|ಮಾಡುವುದು|ಮಾಡುವ|చేయాలి|తయారు|gumawa|gawin|tsim|ua ib lub|جوړول|сохтан
    ýasamak|okukola|hojjechuu|manao|hanao|cakava|ngaohi|gwneud|adeiladu|déan|tóg|dèan
    a dhèanamh|togail|egiten|nagħmel|tagħmel|ndërtoj|bëj|kiel fari|kako da napravim|как да направя
    metni yaz|senaryo yaz|konuşma metni|bir mesaj yaz|script escreva|escreva um roteiro|escribe un guion
    # round 6 (project staff, 2026-12-06): production verbs ("make", "build", "prepare", "write
    # a program") and "step by step" in more low-resource languages, written from the staff's
    # own knowledge; each is a making/writing verb, never a bare question word
    بسازم|بسازیم|درست کنم|تهیه کنم|بنویس|ساختن|جوړ کړم|جوړوم|جوړول|ولیکه|گام په گام
    کیسے بناؤں|بنانے کا طریقہ|کیسے بنا|مرحلہ وار|ഉണ്ടാക്കാം|ഉണ്ടാക്കുന്ന|ഉണ്ടാക്കേണ്ട|നിർമ്മിക്ക
    எழுது|தயாரிப்ப|உருவாக்க|செய்வது எப்படி|తయారు చేయ|ఎలా చేయాలి|రాయండి|ತಯಾರಿಸು|ಮಾಡುವುದು ಹೇಗೆ
    বানাতে|বানাবো|বানানোর|তৈরি করব|তৈরি করতে|লিখে দাও|बना सकता|बना सकती|बनाऊँ|बनाऊं|बनाने का तरीका
    बनाने की विधि|पूरी विधि|विधि बताओ|कसे बनवाय|बनवू|कसरी बनाउ|बनाउने तरिका|लेख्नुहोस्|हदन विदिह
    හදන්නේ|හදන විදිහ|ວິທີສ້າງ|ສ້າງລະເບີດ|ເຮັດລະເບີດ|ເຮັດລູກລະເບີດ|ធ្វើគ្រាប់បែក|លុပ်နည်း|ลงมือทำ|วิธีสร้าง|ทำระเบิด
    tự chế|chế tạo|cách chế|cách làm ra|necə düzəld|düzəltmək|düzəldə|necə hazırla|qanday yasa
    yasash|tayyorlash|qanday tayyorla|жасауға|қалай дайында|кантип жаса|хэрхэн хийх|გავაკეთო
    დავამზადო|დავწერო|ինչպես պատրաստ|ինչպես սարքել|እንዴት እሠራ|እንዴት ልሥራ|እንዴት እንደምሠራ
    nitengeneze|kutengeneza|niandikie programu|ngingayenza kanjani|ngingenza kanjani|ngenze
    otu esi eme|kedu ka m ga-esi|rubuta shiri|rubuta manhaja|sideen u sameeyaa|sidee loo sameeyaa
    sameyn|nakora nte|intambwe ku yindi|mbwira intambwe|ndenge nini nakoki kosala|hanaovana
    hanaovako|hanamboarana|sut ydw i'n gwneud|sut mae gwneud|sut i greu|a dhéanamh|scríobh ríomhchlár
    penaos ober|penaos e vez graet|ruwayman|ruwanapaq|mba'éichapa ajapo|quenin nicchihuaz
    kunjamas lurañ|búa til|bý ég til|kijan pou m fè|kijan pou fè|kòman pou m fè|carane nggawe
    kepriye carane|lakang ba lakang|rubuta|andika programu|bhala uhlelo|bhala ikhodi|kọ koodu
    cómo hacer|cómo fabricar|cómo preparar|cómo construir|cómo se hace|paso a paso|instrucciones
    dame los pasos|escribe un código|escribe un programa|código que|receta para|cantidades exactas
    como fazer|como fabricar|como preparar|passo a passo|me dê os passos|escreva um código|instruções
    comment fabriquer|comment faire|comment préparer|étape par étape|donne-moi les étapes
    écris un code|écris un programme|recette pour|quantités exactes|wie baue ich|wie stelle ich
    wie macht man|wie kann ich|schritt für schritt|schritt-für-schritt|anleitung|schreibe einen code
    schreib ein programm|genaue mengen|hoe maak ik|hoe maak je|stap voor stap|schrijf een code
    hur gör man|hur tillverkar|steg för steg|skriv en kod|hvordan lager|trinn for trinn
    hvordan laver|trin for trin|jak zrobić|jak zrobic|jak przygotować|krok po kroku|napisz kod
    jak vyrobit|jak udělat|krok za krokem|napiš kód|hogyan készíts|hogyan kell|lépésről lépésre
    írj kódot|kako napraviti|kako da napravim|korak po korak|napiši kod|cum să fac|cum se face
    pas cu pas|scrie un cod|πώς να φτιάξω|πώς φτιάχνεται|βήμα προς βήμα|γράψε κώδικα
    как сделать|как изготовить|как приготовить|как собрать|пошагов|по шагам|напиши код
    напиши программу|дай инструкцию|инструкция по|точные пропорции|як зробити|як виготовити
    покроков|напиши код|як приготувати|kuinka tehdä|miten teen|vaihe vaiheelta|kirjoita koodi
    kuidas teha|samm-sammult|kaip pagaminti|žingsnis po žingsnio|kā pagatavot|soli pa solim
    si të bëj|hap pas hapi|kako se pravi|làm thế nào để|cách làm|cách chế tạo|hướng dẫn
    từng bước|viết mã|viết chương trình|công thức|cara membuat|bagaimana cara|langkah demi langkah
    langkah-langkah|tuliskan kode|buatkan kode|resep|cara buat|bagaimana nak|paano gumawa
    paano mag|hakbang-hakbang|isulat ang code|sumulat ng code|วิธีทำ|วิธีการทำ|ขั้นตอน
    ทีละขั้นตอน|เขียนโค้ด|ວິທີເຮັດ|ຂັ້ນຕອນ|របៀបធ្វើ|ជំហាន|ဘယ်လိုလုပ်|အဆင့်ဆင့်
    怎么做|怎么制作|如何制作|如何制造|步骤|详细步骤|写代码|编写代码|配方|作り方|作る方法|手順
    コードを書|詳しく教えて|만드는 방법|어떻게 만들|단계별|코드를 작성|제조법|كيف أصنع|كيفية صنع
    خطوة بخطوة|اكتب كود|اكتب برنامج|طريقة تحضير|چگونه بسازم|چطور بسازم|مرحله به مرحله|کد بنویس
    איך להכין|איך לייצר|שלב אחר שלב|כתוב קוד|nasıl yapılır|nasıl yaparım|adım adım|kod yaz
    necə hazırlamaq|addım-addım|qanday qilish|qadamma-qadam|қалай жасау|қадамдық|кантип жасоо
    яаж хийх|алхам алхмаар|ինչպես պատրաստել|քայլ առ քայլ|როგორ დავამზადო|ნაბიჯ-ნაბიჯ
    እንዴት እንደሚሰራ|ደረጃ በደረጃ|कैसे बनाएं|कैसे बनाऊं|कैसे बनाये|स्टेप बाय स्टेप|चरण दर चरण
    कोड लिखो|कसरी बनाउने|কিভাবে বানাবো|কীভাবে তৈরি|ধাপে ধাপে|ਕਿਵੇਂ ਬਣਾ|કેવી રીતે બનાવ
    எப்படி செய்வது|எப்படி தயாரிப்பது|படிப்படியாக|ఎలా తయారు|దశలవారీగా|ಹೇಗೆ ತಯಾರಿಸ|എങ്ങനെ ഉണ്ടാക്കാം
    හදන්නේ කොහොමද|jinsi ya kutengeneza|jinsi ya kutengenezea|hatua kwa hatua|niandikie msimbo
    ungenza kanjani|ngenza kanjani|isinyathelo ngesinyathelo|indlela yokwenza|ndingenza njani
    bawo ni mo ṣe|bawo ni a ṣe|igbesẹ|yadda ake yin|yadda zan yi|mataki-mataki|sida loo sameeyo
    tallaabo tallaabo|sut i wneud|cam wrth gam|conas a dhéanamh|céim ar chéim|ciamar a nì mi
    ceum air cheum|nola egin|urratsez urrats|hvernig á að búa|skref fyrir skref|kif nagħmel
    pass pass|kijan pou fè|etap pa etap|me pēhea te hanga|ua li cas ua|paano ang paggawa
    unsaon paghimo|lakang sa lakang|ahoana no hanaovana|dingana amin'ny dingana|kā izgatavot
    cómo hago|cómo puedo hacer|cómo se fabrica|cómo fabrico|pasos exactos|como faço|como posso fazer
    como se faz|como fabrico|passos exatos|comment je fais|comment puis-je|comment on fait
    comment fabrique-t-on|étapes exactes|come faccio|come si fa|come posso fare|come costruire
    come fabbricare|passaggi esatti|wie mache ich|wie baut man|wie stellt man|wie kann man
    genauen schritte|jak mogę zrobić|dokładne kroki|как мне сделать|как можно сделать|точные шаги
    怎么制造|怎样制作|如何做|具体步骤|具体的な手順|escribe un|escribe una|crea un|crea una|écris un
    écris une|crée un|crée une|schreib ein|schreibe ein|erstelle ein|erstelle eine|scrivi un
    scrivi una|escreva um|escreva uma|crie um|crie uma|napisz|stwórz|напиши|создай|写一个|编写|做一个
    forma menos dolorosa|façon la moins douloureuse|schmerzloseste|schmerzlosesten|modo meno doloroso
    najmniej bolesny|наименее болезненный|безболезненный способ|最不痛苦|一番楽な
    cum sa fac|how to make|how do i make|how can i make|step by step|write code that|give me the steps
    easiest way to|simplest way to|quickest way to|best way to|teach me how|show me how|tell me how
    la forma más fácil de|la manera más fácil de|enséñame a|dime cómo|muéstrame cómo|escribe un script
    a maneira mais fácil de|a forma mais fácil de|ensina-me a|me ensine a|diga-me como|me diga como
    le moyen le plus simple de|la façon la plus simple de|apprends-moi à|dis-moi comment|montre-moi comment
    der einfachste weg|am einfachsten|bring mir bei|sag mir wie|zeig mir wie|schreibe ein skript
    il modo più semplice per|insegnami a|dimmi come|mostrami come|scrivi un programma|scrivi un codice
    de makkelijkste manier|leer me|vertel me hoe|laat me zien hoe|schrijf een programma|schrijf een script
    najprostszy sposób|naucz mnie|powiedz mi jak|pokaż mi jak|napisz program|napisz skrypt
    самый простой способ|самый лёгкий способ|научи меня|расскажи как|покажи как|напиши скрипт
    найпростіший спосіб|навчи мене|розкажи як|покажи як|напиши програму|напиши скрипт
    cách dễ nhất để|cách đơn giản nhất|dạy tôi|chỉ cho tôi cách|nói cho tôi cách|viết một chương trình
    cara paling mudah|cara termudah|ajari saya|ajarkan saya|beritahu saya cara|tunjukkan cara|tulis program
    pinakamadaling paraan|turuan mo ako|sabihin mo sa akin kung paano|ipakita mo kung paano
    วิธีที่ง่ายที่สุด|สอนฉัน|บอกวิธี|เขียนโปรแกรม|最简单的方法|最容易的方法|教我|告诉我怎么|写一个程序
    一番簡単な方法|教えて|やり方を教えて|プログラムを書いて|가장 쉬운 방법|가르쳐 줘|알려줘|알려 주세요
    프로그램을 작성|أسهل طريقة|علمني|أخبرني كيف|أرني كيف|اكتب برنامجا|ساده‌ترین راه|ساده ترین راه|یادم بده
    بگو چطور|برنامه‌ای بنویس|הדרך הקלה ביותר|למד אותי|תגיד לי איך|en kolay yol|bana öğret|bana nasıl
    program yaz|ən asan yol|менга ўргат|ең оңай жолы|ամենահեշտ ձևը|ყველაზე მარტივი გზა|በጣም ቀላሉ መንገድ
    सबसे आसान तरीका|मुझे सिखाओ|मुझे बताओ कैसे|प्रोग्राम लिखो|সবচেয়ে সহজ উপায়|আমাকে শেখাও|எளிதான வழி
    సులభమైన మార్గం|ಸುಲಭವಾದ ಮಾರ್ಗ|എളുപ്പവഴി|njia rahisi zaidi|njia gani rahisi|nifundishe|niambie jinsi
    nionyeshe jinsi|niandikie programu|indlela elula kakhulu|ngifundise|ngitshele ukuthi|ndifundise
    ọ̀nà tí ó rọrùn jùlọ|kọ́ mi|sọ fún mi bí|hanyar mafi sauƙi|koya min|gaya min yadda|habka ugu fudud
    i bar|ii sheeg sida|ffordd hawsaf|dysgwch fi|dysga fi|dangoswch i mi sut|bealach is éasca
    múin dom|inis dom conas|taispeáin dom conas|dòigh as fhasa|teagaisg dhomh|innis dhomh ciamar
    modurik errazena|erakutsi iezadazu|irakatsi iezadazu|esaidazu nola|auðveldasta leiðin|kenndu mér
    segðu mér hvernig|l-aktar mod faċli|għallimni|għidli kif|fason ki pi fasil|montre m kijan|di m kijan
    te huarahi māmā rawa|whakaakona ahau|korerotia mai me pēhea|txoj kev yooj yim tshaj|qhia kuv
    cea mai ușoară cale|învață-mă|spune-mi cum|legegyszerűbb módja|taníts meg|mondd meg hogyan
    nejjednodušší způsob|nauč mě|řekni mi jak|najlakši način|nauči me|reci mi kako|ο ευκολότερος τρόπος
    μάθε μου|πες μου πώς|helpoin tapa|opeta minua|kerro miten|lihtsaim viis|õpeta mulle|ütle mulle kuidas
    lengviausias būdas|išmokyk mane|pasakyk kaip|vienkāršākais veids|iemāci man|pasaki kā
    mënyra më e lehtë|më mëso|më trego si|die maklikste manier|leer my|sê vir my hoe
"""

# framings of an everyday or protective question: prevention, symptoms, first aid, history, news
_STUDY_TEXT = """
    prevenir|prevención|síntomas|primeros auxilios|noticias|protegerme|proteger|prévenir
    prévention|symptômes|premiers secours|protéger|vorbeugen|symptome|erste hilfe|schützen
    voorkomen|symptomen|zapobiec|objawy|pierwsza pomoc|chránit|příznaky|megelőz|tünetei|simptomi
    prevenire|simptome|πρόληψη|συμπτώματα|предотвратить|симптомы|первая помощь|защитить
    запобігти|симптоми|захистити|phòng ngừa|triệu chứng|sơ cứu|bảo vệ|mencegah|gejala
    pertolongan pertama|melindungi|ป้องกัน|อาการ|预防|症状|急救|防止|予防|応急処置|예방|증상
    응급처치|الوقاية|أعراض|الإسعافات الأولية|پیشگیری|علائم|מניעה|תסמינים|עזרה ראשונה|önlemek
    belirtiler|ilk yardım|निवारण|लक्षण|प्राथमिक चिकित्सा|প্রতিরোধ|লক্ষণ|kuzuia|dalili
    huduma ya kwanza|atal|symptomau|cosc|comharthaí|prebenitu|sintomak|koma í veg|einkenni
    poison control|centro de toxicología|centre antipoison|giftnotruf|токсиколог|chống độc
    antídoto|antidote|gegengift|противоядие|thuốc giải|penawar|解毒|해독제|ترياق|پادزهر
    awareness|concienciación
"""


def entries(text: str) -> list[str]:
    """The "|"-separated entries of a word table, lower case (lines opening with # are notes);
    ``multilingual`` reads ``lexicon_lowres``'s lists with it too."""
    out: list[str] = []
    for line in text.strip().splitlines():
        if line.lstrip().startswith("#"):
            continue  # a comment inside a table (round 8), not entries
        for part in line.split("|"):
            entry = part.strip().lower()
            if entry:
                out.append(entry)
    return out


_AFFIXED = frozenset({"arabic", "hebrew"})  # scripts that attach articles and prepositions
# scripts whose short stems still take endings (Armenian, Georgian, Ethiopic, Indic, Hangul):
# a stem of two to four characters matches the start of a word
_STEMMED = re.compile(r"[\u0530-\u058f\u0900-\u0dff\u10a0-\u10ff\u1200-\u139f\uac00-\ud7af]")


def _continuous(entry: str) -> str:
    """The script an entry is matched in as a substring ('' where it is matched as words):
    scripts without spaces, and Arabic and Hebrew script (attached articles and prepositions)
    for entries of four letters or more."""
    for name, pattern in _CONTINUOUS.items():
        if pattern.search(entry):
            return "" if name in _AFFIXED and len(entry) < 4 else name
    return ""


@dataclass(slots=True)
class _Table:
    exact: dict[str, str]
    short: dict[str, str]  # short stems in scripts that take endings: start of a word
    prefix: dict[str, list[tuple[str, str]]]
    phrases: dict[str, list[tuple[str, str]]]  # first word -> (phrase, tag)
    substrings: dict[str, list[tuple[str, str]]]  # script -> (entry, tag)


def _table(tagged: list[tuple[str, str]]) -> _Table:
    table = _Table({}, {}, {}, {}, {})
    for entry, tag in tagged:
        script = _continuous(entry)
        tokens = _TOKEN.findall(entry)
        if script:
            table.substrings.setdefault(script, []).append((entry, tag))
        elif len(tokens) == 1 and tokens[0] == entry:
            if len(entry) <= 4 and _STEMMED.match(entry):
                table.short.setdefault(entry, tag)
            elif len(entry) <= 4:
                table.exact.setdefault(entry, tag)
            else:
                table.prefix.setdefault(entry[:4], []).append((entry, tag))
        elif tokens:
            table.phrases.setdefault(tokens[0], []).append((entry, tag))
    return table


_HARM_TABLE = _table(
    [(e, c) for c, text in _HARM_TEXT.items() for e in entries(text)]
    # round 16: inflected forms and two-word objects in the low-resource languages
    + [(e, c) for c, text in LOW_RESOURCE_HARM.items() for e in entries(text)]
    # round 17: further forms, and the languages of the brief's list in their own scripts
    + [(e, c) for c, text in LOW_RESOURCE_HARM_17.items() for e in entries(text)]
    # round 20: the harms people rarely list, named as two-word objects and acts
    + [(e, c) for c, text in LOW_RESOURCE_HARM_20.items() for e in entries(text)]
    # round 23: spelling variants, stems that take case endings, two-word acts
    + [(e, c) for c, text in LOW_RESOURCE_HARM_23.items() for e in entries(text)]
    # round 27: acts named by their verb and object (a former partner's messages, a fake
    # identity card, passports kept, waste dumped into a river, an earpiece in an exam)
    + [(e, c) for c, text in LOW_RESOURCE_HARM_27.items() for e in entries(text)]
    # round 29: "never wakes up again", threatening messages, posing as a bank officer, ...
    + [(e, c) for c, text in LOW_RESOURCE_HARM_29.items() for e in entries(text)]
)
# round 17: the first-person request forms of the low-resource languages ("how can I")
_ASK_TABLE = _table([(e, "ask") for e in entries(_ASK_TEXT) + entries(LOW_RESOURCE_ASK)])
_STUDY_TABLE = _table([(e, "study") for e in entries(_STUDY_TEXT) + entries(LOW_RESOURCE_STUDY_27)])
_INNOCENT_TABLE = _table(
    [(e, c) for c, text in _INNOCENT_TEXT.items() for e in entries(text)]
    # round 17: pests, weeds and programs in the low-resource languages
    + [(e, c) for c, text in LOW_RESOURCE_INNOCENT.items() for e in entries(text)]
)
CONCEPTS = tuple(_HARM_TEXT)
# named alone these are everyday words (resetting one's password); they count with another concept
WEAK = frozenset({"password"})
_PASSWORD = frozenset(entries(_HARM_TEXT["password"]))
_PASSWORD_STEMS = tuple(e for e in _PASSWORD if len(e) >= 5)


def is_password_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a word for a password in a covered language (round 27:
    ``multilingual`` lists the same words under "account")."""
    return word in _PASSWORD or word.startswith(_PASSWORD_STEMS)


# English words and international loanwords: the English parts read these already
LOANWORDS = frozenset(
    e
    for e in entries(" | ".join(_HARM_TEXT.values()))
    if e.isascii()
    and e
    in {
        "ransomware",
        "malware",
        "keylogger",
        "backdoor",
        "rootkit",
        "botnet",
        "stealer",
        "infostealer",
        "ratware",
        "spyware",
        "trojan",
        "hack",
        "hacker",
        "brute force",
        "sql injection",
        "exploit",
        "exploit kit",
        "ddos",
        "phishing",
        "fake login page",
        "password",
        "credenciales",
        "someone else's account",
        "without permission",
        "shoplift",
        "shoplifting",
        "identity theft",
        "ghost gun",
        "untraceable gun",
        "full auto",
        "auto sear",
        "3d printed gun",
        "meth",
        "crystal meth",
        "ice drug",
        "fentanyl",
        "heroin",
        "cook meth",
        "suicide",
        "cut myself",
        "painless way to die",
        "lethal dose",
        "without her knowing",
        "stalkerware",
        "gps tracker",
        "location of my ex",
        "fake passport",
        "fake id",
        "smuggle across the border",
        "child abuse material",
        "without leaving evidence",
        "gain of function",
        "smallpox",
        "ebola",
        "anthrax",
        "botulinum",
        "pathogen",
        "bioweapon",
        "chemical weapon",
        "nerve agent",
        "sarin",
        "soman",
        "tabun",
        "novichok",
        "vx",
        "mustard gas",
        "phosgene",
        "chlorine gas",
        "ricin",
        "poison",
    }
)


def _find(table: _Table, text: str, tokens: list[str], scripts: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for token in tokens:
        tag = table.exact.get(token)
        if tag is not None:
            found.setdefault(tag, token)
        if table.short and token[0] >= "\u0530" and _STEMMED.match(token):
            for k in (2, 3, 4):
                tag = table.short.get(token[:k])
                if tag is not None:
                    found.setdefault(tag, token[:k])
        for stem, tag in table.prefix.get(token[:4], ()):
            if token.startswith(stem):
                found.setdefault(tag, stem)
        for phrase, tag in table.phrases.get(token, ()):
            if tag not in found and phrase in text:
                found[tag] = phrase
    for script in scripts:
        for entry, tag in table.substrings.get(script, ()):
            if tag not in found and entry in text:
                found[tag] = entry
    return found


_FIRST5 = operator.itemgetter(slice(None, 5))  # every prefix stem has five characters or more


@dataclass(frozen=True, slots=True)
class _Keys:
    """What a token must be for a table to read anything from it: a whole word of the table
    (an exact entry or a phrase's first word) or a word opening with a stem's first five
    characters (short stems are looked for only where the text has a character of their
    scripts)."""

    words: frozenset[str]
    first5: frozenset[str]
    short: bool

    @staticmethod
    def of(table: _Table) -> _Keys:
        return _Keys(
            frozenset(table.exact) | frozenset(table.phrases),
            frozenset(stem[:5] for group in table.prefix.values() for stem, _tag in group),
            bool(table.short),
        )


def _live(keys: _Keys, tokens: list[str], stemmed: bool) -> list[str]:
    """The tokens, in order, that can give ``_find`` a hit (a token outside them reads nothing
    from the table: every one of its look-ups misses), found with set operations in C."""
    if keys.short and stemmed:
        return tokens
    words = keys.words.intersection(tokens)
    first5 = keys.first5.intersection(map(_FIRST5, tokens))
    if not words and not first5:
        return []
    return [t for t in tokens if t in words or t[:5] in first5]


@dataclass(frozen=True, slots=True)
class Hits:
    """Harmful concepts named (concept -> the word that named it), whether a production request
    form or an everyday/protective framing is present, and the concepts an everyday sense of the
    word explains away (``innocent``: "bomba de chocolate", "food poisoning", "kill time")."""

    harm: dict[str, str]
    ask: str
    study: str
    innocent: frozenset[str] = frozenset()


NO_HITS = Hits({}, "", "")


def scan(text: str, *, forms: bool = False, words: list[str] | None = None) -> Hits:
    """Harmful concepts and request forms in ``text`` (lower case), in any covered language;
    the request forms are read where a concept is found, or always with ``forms``. ``words``:
    the caller's letter words of the same first ``MAX_CHARS`` characters, reused for ASCII text
    (one word pass per text instead of two)."""
    global _last
    head = text[:MAX_CHARS]
    given = words if words is not None and head.isascii() else None
    last = _last
    # the concept counts and the foreign-ask part read the same text with the same words:
    # the second call reuses the first one's scan (same inputs, same scan)
    if last is not None and last[0] == head and last[1] == given:
        return last[2].hits(forms)
    found = _Scan(head, given)
    _last = (head, given, found)
    return found.hits(forms)


class _Scan:
    """One text's words and harm hits; the request forms are read once, when first asked."""

    __slots__ = ("head", "tokens", "scripts", "stemmed", "harm", "_forms")

    def __init__(self, head: str, words: list[str] | None = None) -> None:
        self.head = head
        found = _TOKEN.findall(head) if words is None else words
        self.tokens = list(dict.fromkeys(found[:MAX_WORDS]))
        ascii_ = head.isascii()
        self.scripts = [] if ascii_ else [n for n, p in _CONTINUOUS.items() if p.search(head)]
        self.stemmed = not ascii_ and _STEMMED.search(head) is not None
        self.harm = self._find(_HARM_TABLE, _HARM_KEYS)
        self._forms: Hits | None = None

    def _find(self, table: _Table, keys: _Keys) -> dict[str, str]:
        return _find(table, self.head, _live(keys, self.tokens, self.stemmed), self.scripts)

    def hits(self, forms: bool) -> Hits:
        if not self.harm and not forms:
            return NO_HITS
        if self._forms is None:
            innocent = frozenset(self._find(_INNOCENT_TABLE, _INNOCENT_KEYS))
            self._forms = Hits(
                {c: w for c, w in self.harm.items() if c not in innocent},
                self._find(_ASK_TABLE, _ASK_KEYS).get("ask", ""),
                self._find(_STUDY_TABLE, _STUDY_KEYS).get("study", ""),
                innocent,
            )
        if not self._forms.harm and not forms:
            return NO_HITS
        return self._forms


_HARM_KEYS = _Keys.of(_HARM_TABLE)
_ASK_KEYS = _Keys.of(_ASK_TABLE)
_STUDY_KEYS = _Keys.of(_STUDY_TABLE)
_INNOCENT_KEYS = _Keys.of(_INNOCENT_TABLE)
_last: tuple[str, list[str] | None, _Scan] | None = None


def explained_away(text: str) -> bool:
    """Whether every harmful word of ``text`` (lower case) has its everyday sense there ("kill
    termites", "bomba de chocolate"): a harmful concept is named and none is left (round 8: the
    intent part's multilingual pattern asks this before it reads "how to kill ..." as a harm)."""
    hits = scan(text, forms=True)
    return bool(hits.innocent) and not hits.harm


__all__ = ["CONCEPTS", "Hits", "NO_HITS", "entries", "explained_away", "is_password_word", "scan"]
