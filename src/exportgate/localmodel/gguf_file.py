"""A minimal reader of GGUF files (the llama.cpp model format, version 2 and 3).

It parses the metadata and the tensor table, maps the file into memory and dequantises the block
types the embedded model uses (F32, F16, Q8_0, Q4_0, Q4_1) with NumPy. Reference: the GGUF
specification, https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (block layouts from
ggml's ``ggml-common.h``). Written here rather than taken from the ``gguf`` package because that
package's reader decodes every tokenizer string into NumPy views (11 s for this model's 98k
strings on the shared 2-core machine; this reader: well under a second).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

_SCALARS: dict[int, tuple[str, int]] = {
    0: ("<B", 1),
    1: ("<b", 1),
    2: ("<H", 2),
    3: ("<h", 2),
    4: ("<I", 4),
    5: ("<i", 4),
    6: ("<f", 4),
    7: ("<?", 1),
    10: ("<Q", 8),
    11: ("<q", 8),
    12: ("<d", 8),
}
_STRING, _ARRAY = 8, 9
F32, F16, Q4_0, Q4_1, Q8_0 = 0, 1, 2, 3, 8
_BLOCK: dict[int, tuple[int, int]] = {
    F32: (1, 4),
    F16: (1, 2),
    Q4_0: (32, 18),
    Q4_1: (32, 20),
    Q8_0: (32, 34),
}


class GGUFError(ValueError):
    """The file is not a GGUF this reader understands; the message names the field."""


@dataclass(frozen=True)
class TensorInfo:
    name: str
    shape: tuple[int, ...]  # NumPy order (outermost first)
    ggml_type: int
    offset: int  # from the start of the file


class GGUFFile:
    """Metadata (``fields``) and tensors of one GGUF file, memory-mapped."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data = np.memmap(path, dtype=np.uint8, mode="r")
        buf = memoryview(self._data)  # type: ignore[arg-type]
        if bytes(buf[:4]) != b"GGUF":
            raise GGUFError(f"{path}: not a GGUF file (magic {bytes(buf[:4])!r})")
        version, n_tensors, n_kv = struct.unpack_from("<IQQ", buf, 4)
        if version not in (2, 3):
            raise GGUFError(f"{path}: GGUF version {version} is not supported (2 or 3)")
        self._buf = buf
        self._pos = 24
        self.fields: dict[str, Any] = {}
        for _ in range(n_kv):
            key = self._string()
            (vtype,) = self._unpack("<I", 4)
            self.fields[key] = self._value(vtype)
        infos: list[tuple[str, tuple[int, ...], int, int]] = []
        for _ in range(n_tensors):
            name = self._string()
            (n_dims,) = self._unpack("<I", 4)
            dims = struct.unpack_from(f"<{n_dims}Q", buf, self._pos)
            self._pos += 8 * n_dims
            ggml_type, offset = self._unpack("<IQ", 12)
            infos.append((name, tuple(int(d) for d in reversed(dims)), int(ggml_type), int(offset)))
        align = int(self.fields.get("general.alignment", 32))
        start = (self._pos + align - 1) // align * align
        self.tensors = {
            name: TensorInfo(name, shape, t, start + off) for name, shape, t, off in infos
        }

    def _unpack(self, fmt: str, size: int) -> tuple[Any, ...]:
        values = struct.unpack_from(fmt, self._buf, self._pos)
        self._pos += size
        return values

    def _string(self) -> str:
        (length,) = struct.unpack_from("<Q", self._buf, self._pos)
        start = self._pos + 8
        self._pos = start + length
        return bytes(self._buf[start : self._pos]).decode("utf-8", errors="replace")

    def _value(self, vtype: int) -> Any:
        if vtype == _STRING:
            return self._string()
        if vtype == _ARRAY:
            item_type, count = self._unpack("<IQ", 12)
            if item_type in _SCALARS:
                fmt, size = _SCALARS[item_type]
                values = list(struct.unpack_from(f"<{count}{fmt[1]}", self._buf, self._pos))
                self._pos += size * count
                return values
            return [self._value(item_type) for _ in range(count)]
        if vtype not in _SCALARS:
            raise GGUFError(f"{self.path}: metadata value type {vtype} is unknown")
        fmt, size = _SCALARS[vtype]
        return self._unpack(fmt, size)[0]

    def field(self, key: str) -> Any:
        if key not in self.fields:
            raise GGUFError(f"{self.path}: metadata field {key!r} is missing")
        return self.fields[key]

    def tensor(self, name: str) -> npt.NDArray[np.float32]:
        """The tensor ``name`` dequantised to float32, in NumPy order."""
        info = self.tensors.get(name)
        if info is None:
            raise GGUFError(f"{self.path}: tensor {name!r} is missing")
        if info.ggml_type not in _BLOCK:
            raise GGUFError(
                f"{self.path}: tensor {name!r} has ggml type {info.ggml_type}, not supported"
            )
        count = int(np.prod(info.shape))
        per_block, block_bytes = _BLOCK[info.ggml_type]
        raw = self._data[info.offset : info.offset + count // per_block * block_bytes]
        return dequantize(np.asarray(raw), info.ggml_type, count).reshape(info.shape)


def dequantize(raw: npt.NDArray[np.uint8], ggml_type: int, count: int) -> npt.NDArray[np.float32]:
    """Dequantise ``count`` values stored as ``ggml_type`` blocks in ``raw``."""
    if ggml_type == F32:
        return raw.view(np.float32).copy()
    if ggml_type == F16:
        return raw.view(np.float16).astype(np.float32)
    _, block_bytes = _BLOCK[ggml_type]
    blocks = raw.reshape(-1, block_bytes)
    scale = blocks[:, 0:2].copy().view(np.float16).astype(np.float32)
    if ggml_type == Q8_0:
        return (blocks[:, 2:].copy().view(np.int8).astype(np.float32) * scale).reshape(count)
    packed = blocks[:, 4:] if ggml_type == Q4_1 else blocks[:, 2:]
    nibbles = np.concatenate([packed & 0x0F, packed >> 4], axis=1).astype(np.float32)
    if ggml_type == Q4_1:
        low = blocks[:, 2:4].copy().view(np.float16).astype(np.float32)
        return (nibbles * scale + low).reshape(count)
    return ((nibbles - 8.0) * scale).reshape(count)
