"""The second development set's extra generators (``make_dev.py --more``; issue 17, fourth
accuracy pass): more shapes of the issue's categories, and more realistic innocent names.

Every generator here draws from a random generator of its own, seeded by the set's seed and the
entry (or the innocent source), so ``make_dev.py`` without ``--more`` writes the same files as
before (seeds 1717 / 2024).

**Variants** (categories of their own, beside ``make_dev.py``'s):

* ``r_<category>``: ``make_realistic.py``'s own generators (``variants``: typo, legal_typo,
  legal_spaced, legal_moved, spacing, romanised, order, original_script, long_company) on this
  set's entries: the realistic set's distribution of variants on *other* entries, so that its
  categories can be found and checked without reading its report half;
* ``spaced_more``: doubled spaces and stray dots between words, a short capitalised word's
  letters written apart ("N A Z SOKOL"), a word boundary moved by one letter ("ZORBE XTRADING"), a word of four
  to seven letters split in two;
* ``typo_any``: one slip of any kind (keyboard neighbour, letter dropped, doubled, swapped,
  inserted, vowel changed) in any word of three letters or more, never the first letter;
  ``typo_short``: the same in a word of three or four letters;
* ``legal_typo_more``: one slip in a short legal form (LLC, LTD, JSC, CO, INC, CORP, GMBH, OOO,
  PJSC ...: "LCC", "LDT", "JCS", "GMHB");
* ``legal_moved_more``: the legal form in brackets, after a comma, at the front written with
  dots, or spaced out and moved;
* ``given_typo``: one slip of any kind in the given name of a romanised Korean, Arabic, Chinese
  or Russian person (syllables of two or three letters included);
* ``acronym_slip``: one slip (two letters swapped, one dropped, one keyboard neighbour) in an
  acronym of four or five letters.

**Innocent names** (categories of their own):

* ``authors_sympy`` / ``authors_perl``: real people, from SymPy's and Perl 5's AUTHORS files
  (contributors worldwide; the realistic set uses pip's and Pygments');
* ``common2_<origin>``: common romanised names of more cultures and spellings (North and South
  Korean, pinyin and Wade-Giles, Arabic with bin / al-, Persian, Russian with patronymics,
  Vietnamese, Turkish, Pakistani);
* ``ministry``: ministries, state committees, central banks and national companies of
  countries no shipped list sanctions as a whole;
* ``generic_company2``: trading companies named with pinyin, Arabic, Russian and Korean
  business words ("Shenzhen Huaxin Electronics Co., Ltd.", "Al Noor General Trading LLC", "OOO
  Vostok Tekhnologiya").

A generated common name or company whose words (split on spaces, hyphens and commas, in any
order) are a listed name's is left out: it is that name, a true hit.
"""

from __future__ import annotations

import gzip
import random
import re
from pathlib import Path
from typing import Any

from make_realistic import neighbours
from make_realistic import variants as realistic_variants

_WORD = re.compile(r"[A-Za-z]+")
VOWELS = "aeiou"
SHORT_FORMS = (
    "LLC",
    "LTD",
    "JSC",
    "CO",
    "INC",
    "CORP",
    "GMBH",
    "OOO",
    "PJSC",
    "OJSC",
    "CJSC",
    "ZAO",
    "OAO",
    "PLC",
    "FZE",
    "FZCO",
    "SARL",
    "SRL",
    "LTDA",
)


