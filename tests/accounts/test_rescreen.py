"""Re-screening stored accounts against changed list entries, on the real store (SQLite and
PostgreSQL): new hits are stored as the typed status the gateway reads, and queued once."""

from __future__ import annotations

from exportgate.accounts.rescreen import diff_entities, rescreen
from exportgate.records import Account, Override, Owner
from exportgate.screening.api import ScreeningStatus, StoredMatch
from exportgate.screening.entities import Entity
from exportgate.store import open_store

OLD = [Entity(list="us_ofac_sdn", list_id="1", kind="organization", name="Old Listed Trading LLC")]
NEW = [
    *OLD,
    Entity(
        list="us_ofac_sdn",
        list_id="2",
        kind="organization",
        name="Helios Robotics Pte. Ltd.",
        programs=["X"],
    ),
]
ACCOUNTS = [
    Account(id="a1", kind="organization", name="Helios Robotics Pte. Ltd.", country="SG"),
    Account(id="a2", kind="organization", name="Old Listed Trading LLC", country="SG"),
    Account(
        id="a3",
        kind="organization",
        name="Blue Owl Software GmbH",
        country="DE",
        owners=[Owner(name="Helios Robotics Pte Ltd", kind="organization", share=0.6)],
    ),
    Account(
        id="a4",
        kind="organization",
        name="Helios Robotics Pte. Ltd.",
        country="SG",
        overrides=[Override(list="us_ofac_sdn", list_id="2", verdict="false_positive")],
    ),
]


def test_diff_entities() -> None:
    changed, removed = diff_entities(OLD, NEW)
    assert [e.list_id for e in changed] == ["2"] and not removed
    changed, removed = diff_entities(NEW, OLD)
    assert not changed and removed == [("us_ofac_sdn", "2")]


def test_new_hits_are_stored_typed_and_queued_once(store_url: str) -> None:
    store = open_store(store_url)
    for account in ACCOUNTS:
        store.upsert_account(account)
    report = rescreen(store, OLD, NEW, lists_version="v2")
    assert report.changed_entities == 1 and report.accounts == 4
    queued = {r.account_id: r for r in store.review_items()}
    assert set(queued) == {"a1", "a3"}  # a2's entry did not change; a4 cleared it before
    assert queued["a3"].code == "RESTRICTED_PARTY"
    assert (queued["a3"].detail.matches or [])[0].subject == "Helios Robotics Pte Ltd"
    status = store.get_screening_status("a1")
    assert isinstance(status, ScreeningStatus) and status.status == "hit"
    assert status.lists_version == "v2"
    [match] = status.matches
    assert isinstance(match, StoredMatch)
    assert (match.subject, match.list_id, match.level) == ("Helios Robotics Pte. Ltd.", "2", "hit")
    owner = store.get_screening_status("a3")
    assert owner is not None and owner.matches[0].subject == "Helios Robotics Pte Ltd"
    cleared = store.get_screening_status("a4")
    assert cleared is not None and cleared.status == "clear"
    # the same lists again: nothing new
    again = rescreen(store, NEW, NEW, lists_version="v2")
    assert again.new_hits == 0 and len(store.review_items()) == 2
    # the entry is delisted: its matches leave the stored status
    rescreen(store, NEW, OLD, lists_version="v3")
    after = store.get_screening_status("a1")
    assert after is not None and after.status == "clear" and not after.matches
