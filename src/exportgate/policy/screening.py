"""Restricted-party screening as the policy sees it: hits, possible hits and overrides.

Wraps any :class:`~exportgate.screening.api.Screener` with a bounded cache keyed by the query
(screening results change only when the lists change, and a new screener means a new cache), and
applies the account's compliance overrides: a ``false_positive`` verdict on a (list, list_id)
clears that entry for this account; a ``true_match`` verdict makes it a hit whatever its score.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from exportgate.records import Account, Owner
from exportgate.screening.api import Screener, ScreeningMatch
from exportgate.screening.sources import CONS, CSL, SDN

CACHE_SIZE = 100_000
# The trade.gov Consolidated Screening List republishes OFAC's lists under the same entity
# numbers; an entry sourced from one of them is the same listed party as the OFAC entry.
CSL_MIRRORS = (("specially designated nationals", SDN), ("non-sdn", CONS))


def party_identity(match: ScreeningMatch) -> tuple[str, str]:
    """The (list, list_id) that names the listed party, across lists that mirror each other."""
    if match.list == CSL and match.source:
        source = match.source.lower()
        for marker, original in CSL_MIRRORS:
            if marker in source:
                return original, match.list_id
    return match.list, match.list_id


@dataclass(frozen=True)
class ScreeningOutcome:
    hits: list[ScreeningMatch] = field(default_factory=list)
    possible: bool = False
    explanation: str = ""

    @property
    def hit(self) -> bool:
        return bool(self.hits)


CLEAR = ScreeningOutcome()


def _describe(match: ScreeningMatch) -> str:
    programs = f", programs {', '.join(match.programs)}" if match.programs else ""
    alias = (
        f" (as '{match.matched_name}')"
        if match.matched_name and match.matched_name != match.name
        else ""
    )
    return (
        f"'{match.name}'{alias} on {match.list} #{match.list_id}, score {match.score:.2f}{programs}"
    )


class PartyScreening:
    """Screens account holders and owners, with caching and overrides."""

    def __init__(self, screener: Screener | None, cache_size: int = CACHE_SIZE) -> None:
        self.screener = screener
        self._cache: OrderedDict[tuple[str, str | None, str | None], Sequence[ScreeningMatch]] = (
            OrderedDict()
        )
        self._cache_size = cache_size

    @property
    def version(self) -> str:
        return self.screener.version if self.screener is not None else "none"

    def matches(self, name: str, kind: str | None, country: str | None) -> Sequence[ScreeningMatch]:
        if self.screener is None:
            return ()
        key = (name, kind, country)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        found = self.screener.screen(name, kind=kind, country=country)
        self._cache[key] = found
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return found

    def clear_cache(self) -> None:
        self._cache.clear()

    def _outcome(
        self, names: Sequence[str], kind: str | None, country: str | None, account: Account
    ) -> ScreeningOutcome:
        if self.screener is None:
            return CLEAR
        found = [m for name in names for m in self.matches(name, kind, country)]
        if not found:
            return CLEAR
        # Best score first; on a tie, the original list before the CSL copy of it.
        found.sort(key=lambda m: (-m.score, m.list == CSL))
        verdicts = {(o.list, o.list_id): o.verdict for o in account.overrides}
        block, review = self.screener.block_threshold, self.screener.review_threshold
        hits: list[ScreeningMatch] = []
        possible: list[ScreeningMatch] = []
        seen: set[tuple[str, str]] = set()
        for match in found:
            key = party_identity(match)
            if key in seen:
                continue
            seen.add(key)
            verdict = verdicts.get((match.list, match.list_id)) or verdicts.get(key)
            if verdict == "false_positive" or match.score < review:
                continue
            if verdict == "true_match" or match.score >= block:
                hits.append(match)
            else:
                possible.append(match)
        if not (hits or possible):
            return CLEAR
        shown = hits or possible
        explanation = "; ".join(_describe(m) for m in shown[:3])
        if len(shown) > 3:
            explanation += f"; and {len(shown) - 3} more"
        return ScreeningOutcome(hits=hits, possible=bool(possible), explanation=explanation)

    def screen_account(self, account: Account) -> ScreeningOutcome:
        return self._outcome(
            [account.name, *account.aliases],
            account.kind,
            account.headquarters or account.country,
            account,
        )

    def screen_owner(self, owner: Owner, account: Account) -> ScreeningOutcome:
        return self._outcome([owner.name], owner.kind, owner.headquarters or owner.country, account)
