"""A lean Llama forward pass in NumPy: RMSNorm, RoPE, grouped-query attention with a KV cache,
SwiGLU. It runs SmolLM2-135M-Instruct straight from its GGUF file (read by :mod:`.gguf_file`,
whose NumPy dequantisers turn the Q4_1/Q8_0 blocks into float32 once at load).

Conventions follow llama.cpp's ``llama`` architecture, which the GGUF was converted for: the
Q and K projections are stored permuted so that RoPE rotates *adjacent* pairs (x[2i], x[2i+1]);
the output head is tied to the token embedding when the file has no ``output.weight``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .gguf_file import GGUFError, GGUFFile

F32 = npt.NDArray[np.float32]


@dataclass(frozen=True)
class LlamaConfig:
    n_layers: int
    dim: int
    ffn_dim: int
    n_heads: int
    n_kv_heads: int
    vocab_size: int
    rope_base: float
    norm_eps: float
    context_length: int

    @property
    def head_dim(self) -> int:
        return self.dim // self.n_heads


@dataclass(frozen=True)
class Layer:
    attn_norm: F32
    wqkv_t: F32  # (dim, dim + 2 * kv_dim): Q, K, V projections side by side, transposed
    wo_t: F32  # (dim, dim)
    ffn_norm: F32
    wgu_t: F32  # (dim, 2 * ffn_dim): gate then up, transposed
    wdown_t: F32  # (ffn_dim, dim)


class LlamaWeights:
    """All weights of one model in float32, laid out for row-vector matmuls."""

    def matrices(self, include_down: bool = False) -> list[F32]:
        """The weight matrices the runner multiplies by (for an int8 copy). The FFN down
        projections are left out unless asked for: their input (the SwiGLU product) has outlier
        channels that one 8-bit scale per call flattens (logit correlation with float32 0.91 with
        them in int8, 0.98 without)."""
        out = [self.head_t]
        for layer in self.layers:
            out += [layer.wqkv_t, layer.wo_t, layer.wgu_t]
            if include_down:
                out.append(layer.wdown_t)
        return out

    def __init__(self, path: Path) -> None:
        reader = GGUFFile(path)
        arch = reader.field("general.architecture")
        if arch != "llama":
            raise GGUFError(f"{path}: general.architecture is {arch!r}, expected 'llama'")
        embed = reader.tensor("token_embd.weight")
        self.config = LlamaConfig(
            n_layers=int(reader.field("llama.block_count")),
            dim=int(reader.field("llama.embedding_length")),
            ffn_dim=int(reader.field("llama.feed_forward_length")),
            n_heads=int(reader.field("llama.attention.head_count")),
            n_kv_heads=int(reader.field("llama.attention.head_count_kv")),
            vocab_size=int(embed.shape[0]),
            rope_base=float(reader.field("llama.rope.freq_base")),
            norm_eps=float(reader.field("llama.attention.layer_norm_rms_epsilon")),
            context_length=int(reader.field("llama.context_length")),
        )
        self.embed = embed
        tied = "output.weight" not in reader.tensors
        self.head_t: F32 = np.ascontiguousarray(
            (embed if tied else reader.tensor("output.weight")).T
        )
        self.output_norm = reader.tensor("output_norm.weight")
        self.layers: list[Layer] = []
        for i in range(self.config.n_layers):

            def w(name: str, i: int = i) -> F32:
                return reader.tensor(f"blk.{i}.{name}.weight")

            self.layers.append(
                Layer(
                    attn_norm=w("attn_norm"),
                    wqkv_t=np.ascontiguousarray(
                        np.concatenate([w("attn_q"), w("attn_k"), w("attn_v")], axis=0).T
                    ),
                    wo_t=np.ascontiguousarray(w("attn_output").T),
                    ffn_norm=w("ffn_norm"),
                    wgu_t=np.ascontiguousarray(
                        np.concatenate([w("ffn_gate"), w("ffn_up")], axis=0).T
                    ),
                    wdown_t=np.ascontiguousarray(w("ffn_down").T),
                )
            )


def _matmul(x: F32, w_t: F32) -> F32:
    result: F32 = x @ w_t
    return result


class LlamaRunner:
    """Evaluates tokens one batch at a time against a KV cache of ``n_ctx`` positions."""

    def __init__(
        self,
        weights: LlamaWeights,
        n_ctx: int,
        linear: Callable[[F32, F32], F32] | None = None,
    ) -> None:
        cfg = weights.config
        self.weights = weights
        self._linear: Callable[[F32, F32], F32] = linear or _matmul
        self.cfg = cfg
        self.n_ctx = n_ctx
        hd = cfg.head_dim
        self.k_cache = np.zeros((cfg.n_layers, cfg.n_kv_heads, n_ctx, hd), dtype=np.float32)
        self.v_cache = np.zeros_like(self.k_cache)
        inv = cfg.rope_base ** (-np.arange(0, hd, 2, dtype=np.float64) / hd)
        angles = np.outer(np.arange(n_ctx, dtype=np.float64), inv)
        self._cos = np.cos(angles).astype(np.float32)
        self._sin = np.sin(angles).astype(np.float32)
        self.pos = 0

    def reset(self) -> None:
        self.pos = 0

    def _norm(self, x: F32, weight: F32) -> F32:
        scale = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + self.cfg.norm_eps)
        normed: F32 = (x * scale.astype(np.float32)) * weight
        return normed

    def _rope(self, x: F32, p0: int) -> F32:
        """Rotate adjacent pairs of each head; ``x`` is (T, heads, head_dim)."""
        t = x.shape[0]
        cos = self._cos[p0 : p0 + t, None, :]
        sin = self._sin[p0 : p0 + t, None, :]
        even, odd = x[..., 0::2], x[..., 1::2]
        out = np.empty_like(x)
        out[..., 0::2] = even * cos - odd * sin
        out[..., 1::2] = even * sin + odd * cos
        return out

    def eval(self, tokens: list[int]) -> F32:
        """Feed ``tokens`` after what was evaluated so far; return the last position's logits."""
        cfg = self.cfg
        t = len(tokens)
        p0 = self.pos
        if p0 + t > self.n_ctx:
            raise ValueError(f"context: {p0 + t} tokens exceed the context of {self.n_ctx}")
        hd, nh, nkv = cfg.head_dim, cfg.n_heads, cfg.n_kv_heads
        group = nh // nkv
        kv_dim = nkv * hd
        end = p0 + t
        scale = np.float32(1.0 / np.sqrt(hd))
        mask: F32 | None = None
        if t > 1:
            rows = np.arange(t)[:, None] + p0
            cols = np.arange(end)[None, :]
            mask = np.where(cols > rows, np.float32(-np.inf), np.float32(0.0)).astype(np.float32)
        x: F32 = self.weights.embed[tokens]
        for li, layer in enumerate(self.weights.layers):
            h = self._norm(x, layer.attn_norm)
            qkv = self._linear(h, layer.wqkv_t)
            q = self._rope(qkv[:, : cfg.dim].reshape(t, nh, hd), p0)
            k = self._rope(qkv[:, cfg.dim : cfg.dim + kv_dim].reshape(t, nkv, hd), p0)
            v = qkv[:, cfg.dim + kv_dim :].reshape(t, nkv, hd)
            self.k_cache[li, :, p0:end] = k.transpose(1, 0, 2)
            self.v_cache[li, :, p0:end] = v.transpose(1, 0, 2)
            keys = self.k_cache[li, :, :end]  # (nkv, end, hd)
            values = self.v_cache[li, :, :end]
            # (nkv, group * t, hd): the query heads that share one KV head, stacked
            qg = q.reshape(t, nkv, group, hd).transpose(1, 2, 0, 3).reshape(nkv, group * t, hd)
            scores = (qg @ keys.transpose(0, 2, 1)) * scale  # (nkv, group * t, end)
            if mask is not None:
                scores = (scores.reshape(nkv, group, t, end) + mask).reshape(nkv, group * t, end)
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            attn = (
                (scores @ values)
                .reshape(nkv, group, t, hd)
                .transpose(2, 0, 1, 3)
                .reshape(t, cfg.dim)
            )
            x = x + self._linear(attn, layer.wo_t)
            h = self._norm(x, layer.ffn_norm)
            gu = self._linear(h, layer.wgu_t)
            gate = gu[:, : cfg.ffn_dim]
            swiglu = ((gate / (np.float32(1.0) + np.exp(-gate))) * gu[:, cfg.ffn_dim :]).astype(
                np.float32, copy=False
            )
            x = x + self._linear(swiglu, layer.wdown_t)
        self.pos = end
        last = self._norm(x[-1:], self.weights.output_norm)
        logits: F32 = self._linear(last, self.weights.head_t)[0]
        return logits
