"""A cheap gate before the regular expressions: four-letter word stems.

Each pattern's literal words give its anchor stems; a text's words give its stems; a pattern is
run only when the two share a stem. This keeps the first stage within its latency budget (a few
dozen regular expressions would otherwise each scan every prompt).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from heapq import heappush, heapreplace

from exportgate.bypass.literals import Fast, alternation
from exportgate.bypass.literals import split_alternatives as split_alternatives  # re-exported

_WORDS = re.compile(r"[a-z0-9&]{3,}")
# the first four characters of each _WORDS word, found by re alone (the same maximal runs)
_STEMS = re.compile(r"([a-z0-9&]{3,4})[a-z0-9&]*")
_LITERALS = re.compile(r"(?<![\\(?])[a-z0-9&]{3,}")
_JOINERS = re.compile(r"(?:\[- \]|\[ -\]|-| )\?")
_COMMON = frozenset(
    [
        "the",
        "and",
        "that",
        "this",
        "with",
        "from",
        "into",
        "your",
        "their",
        "them",
        "then",
        "what",
        "which",
        "have",
        "has",
        "had",
        "for",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "should",
        "can",
        "you",
        "about",
        "how",
        "any",
        "all",
        "some",
        "not",
        "out",
        "off",
        "get",
        "got",
        "his",
        "her",
        "its",
        "our",
        "one",
        "two",
        "use",
        "using",
        "made",
        "make",
    ]
)


_COMMON_STEMS = frozenset(w[:4] for w in _COMMON if len(w) >= 4)


# round 13 (bypasstail): every byte that is not of _STEMS's class to a space ("?", what a
# character that is not ASCII becomes, among them): the runs _STEMS reads are then the pieces
# bytes.split returns (in C, where the pattern tries a match at every position)
_NOT_STEM = bytes(
    code if chr(code) in "abcdefghijklmnopqrstuvwxyz0123456789&" else ord(" ")
    for code in range(256)
)


def stem_list(text: str) -> list[str]:
    """``_STEMS.findall(text)``: the first four characters of each run of three or more
    characters of ``[a-z0-9&]``, in order."""
    runs = text.encode("ascii", "replace").translate(_NOT_STEM).decode("ascii").split()
    return [run[:4] for run in runs if len(run) >= 3]


_NOT_ALNUM = bytes(
    code if chr(code) in "abcdefghijklmnopqrstuvwxyz0123456789" else ord(" ") for code in range(256)
)


def word_heads(text: str) -> list[str]:
    """``re.findall(r"([a-z0-9]{1,4})[a-z0-9]*", text)``: the first four characters of each
    run of ``[a-z0-9]``, in order (round 13, bypasstail: as :func:`stem_list`)."""
    runs = text.encode("ascii", "replace").translate(_NOT_ALNUM).decode("ascii").split()
    return [run[:4] for run in runs]


def text_stems(text: str) -> frozenset[str]:
    return frozenset(stem_list(text))


def pattern_stems(pattern: str) -> frozenset[str]:
    source = pattern.lower()
    joined = _JOINERS.sub("", source)
    words = set(_LITERALS.findall(source)) | set(_LITERALS.findall(joined))
    return frozenset(
        w[:4] for w in words if w not in _COMMON and w[:4] not in _COMMON_STEMS and not w.isdigit()
    )


class TextIndex:
    """The four-letter stems of a text's words, and (on demand) where each stem occurs and the
    windows a gated pattern with given anchor stems reads."""

    __slots__ = ("_counts", "_occurrences", "_positions", "_spans", "stems", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.stems = frozenset(stem_list(text))
        self._positions: dict[str, list[int]] = {}
        self._counts: dict[str, int] = {}
        self._spans: dict[frozenset[str], list[tuple[int, int]] | None] = {}
        self._occurrences: dict[Fast, list[int] | None] = {}

    def occurrences(self, scan: Fast) -> list[int] | None:
        """``scan.occurrences(text)``, found once per scanner and text."""
        # round 10: asked with ``in`` (most scanners are asked once per text: a KeyError raised
        # and caught each time cost more than a second look-up on the few repeats)
        kept = self._occurrences
        if scan in kept:
            return kept[scan]
        found = kept[scan] = scan.occurrences(self.text, self.stems, "&" in self.text)
        return found

    def count(self, stem: str) -> int:
        found = self._counts.get(stem)
        if found is None:
            found = self._counts[stem] = self.text.count(stem)
        return found

    def positions(self, stem: str) -> list[int]:
        found = self._positions.get(stem)
        if found is None:
            found = []
            at = self.text.find(stem)
            while at >= 0 and len(found) < 200:
                found.append(at)
                at = self.text.find(stem, at + 4)
            self._positions[stem] = found
        return found

    def spans(self, anchors: frozenset[str]) -> list[tuple[int, int]] | None:
        """The merged windows of WINDOW characters around the anchors present in the text, or
        None where the whole text is read (short text, or anchors dense enough that windows
        would cover most of it). Computed once per anchor set and text."""
        text = self.text
        length = len(text)
        if length <= 2 * WINDOW:
            return None  # (round 10: short text, read whole, nothing to keep)
        if anchors in self._spans:
            return self._spans[anchors]
        present = anchors & self.stems
        found: list[tuple[int, int]] | None = None
        if length > 2 * WINDOW and 2 * WINDOW * sum(map(self.count, present)) < length:
            found = []
            starts = sorted(p for stem in present for p in self.positions(stem))
            lo = hi = -1
            for position in starts:
                if position - WINDOW > hi:
                    if hi > lo:
                        found.append((lo, hi))
                    lo = max(0, position - WINDOW)
                hi = min(length, position + WINDOW)
            if hi > lo:
                found.append((lo, hi))
        self._spans[anchors] = found
        return found


# the last few indexes, most recent first: a tuple replaced whole (never changed in place), so
# that a request on another thread reads either the old or the new one
_LAST_INDEXES: list[tuple[TextIndex, ...]] = [()]
_KEPT_INDEXES = 8


def index_of(text: str) -> TextIndex:
    """The :class:`TextIndex` of ``text``, reused when the same string object, or an equal
    string, was among the last few indexed (one request's parts read the same views one after
    another, some of them interleaved, and some build a view equal to another; an index
    depends only on its text's characters)."""
    kept = _LAST_INDEXES[0]
    for index in kept:
        if index.text is text:
            return index
    for index in kept:
        if index.text == text:
            return index
    index = TextIndex(text)
    _LAST_INDEXES[0] = (index, *kept[: _KEPT_INDEXES - 1])
    return index


WINDOW = 160  # characters either side of an anchor word that a match may span


class Gated:
    """A pattern split into alternatives; each runs only near words that carry one of its
    stems (an alternative without literal words runs over the whole text)."""

    __slots__ = ("_free", "_of_stem", "_stems", "parts")

    def __init__(self, pattern: str, prefix: str = "", flags: int = 0) -> None:
        self.parts: list[tuple[Fast, frozenset[str], str]] = []
        for alternative in split_alternatives(pattern):
            stems = pattern_stems(alternative)
            needs = "+" if "\\+" in alternative else ""
            compiled = re.compile(prefix + "(?:" + alternative + ")", flags)
            self.parts.append((Fast(compiled), stems, needs))
        # which parts each stem opens, so a text's stems pick its parts in one set operation
        self._free = tuple(i for i, (_, anchors, _) in enumerate(self.parts) if not anchors)
        self._of_stem: dict[str, list[int]] = {}
        for i, (_, anchors, _) in enumerate(self.parts):
            for stem in anchors:
                self._of_stem.setdefault(stem, []).append(i)
        self._stems = frozenset(self._of_stem)

    def _parts(self, stems: frozenset[str]) -> list[tuple[Fast, frozenset[str], str]]:
        """The parts that may match a text with word stems ``stems``, in order: those whose
        anchors share a stem with it, and those without anchors."""
        parts = self.parts
        if len(parts) < 4:
            return [p for p in parts if not p[1] or not p[1].isdisjoint(stems)]
        hit = self._stems.intersection(stems)
        if not hit:
            return [parts[i] for i in self._free]
        chosen = set(self._free)
        of_stem = self._of_stem
        for stem in hit:
            chosen.update(of_stem[stem])
        return [parts[i] for i in sorted(chosen)]

    def finditer(self, text: str, index: TextIndex) -> Iterator[re.Match[str]]:
        for scan, anchors, needs in self._parts(index.stems):
            if needs and needs not in text:
                continue
            # where the part's first strings occur in the whole text, found once: none, no
            # match in any window; some, each window tries only those inside it
            starts = index.occurrences(scan)
            if starts is not None and not starts:
                continue
            spans = index.spans(anchors) if anchors else None
            if spans is None:
                if starts is None:
                    yield from scan.finditer(text)
                else:
                    yield from scan.finditer_at(text, starts, 0, len(text))
                continue
            last_end = -1
            for lo, hi in spans:
                found = (
                    scan.finditer(text, lo, hi)
                    if starts is None
                    else scan.finditer_at(text, starts, lo, hi)
                )
                for match in found:
                    if match.start() >= last_end:
                        last_end = match.end()
                        yield match

    def search(self, text: str, index: TextIndex) -> re.Match[str] | None:
        """The first match :meth:`finditer` would yield."""
        for scan, anchors, needs in self._parts(index.stems):
            if needs and needs not in text:
                continue
            starts = index.occurrences(scan)
            if starts is not None and not starts:
                continue
            spans = index.spans(anchors) if anchors else None
            if spans is None:
                found = (
                    scan.search(text)
                    if starts is None
                    else scan.search_at(text, starts, 0, len(text))
                )
                if found is not None:
                    return found
                continue
            for lo, hi in spans:
                found = (
                    scan.search(text, lo, hi)
                    if starts is None
                    else scan.search_at(text, starts, lo, hi)
                )
                if found is not None:
                    return found
        return None


def trigger_spans(
    text: str, triggers: tuple[str, ...], radius: int = 200, limit: int = 12
) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows of ``radius`` characters around the first ``limit``
    occurrences of any trigger substring (``str.find``: linear and in C). A pattern that needs
    one of the triggers runs only inside these windows, so a long text without them costs
    one substring scan per trigger."""
    # The windows come from the 4 × limit first positions of the union of each trigger's first
    # ``limit`` occurrences. Once 4 × limit positions are held, a later occurrence at or after
    # the largest of them cannot change the windows (it would fall outside the first 4 × limit,
    # or tie the largest, whose window is the same): each search stops there, so most of a
    # long text is scanned once, not once per trigger. Held in a heap of negated positions.
    keep = 4 * limit
    held: list[int] = []
    bound = len(text)  # occurrences starting before this position may still count
    for trigger in triggers:
        size = len(trigger)
        at = text.find(trigger, 0, bound + size - 1)
        hits = 0
        while at >= 0 and hits < limit:
            if len(held) < keep:
                heappush(held, -at)
            else:
                heapreplace(held, -at)
            if len(held) == keep:
                bound = -held[0]
            hits += 1
            at = text.find(trigger, at + size, bound + size - 1)
    if not held:
        return []
    positions = sorted(-at for at in held)
    spans: list[tuple[int, int]] = []
    for position in positions:
        lo, hi = max(0, position - radius), min(len(text), position + radius)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def search_spans(
    pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The first match of ``pattern`` inside any of ``spans`` (in their order). Round 12:
    several spans are searched on one index of the pattern's candidates in all of them
    (``Alternation.index``; overlapping spans share theirs), the same answers as a search of
    each span."""
    scanner = alternation(pattern)
    if not spans:
        return None
    if len(spans) == 1:
        return scanner.search(text, spans[0][0], spans[0][1])
    index = scanner.index(text, spans)
    for lo, hi in spans:
        found = scanner.search_indexed(index, lo, hi)
        if found is not None:
            return found
    return None
