"""The normalised list entity every loader produces, and the report of what a load skipped."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

import msgspec

#: Entity kinds. ``organization`` covers companies, agencies and other legal entities.
KINDS = ("person", "organization", "vessel", "aircraft")


class Alias(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Another name of a listed entity.

    ``strength`` is ``strong`` (a name the entity is known by), ``weak`` (a "low quality" or
    "weak" a.k.a.: short, generic, a nickname; lists say it should not alone produce a hit) or
    ``former`` (an f.k.a.: still screened, the entity may trade under it).
    ``script`` is set for names the list gives in their original script (e.g. UN lists).
    """

    name: str
    strength: str = "strong"
    script: str | None = None


class Entity(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One entry of one list, in the same shape for every source format."""

    list: str
    list_id: str
    kind: str | None
    name: str
    aliases: builtins.list[Alias] = []
    countries: builtins.list[str] = []
    programs: builtins.list[str] = []
    dates_of_birth: builtins.list[str] = []
    addresses: builtins.list[str] = []
    listed_on: str | None = None
    source: str | None = None
    remarks: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.list, self.list_id)

    def all_names(self) -> builtins.list[Alias]:
        """The primary name (as a strong alias) followed by the aliases, duplicates removed."""
        seen: set[str] = set()
        out: builtins.list[Alias] = []
        for alias in [Alias(name=self.name), *self.aliases]:
            text = alias.name.strip()
            if not text or text.casefold() in seen:
                continue
            seen.add(text.casefold())
            out.append(alias)
        return out


class LoadIssue(msgspec.Struct, kw_only=True, frozen=True, omit_defaults=True):
    """A row or element a reader could not use, with where it was: the file, the line (None
    where the format has no lines to speak of, e.g. an XML element) and, where one field is
    to blame, that field as the source file names it (``SDN_Type``, ``_id``, ``entityType``)."""

    file: str
    line: int | None
    message: str
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        if self.field is not None:
            where = f"{where}, field {self.field}"
        return f"{where}: {self.message}"


class ListFile(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Provenance of one loaded file: which list, how many entities, the publication date."""

    path: str
    list: str
    format: str
    entities: int
    date: str | None = None
    sha256: str | None = None


class LoadResult(msgspec.Struct, kw_only=True):
    """Entities from one or more files plus every issue met on the way."""

    entities: list[Entity] = []
    issues: list[LoadIssue] = []
    files: list[ListFile] = []

    def extend(self, other: LoadResult) -> None:
        self.entities.extend(other.entities)
        self.issues.extend(other.issues)
        self.files.extend(other.files)


def merge_duplicates(entities: Iterable[Entity]) -> builtins.list[Entity]:
    """Keep one entity per (list, list_id); later files win, aliases are merged."""
    merged: dict[tuple[str, str], Entity] = {}
    for ent in entities:
        old = merged.get(ent.key)
        if old is not None:
            names = {a.name for a in ent.aliases} | {ent.name}
            ent.aliases.extend(a for a in old.aliases if a.name not in names)
            if old.name not in names:
                ent.aliases.append(Alias(name=old.name))
        merged[ent.key] = ent
    return list(merged.values())
