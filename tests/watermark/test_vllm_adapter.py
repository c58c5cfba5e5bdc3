"""The vLLM adapter driven through vLLM's V1 logits-processor interface, without vLLM.

BatchUpdate below mirrors ``vllm.v1.sample.logits_processor.interface.BatchUpdate``: ``removed``
indexes, ``added`` (index, SamplingParams, prompt ids, output ids by reference), ``moved``
(source, target, direction), processed in that order.
"""

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import pytest

np = pytest.importorskip(
    "numpy", reason="numpy is not installed (it comes with the localmodel extra)"
)

from exportgate.watermark.keys import DEMO_KEY  # noqa: E402
from exportgate.watermark.params import WatermarkParams  # noqa: E402
from exportgate.watermark.processor import GreenListProcessor  # noqa: E402
from exportgate.watermark.vllm_adapter import ExportgateWatermarkLogitsProcessor  # noqa: E402


class MoveDirectionality(Enum):
    UNIDIRECTIONAL = 0
    SWAP = 1


@dataclass
class SamplingParams:
    extra_args: dict[str, Any] | None = None


@dataclass(frozen=True)
class BatchUpdate:
    batch_size: int
    removed: list[int] = field(default_factory=list)
    added: list[tuple[int, SamplingParams, list[int], list[int]]] = field(default_factory=list)
    moved: list[tuple[int, int, MoveDirectionality]] = field(default_factory=list)


@pytest.fixture
def processor(monkeypatch: pytest.MonkeyPatch) -> ExportgateWatermarkLogitsProcessor:
    monkeypatch.delenv("EXPORTGATE_WATERMARK_KEYS", raising=False)
    monkeypatch.delenv("EXPORTGATE_VLLM_WATERMARK", raising=False)
    return ExportgateWatermarkLogitsProcessor(vllm_config=None, device="cpu", is_pin_memory=False)


def test_rows_are_biased_exactly_like_the_local_processor(
    processor: ExportgateWatermarkLogitsProcessor,
) -> None:
    out_a: list[int] = [10, 11, 12, 13]
    out_b: list[int] = [7]
    processor.update_state(
        BatchUpdate(
            2,
            added=[
                (0, SamplingParams(), [1, 2], out_a),
                (1, SamplingParams(), [3, 4, 5, 6], out_b),
            ],
        )
    )
    logits = np.zeros((2, 1000), dtype=np.float32)
    processor.apply(logits)
    reference = GreenListProcessor(DEMO_KEY, WatermarkParams(scheme="kgw-selfhash"))
    assert (
        logits[0].tolist() == reference([1, 2, *out_a], np.zeros(1000, dtype=np.float32)).tolist()
    )
    assert (
        logits[1].tolist() == reference([3, 4, 5, 6, 7], np.zeros(1000, dtype=np.float32)).tolist()
    )
    out_a.append(99)  # output ids are shared by reference: the next step sees the new token
    again = np.zeros((2, 1000), dtype=np.float32)
    processor.apply(again)
    assert again[0].tolist() == reference([*out_a], np.zeros(1000, dtype=np.float32)).tolist()


def test_removed_and_moved_requests_follow_their_rows(
    processor: ExportgateWatermarkLogitsProcessor,
) -> None:
    first, second = [1, 2, 3, 4], [5, 6, 7, 8]
    processor.update_state(
        BatchUpdate(2, added=[(0, SamplingParams(), [], first), (1, SamplingParams(), [], second)])
    )
    processor.update_state(BatchUpdate(2, moved=[(0, 1, MoveDirectionality.SWAP)]))
    assert processor._rows[1][1] is first and processor._rows[0][1] is second
    processor.update_state(
        BatchUpdate(1, removed=[0], moved=[(1, 0, MoveDirectionality.UNIDIRECTIONAL)])
    )
    assert list(processor._rows) == [0] and processor._rows[0][1] is first
    assert processor.is_argmax_invariant() is False


def test_per_request_mode_and_param_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPORTGATE_VLLM_WATERMARK", "per-request")
    proc = ExportgateWatermarkLogitsProcessor(None, "cpu", False)
    proc.update_state(
        BatchUpdate(
            2,
            added=[
                (0, SamplingParams({"exportgate_watermark": True}), [1, 2, 3, 4], []),
                (1, SamplingParams(), [1, 2, 3, 4], []),
            ],
        )
    )
    logits = np.zeros((2, 500), dtype=np.float32)
    proc.apply(logits)
    assert logits[0].max() > 0 and logits[1].max() == 0
    with pytest.raises(ValueError, match="exportgate_watermark"):
        ExportgateWatermarkLogitsProcessor.validate_params(
            SamplingParams({"exportgate_watermark": "yes"})
        )
