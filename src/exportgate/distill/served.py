"""Which prompts the gateway has already answered for each account (bounded, two generations).

A client that continues a real conversation sends back, as history, the turns it was served: the
user message before each claimed assistant turn was itself a request of the same account
earlier. A script that fabricates history (a warm-up exchange copied from elsewhere, to look like
a person chatting) claims assistant turns the gateway never produced. Keys are
(account, prompt text) hashes; when the current generation fills it becomes the previous one and
the oldest generation is dropped, so memory is bounded and the look-back is at least ``capacity``
requests.
"""

from __future__ import annotations

import zlib

from exportgate.distill.text import content_text
from exportgate.records import Message

DEFAULT_CAPACITY = 1 << 21


def prompt_key(account_key: int, text: str) -> int:
    """Key of one (account, prompt) pair: CRC32 of the text seeded with the account's CRC32."""
    return (account_key << 32) | zlib.crc32(text.encode("utf-8", "surrogatepass"), account_key)


def account_key(account_id: str) -> int:
    return zlib.crc32(account_id.encode("utf-8", "surrogatepass"))


class ServedPrompts:
    """Bounded set of (account, prompt) keys the gateway has answered."""

    __slots__ = ("capacity", "current", "previous")

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self.current: set[int] = set()
        self.previous: set[int] = set()

    def add(self, key: int) -> None:
        current = self.current
        if len(current) >= self.capacity:
            self.previous = current
            current = self.current = set()
        current.add(key)

    def __contains__(self, key: int) -> bool:
        return key in self.current or key in self.previous

    def __len__(self) -> int:
        return len(self.current) + len(self.previous)


def served_check(
    messages: list[Message], owner: int, served: ServedPrompts,
) -> tuple[bool, bool]:
    """Register this request's last user prompt; say whether it claims history and whether that
    history was never served (the user turn before its last assistant turn was never asked).

    Returns ``(claims_history, unserved)``.
    """
    last_user: object = None
    claimed: object = None
    for message in messages:
        role = message.role
        if role == "user":
            last_user = message.content
        elif role == "assistant":
            claimed = last_user
    claims = False
    unserved = False
    if claimed is not None:
        claims = True
        unserved = prompt_key(owner, content_text(claimed)) not in served
    if last_user is not None:
        served.add(prompt_key(owner, content_text(last_user)))
    return claims, unserved
