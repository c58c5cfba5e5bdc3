"""Run a regular expression only where one of its possible first words occurs.

Python's ``re`` finds a pattern fast only when the pattern opens with a fixed literal; one that
opens with an assertion (``\\b``, ``(?<![\\w-])``) or an alternation of words tries a match at
nearly every character, about 20 ns per character per pattern. Most detector patterns open
that way. :func:`fast` reads a pattern's syntax tree once and lists the literal strings every
match must start with ("ignore ", "disregard ", ... for ``(?:ignore|disregard) (?:all|any)``);
a scan then finds those strings with ``str.find`` (C, a few ns per character) and tries the
pattern only there, with ``Pattern.match`` at that position.

The answers are exactly those of the pattern's own ``search``/``finditer`` with the same
``pos``/``endpos``: every match starts at one of the listed strings, so the positions skipped
are positions where the pattern cannot match; ``match`` at a position sees the same string
(assertions look before ``pos`` in both) and matches found in order, each search resuming at
the previous match's end, are the non-overlapping matches ``finditer`` yields. A pattern
whose first strings cannot be listed (it can open with any character, match the empty
string, or ignore case) or where they are too frequent in the text is run as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MAX_STARTS = 64  # listed first strings per pattern (more: the pattern runs as it is)
MIN_START = 3  # characters: shorter first strings occur everywhere
MAX_SCANS = 16  # first strings scanned for (more: the pattern runs as it is)
_MAX_CLASS = 12  # characters of a class expanded into first strings
_DENSE = 16  # candidates ≥ span/_DENSE: scanning with the pattern itself is cheaper
_KEYED_FROM = 256  # characters: in shorter texts a scan costs less than a stem look-up

_Starts = tuple[frozenset[str] | None, bool]
_ZERO_WIDTH = frozenset({sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT})


def _shrink(strings: set[str] | frozenset[str]) -> frozenset[str] | None:
    """The strings cut to their first few characters, few enough to list (each still a
    prefix of every match it stood for)."""
    for keep in (8, 5, MIN_START):
        cut = frozenset(s[:keep] for s in strings)
        if len(cut) <= MAX_STARTS:
            return cut
    return None


def _product(prefixes: frozenset[str], tails: frozenset[str]) -> frozenset[str] | None:
    if len(prefixes) * len(tails) > MAX_STARTS:
        return None
    return frozenset(p + t for p in prefixes for t in tails)


def _sequence(items: Any) -> _Starts:
    """First strings of a sequence of items, and whether they are its whole language."""
    prefixes = frozenset({""})
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        strings, complete = _item(op, av)
        joined = None if strings is None else _product(prefixes, strings)
        if joined is None and strings is not None:
            joined = _product(prefixes, _shrink(strings) or frozenset({""}))
            complete = False
        if joined is None:
            return (None if prefixes == {""} else prefixes), False
        prefixes = joined
        if not complete:
            return prefixes, False
    return prefixes, True


def _item(op: Any, av: Any) -> _Starts:
    if op is sre_c.LITERAL:
        return frozenset({chr(av)}), True
    if op is sre_c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre_c.LITERAL:
                chars.add(chr(value))
            elif kind is sre_c.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None, False
        return (frozenset(chars), True) if len(chars) <= _MAX_CLASS else (None, False)
    if op is sre_c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        if add_flags & sre_c.SRE_FLAG_IGNORECASE:
            return None, False
        return _sequence(inner)
    if op is sre_c.BRANCH:
        union: set[str] = set()
        whole = True
        for branch in av[1]:
            strings, complete = _sequence(branch)
            if strings is None:
                return None, False
            union |= strings
            whole = whole and complete
        if len(union) > MAX_STARTS:
            return _shrink(union), False
        return frozenset(union), whole
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        low, high, inner = av
        strings, complete = _sequence(inner)
        if low == 0:
            if strings is not None and complete and high == 1:
                return strings | {""}, True
            return frozenset({""}) | (strings or frozenset()), False
        if strings is None:
            return None, False
        return strings, complete and low == high == 1
    return None, False


def _prefix_free(strings: set[str] | frozenset[str]) -> list[str]:
    """The strings without those that have another of them as a prefix (they add no
    position)."""
    out: list[str] = []
    for s in sorted(strings, key=len):
        if not any(s.startswith(o) for o in out):
            out.append(s)
    return sorted(out)


def _substring_free(strings: set[str]) -> tuple[str, ...]:
    """The strings without those that hold another of them (where it occurs, so does the
    other): the same answer to "does any occur?", with fewer scans."""
    out: list[str] = []
    for s in sorted(strings, key=len):
        if not any(o in s for o in out):
            out.append(s)
    return tuple(sorted(out))


def ignores_case(pattern: re.Pattern[str]) -> bool:
    return bool(pattern.flags & re.IGNORECASE)


_ASCII = [chr(c) for c in range(128)]
_MEETS: dict[str, bool] = {}


def _meets_ascii(char: str) -> bool:
    """Whether ``char`` in a pattern that ignores case matches some ASCII character (asked of
    ``re`` itself)."""
    found = _MEETS.get(char)
    if found is None:
        one = re.compile(re.escape(char), re.IGNORECASE)
        found = _MEETS[char] = char.isascii() or any(one.fullmatch(a) for a in _ASCII)
    return found


_NO_CASE_OPS = frozenset(
    {sre_c.AT, sre_c.ANY, sre_c.BRANCH, sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.ASSERT}
    | {sre_c.ASSERT_NOT, sre_c.SUBPATTERN, sre_c.IN, sre_c.LITERAL, sre_c.NOT_LITERAL}
)


def _case_free_char(code: int) -> bool:
    """Whether a pattern character matches the same characters of an ASCII text without
    capitals with and without IGNORECASE: not a capital, and not one of the few non-ASCII
    characters that IGNORECASE matches to an ASCII letter (the Kelvin sign, the long s, the
    dotless i: asked of ``re`` itself)."""
    char = chr(code)
    if "A" <= char <= "Z":
        return False
    return code < 128 or not _meets_ascii(char)


def _case_free(items: Any) -> bool:
    """Whether every character test in a parsed pattern is :func:`_case_free_char`."""
    for op, av in items:
        if op not in _NO_CASE_OPS:
            return False  # back-references and anything else: not checked, so not claimed
        if op in (sre_c.LITERAL, sre_c.NOT_LITERAL):
            if not _case_free_char(av):
                return False
        elif op is sre_c.IN:
            for kind, value in av:
                if kind is sre_c.LITERAL:
                    if not _case_free_char(value):
                        return False
                elif kind is sre_c.RANGE:
                    low, high = value
                    if high >= 128 or (low <= ord("Z") and high >= ord("A")):
                        return False
                elif kind not in (sre_c.CATEGORY, sre_c.NEGATE):
                    return False
        elif op is sre_c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags or not _case_free(inner):
                return False
        elif op is sre_c.BRANCH:
            if not all(_case_free(branch) for branch in av[1]):
                return False
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            if not _case_free(av[2]):
                return False
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and not _case_free(av[1]):
            return False
    return True


def case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled without IGNORECASE, where it ignores case and that answers the same
    on every ASCII text without capital letters (every match, at the same places: each
    character test of the pattern accepts the same characters of such a text either way), or
    None. Python's ``re`` runs a pattern that ignores case three to four times slower; the
    detector's texts are mostly lower-case ASCII already."""
    source = pattern.pattern
    if not ignores_case(pattern) or (source.startswith("(?") and source[2:3].isalpha()):
        return None
    try:
        parsed = sre_parse.parse(source, pattern.flags)
    except re.error:
        return None
    if not _case_free(parsed):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def plain_lower(text: str) -> bool:
    """An ASCII text without capital letters (where :func:`case_twin` answers as the pattern)."""
    return text.isascii() and (text.islower() or text == _lowered(text))


