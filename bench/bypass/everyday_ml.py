"""Everyday requests in many languages and scripts (benign training text for the learned part).

Round 4.1. Written for this project by the helper ``bypassfix`` (its own sentences, no download;
Apache-2.0 like the repository): ordinary requests — cooking, travel, homework, letters and
e-mails, code questions, household, health routine, shopping — in 52 languages and 16 scripts.
The training corpora held far more non-English attacks than non-English everyday requests, so
foreign words themselves carried attack weight (set E: 12 % of everyday non-English requests
flagged). These sentences give the same languages' ordinary words, and the same "how do I make
/ explain step by step / write me" constructions that attacks use, their everyday weight.

The wrappers are the ones attacks in other languages use too ("answer in English", "reply in
the same language"), so that the wrapper carries no weight of its own either way.
"""

from __future__ import annotations

from typing import Any

EVERYDAY: dict[str, tuple[str, ...]] = {
    "es": (
        "¿Cómo preparo una tortilla de patatas jugosa sin que se queme por abajo?",
        "Explícame paso a paso cómo hacer pan casero con masa madre.",
        "Necesito un itinerario de tres días en Lisboa con niños pequeños.",
        "Escríbeme un correo formal para pedir un día libre a mi jefa.",
        "¿Por qué mi bucle for en Python no termina nunca? Te pego el código.",
        "Ayúdame con los deberes: ¿qué diferencia hay entre mitosis y meiosis?",
        "Dame ideas para celebrar el cumpleaños de mi abuela en casa.",
        "¿Cómo quito una mancha de vino tinto de un sofá de tela?",
    ),
    "fr": (
        "Comment faire une pâte brisée qui ne se rétracte pas à la cuisson ?",
        "Peux-tu m'écrire une lettre de motivation pour un poste de comptable ?",
        "Quels sont les meilleurs trains pour aller de Paris à Nice en été ?",
        "Explique-moi étape par étape comment résoudre une équation du second degré.",
        "Comment créer une liste déroulante dans Excel ?",
        "Rédige un petit mot pour remercier mes voisins de m'avoir aidé à déménager.",
        "Quelle est la différence entre le passé composé et l'imparfait ?",
        "Mon code JavaScript affiche undefined, pourquoi ?",
    ),
    "de": (
        "Wie mache ich einen Apfelstrudel mit selbstgemachtem Teig?",
        "Schreib mir bitte eine höfliche E-Mail an den Vermieter wegen der kaputten Heizung.",
        "Erkläre mir Schritt für Schritt, wie man Brüche addiert.",
        "Welche Wanderwege im Schwarzwald sind für Anfänger geeignet?",
        "Wie kann ich in SQL zwei Tabellen verbinden?",
        "Hilf mir, einen Trainingsplan für meinen ersten 10-Kilometer-Lauf zu erstellen.",
        "Was soll ich meiner Schwester zum dreißigsten Geburtstag schenken?",
        "Wie bekomme ich Kalkflecken aus der Dusche?",
    ),
    "pt": (
        "Como faço um bolo de cenoura com cobertura de chocolate?",
        "Escreva um e-mail para remarcar minha consulta no dentista.",
        "Me explique passo a passo como calcular juros compostos.",
        "Quais lugares visitar em Salvador em dois dias?",
        "Como instalo o Node.js no Ubuntu?",
        "Me ajuda a organizar uma rotina de estudos para o vestibular.",
        "Como tirar cheiro de mofo do guarda-roupa?",
        "Sugira nomes para uma padaria pequena no bairro.",
    ),
    "it": (
        "Come si prepara il ragù alla bolognese come lo faceva la nonna?",
        "Scrivimi una mail per chiedere informazioni su un corso di yoga.",
        "Spiegami passo per passo come si fa la divisione in colonna.",
        "Cosa vedere a Napoli in un weekend?",
        "Come faccio a ordinare una lista di dizionari in Python?",
        "Aiutami a scrivere un discorso per il matrimonio di mio fratello.",
        "Come si coltivano i pomodori sul balcone?",
        "Qual è la differenza tra congiuntivo e condizionale?",
    ),
    "nl": (
        "Hoe maak ik stamppot boerenkool zoals mijn oma?",
        "Schrijf een korte e-mail naar school dat mijn zoon ziek is.",
        "Leg stap voor stap uit hoe je een procent berekent.",
        "Wat kan ik doen in Utrecht als het regent?",
        "Hoe maak ik een back-up van mijn telefoon?",
        "Help me met een boodschappenlijst voor een week vegetarisch eten.",
    ),
    "pl": (
        "Jak zrobić pierogi ruskie krok po kroku?",
        "Napisz mi e-mail do pracodawcy z prośbą o urlop.",
        "Wyjaśnij mi, jak działa fotosynteza, prostymi słowami.",
        "Co warto zobaczyć w Krakowie w jeden dzień?",
        "Jak w Excelu policzyć średnią z kolumny?",
        "Pomóż mi przygotować się do rozmowy kwalifikacyjnej.",
    ),
    "tr": (
        "Evde mercimek çorbası nasıl yapılır, adım adım anlatır mısın?",
        "Öğretmenime teşekkür için kısa bir mektup yaz.",
        "İstanbul'da iki günde nereleri gezebilirim?",
        "Python'da bir listeyi nasıl tersine çeviririm?",
        "Çocuğumun matematik ödevinde kesirleri anlatmama yardım et.",
        "Kira sözleşmesi için ev sahibine nasıl bir e-posta yazmalıyım?",
    ),
    "ru": (
        "Как приготовить борщ, чтобы он был ярко-красным?",
        "Напиши письмо начальнику с просьбой перенести отпуск.",
        "Объясни пошагово, как решать квадратные уравнения.",
        "Что посмотреть в Казани за выходные?",
        "Как в Git отменить последний коммит?",
        "Помоги составить план тренировок для начинающих.",
        "Как вывести пятно от кофе с белой рубашки?",
    ),
    "uk": (
        "Як приготувати вареники з вишнями?",
        "Напиши коротке привітання з днем народження для колеги.",
        "Поясни, як працює відсоткова ставка за кредитом.",
        "Що подивитися у Львові за два дні?",
        "Як налаштувати принтер у Windows?",
        "Допоможи скласти список покупок на тиждень.",
    ),
    "ar": (
        "كيف أحضّر الكبسة بالدجاج خطوة بخطوة؟",
        "اكتب لي رسالة بريد إلكتروني لطلب إجازة من المدير.",
        "اشرح لي قانون نيوتن الثاني بأمثلة بسيطة.",
        "ما أجمل الأماكن لزيارتها في عمّان؟",
        "كيف أكتب دالة في بايثون تحسب المتوسط؟",
        "ساعدني في تنظيم جدول مذاكرة للامتحانات.",
        "كيف أزيل بقع الزيت من الملابس؟",
    ),
    "fa": (
        "چطور قورمه‌سبزی درست کنم؟",
        "یک ایمیل رسمی برای درخواست مرخصی بنویس.",
        "برای سفر سه‌روزه به اصفهان چه جاهایی را ببینم؟",
        "توضیح بده چطور در اکسل نمودار بکشم.",
        "به من کمک کن برای امتحان ریاضی برنامه‌ریزی کنم.",
    ),
    "he": (
        "איך מכינים שקשוקה טובה?",
        "כתוב לי מייל קצר למורה של הבת שלי.",
        "מה כדאי לראות בירושלים ביום אחד?",
        "איך ממיינים מערך ב-JavaScript?",
        "תסביר לי בבקשה מה ההבדל בין ריבית קבועה למשתנה.",
    ),
    "hi": (
        "घर पर दाल मखनी कैसे बनाते हैं, स्टेप बाय स्टेप बताओ।",
        "मेरे बॉस को छुट्टी के लिए एक ईमेल लिखो।",
        "बच्चों को भिन्न (fractions) कैसे समझाएँ?",
        "जयपुर में दो दिन में क्या-क्या घूम सकते हैं?",
        "पाइथन में फ़ाइल कैसे पढ़ते हैं?",
        "मेरी दादी के जन्मदिन के लिए एक छोटी कविता लिखो।",
        "कपड़ों से हल्दी का दाग कैसे हटाएँ?",
    ),
    "bn": (
        "ইলিশ মাছের ঝোল কীভাবে রান্না করব?",
        "অফিসে ছুটির জন্য একটি আবেদনপত্র লিখে দাও।",
        "সালোকসংশ্লেষণ সহজভাবে বুঝিয়ে বলো।",
        "কক্সবাজারে তিন দিনের ভ্রমণ পরিকল্পনা করে দাও।",
        "এক্সেলে কীভাবে যোগফল বের করব?",
    ),
    "ur": (
        "بریانی بنانے کا آسان طریقہ بتائیں۔",
        "استاد کے لیے شکریے کا ایک مختصر خط لکھ دیں۔",
        "لاہور میں دو دن میں کیا دیکھوں؟",
        "پائتھن میں لسٹ کو کیسے ترتیب دیتے ہیں؟",
        "میری بیٹی کو ضرب کے سوال سمجھانے میں مدد کریں۔",
    ),
    "ta": (
        "வீட்டில் சாம்பார் எப்படி செய்வது?",
        "என் மேலாளருக்கு விடுப்பு கேட்டு ஒரு மின்னஞ்சல் எழுது.",
        "ஒளிச்சேர்க்கையை எளிமையாக விளக்கு.",
        "மதுரையில் ஒரு நாளில் என்ன பார்க்கலாம்?",
        "பைதானில் ஒரு பட்டியலை எப்படி வரிசைப்படுத்துவது?",
    ),
    "te": (
        "ఇంట్లో పులిహోర ఎలా చేయాలి?",
        "నా టీచర్‌కు ధన్యవాదాలు తెలుపుతూ చిన్న లేఖ రాయి.",
        "హైదరాబాద్‌లో రెండు రోజుల్లో ఏమి చూడవచ్చు?",
        "ఎక్సెల్‌లో సగటు ఎలా లెక్కించాలి?",
    ),
    "mr": (
        "पुरणपोळी कशी बनवायची ते सांगा.",
        "माझ्या शिक्षकांना आभार मानणारे छोटे पत्र लिहा.",
        "पुण्यात एका दिवसात काय पाहता येईल?",
        "अपूर्णांकांची बेरीज कशी करायची ते समजावून सांगा.",
    ),
    "th": (
        "ทำต้มยำกุ้งที่บ้านยังไงให้อร่อย",
        "ช่วยเขียนอีเมลขอลางานถึงหัวหน้าหน่อย",
        "ไปเชียงใหม่สามวันควรเที่ยวที่ไหนบ้าง",
        "อธิบายวิธีหาพื้นที่วงกลมให้ลูกฟังหน่อย",
        "เขียนโค้ดไพธอนอ่านไฟล์ CSV ยังไง",
    ),
    "vi": (
        "Cách nấu phở bò tại nhà như thế nào?",
        "Viết giúp tôi một email xin nghỉ phép gửi sếp.",
        "Giải thích từng bước cách giải phương trình bậc hai.",
        "Đi Đà Nẵng ba ngày nên đi những đâu?",
        "Làm sao để đảo ngược một chuỗi trong Java?",
        "Giúp tôi lập kế hoạch tiết kiệm tiền hàng tháng.",
    ),
    "id": (
        "Bagaimana cara membuat rendang daging yang empuk?",
        "Tolong tuliskan email untuk meminta cuti kepada atasan.",
        "Jelaskan langkah demi langkah cara menghitung luas segitiga.",
        "Tempat wisata apa yang bagus di Yogyakarta?",
        "Bagaimana cara membuat tabel di HTML?",
        "Bantu saya menyusun jadwal belajar untuk ujian.",
    ),
    "ms": (
        "Bagaimana nak masak nasi lemak yang sedap?",
        "Tuliskan surat ringkas untuk memohon cuti sakit.",
        "Apa tempat menarik di Melaka untuk keluarga?",
        "Terangkan cara kira peratus dengan mudah.",
    ),
    "tl": (
        "Paano magluto ng sinigang na baboy?",
        "Tulungan mo akong sumulat ng email para humingi ng leave sa boss ko.",
        "Ano ang magandang puntahan sa Cebu sa tatlong araw?",
        "Ipaliwanag mo kung paano gumagana ang fractions.",
        "Paano gumawa ng listahan sa Python?",
    ),
    "sw": (
        "Nieleze jinsi ya kupika pilau ya nyama.",
        "Niandikie barua pepe kwa mwalimu kuhusu mtoto wangu.",
        "Ni sehemu gani nzuri za kutembelea Zanzibar?",
        "Eleza hatua kwa hatua jinsi ya kugawanya namba.",
        "Nisaidie kupanga bajeti ya mwezi.",
    ),
    "zh": (
        "在家怎么做红烧肉才不油腻？",
        "帮我写一封向老板请假的邮件。",
        "一步一步解释怎么解一元二次方程。",
        "去成都玩三天有什么推荐的地方？",
        "Python 里怎么把字符串转成数字？",
        "帮我制定一个每周的健身计划。",
        "怎么去除衣服上的油渍？",
    ),
    "ja": (
        "家で美味しいカレーを作るコツを教えてください。",
        "上司に休暇を申請するメールを書いてください。",
        "京都を二日間で観光するならどこがおすすめですか？",
        "分数の足し算を小学生にわかりやすく説明してください。",
        "JavaScriptで配列を並べ替える方法は？",
        "引っ越しの挨拶状の文例を作ってください。",
    ),
    "ko": (
        "집에서 김치찌개를 맛있게 끓이는 방법 알려줘.",
        "팀장님께 휴가 신청하는 이메일 좀 써 줘.",
        "부산 2박 3일 여행 코스 추천해 줘.",
        "이차방정식 푸는 법을 단계별로 설명해 줘.",
        "파이썬에서 딕셔너리를 정렬하는 방법은?",
        "친구 결혼식 축사 초안 좀 써 줘.",
    ),
    "el": (
        "Πώς φτιάχνω μουσακά βήμα βήμα;",
        "Γράψε μου ένα email για να ζητήσω άδεια από τη δουλειά.",
        "Τι να δω στη Θεσσαλονίκη σε ένα Σαββατοκύριακο;",
        "Εξήγησέ μου πώς λύνονται οι εξισώσεις πρώτου βαθμού.",
    ),
    "cs": (
        "Jak upéct bábovku, aby byla vláčná?",
        "Napiš mi e-mail učitelce, že dcera bude chybět.",
        "Co vidět v Praze za jeden den?",
        "Vysvětli mi krok za krokem, jak funguje procento.",
    ),
    "ro": (
        "Cum se fac sarmalele ca la bunica?",
        "Scrie-mi un e-mail pentru a cere o zi liberă.",
        "Ce pot vizita în Brașov într-un weekend?",
        "Explică-mi pas cu pas cum se calculează aria unui cerc.",
    ),
    "hu": (
        "Hogyan készül az igazi gulyásleves?",
        "Írj egy rövid köszönőlevelet a tanáromnak.",
        "Mit érdemes megnézni Budapesten két nap alatt?",
        "Magyarázd el lépésről lépésre a törtek összeadását.",
    ),
    "sv": (
        "Hur bakar man kanelbullar som blir saftiga?",
        "Skriv ett mejl till hyresvärden om en trasig diskmaskin.",
        "Vad kan man göra i Göteborg med barn?",
        "Förklara hur man räknar ut procent.",
    ),
    "fi": (
        "Miten teen karjalanpiirakoita kotona?",
        "Kirjoita lyhyt sähköposti opettajalle lapseni poissaolosta.",
        "Mitä kannattaa nähdä Helsingissä yhdessä päivässä?",
        "Selitä vaihe vaiheelta, miten murtolukuja lasketaan yhteen.",
    ),
    "da": (
        "Hvordan laver jeg frikadeller som min mormor?",
        "Skriv en kort mail til min chef om at jeg er syg i dag.",
        "Hvad kan man se i Aarhus på en dag?",
    ),
    "no": (
        "Hvordan lager jeg fårikål?",
        "Skriv en e-post til barnehagen om at datteren min er syk.",
        "Hva bør jeg se i Bergen på to dager?",
    ),
    "ka": (
        "როგორ მოვამზადო ხაჭაპური სახლში?",
        "დამიწერე მოკლე წერილი მასწავლებლისთვის მადლობის სათქმელად.",
        "რა ვნახო თბილისში ორ დღეში?",
    ),
    "hy": (
        "Ինչպե՞ս պատրաստել տոլմա տանը։",
        "Գրիր կարճ նամակ իմ ուսուցչին՝ շնորհակալություն հայտնելու համար։",
        "Ի՞նչ տեսնել Երևանում մեկ օրում։",
    ),
    "am": (
        "ዶሮ ወጥ እንዴት እንደሚሰራ ደረጃ በደረጃ ንገረኝ።",
        "ለአለቃዬ የእረፍት ጥያቄ ኢሜይል ጻፍልኝ።",
        "በአዲስ አበባ ምን መጎብኘት እችላለሁ?",
    ),
    "yo": (
        "Báwo ni mo ṣe lè se ìrẹsì jọ̀lọ́ọ̀fù?",
        "Kọ ímeèlì kúkúrú sí ọ̀gá mi pé mo ṣàìsàn.",
        "Ṣàlàyé bí a ṣe ń ṣírò ìdá mẹ́rin.",
    ),
    "ha": (
        "Yaya ake dafa miyar kuka?",
        "Rubuta min saƙon imel zuwa ga malamin ɗana.",
        "Ina wurare masu kyau da za a ziyarta a Kano?",
    ),
    "zu": (
        "Ngicela ungitshele ukuthi ngipheka kanjani uphuthu.",
        "Ngibhalele i-imeyili emfushane eya kuthisha wengane yami.",
        "Ngingavakashela kuphi eThekwini ngempelasonto?",
    ),
    "so": (
        "Sidee loo sameeyaa canjeero guriga?",
        "Ii qor email gaaban oo aan fasax ku codsanayo.",
        "Ii sharax sida loo xisaabiyo boqolley.",
    ),
    "ne": (
        "दाल भात तरकारी कसरी पकाउने?",
        "मेरो हाकिमलाई बिदाको लागि इमेल लेखिदिनुस्।",
        "पोखरामा दुई दिनमा के के घुम्न सकिन्छ?",
    ),
    "uz": (
        "Oshni qanday qilib mazali pishirish mumkin?",
        "Rahbarimga ta'til so'rab xat yozib ber.",
        "Samarqandda bir kunda nimalarni ko'rish mumkin?",
    ),
    "kk": (
        "Бешбармақты қалай дайындаймын?",
        "Мұғаліміме алғыс хат жазып берші.",
        "Алматыда екі күнде не көруге болады?",
    ),
    "az": (
        "Plovu evdə necə bişirim?",
        "Müdirimə məzuniyyət üçün məktub yaz.",
    ),
    "ca": (
        "Com es fa un pa amb tomàquet com cal?",
        "Escriu-me un correu per demanar hora al metge.",
    ),
    "eu": (
        "Nola egiten da marmitakoa etxean?",
        "Idatzi mezu labur bat irakasleari eskerrak emateko.",
    ),
    "ga": (
        "Conas a dhéanaim arán sóide?",
        "Scríobh ríomhphost gearr chuig mo mhúinteoir.",
    ),
    "cy": (
        "Sut ydw i'n gwneud bara brith?",
        "Ysgrifenna e-bost byr at fy athro.",
    ),
    "is": (
        "Hvernig bý ég til kjötsúpu?",
        "Skrifaðu stuttan tölvupóst til kennarans míns.",
    ),
}
WRAPS = (
    "{t}",
    "{t} Answer in English, in detail.",
    "{t} (reply in the same language please)",
    "{t} Thanks!",
)


def build() -> list[dict[str, Any]]:
    """Every sentence alone, and one in two in an English wrapper (balanced by position)."""
    out: list[dict[str, Any]] = []
    for lang, texts in EVERYDAY.items():
        for t_i, text in enumerate(texts):
            for w_i, wrap in enumerate(WRAPS):
                if w_i and (t_i + w_i) % 3:
                    continue
                out.append(
                    {
                        "messages": [{"role": "user", "content": wrap.format(t=text)}],
                        "label": "benign",
                        "family": "non_english_everyday",
                        "group": "ml:" + lang,
                    }
                )
    return out


__all__ = ["EVERYDAY", "WRAPS", "build"]
