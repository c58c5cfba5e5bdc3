"""The simulator: real benign prompts, every population, week split, truncated-JSON reader."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from exportgate.distill.simulate import FAMILIES, HARD_NEGATIVE_GROUPS, SimWorld
from exportgate.distill.simulate.corpus import load_corpus

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "distill"))


def test_every_population_is_present_in_both_weeks(small_world: SimWorld) -> None:
    groups = {label.group for label in small_world.labels.values()}
    assert set(FAMILIES) <= groups
    assert set(HARD_NEGATIVE_GROUPS) <= groups
    weeks = {c.week for c in small_world.campaigns.values()}
    assert weeks == {1, 2}
    for family in FAMILIES:
        assert {c.week for c in small_world.campaigns.values() if c.family == family} == {1, 2}
    assert all(
        small_world.records[i].ts <= small_world.records[i + 1].ts
        for i in range(len(small_world.records) - 1)
    )


def test_benign_content_is_real_sharegpt_and_disjoint_from_attackers() -> None:
    corpus = load_corpus()
    assert len(corpus.benign) > 6000 and len(corpus.attacker) > 2000
    benign_ids = {c.id for c in corpus.benign}
    assert not benign_ids & {c.id for c in corpus.attacker}


def test_truncated_sharegpt_json_is_read_incrementally() -> None:
    from prepare_sharegpt import compact, iter_conversations

    good = [
        {
            "id": f"c{i}",
            "conversations": [
                {"from": "human", "value": f"q{i}"},
                {"from": "gpt", "value": f"a{i}"},
            ],
        }
        for i in range(3)
    ]
    text = json.dumps(good, indent=2)
    truncated = text[: text.rindex('"a2"') + 2]  # cut inside the last conversation
    conversations = list(iter_conversations(truncated))
    assert [c["id"] for c in conversations] == ["c0", "c1"]
    assert compact(conversations[0]) == {"id": "c0", "turns": [{"p": "q0", "a": "a0", "al": 2}]}
