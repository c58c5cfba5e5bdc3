"""Traffic simulator for the distillation detector's tests and benchmark (see ``world``)."""

from exportgate.distill.simulate.world import (
    FAMILIES,
    HARD_NEGATIVE_GROUPS,
    AdaptiveAttacker,
    Campaign,
    Label,
    SimConfig,
    Simulation,
    SimWorld,
    build,
    simulate,
)

__all__ = [
    "FAMILIES",
    "HARD_NEGATIVE_GROUPS",
    "AdaptiveAttacker",
    "Campaign",
    "Label",
    "SimConfig",
    "SimWorld",
    "Simulation",
    "build",
    "simulate",
]
