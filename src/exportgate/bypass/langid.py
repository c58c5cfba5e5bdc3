"""Which language a prompt is written in, from its script and its most frequent words.

Used for two things only: the account detector notices a switch of language right after a
refusal, and reports show the language. A prompt is never scored higher for being foreign: the
intent part reads what it asks (with a small multilingual lexicon), not which language it uses.
"""

from __future__ import annotations

import re

from exportgate.bypass.words import letter_runs

_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("zh", 0x4E00, 0x9FFF),
    ("ja", 0x3040, 0x30FF),
    ("ko", 0xAC00, 0xD7AF),
    ("ru", 0x0400, 0x04FF),
    ("ar", 0x0600, 0x06FF),
    ("he", 0x0590, 0x05FF),
    ("hi", 0x0900, 0x097F),
    ("bn", 0x0980, 0x09FF),
    ("ta", 0x0B80, 0x0BFF),
    ("th", 0x0E00, 0x0E7F),
    ("el", 0x0370, 0x03FF),
    ("ka", 0x10A0, 0x10FF),
    ("am", 0x1200, 0x137F),
    ("hy", 0x0530, 0x058F),
)

# The most frequent function words of Latin-script languages (hand-picked from public frequency
# lists); a prompt is assigned the language whose words it uses most.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and is are to of in that it you for with this what how be on not have i can a my me your write",
        "es": "el la los las de que y en un una por para con es como qué cómo no se lo mi",
        "fr": "le la les de des et est en un une pour que qui dans pas je vous avec comment ce",
        "de": "der die das und ist ich nicht ein eine zu mit für wie den dem sie es auf was kann",
        "pt": "o a os as de que e em um uma para com não é como do da eu você se por",
        "it": "il lo la gli le di che e è un una per con non come del della sono io mi",
        "nl": "de het een en van is dat ik niet je met voor op hoe wat zijn",
        "tr": "bir ve bu da de ne için ile mi nasıl ben sen çok var değil",
        "id": "yang dan di ini itu dengan untuk tidak saya apa bagaimana ke dari ada",
        "sw": "na ya wa kwa ni za la katika jinsi gani hii mimi wewe kuna",
        "zu": "ukuthi futhi kanjani ngicela ngiyabonga yini ngoba uma kodwa kakhulu nge",
        "pl": "nie się jest to na że jak w z do co ja ty",
        "vi": "và của là có không các một những được cho tôi bạn làm thế nào",
        "gd": "agus an na tha air ann ri gu mi thu ciamar",
        "af": "die en is nie van ek het wat hoe om te",
        "tl": "ang ng sa mga na at ko ako ikaw paano ano",
    }.items()
}
_WORDS = re.compile(r"[^\W\d_]+")
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _lang)


def language(text: str) -> str:
    """An ISO 639-1 code (``en``, ``es``, ``zh`` ...) or ``und`` when too little text."""
    sample = text[:600]
    counts: dict[str, int] = {}
    letters = 0
    for char in sample if not sample.isascii() else ():
        if not char.isalpha():
            continue
        letters += 1
        code = ord(char)
        if code < 0x0370:
            continue
        for name, lo, hi in _SCRIPTS:
            if lo <= code <= hi:
                counts[name] = counts.get(name, 0) + 1
                break
    if letters == 0 and not sample.isascii():
        return "und"
    if counts:
        best = max(counts, key=lambda k: counts[k])
        if counts[best] >= 0.3 * letters:
            if best == "zh" and counts.get("ja", 0) > 0.1 * letters:
                return "ja"
            return best
    if sample.isascii():  # lower case keeps ASCII word boundaries: one call, not one per word
        words = letter_runs(sample.lower())  # _WORDS.findall, split in C
    else:
        words = [w.lower() for w in _WORDS.findall(sample)]
    if not words:
        return "und"
    scores: dict[str, int] = {}
    for word in words:
        for lang in _LANGS_OF.get(word, ()):
            scores[lang] = scores.get(lang, 0) + 1
    if not scores:
        return "und"
    best = max(scores, key=lambda k: scores[k])
    return "en" if scores.get("en", 0) >= scores[best] else best
