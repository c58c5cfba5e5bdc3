"""The keyed green-list watermark as a vLLM (V1 engine) batch-level logits processor.

Load it in a vLLM deployment with::

    EXPORTGATE_WATERMARK_KEYS="wm-2026-11:env-secret..." \\
    vllm serve MODEL --logits-processors exportgate.watermark.vllm_adapter:ExportgateWatermarkLogitsProcessor

Every request is watermarked unless ``EXPORTGATE_VLLM_WATERMARK=per-request``, in which case only
requests with ``extra_args={"exportgate_watermark": true}`` (OpenAI API:
``extra_body={"vllm_xargs": {"exportgate_watermark": true}}``) are. Requests cannot opt out in the
default mode. The same key and parameters detect the text with ``exportgate watermark detect``,
provided the deployment's tokenizer is the one the detector uses.

The class follows vLLM's ``vllm.v1.sample.logits_processor.LogitsProcessor`` interface
(``validate_params``, ``__init__(vllm_config, device, is_pin_memory)``, ``is_argmax_invariant``,
``update_state(batch_update)``, ``apply(logits)``); it subclasses it when vLLM is importable and is
tested against that interface without vLLM installed. Only the ``kgw-selfhash`` scheme runs here.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from exportgate.config import environment

from .keys import load_keyring
from .params import WatermarkParams
from .processor import CANDIDATE_WINDOW, TOP_CANDIDATES, GreenListProcessor, candidates

try:  # pragma: no cover - exercised only where vLLM is installed
    from vllm.v1.sample.logits_processor import LogitsProcessor as _VllmBase
except ImportError:  # vLLM absent: same interface, no base class
    _VllmBase = object  # type: ignore[assignment,misc,unused-ignore]

MODE_ENV = "EXPORTGATE_VLLM_WATERMARK"
REQUEST_ARG = "exportgate_watermark"
UNIDIRECTIONAL = "UNIDIRECTIONAL"


def _extra_args(sampling_params: Any) -> dict[str, Any]:
    extra = getattr(sampling_params, "extra_args", None)
    return extra if isinstance(extra, dict) else {}


class ExportgateWatermarkLogitsProcessor(_VllmBase):  # type: ignore[misc,valid-type,unused-ignore]
    """Adds ``delta`` to green candidate logits of every watermarked request in the batch."""

    @classmethod
    def validate_params(cls, sampling_params: Any) -> None:
        value = _extra_args(sampling_params).get(REQUEST_ARG)
        if value is not None and not isinstance(value, bool):
            raise ValueError(f"extra_args.{REQUEST_ARG}: expected true or false")

    def __init__(self, vllm_config: Any, device: Any, is_pin_memory: bool) -> None:
        keyring = load_keyring()
        self.key_id = keyring.active_id
        self.params = WatermarkParams(scheme="kgw-selfhash")
        self.per_request = environment().watermark.vllm_mode == "per-request"
        self._processor = GreenListProcessor(keyring.active, self.params)
        self._rows: dict[int, tuple[list[int], list[int]]] = {}

    def is_argmax_invariant(self) -> bool:
        return False

    def _wants(self, sampling_params: Any) -> bool:
        requested = _extra_args(sampling_params).get(REQUEST_ARG)
        return bool(requested) if self.per_request else True

    def update_state(self, batch_update: Any | None) -> None:
        """Apply removed, then added, then moved requests (vLLM's documented order)."""
        if batch_update is None:
            return
        for index in batch_update.removed:
            self._rows.pop(index, None)
        for index, params, prompt_ids, output_ids in batch_update.added:
            if params is not None and self._wants(params):
                self._rows[index] = (list(prompt_ids or []), output_ids)
            else:
                self._rows.pop(index, None)
        for source, target, direction in batch_update.moved:
            moving = self._rows.pop(source, None)
            direction_name = getattr(direction, "name", str(direction))
            if direction_name.endswith(UNIDIRECTIONAL):
                self._rows.pop(target, None)
            else:
                displaced = self._rows.pop(target, None)
                if displaced is not None:
                    self._rows[source] = displaced
            if moving is not None:
                self._rows[target] = moving

    def _context(self, row: int) -> list[int]:
        prompt_ids, output_ids = self._rows[row]
        width = self.params.context_width
        tail = list(output_ids[-width:])
        if len(tail) < width:
            tail = list(prompt_ids[len(prompt_ids) - (width - len(tail)) :]) + tail
        return tail

    def apply(self, logits: Any) -> Any:
        """Bias green candidates row by row (numpy arrays or torch tensors, in place)."""
        for row in list(self._rows):
            if row >= len(logits):
                continue
            context = self._context(row)
            if len(context) < self.params.context_width:
                continue
            values = logits[row]
            if hasattr(values, "detach"):
                import torch

                top = torch.topk(values, k=min(TOP_CANDIDATES, values.shape[0])).indices
                top = top[values[top] >= values.max() - CANDIDATE_WINDOW]
                mask = self._processor.green_mask(context, top.cpu().numpy().astype(np.int64))
                values[top[torch.from_numpy(mask).to(top.device)]] += self.params.delta
            else:
                ids = candidates(values)
                values[ids[self._processor.green_mask(context, ids)]] += self.params.delta
        return logits