# round 15: IGNORECASE on a text that is not ASCII. ``re`` matches a character ignoring case
# where its lower case (one character, as ``str.lower`` gives it for every character but the
# capital dotted I) equals the pattern character's, or where both are among the few extra
# equivalences of ``re._casefix`` (the dotless i and "i", the long s and "s", the Greek and
# Cyrillic letter variants): on a text that ``str.lower`` leaves as it is, a pattern whose
# characters are all lower case matches as it does without IGNORECASE, unless the text holds
# an extra equivalent of one of the pattern's characters (:func:`unicode_twin`).
_EXTRA: dict[int, tuple[int, ...]] = dict(_casefix._EXTRA_CASES)
_EXTRA_CHARS = frozenset(chr(c) for c in _EXTRA) | frozenset(
    chr(c) for others in _EXTRA.values() for c in others
)
_EXTRA_RE = re.compile("[" + re.escape("".join(sorted(_EXTRA_CHARS))) + "]")


def _tested(items: Any, out: set[int]) -> bool:
    """Add to ``out`` every character a parsed pattern tests for; False where a test is not
    one of a lower-case character, an ASCII range without capitals or a category (or the
    pattern holds anything not read here)."""
    for op, av in items:
        if op not in _NO_CASE_OPS:
            return False
        if op in (sre_c.LITERAL, sre_c.NOT_LITERAL):
            char = chr(av)
            if char.lower() != char or ("A" <= char <= "Z"):
                return False
            out.add(av)
        elif op is sre_c.IN:
            for kind, value in av:
                if kind is sre_c.LITERAL:
                    char = chr(value)
                    if char.lower() != char:
                        return False
                    out.add(value)
                elif kind is sre_c.RANGE:
                    low, high = value
                    if high >= 128 or (low <= ord("Z") and high >= ord("A")):
                        return False
                    out.update(range(low, high + 1))
                elif kind not in (sre_c.CATEGORY, sre_c.NEGATE):
                    return False
        elif op is sre_c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags or not _tested(inner, out):
                return False
        elif op is sre_c.BRANCH:
            if not all(_tested(branch, out) for branch in av[1]):
                return False
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            if not _tested(av[2], out):
                return False
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and not _tested(av[1], out):
            return False
    return True


