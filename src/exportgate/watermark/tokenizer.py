"""The SmolLM2 tokenizer (GPT-2 style byte-level BPE) in pure Python.

The detector must map text to exactly the token ids the model produced, without loading the
model. The vocabulary and merges were extracted from the GGUF file that the model server loads
(see ``data/SOURCES.md``); pre-tokenisation follows llama.cpp's ``smollm`` rule: every digit on
its own, then the GPT-2 splitting pattern.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

import regex

_GPT2_PATTERN = regex.compile(
    r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
)
_DIGIT = regex.compile(r"\p{N}")


def _bytes_to_unicode() -> dict[int, str]:
    printable = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    codes = printable[:]
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            codes.append(256 + extra)
            extra += 1
    return {byte: chr(code) for byte, code in zip(printable, codes, strict=True)}


_BYTE_TO_CHAR = _bytes_to_unicode()
_CHAR_TO_BYTE = {char: byte for byte, char in _BYTE_TO_CHAR.items()}


class BPETokenizer:
    """Encode text to token ids and back, bit-compatible with the model's own tokenizer."""

    def __init__(self, tokens: list[str], merges: list[str], special: list[int]) -> None:
        self.tokens = tokens
        self.token_ids = {tok: i for i, tok in enumerate(tokens)}
        self.ranks = {tuple(m.split(" ", 1)): rank for rank, m in enumerate(merges)}
        self.special = {tokens[i]: i for i in special}
        self._special_split = (
            regex.compile(
                "("
                + "|".join(regex.escape(s) for s in sorted(self.special, key=len, reverse=True))
                + ")"
            )
            if self.special
            else None
        )
        self._bpe_cache: dict[str, tuple[int, ...]] = {}

    @property
    def vocab_size(self) -> int:
        return len(self.tokens)

    def _bpe(self, word: str) -> tuple[int, ...]:
        cached = self._bpe_cache.get(word)
        if cached is not None:
            return cached
        parts = list(word)
        while len(parts) > 1:
            best_rank = None
            best_at = -1
            for i in range(len(parts) - 1):
                rank = self.ranks.get((parts[i], parts[i + 1]))
                if rank is not None and (best_rank is None or rank < best_rank):
                    best_rank = rank
                    best_at = i
            if best_rank is None:
                break
            parts[best_at : best_at + 2] = [parts[best_at] + parts[best_at + 1]]
        ids = tuple(self.token_ids[p] for p in parts if p in self.token_ids)
        if len(self._bpe_cache) < 200_000:
            self._bpe_cache[word] = ids
        return ids

    def _encode_plain(self, text: str, out: list[int]) -> None:
        for chunk in _GPT2_PATTERN.findall(text):
            pieces = [chunk]
            if _DIGIT.search(chunk):
                pieces = [p for p in regex.split(r"(\p{N})", chunk) if p]
            for piece in pieces:
                word = "".join(_BYTE_TO_CHAR[b] for b in piece.encode("utf-8"))
                out.extend(self._bpe(word))

    def encode(self, text: str, allow_special: bool = True) -> list[int]:
        """Token ids of ``text`` (special tokens such as ``<|im_end|>`` kept as one id)."""
        out: list[int] = []
        if not allow_special or self._special_split is None:
            self._encode_plain(text, out)
            return out
        for part in self._special_split.split(text):
            if not part:
                continue
            special_id = self.special.get(part)
            if special_id is not None:
                out.append(special_id)
            else:
                self._encode_plain(part, out)
        return out

    def token_bytes(self, token_id: int) -> bytes:
        """The raw bytes one token stands for (special tokens: their literal text)."""
        token = self.tokens[token_id]
        if token in self.special:
            return token.encode("utf-8")
        return bytes(_CHAR_TO_BYTE.get(ch, ord("?")) for ch in token)

    def decode(self, ids: list[int]) -> str:
        return b"".join(self.token_bytes(i) for i in ids).decode("utf-8", errors="replace")


@lru_cache(maxsize=1)
def default_tokenizer() -> BPETokenizer:
    """The SmolLM2-135M-Instruct tokenizer shipped with this package."""
    data_file = resources.files("exportgate.watermark").joinpath("data/smollm2-tokenizer.json.gz")
    with data_file.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return BPETokenizer(data["tokens"], data["merges"], data["special"])
