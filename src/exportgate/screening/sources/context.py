"""What every list reader shares: the file's bytes and checksum, the issues met on the way
(each with file, line and field), the date the list was published, and the :class:`ListFile`
that closes every read.

A reader opens a :class:`ReaderContext`, turns rows into entities, reports each row it cannot
use with :meth:`ReaderContext.issue` and goes on with the next, and ends with
:meth:`ReaderContext.finish`::

    ctx = ReaderContext.open(path, list_key=DPL, format=FORMAT)
    for line, row in ctx.dict_rows(required={"Name"}, delimiter="\\t", what="a DPL file"):
        ...
        ctx.issue("missing name or malformed row", line=line, field="Name")
    return ctx.finish(entities, date=date, fallback=ctx.latest)
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

from exportgate.screening.entities import Entity, ListFile, LoadIssue, LoadResult


class UnknownFormat(ValueError):
    """The file is not one of the supported list formats."""


_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def date_from_name(path: Path) -> str | None:
    """``2023-11-30`` (or ``2022-05``) from the file name, else from its folder's name."""
    m = _DATE_IN_NAME.search(path.name) or _DATE_IN_NAME.search(path.parent.name)
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def read_bytes(path: Path) -> bytes:
    """The file's content, gunzipped where the name ends in ``.gz``."""
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        data = gzip.decompress(data)
    return data


class ReaderContext:
    """One list file being read into entities of one list.

    ``data`` is the file's content (gunzipped); the :class:`ListFile` records its SHA-256.
    Issues go to :attr:`issues` in the order they are met; :attr:`latest` is the latest date
    the rows carry (:meth:`note_date`), the publication date of last resort.
    """

    def __init__(self, path: Path, data: bytes, *, list_key: str, format: str) -> None:
        self.path = path
        self.data = data
        self.list_key = list_key
        self.format = format
        self.issues: list[LoadIssue] = []
        self.latest: str | None = None

    @classmethod
    def open(cls, path: Path, *, list_key: str, format: str) -> ReaderContext:
        return cls(path, read_bytes(path), list_key=list_key, format=format)

    def text(self, encoding: str = "utf-8-sig") -> str:
        """The content as text; undecodable bytes become U+FFFD (and the row reads on)."""
        return self.data.decode(encoding, errors="replace")

    def issue(
        self,
        message: str,
        *,
        line: int | None = None,
        field: str | None = None,
        file: Path | None = None,
    ) -> None:
        """Report a row (or element) that could not be used; ``file`` for a companion file
        (the OFAC ``alt.csv`` read with ``sdn.csv``)."""
        self.issues.append(
            LoadIssue(
                file=str(self.path if file is None else file),
                line=line,
                message=message,
                field=field,
            )
        )

    def note_date(self, value: str | None) -> None:
        """Remember the latest of the dates rows carry (ISO text compares as dates)."""
        if value and (self.latest is None or value > self.latest):
            self.latest = value

    def dict_rows(
        self, *, required: set[str], what: str, delimiter: str = ","
    ) -> Iterator[tuple[int, dict[str, str | None]]]:
        """The rows of a delimited file with a header line, each with the line it ends on.

        Raises :class:`UnknownFormat` where the header lacks a ``required`` column: then the
        file is not ``what`` at all, and no row is worth reporting."""
        reader = csv.DictReader(io.StringIO(self.text(), newline=""), delimiter=delimiter)
        if not reader.fieldnames or not required <= set(reader.fieldnames):
            raise UnknownFormat(f"{self.path}: not {what} (header {reader.fieldnames!r})")
        for row in reader:
            yield reader.line_num, row

    def finish(
        self, entities: list[Entity], *, date: str | None = None, fallback: str | None = None
    ) -> LoadResult:
        """The result of the read: the entities, the issues and the file's :class:`ListFile`.

        The list's date is ``date`` (stated by the caller or the file), else the date in the
        file's name, else ``fallback`` (e.g. the latest date the rows carry)."""
        listed = ListFile(
            path=str(self.path),
            list=self.list_key,
            format=self.format,
            entities=len(entities),
            date=date or date_from_name(self.path) or fallback,
            sha256=hashlib.sha256(self.data).hexdigest(),
        )
        return LoadResult(entities=entities, issues=self.issues, files=[listed])