def unicode_twin(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """Round 15: ``pattern`` (which ignores case) compiled without IGNORECASE, with the
    characters a text must not hold for the two to answer the same on it, where every
    character the pattern tests is lower case: on a text that ``str.lower`` leaves unchanged
    and that holds none of those characters (the extra case equivalents of the pattern's own:
    the dotless i for "i", the long s for "s"), each character test accepts the same
    characters either way. None where that cannot be read from the pattern."""
    source = pattern.pattern
    if not ignores_case(pattern) or (source.startswith("(?") and source[2:3].isalpha()):
        return None
    try:
        parsed = sre_parse.parse(source, pattern.flags)
    except re.error:
        return None
    chars: set[int] = set()
    if not _tested(parsed, chars):
        return None
    unsafe = frozenset(chr(o) for c in chars for o in _EXTRA.get(c, ()) if o != c)
    return re.compile(source, pattern.flags & ~re.IGNORECASE), unsafe


_STABLE: dict[int, tuple[str, frozenset[str] | None]] = {}


def lower_extras(text: str) -> frozenset[str] | None:
    """For a text that ``str.lower`` leaves unchanged, the extra case equivalents it holds
    (mostly none); None for any other text. Kept per text object (a request's parts ask of
    the same few strings many times)."""
    kept = _STABLE.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    found = frozenset(_EXTRA_RE.findall(text)) if text == text.lower() else None
    if len(_STABLE) >= 64:
        _STABLE.clear()
    _STABLE[id(text)] = (text, found)
    return found


def first_strings(
    pattern: re.Pattern[str], shortest: int = MIN_START, scans: int = MAX_SCANS
) -> tuple[str, ...] | None:
    """A few literal strings one of which every match of ``pattern`` starts with, or None when
    they cannot be listed usefully (each scan for one costs about a nanosecond per character,
    so at most MAX_SCANS strings of at least MIN_START characters). A pattern that ignores
    case gets its strings in lower case, and only where they are ASCII: on an ASCII text a
    match of an ASCII literal ignoring case is a match of its lower case in the lowered text
    (the other case-insensitive look-alikes, such as the Kelvin sign for "k", are not ASCII)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0:
        return None
    strings, _ = _sequence(parsed)
    if not strings:
        return None
    if ignores_case(pattern):
        # (scanned on ASCII texts only) a string with a character that matches no ASCII
        # character ignoring case cannot start a match there; one that is not ASCII but
        # matches ASCII (the Kelvin sign, the long s) would need its own scan
        strings = frozenset(s for s in strings if all(map(_meets_ascii, s)))
        if not all(s.isascii() for s in strings):
            return None
        strings = frozenset(s.lower() for s in strings)
        if not strings:
            return ()
    if min(map(len, strings)) < shortest:
        return None
    fewest = _prefix_free({s[:shortest] for s in strings})
    if len(fewest) > scans:
        return None
    # each scan as long as the strings it stands for allow: the longest prefix they all share
    # (every match starts with one of them, so with that prefix); fewer false candidates than
    # the short cut ("part " rather than "par", "the rest" rather than "the")
    return tuple(sorted(_common_prefix([s for s in strings if s.startswith(f)]) for f in fewest))


# the characters of a word as anchors.TextIndex splits a text into stems (its _STEMS runs)
STEM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789&")


def _opens_at_word_start(items: Any) -> bool:
    """Whether every match of a parsed sequence starts where the character before it (if any)
    is not a word character: a ``\\b`` or a look-behind ``(?<!\\w)``/``(?<![\\w-])`` before
    anything that consumes a character (other zero-width items skipped; anything else: not
    claimed)."""
    for op, av in items:
        if op is sre_c.AT:
            if av is sre_c.AT_BOUNDARY:
                return True
            continue
        if op is sre_c.ASSERT_NOT:
            direction, inner = av
            if (
                direction < 0
                and len(inner) == 1
                and inner[0][0] is sre_c.IN
                and (sre_c.CATEGORY, sre_c.CATEGORY_WORD) in inner[0][1]
                and all(kind is not sre_c.NEGATE for kind, _ in inner[0][1])
            ):
                return True
            continue
        if op is sre_c.ASSERT:
            continue
        if op is sre_c.SUBPATTERN:
            return _opens_at_word_start(av[3])
        if op is sre_c.BRANCH:
            return all(_opens_at_word_start(branch) for branch in av[1])
        return False
    return False


def opens_at_word_start(pattern: re.Pattern[str]) -> bool:
    """:func:`_opens_at_word_start` of a compiled pattern (False where it cannot be read)."""
    if pattern.flags & re.LOCALE:
        return False
    try:
        return _opens_at_word_start(sre_parse.parse(pattern.pattern, pattern.flags))
    except re.error:
        return False


def stem_keys(start: str, at_word_start: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Word stems a text must hold (as :class:`anchors.TextIndex` lists them: the first four
    characters of each maximal run of STEM_CHARS of at least three) wherever ``start`` occurs
    in it. A run of STEM_CHARS inside ``start`` with another character before it, and either
    another after it (three characters or more) or four or more, is the head of a run of the
    text: its first four characters are a stem of the text (the first tuple). The run that
    opens ``start`` is one too where the match starts after a non-word character and the
    text holds no "&" (the only STEM_CHARS character that is not a word character): the
    second tuple, valid only then."""
    inner: list[str] = []
    lead: list[str] = []
    size = len(start)
    i = 0
    while i < size:
        if start[i] not in STEM_CHARS:
            i += 1
            continue
        j = i
        while j < size and start[j] in STEM_CHARS:
            j += 1
        run = start[i:j]
        if (j < size and len(run) >= 3) or len(run) >= 4:
            if i > 0:
                inner.append(run[:4])
            elif at_word_start:
                lead.append(run[:4])
        i = j
    return tuple(inner), tuple(lead)


def _common_prefix(strings: list[str]) -> str:
    """The longest prefix every one of ``strings`` starts with."""
    first, last = min(strings), max(strings)
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    return first[:size]


def _inner_literals(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of a parsed sequence holds (None: not found). Runs of
    literal characters, and each item's own strings; of these the set whose shortest string
    is longest (then the smallest set)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if not found or len(found) > MAX_SCANS:
            return
        if best is None or (min(map(len, found)), -len(found)) > (
            min(map(len, best)),
            -len(best),
        ):
            best = found

    for op, av in items:
        if op is sre_c.LITERAL:
            run.append(chr(av))
            continue
        better(frozenset({"".join(run)}) if run else None)
        run = []
        if op is sre_c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if not add_flags and not del_flags:
                better(_inner_literals(inner))
        elif op is sre_c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                found = _inner_literals(branch)
                if found is None:
                    union = set()
                    break
                union |= found
            better(frozenset(union) if union else None)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            better(_inner_literals(av[2]))
    better(frozenset({"".join(run)}) if run else None)
    return best


def inner_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """A few literal strings (at least MIN_START characters) one of which every match of
    ``pattern`` holds, or None (a pattern that ignores case gets none). Where none of them
    occurs inside a window, the pattern cannot match there."""
    if ignores_case(pattern):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    found = _inner_literals(parsed)
    if not found or min(map(len, found)) < MIN_START:
        return None
    return tuple(sorted(found))


def split_alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regular expression source."""
    parts: list[str] = []
    depth = 0
    in_class = False
    escaped = False
    start = 0
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


_LOWER: list[tuple[str, str]] = []


def _lowered(text: str) -> str:
    """``text.lower()``, reused while the same string object comes back."""
    last = _LOWER[0] if _LOWER else None
    if last is not None and last[0] is text:
        return last[1]
    low = text.lower()
    _LOWER[:] = [(text, low)]
    return low


def _bounds(text: str, pos: int, endpos: int | None) -> tuple[int, int]:
    """``pos``/``endpos`` as ``re`` reads them: negative means 0, past the end means the end
    (``str.find`` would read a negative index from the end)."""
    size = len(text)
    end = size if endpos is None else min(max(endpos, 0), size)
    return min(max(pos, 0), size), end


class Fast:
    """``search``/``finditer`` of one compiled pattern, tried only where a first string occurs."""

    __slots__ = (
        "fold",
        "guard",
        "inside",
        "keyed",
        "opens",
        "pattern",
        "starts",
        "starts_any",
        "twin",
        "twin_any",
        "unsafe",
    )

    def __init__(self, pattern: re.Pattern[str], scans: int = MAX_SCANS) -> None:
        """``scans``: at most this many first strings (round 10: more for a long list of words
        in a pattern that runs as it is otherwise, each of them a scan in C)."""
        self.pattern = pattern
        self.starts = first_strings(pattern, scans=scans)
        if self.starts is None and opens_at_word_start(pattern):
            # a pattern that starts a match only at a word start: two-letter first words
            # ("to", "hi") are few enough there (no scan for one runs past span/_DENSE)
            self.starts = first_strings(pattern, 2)
        self.fold = ignores_case(pattern)
        # round 12: every match starts where the character before it is not a word character
        # (read by ``Alternation.index``: a first string found inside a word is no candidate)
        self.opens = opens_at_word_start(pattern)
        # each first string with the word stems a text holds where it occurs (stem_keys):
        # read by occurrences() given the text's stems (patterns that ignore case: none, the
        # stems are of the text as it is)
        self.keyed: tuple[tuple[str, str, str], ...] | None = None
        if self.starts is not None and not self.fold:
            opens = opens_at_word_start(pattern)
            keyed = []
            for s in self.starts:
                inner, lead = stem_keys(s, opens)
                # one stem each (the rarest-looking: the longest run's); "" when there is none
                keyed.append((s, max(inner, key=len, default=""), max(lead, key=len, default="")))
            if any(inner or lead for _, inner, lead in keyed):
                self.keyed = tuple(keyed)
        self.twin = case_twin(pattern) if self.fold else None
        # round 15: on a text that is not ASCII, the twin that answers the same on a lowered
        # text without the characters ``unsafe`` (:func:`unicode_twin`), and its first strings
        self.twin_any: re.Pattern[str] | None = None
        self.unsafe: frozenset[str] = frozenset()
        self.starts_any: tuple[str, ...] | None = None
        unicode = unicode_twin(pattern) if self.fold else None
        if unicode is not None:
            self.twin_any, self.unsafe = unicode
            self.starts_any = first_strings(self.twin_any, scans=scans)
            if self.starts_any is None and self.opens:
                self.starts_any = first_strings(self.twin_any, 2)
        # a pattern run as it is whose first strings are short ("vx", "["): none of them in the
        # text, no match (one find each, where the pattern would try every position)
        self.guard = first_strings(pattern, 1) if self.starts is None else None
        # and strings one of which every match holds somewhere ("must now", "is instructed")
        self.inside = inner_strings(pattern) if self.starts is None else None

    def _excluded(self, text: str, pos: int, endpos: int) -> bool:
        """Whether no :attr:`inside` string, or no :attr:`guard` string, occurs inside
        ``text[pos:endpos]`` (then no match does: every match holds one of the first and starts
        with one of the second)."""
        inside = self.inside
        if inside is not None and all(text.find(s, pos, endpos) < 0 for s in inside):
            return True  # (patterns that ignore case have no inner strings)
        guard = self.guard
        if guard is None:
            return False
        if self.fold:
            if not text.isascii():
                return False
            text = _lowered(text)
        return all(text.find(s, pos, endpos) < 0 for s in guard)

    def _unicode(self, text: str) -> bool:
        """Whether :attr:`twin_any` answers as the pattern on ``text`` (not ASCII)."""
        if self.twin_any is None:
            return False
        extras = lower_extras(text)
        return extras is not None and (not extras or self.unsafe.isdisjoint(extras))

    def _whole(self, text: str) -> re.Pattern[str]:
        """The pattern to run over the text as it is: its twin without IGNORECASE where that
        answers the same (:func:`case_twin`; round 15: :func:`unicode_twin` on a text that is
        not ASCII)."""
        twin = self.twin
        if twin is not None and plain_lower(text):
            return twin
        if self.twin_any is not None and not text.isascii() and self._unicode(text):
            return self.twin_any
        return self.pattern

    def _scanned(self, text: str) -> tuple[str, tuple[str, ...]] | None:
        """The text to look for first strings in and the first strings to look for: the
        lowered text where the pattern ignores case (round 15: on a text that is not ASCII,
        the text as it is and :func:`unicode_twin`'s first strings, where that twin answers
        the same); None where the pattern is run as it is."""
        if not self.fold:
            return None if self.starts is None else (text, self.starts)
        if text.isascii():
            return None if self.starts is None else (_lowered(text), self.starts)
        if self.starts_any is None or not self._unicode(text):
            return None
        return text, self.starts_any

    def _candidates(self, text: str, pos: int, endpos: int) -> list[int] | None:
        scan = self._scanned(text)
        if scan is None:
            return None
        text, starts = scan
        limit = (endpos - pos) // _DENSE + 1
        found: list[int] = []
        for s in starts:
            at = text.find(s, pos, endpos)
            while at >= 0:
                found.append(at)
                if len(found) > limit:
                    return None
                at = text.find(s, at + 1, endpos)
        if len(starts) > 1:
            found.sort()
        return found

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, before: int | None = None
    ) -> re.Match[str] | None:
        """As ``Pattern.search``; with ``before``, a match starting at or after it may be
        reported as None (the caller has one there already)."""
        pos, end = _bounds(text, pos, endpos)
        candidates = self._candidates(text, pos, end)
        if candidates is None:
            if self._excluded(text, pos, end):
                return None
            return self._whole(text).search(text, pos, end)
        if not candidates:
            return None
        # round 10: tried with the twin without IGNORECASE where it answers the same
        match = self._whole(text).match
        for at in candidates:
            if before is not None and at >= before:
                return None
            found = match(text, at, end)
            if found is not None:
                return found
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        pos, end = _bounds(text, pos, endpos)
        candidates = self._candidates(text, pos, end)
        if candidates is None:
            if not self._excluded(text, pos, end):
                yield from self._whole(text).finditer(text, pos, end)
            return
        if not candidates:
            return
        match = self._whole(text).match
        resume = pos
        for at in candidates:
            if at < resume:
                continue
            found = match(text, at, end)
            if found is not None:
                yield found
                resume = found.end()

    def occurrences(
        self, text: str, stems: frozenset[str] | None = None, ampersand: bool = True
    ) -> list[int] | None:
        """Every position of the whole text where a first string starts, sorted; None where
        the pattern is run as it is (no first strings, a text that is not ASCII for a pattern
        that ignores case, or too many positions). Read by :meth:`search_at` and
        :meth:`finditer_at` for any window of the text. Given the text's word stems (and
        whether it holds an "&"), a first string whose :func:`stem_keys` are not all among
        them is not scanned for: it does not occur."""
        keyed = self.keyed
        scan = self._scanned(text)
        if scan is None:
            return None
        text, starts = scan
        limit = len(text) // _DENSE + 1
        found: list[int] = []
        if stems is not None and keyed is not None and len(text) >= _KEYED_FROM:
            for s, inner, lead in keyed:
                if (inner and inner not in stems) or (lead and not ampersand and lead not in stems):
                    continue  # the stem every occurrence needs is not in the text
                at = text.find(s)
                while at >= 0:
                    found.append(at)
                    if len(found) > limit:
                        return None
                    at = text.find(s, at + 1)
            found.sort()
            return found
        for s in starts:
            at = text.find(s)
            while at >= 0:
                found.append(at)
                if len(found) > limit:
                    return None
                at = text.find(s, at + 1)
        if len(starts) > 1:
            found.sort()
        return found

    def search_at(
        self, text: str, positions: list[int], pos: int, endpos: int
    ) -> re.Match[str] | None:
        """As ``search(text, pos, endpos)`` (0 <= pos <= endpos <= len(text)), given
        :meth:`occurrences` of the text: a match starts at one of them (one that runs past
        ``endpos`` cannot match there, as its first string would not fit)."""
        low = bisect_left(positions, pos)
        high = bisect_left(positions, endpos, low)
        if high - low > (endpos - pos) // _DENSE + 1:
            return self.search(text, pos, endpos)
        match = self.pattern.match
        for k in range(low, high):
            found = match(text, positions[k], endpos)
            if found is not None:
                return found
        return None

    def finditer_at(
        self, text: str, positions: list[int], pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        """As ``finditer(text, pos, endpos)``, given :meth:`occurrences` of the text."""
        low = bisect_left(positions, pos)
        high = bisect_left(positions, endpos, low)
        if high - low > (endpos - pos) // _DENSE + 1:
            yield from self.finditer(text, pos, endpos)
            return
        match = self.pattern.match
        resume = pos
        for k in range(low, high):
            at = positions[k]
            if at < resume:
                continue
            found = match(text, at, endpos)
            if found is not None:
                yield found
                resume = found.end()

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        """As ``Pattern.findall``: the matched strings, or the groups where there are any."""
        if self.starts is None:
            start, end = _bounds(text, pos, endpos)
            if self._excluded(text, start, end):
                return []
            return self._whole(text).findall(text, start, end)
        groups = self.pattern.groups
        found = self.finditer(text, pos, endpos)
        if groups == 0:
            return [m.group() for m in found]
        if groups == 1:
            return [m.group(1) or "" for m in found]
        return [m.groups("") for m in found]


class Alternation:
    """``search`` of a pattern that is one alternation ``A|B|C`` (at most wrapped in one
    ``(?:...)``), one alternative at a time: each alternative with first strings is scanned
    for them, runs of the others together as one pattern. The pattern's own search returns,
    at the leftmost position where any alternative matches, the first alternative (in order)
    that matches there; so does this: the leftmost of the alternatives' first matches, the
    earlier alternative on a tie (an alternative matching at that position has it as its first
    match, or an earlier one would be further left). Patterns with capturing groups (their
    numbers would change), verbose syntax or global inline flags are searched as they are."""

    __slots__ = ("ascii_groups", "fold", "groups", "guard", "pattern", "whole")

    def __init__(
        self, pattern: re.Pattern[str], scans: int = MAX_SCANS, *, apart: bool = False
    ) -> None:
        """``scans``: as :class:`Fast`'s, for each alternative. ``apart``: each alternative
        without first strings is a group of its own, not joined with its neighbours (round 12:
        one that opens with a character class is then skipped through by the regex engine to
        the characters of that class; joined with one opening with ``^`` it is tried at every
        position)."""
        self.pattern = pattern
        self.whole = fast(pattern)
        self.groups: list[Fast] | None = None
        self.ascii_groups: list[Fast] = []
        # where every group is scanned for first strings: those strings (substring-free), one
        # of which is in any span a group can match in (:meth:`search` tests them first)
        self.guard: tuple[str, ...] | None = None
        self.fold = False
        source = pattern.pattern
        if (
            pattern.groups
            or pattern.flags & re.VERBOSE
            or source.startswith("(?")
            and (source[2:3].isalpha())
        ):
            return
        alternatives = split_alternatives(source)
        if (
            len(alternatives) == 1
            and source.startswith("(?:")
            and source.endswith(")")
            and closes_at_end(source)
        ):
            alternatives = split_alternatives(source[3:-1])
        if len(alternatives) < 2:
            return
        flags = pattern.flags
        groups: list[Fast] = []
        raw: list[str] = []
        for alternative in alternatives:
            scanner = Fast(re.compile(alternative, flags), scans)
            if scanner.starts is None:
                if apart:
                    groups.append(scanner)
                else:
                    raw.append(alternative)
                continue
            if raw:
                groups.append(Fast(re.compile("|".join(raw), flags), scans))
                raw = []
            groups.append(scanner)
        if raw:
            groups.append(Fast(re.compile("|".join(raw), flags), scans))
        if sum(1 for g in groups if g.starts is not None):
            self.groups = groups
            # round 10: the groups that can match an ASCII text (a group that ignores case
            # and has no ASCII first string cannot: its scan finds no candidate there)
            self.ascii_groups = [g for g in groups if not (g.fold and g.starts == ())]
            folds = {g.fold for g in groups}
            if all(g.starts is not None for g in groups) and len(folds) == 1:
                self.guard = _substring_free({s for g in groups for s in g.starts or ()})
                self.fold = folds.pop()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        groups = self.groups
        if groups is None:
            return self.whole.search(text, pos, endpos)
        guard = self.guard
        if guard is not None and (not self.fold or text.isascii()):
            # round 10: no group's first string in the span (each group would find none and
            # return None: the same finds, in one loop, without a call per group)
            hay = _lowered(text) if self.fold else text
            start, end = _bounds(text, pos, endpos)
            if all(hay.find(s, start, end) < 0 for s in guard):
                return None
        if text.isascii():
            groups = self.ascii_groups
        best: re.Match[str] | None = None
        for group in groups:
            found = group.search(text, pos, endpos, before=None if best is None else best.start())
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def index(self, text: str, spans: list[tuple[int, int]]) -> AlternationIndex:
        """Every group's first-string positions inside the ``spans`` of ``text`` (any order,
        overlapping or not), found once per span and first string, for any number of
        :meth:`search_indexed` calls inside one span each (round 12: a long document searched
        window by window, each window several times, scans each window once and tries each
        candidate once, instead of once per group and search)."""
        groups = self.groups
        if groups is None:
            return AlternationIndex(text, [], [], [], [])
        ascii_text = text.isascii()
        if ascii_text:
            groups = self.ascii_groups
        size = len(text)
        spans = [(min(max(lo, 0), size), min(max(hi, 0), size)) for lo, hi in spans]
        limit = sum(hi - lo for lo, hi in spans) // _DENSE + 1
        pairs: list[tuple[int, int]] = []
        scanned: list[int] = []
        for k, group in enumerate(groups):
            starts = group.starts
            if starts is None or (group.fold and not ascii_text):
                scanned.append(k)  # searched as it is, window by window
                continue
            hay = _lowered(text) if group.fold else text
            found: list[tuple[int, int]] = []
            for s in starts:
                # a match opening at a word start cannot open with a word character that
                # follows one ("hi" in "this", "to" in "into")
                inside = group.opens and (s[:1].isalnum() or s[:1] == "_")
                for lo, hi in spans:
                    at = hay.find(s, lo, hi)
                    while at >= 0:
                        if not inside or at == 0 or not _word_char(text[at - 1]):
                            found.append((at, k))
                        at = hay.find(s, at + 1, hi)
                if len(found) > limit:
                    break
            if len(found) > limit:
                scanned.append(k)  # too many candidates: the pattern itself scans faster
            else:
                pairs.extend(found)
        pairs = sorted(set(pairs))  # overlapping spans find a candidate once each
        return AlternationIndex(text, groups, [p for p, _ in pairs], [k for _, k in pairs], scanned)

    def search_indexed(
        self, index: AlternationIndex, pos: int, endpos: int
    ) -> re.Match[str] | None:
        """As ``search(index.text, pos, endpos)``, where ``pos``..``endpos`` lies inside one of
        the indexed spans: the leftmost match, the earliest group on a tie (candidates are
        tried in order of position, then group)."""
        text = index.text
        if self.groups is None:
            return self.whole.search(text, pos, endpos)
        groups = index.groups
        best: re.Match[str] | None = None
        best_group = -1
        for k in index.scanned:
            found = groups[k].search(text, pos, endpos, None if best is None else best.start())
            if found is not None and (best is None or found.start() < best.start()):
                best, best_group = found, k
        positions, owners = index.positions, index.owners
        for i in range(bisect_left(positions, pos), bisect_left(positions, endpos)):
            at, k = positions[i], owners[i]
            if best is not None and (at > best.start() or (at == best.start() and k > best_group)):
                break
            found = groups[k].pattern.match(text, at, endpos)
            if found is not None:
                return found
        return best


def _word_char(char: str) -> bool:
    """Whether ``char`` is a word character as ``re`` reads ``\\w`` in a ``str`` pattern."""
    return char.isalnum() or char == "_"


class AlternationIndex:
    """One text's candidates for :meth:`Alternation.search_indexed` (:meth:`Alternation.index`)."""

    __slots__ = ("groups", "owners", "positions", "scanned", "text")

    def __init__(
        self,
        text: str,
        groups: list[Fast],
        positions: list[int],
        owners: list[int],
        scanned: list[int],
    ) -> None:
        self.text = text
        self.groups = groups  # the groups searched (those that can match the text)
        self.positions = positions  # where a group's first string starts, ascending ...
        self.owners = owners  # ... and that group (on a tie, the earlier group first)
        self.scanned = scanned  # groups run as they are (no first strings, or too many)


