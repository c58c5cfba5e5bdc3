import pytest

from exportgate.watermark.keys import (
    DEMO_KEYRING,
    WatermarkKeyError,
    keyring_from_config,
    keyring_from_env,
    load_keyring,
)


def test_env_keyring_last_key_is_active_unless_named() -> None:
    env = {"EXPORTGATE_WATERMARK_KEYS": "k2025:old-secret-0123456789,k2026:hex:" + "ab" * 16}
    ring = keyring_from_env(env)
    assert ring is not None
    assert [k.key_id for k in ring.keys] == ["k2025", "k2026"]
    assert ring.active_id == "k2026"
    assert ring.active.secret == bytes.fromhex("ab" * 16)
    env["EXPORTGATE_WATERMARK_ACTIVE_KEY"] = "k2025"
    assert keyring_from_env(env).active_id == "k2025"  # type: ignore[union-attr]


def test_secrets_are_not_in_repr_and_keys_differ() -> None:
    ring = keyring_from_env(
        {"EXPORTGATE_WATERMARK_KEYS": "a:first-secret-12345678,b:second-secret-1234567"}
    )
    assert ring is not None
    assert "first-secret" not in repr(ring)
    assert ring.get("a").value != ring.get("b").value


def test_short_secret_and_bad_entries_name_the_key() -> None:
    with pytest.raises(WatermarkKeyError, match="'k1'.*at least 16"):
        keyring_from_env({"EXPORTGATE_WATERMARK_KEYS": "k1:short"})
    with pytest.raises(WatermarkKeyError, match="entry 1"):
        keyring_from_env({"EXPORTGATE_WATERMARK_KEYS": "no-colon-here"})
    with pytest.raises(WatermarkKeyError, match="active key id 'zz'"):
        keyring_from_env(
            {
                "EXPORTGATE_WATERMARK_KEYS": "a:0123456789abcdef0",
                "EXPORTGATE_WATERMARK_ACTIVE_KEY": "zz",
            }
        )


def test_config_keyring_reads_secrets_from_environment() -> None:
    config = {"keys": [{"id": "prod-1", "secret": "env:WM_SECRET"}], "active": "prod-1"}
    ring = keyring_from_config(config, {"WM_SECRET": "b64:" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY"})
    assert ring.active.key_id == "prod-1"
    with pytest.raises(
        WatermarkKeyError, match=r"watermark.keys\[0\]: environment variable WM_SECRET"
    ):
        keyring_from_config(config, {})


def test_demo_key_only_when_allowed() -> None:
    assert load_keyring(None, {}) is DEMO_KEYRING
    assert DEMO_KEYRING.uses_demo_key
    with pytest.raises(WatermarkKeyError, match="no watermark keys configured"):
        load_keyring(None, {}, allow_demo=False)
