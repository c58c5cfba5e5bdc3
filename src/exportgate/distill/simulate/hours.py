"""When simulated people are active: UTC-hour weights of a person in a time zone."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

TIMEZONES = (-8, -7, -6, -5, -4, -3, 0, 1, 2, 3, 5.5, 7, 8, 9, 10)


def human_hours(tz: float, rng: random.Random) -> list[float]:
    """UTC-hour activity weights of a person in time zone ``tz`` (work day plus evening)."""
    weights = []
    peak_evening = rng.uniform(19, 23)
    for utc_hour in range(24):
        local = (utc_hour + tz) % 24
        day = math.exp(-((local - 14) ** 2) / 18)
        evening = 0.7 * math.exp(-((local - peak_evening) ** 2) / 4)
        night = 0.02 if 1 <= local <= 6 else 0.08
        weights.append(day + evening + night)
    return weights


def pick_hour(rng: random.Random, weights: Sequence[float]) -> int:
    return rng.choices(range(24), weights=weights)[0]