def closes_at_end(source: str) -> bool:
    """Whether the group opened by the first character of ``source`` closes at its end."""
    depth = 0
    in_class = escaped = False
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i == len(source) - 1
    return False


# round 10: keyed by the pattern's id, the pattern kept in the entry (so the id is not reused
# while it is there): a compiled pattern does not cache its hash, and hashing one hashes its
# whole compiled code (13,000 instructions a look-up for the large alternations)
_FAST: dict[int, tuple[re.Pattern[str], Fast]] = {}


def fast(pattern: re.Pattern[str]) -> Fast:
    """The :class:`Fast` scanner of ``pattern`` (built once per pattern and process)."""
    entry = _FAST.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    found = Fast(pattern)
    _FAST[id(pattern)] = (pattern, found)
    return found


_ALTERNATION: dict[int, tuple[re.Pattern[str], Alternation]] = {}


def alternation(pattern: re.Pattern[str]) -> Alternation:
    """The :class:`Alternation` searcher of ``pattern`` (built once per pattern and process)."""
    entry = _ALTERNATION.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    found = Alternation(pattern)
    _ALTERNATION[id(pattern)] = (pattern, found)
    return found


__all__ = [
    "Alternation",
    "AlternationIndex",
    "Fast",
    "alternation",
    "fast",
    "first_strings",
    "split_alternatives",
]
