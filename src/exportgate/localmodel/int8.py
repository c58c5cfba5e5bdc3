"""Optional int8 matrix products for the forward pass, through PyTorch's CPU kernels (fbgemm).

The float32 forward pass reads 540 MB of weights per token and is bound by memory bandwidth
(21 tokens per CPU-second on the shared 2-core machine). With ``torch`` installed (the
``localmodel-int8`` extra pins ``torch==2.13.0``, the CPU build), every weight matrix is
quantised once at load to int8 with one scale per output row (symmetric) and multiplied by
``quantized::linear_dynamic`` (activations quantised per call to 8 bits, as llama.cpp does for
Q4_1 weights with its Q8_1 activations). The FFN down projections stay float32 (see
:meth:`LlamaWeights.matrices`). Measured on the shared 2-core machine, one thread, real
weights: 32 tokens per CPU-second against 21 for float32 (40 with the down projections in int8
too, at a visible cost in accuracy); logits correlate 0.98 with float32's (weights kept to
[-64, 64] so that CPUs without VNNI cannot overflow the kernel's int16 sums). Without torch,
:func:`int8_linear` returns ``None`` and the float32 path runs.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
Linear = Callable[[F32, F32], F32]

#: the largest quantised weight (see :func:`int8_linear`: no int16 overflow on AVX2 kernels)
_WEIGHT_LEVELS = 64.0


def available() -> bool:
    return importlib.util.find_spec("torch") is not None


def int8_linear(matrices: list[F32], threads: int) -> Linear | None:
    """A ``linear(x, w_t)`` that multiplies by the int8 copy of each of ``matrices`` (given as
    (in, out) arrays, as the runner stores them); ``None`` when torch is not installed."""
    if not available():
        return None
    import torch

    torch.set_num_threads(threads)
    packed: dict[int, Any] = {}
    for w_t in matrices:
        weight = torch.from_numpy(np.ascontiguousarray(w_t.T))  # (out, in)
        # weights in [-64, 64], not [-127, 127]: fbgemm's AVX2 kernel (CPUs without VNNI) adds
        # pairs of u8 x s8 products in int16, and 2 x 255 x 127 overflows it (the logits then
        # correlated 0.60 with float32's on an AVX2-only EPYC); 2 x 255 x 64 = 32,640 cannot.
        # 7-bit weights (one scale per row) kept 0.987 there; 7-bit activations
        # (reduce_range) only 0.93
        scales = (weight.abs().amax(dim=1).clamp(min=1e-8) / _WEIGHT_LEVELS).to(torch.float64)
        zeros = torch.zeros(weight.shape[0], dtype=torch.int64)
        quantised = torch.quantize_per_channel(weight, scales, zeros, 0, torch.qint8)
        packed[id(w_t)] = torch.ops.quantized.linear_prepack(quantised, None)

    def linear(x: F32, w_t: F32) -> F32:
        prepacked = packed.get(id(w_t))
        if prepacked is None:
            result: F32 = x @ w_t
            return result
        out = torch.ops.quantized.linear_dynamic(
            torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32)), prepacked
        )
        return out.numpy()  # type: ignore[no-any-return]

    return linear
