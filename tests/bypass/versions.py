"""The detector's round, read once for the tests that check a round's version bump.

``DETECTOR_VERSION`` is ``bypass-N``; a round's test asks for its own round or a later one, so a
later bump never has to edit the earlier rounds' tests.
"""

from exportgate.bypass.detector import DETECTOR_VERSION


def detector_round() -> int:
    """N of ``bypass-N`` (an assertion error names the version when it has another shape)."""
    prefix, _, number = DETECTOR_VERSION.partition("-")
    assert prefix == "bypass" and number.isdigit(), DETECTOR_VERSION
    return int(number)


def learned_round(version: str) -> int:
    """N of a shipped learned part's ``learned-N`` version (an assertion error names it)."""
    prefix, _, number = version.partition("-")
    assert prefix == "learned" and number.isdigit(), version
    return int(number)
