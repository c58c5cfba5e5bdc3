"""Which prompts the gateway has already answered for each account (bounded, two generations).

A client that continues a real conversation sends back, as history, the turns it was served: the
user message before each claimed assistant turn was itself a request of the same account
earlier. A script that fabricates history (a warm-up exchange copied from elsewhere, to look like
a person chatting) claims assistant turns the gateway never produced. Keys are
(account, prompt text) hashes kept in a two-generation Bloom filter, so memory is fixed and the
look-back is at least one generation's capacity of requests.
"""

from __future__ import annotations

import zlib

from exportgate.distill.text import content_text
from exportgate.records import Message

DEFAULT_BITS = 1 << 26  # 8 MiB per generation: 4.2 million requests
GRACE_S = 24 * 3600.0
_MASK64 = (1 << 64) - 1
_MIX_A = 0x9E3779B97F4A7C15  # two multiplicative hashes: two bit positions per key
_MIX_B = 0xC2B2AE3D27D4EB4F


def prompt_key(account_key: int, text: str) -> int:
    """Key of one (account, prompt) pair: CRC32 of the text seeded with the account's CRC32."""
    return (account_key << 32) | zlib.crc32(text.encode("utf-8", "surrogatepass"), account_key)


def account_key(account_id: str) -> int:
    return zlib.crc32(account_id.encode("utf-8", "surrogatepass"))


class ServedPrompts:
    """Two-generation Bloom filter of (account, prompt) keys the gateway has answered.

    A generation holds ``bits`` bits and takes ``bits // 16`` keys (two bit positions per key:
    false "served" rate about 1.4% when full, which only weakens the signal); when the current one is full it becomes the previous
    one and the older is dropped. With the default 2 × 8 MiB the look-back is at least 4.2
    million requests (size it to the traffic: ``DetectorConfig.served_prompt_bits``, or the
    gateway's ``distillation.served_prompts_mib``). ``started`` is the first request's time: claims in the first ``GRACE_S``
    after it are not counted, since conversations begun before the index cannot be in it.
    """

    __slots__ = ("bits", "shift", "capacity", "current", "previous", "count", "started")

    def __init__(self, bits: int = DEFAULT_BITS) -> None:
        if bits & (bits - 1) or bits < 64:
            raise ValueError("bits must be a power of two >= 64")
        self.bits = bits
        self.shift = 64 - (bits.bit_length() - 1)
        self.capacity = bits // 16
        self.current = bytearray(bits // 8)
        self.previous: bytearray | None = None
        self.count = 0
        self.started: float | None = None

    def add(self, key: int) -> None:
        if self.count >= self.capacity:
            self.previous = self.current
            self.current = bytearray(self.bits // 8)
            self.count = 0
        shift = self.shift
        h = (key * _MIX_A) & _MASK64
        a = h >> shift
        b = ((h * _MIX_B) & _MASK64) >> shift
        current = self.current
        current[a >> 3] |= 1 << (a & 7)
        current[b >> 3] |= 1 << (b & 7)
        self.count += 1

    def __contains__(self, key: int) -> bool:
        shift = self.shift
        h = (key * _MIX_A) & _MASK64
        a = h >> shift
        b = ((h * _MIX_B) & _MASK64) >> shift
        for table in (self.current, self.previous):
            if (
                table is not None
                and table[a >> 3] & (1 << (a & 7))
                and table[b >> 3] & (1 << (b & 7))
            ):
                return True
        return False

    def __len__(self) -> int:
        """Keys added to the live generations (an upper bound on what is remembered)."""
        return self.count + (self.capacity if self.previous is not None else 0)


def served_check(
    messages: list[Message],
    owner: int,
    served: ServedPrompts,
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
