from __future__ import annotations

import pytest

from exportgate.distill.simulate import SimConfig, SimWorld, simulate


@pytest.fixture(scope="session")
def small_world() -> SimWorld:
    """A reduced fortnight: 400 ordinary users, every hard negative and campaign family."""
    return simulate(SimConfig(seed=3, benign_users=400, university_students=40, scale=0.25))
