"""Per-model controls come out of the store typed; a row that cannot be read names the model,
the control and the field."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from exportgate.policy.model_controls import model_states
from exportgate.records import ModelControl, RecordError
from exportgate.store import open_store
from exportgate.store.schema import model_controls


def test_controls_read_back_typed_and_a_bad_row_is_named(store_url: str) -> None:
    store = open_store(store_url)
    store.set_model_control("frontier-5", "paused", True, updated_by="ada")
    store.set_model_control("frontier-5", "access", "approved")
    store.set_model_control("frontier-5", "approved:acct-1", True)
    controls = store.model_controls()
    assert all(isinstance(c, ModelControl) for c in controls)
    assert [(c.name, c.value, c.updated_by) for c in controls] == [
        ("access", "approved", None),
        ("approved:acct-1", True, None),
        ("paused", True, "ada"),
    ]
    state = model_states(controls)["frontier-5"]
    assert state.paused and state.access == "approved" and state.approvals == {"acct-1": True}
    engine = sa.create_engine(store.url)
    with engine.begin() as conn:
        conn.execute(
            sa.insert(model_controls).values(
                model_id="frontier-5",
                name="weird",
                value=["not", "a", "scalar"],
                updated_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            )
        )
    engine.dispose()
    with pytest.raises(RecordError) as raised:
        store.model_controls()
    assert raised.value.record_id == "model control frontier-5/weird"
    assert raised.value.field == "value"
    store.close()