def _w(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


def _case(rep: str, like: str) -> str:
    return rep.upper() if like.isupper() else rep.lower() if like.islower() else rep


def slip_any(word: str, rng: random.Random, first: bool = False) -> str:
    """One slip of any kind in ``word`` (never its first letter unless ``first``)."""
    lo = 0 if first else 1
    for _ in range(8):
        k = rng.randrange(lo, len(word))
        op = rng.choice(("key", "drop", "double", "swap", "insert", "vowel"))
        ch = word[k]
        if op == "key" and neighbours(ch):
            out = word[:k] + _case(rng.choice(neighbours(ch)), ch) + word[k + 1 :]
        elif op == "drop" and len(word) > 2:
            out = word[:k] + word[k + 1 :]
        elif op == "double":
            out = word[:k] + ch + word[k:]
        elif op == "swap" and k < len(word) - 1:
            out = word[:k] + word[k + 1] + ch + word[k + 2 :]
        elif op == "insert":
            c = rng.choice(neighbours(ch) or "e")
            out = word[: k + 1] + _case(c, ch) + word[k + 1 :]
        elif op == "vowel" and ch.lower() in VOWELS:
            out = word[:k] + _case(rng.choice([v for v in VOWELS if v != ch.lower()]), ch)
            out += word[k + 1 :]
        else:
            continue
        if out.casefold() != word.casefold():
            return out
    return word[:-1] if len(word) > 2 else word + word[-1]


def _sub_word(name: str, old: str, new: str) -> str:
    return re.sub(rf"(?<![A-Za-z]){re.escape(old)}(?![A-Za-z])", lambda _m: new, name, count=1)


def spaced_more(ent: Any, legal: set[str], rng: random.Random) -> str | None:
    name = ent.name
    seq = name.split()
    words = [w for w in _WORD.findall(name) if w.upper() not in legal]
    shape = rng.choice(("doubled", "short_apart", "boundary", "split_mid"))
    if shape == "doubled" and len(seq) >= 2:
        i = rng.randrange(len(seq) - 1)
        glue = rng.choice(("  ", ". ", " . ", " .", "..  "))
        return " ".join(seq[:i]) + (" " if i else "") + seq[i] + glue + " ".join(seq[i + 1 :])
    if shape == "short_apart":
        stop = {"AND", "OF", "THE", "FOR", "DE", "LA", "DU", "DES", "DEL"}
        short = [w for w in words if 2 <= len(w) <= 4 and w.isupper() and w not in stop]
        if short:
            w = rng.choice(short)
            sep = rng.choice((" ", ".", ". ", "  "))
            return _sub_word(name, w, sep.join(w) + ("." if sep.startswith(".") else ""))
    if shape == "boundary":
        spots = [
            i
            for i in range(len(seq) - 1)
            if seq[i].isalpha()
            and seq[i + 1].isalpha()
            and seq[i].upper() not in legal
            and seq[i + 1].upper() not in legal
            and len(seq[i]) >= 4
            and len(seq[i + 1]) >= 3
        ]
        if spots:
            i = rng.choice(spots)
            a, b = seq[i], seq[i + 1]
            a, b = (a[:-1], a[-1] + b) if rng.random() < 0.5 else (a + b[0], b[1:])
            return " ".join(seq[:i] + [a, b] + seq[i + 2 :])
    mid = [w for w in words if 4 <= len(w) <= 7]
    if mid:
        w = rng.choice(mid)
        k = rng.randrange(2, len(w) - 1)
        return _sub_word(name, w, w[:k] + " " + w[k:])
    return None


def legal_more(
    name: str, span: tuple[int, int] | None, rng: random.Random
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    short = [w for w in _WORD.findall(name) if w.upper() in SHORT_FORMS]
    if short:
        w = rng.choice(short)
        if len(w) <= 3:
            k = rng.randrange(1, len(w))
            op = rng.choice(("swap", "double", "key"))
            if op == "swap":
                j = k if k < len(w) - 1 else k - 1
                new = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            elif op == "double":
                new = w[:k] + w[k] + w[k:]
            else:
                new = w[:k] + _case(rng.choice(neighbours(w[k]) or "e"), w[k]) + w[k + 1 :]
        else:
            new = slip_any(w, rng)
        if new.casefold() != w.casefold():
            out.append(("legal_typo_more", _sub_word(name, w, new)))
    if span is not None:
        a, b = span
        form = name[a:b].strip(" ,")
        core = re.sub(r"\s{2,}", " ", (name[:a] + name[b:]).strip(" ,.-"))
        if core and form:
            letters = re.sub(r"[^A-Za-z]", "", form).upper()
            shape = rng.choice(("brackets", "comma", "front_dots", "spaced_front"))
            if shape == "brackets":
                q = f"{core} ({form})"
            elif shape == "comma":
                q = f"{core}, {form}"
            elif shape == "front_dots" and len(letters) <= 5:
                q = f"{'.'.join(letters)}. {core}"
            elif len(letters) <= 5:
                q = f"{' '.join(letters)} {core}"
            else:
                q = f"{form} {core}"
            out.append(("legal_moved_more", q))
    return out


def given_typo(ent: Any, org: str, rng: random.Random) -> str | None:
    name = ent.name
    if "," in name:
        sur, given = name.split(",", 1)
        words = given.split()
        if not words:
            return None
        i = rng.randrange(len(words))
        words[i] = slip_any(words[i], rng)
        return f"{sur}, {' '.join(words)}"
    words = name.split()
    if len(words) < 2:
        return None
    idx = list(range(1, len(words))) if org in ("korean", "chinese") else [0]
    i = rng.choice(idx)
    parts = words[i].split("-")
    j = rng.randrange(len(parts))
    if len(parts[j]) < 2:
        return None
    parts[j] = slip_any(parts[j], rng)
    words[i] = "-".join(parts)
    return " ".join(words)


def acronym_slip(acronyms: set[str], name: str, rng: random.Random) -> str | None:
    acr = sorted(a for a in acronyms if 4 <= len(a) <= 5)
    if not acr:
        return None
    w = rng.choice(acr)
    k = rng.randrange(1, len(w))
    op = rng.choice(("swap", "drop", "key"))
    if op == "swap" and k < len(w) - 1:
        new = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif op == "drop":
        new = w[:k] + w[k + 1 :]
    else:
        new = w[:k] + rng.choice(neighbours(w[k]) or "e").upper() + w[k + 1 :]
    return _sub_word(name, w, new) if new != w else None


def more_variants(
    ent: Any,
    seed: int,
    legal: set[str],
    span: tuple[int, int] | None,
    org: str | None,
    acronyms: set[str],
) -> list[tuple[str, str]]:
    """The extra variants of one entry (a random generator of its own)."""
    rng = random.Random(f"{seed}:{ent.list}:{ent.list_id}:more")
    out = [(f"r_{c}", q) for c, q in realistic_variants(ent, rng)]
    s = spaced_more(ent, legal, rng)
    if s:
        out.append(("spaced_more", s))
    words = [w for w in _WORD.findall(ent.name) if w.upper() not in legal]
    any3 = [w for w in words if len(w) >= 3]
    if any3:
        w = rng.choice(any3)
        out.append(("typo_any", _sub_word(ent.name, w, slip_any(w, rng))))
    short = [w for w in words if 3 <= len(w) <= 4]
    if short and rng.random() < 0.6:
        w = rng.choice(short)
        out.append(("typo_short", _sub_word(ent.name, w, slip_any(w, rng))))
    if ent.kind == "organization":
        out.extend(legal_more(ent.name, span, rng))
        a = acronym_slip(acronyms, ent.name, rng)
        if a:
            out.append(("acronym_slip", a))
    if ent.kind == "person" and org:
        g = given_typo(ent, org, rng)
        if g:
            out.append(("given_typo", g))
    return [(c, q) for c, q in out if q.strip() and q.casefold() != ent.name.casefold()]


# ---------------------------------------------------------------------------- innocent names

SYMPY_AUTHORS = Path(
    "/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/sympy-1.14.0.dist-info/licenses/AUTHORS"
)
PERL_AUTHORS = Path("/usr/share/doc/perl/AUTHORS.gz")


def authors(rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    if SYMPY_AUTHORS.exists():
        lines = SYMPY_AUTHORS.read_text(encoding="utf-8").splitlines()[8:]
        names = [re.sub(r"<.*", "", ln).strip(" *") for ln in lines]
        names = [n for n in names if len(n.split()) >= 2 and "@" not in n]
        out += [(n, "person", "authors_sympy") for n in rng.sample(names, min(700, len(names)))]
    if PERL_AUTHORS.exists():
        lines = gzip.decompress(PERL_AUTHORS.read_bytes()).decode("utf-8").splitlines()
        names = [re.sub(r"<.*", "", ln).strip() for ln in lines if ln and not ln.startswith("#")]
        names = [n for n in names if len(n.split()) >= 2 and "@" not in n]
        out += [(n, "person", "authors_perl") for n in rng.sample(names, min(500, len(names)))]
    return out


COMMON2 = {
    "korean": (
        "Kim Ri Pak Choe Jong Kang Jo Yun Jang Han O So Sin Kwon Hwang An Song Yu Hong Jon Ko "
        "Mun Yang Son Pae Paek Ho Nam No Chae Cha Ku Min",
        "Chol-su Myong-hui Kwang-il Song-chol Yong-ho Hyok-chol Jin-hui Nam-il Un-gyong Sok-ju "
        "Chun-hwa Hak-son Yong-nam Kum-sun Myong-chol Chang-ho Tong-il Jong-suk Son-hwa Il-nam "
        "Minho Jisoo Hyunwoo Jiwon Seojun Sungmin Eunji Younghee Jaehyun Soyoung",
    ),
    "chinese": (
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
        "Chang Chou Hsu Chao Kuo Lo Cheng Tsai Hsieh Yeh Su Pan Du Jiang Cai Fan",
        "Wei Jianguo Xiaoling Zhiqiang Haitao Yanhong Jianjun Lili Xiaohong Guoqiang Chunyan "
        "Jianping Xiuying Hongwei Yuming Shuang Yiming Zihan Haoran Yuxuan Mei-ling Chih-hao "
        "Shu-fen Wen-hsiung Chia-hui Tzu-yu Kuo-hua Hsiao-wen Ming-hui Li-na",
    ),
    "arabic": (
        "Al-Ahmad Al-Hashimi Al-Otaibi Al-Qahtani Al-Shammari Al-Harbi Al-Ghamdi Al-Zahrani "
        "Al-Mutairi El-Sayed El-Masry Abdel-Aziz Haddad Khalil Nassar Hamdan Saleh Yassin Salem "
        "Issa Mansour Sabbagh Tahan Ayoub Bakri Naji",
        "Mohammed Muhammad Mohamed Ahmed Ahmad Ali Omar Umar Khaled Khalid Hassan Hasan Hussein "
        "Youssef Yusuf Ibrahim Abdullah Abdulaziz Abdulrahman Faisal Sultan Nasser Saad Fahad "
        "Majed Rashid Tariq Ziad Nabil Karim Samir Fatima Noura Sara Huda Rania Dalia Reem",
    ),
    "persian": (
        "Ahmadi Mohammadi Hosseini Rezaei Moradi Karimi Jafari Rahimi Mousavi Kazemi Ebrahimi "
        "Sadeghi Ghorbani Heidari Akbari Nouri Bagheri Rostami Asadi Najafi Hashemi Tavakoli "
        "Safavi Mirzaei Abbasi Soltani Golzari Farahani",
        "Mohammad Mohammadreza Ali Alireza Reza Hossein Hassan Mehdi Amir Hamid Saeed Majid "
        "Farhad Babak Behnam Kourosh Pouya Siavash Maryam Zahra Fatemeh Leila Shirin Parisa "
        "Niloufar Mahnaz Shahla Roya Mina Azadeh",
    ),
    "russian": (
        "Ivanov Smirnov Kuznetsov Popov Vasilyev Petrov Sokolov Mikhaylov Novikov Fyodorov "
        "Morozov Volkov Alekseyev Lebedev Semyonov Yegorov Pavlov Kozlov Stepanov Nikolayev "
        "Orlov Andreyev Makarov Nikitin Zakharov Zaytsev Solovyov Borisov Yakovlev Grigoryev",
        "Aleksandr Sergey Dmitriy Aleksey Andrey Vladimir Mikhail Nikolay Yuriy Pavel Oleg "
        "Igor Anton Maksim Artyom Denis Roman Viktor Konstantin Evgeniy Yevgeny Tatyana "
        "Natalya Irina Anna Mariya Svetlana Yekaterina Yuliya Olga",
    ),
    "vietnamese": (
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly",
        "Van Anh Minh Thi Lan Hung Tuan Thanh Huong Duc Quang Hoa Linh Trang Nam Hai Phuong Long "
        "Dung Mai Son Khanh Thu Hieu",
    ),
    "turkish": (
        "Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan "
        "Kilic Aslan Cetin Kara Koc Kurt Ozkan Simsek",
        "Mehmet Mustafa Ahmet Ali Huseyin Hasan Ibrahim Ismail Osman Yusuf Murat Omer Ramazan "
        "Fatma Ayse Emine Hatice Zeynep Elif Meryem",
    ),
    "pakistani": (
        "Khan Ahmed Ali Hussain Malik Butt Chaudhry Qureshi Sheikh Raza Iqbal Aslam Akhtar "
        "Siddiqui Baig Mirza Javed Rana Shah Abbasi",
        "Muhammad Imran Asif Bilal Usman Kamran Faisal Adnan Salman Zeeshan Waqas Shahid "
        "Naveed Tariq Sana Ayesha Hina Saima Nadia Rabia Amna",
    ),
}
COUNTRIES = _w(
    "Kenya Chile Norway Brazil India Vietnam Indonesia Kazakhstan Mexico Poland Egypt Jordan "
    "Morocco Thailand Malaysia Argentina Peru Colombia Ghana Nigeria Tanzania Uzbekistan "
    "Mongolia Philippines Bangladesh Portugal Greece Finland Ireland Estonia Tunisia Oman "
    "Qatar Kuwait Armenia Georgia Azerbaijan Ecuador Uruguay Senegal Zambia Botswana Namibia "
    "Ethiopia Rwanda Nepal Cambodia Laos Fiji"
)
MINISTRIES = _w(
    "Defence|Defense|Foreign Affairs|Finance|Health|Education|Energy|Industry and Trade|Interior|"
    "Justice|Agriculture|Transport|Communications|Economy|Science and Technology|Petroleum|"
    "Mines and Energy|Internal Affairs|Emergency Situations|Labour|Culture|Environment",
    "|",
)
STATE_BODIES = _w(
    "State Committee for Statistics|National Security Council|Central Bank|National Bank|"
    "State Oil Company|National Petroleum Corporation|State Customs Committee|National Police|"
    "Armed Forces|Air Force|Navy|Atomic Energy Commission|Space Agency|Revenue Authority|"
    "Investment Authority|Ports Authority|State Railways|National Guard|Intelligence Service|"
    "Ministry of Defence Procurement Agency",
    "|",
)
PINYIN = _w(
    "hua xin tai feng da long sheng tong hai jin yuan heng kang mei rui xiang hong bao tian "
    "cheng zhong guang ming yu fu an ke xing li rong ding chuang wei jia kai de shun"
)
ARABIC_WORDS = _w(
    "Noor Amal Fajr Baraka Waha Rawabi Sahara Najma Hayat Salam Khair Reem Yasmeen Zahra "
    "Jazeera Badr Hilal Marwa Safa Nakheel Dana Falcon Sultan Emirates Gulf Arabian Oasis"
)
RUSSIAN_WORDS = _w(
    "Vostok Sever Rassvet Sibir Avangard Progress Impuls Kristall Tekhnologiya Energiya "
    "Stroy Promservis Agro Resurs Kapital Invest Trans Snab Torg Neft Gaz Les Metall Alyans "
    "Garant Standart Region Ural Volga Baikal"
)
KOREAN_WORDS = _w(
    "Hanil Daesung Samjin Dongbang Sejin Hyosung Kumho Daewon Shinhan Taeyang Mirae Hanmi "
    "Seoul Busan Jinro Kukdong Sungwoo Namyang Woojin Hanjin"
)
TRADES2 = _w(
    "Trading|General Trading|Electronics|Technology|Machinery|Import and Export|Industrial|"
    "Logistics|Shipping|Chemical|Petroleum Products|Building Materials|Auto Parts|Textiles|"
    "Foodstuff|Medical Equipment|Electrical|Engineering|Construction|Investment|Development",
    "|",
)


def common2(rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for org, (sur_text, given_text) in COMMON2.items():
        surs, givens = sur_text.split(), given_text.split()
        for _ in range(90):
            s, g = rng.choice(surs), rng.choice(givens)
            if org in ("korean", "chinese", "vietnamese"):
                if org == "vietnamese":
                    name = f"{s} {g} {rng.choice(givens)}"
                else:
                    name = f"{s} {g}" if rng.random() < 0.6 else f"{g} {s}"
            elif org in ("arabic", "persian", "pakistani") and rng.random() < 0.4:
                mid = rng.choice(("bin ", "ibn ", "")) if org == "arabic" else ""
                name = f"{g} {mid}{rng.choice(givens)} {s}"
            elif org == "russian" and rng.random() < 0.4:
                pat = rng.choice(givens).rstrip("iy").rstrip("ay")
                name = f"{g} {pat}ovich {s}"
            else:
                name = f"{g} {s}"
            out.append((name, "person", f"common2_{org}"))
    return out


def ministries(rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for _ in range(300):
        c = rng.choice(COUNTRIES)
        if rng.random() < 0.6:
            m = rng.choice(MINISTRIES)
            shape = rng.choice(("of", "pre", "republic"))
            if shape == "of":
                name = f"Ministry of {m} of {c}"
            elif shape == "pre":
                name = f"{c} Ministry of {m}"
            else:
                name = f"Ministry of {m} of the Republic of {c}"
        else:
            b = rng.choice(STATE_BODIES)
            name = f"{b} of {c}" if rng.random() < 0.5 else f"{c} {b}"
        out.append((name, "organization", "ministry"))
    return out


def generic2(rng: random.Random) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    cities = "Shenzhen Shanghai Guangzhou Ningbo Xiamen Yiwu Dongguan Tianjin Qingdao Hangzhou"
    for _ in range(500):
        kind = rng.choice(("cn", "cn", "ar", "ru", "ko"))
        trade = rng.choice(TRADES2)
        if kind == "cn":
            word = (rng.choice(PINYIN) + rng.choice(PINYIN)).capitalize()
            city = rng.choice(cities.split())
            form = rng.choice(("Co., Ltd.", "Co. Ltd", "Company Limited", "Limited"))
            name = (
                f"{city} {word} {trade} {form}" if rng.random() < 0.7 else f"{word} {trade} {form}"
            )
        elif kind == "ar":
            w = rng.choice(ARABIC_WORDS)
            form = rng.choice(("LLC", "L.L.C", "FZE", "FZCO", "FZ-LLC", "Est.", "Co. W.L.L."))
            name = f"Al {w} {trade} {form}" if rng.random() < 0.6 else f"{w} {trade} {form}"
        elif kind == "ru":
            w = rng.choice(RUSSIAN_WORDS) + rng.choice(("", "", rng.choice(RUSSIAN_WORDS).lower()))
            form = rng.choice(("OOO", "LLC", "AO", "JSC", "TOO"))
            name = f"{form} {w}" if rng.random() < 0.5 else f"{w} {rng.choice(TRADES2)} {form}"
        else:
            w = rng.choice(KOREAN_WORDS)
            form = rng.choice(("Co., Ltd.", "Corporation", "Co.", "Inc."))
            name = f"{w} {trade} {form}"
        out.append((name, "organization", "generic_company2"))
    return out


def more_innocent(seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(f"{seed}:more_innocent")
    return authors(rng) + common2(rng) + ministries(rng) + generic2(rng)


def word_key(name: str) -> str:
    """A name's words in any order (split on spaces, hyphens, commas, dots), case-folded."""
    return " ".join(sorted(w for w in re.split(r"[\s,.\-]+", name.casefold()) if w))
