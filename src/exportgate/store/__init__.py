"""Persistent state: SQL store (SQLite default, PostgreSQL by URL)."""

from exportgate.store.sql import DEFAULT_URL, Store, hash_api_key, key_id_for, open_store

__all__ = ["DEFAULT_URL", "Store", "hash_api_key", "key_id_for", "open_store"]
