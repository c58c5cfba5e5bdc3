"""The two forward-pass backends: float32 (NumPy only, the default install) and int8 (PyTorch's
int8 kernels, the ``localmodel-int8`` extra). The int8 test runs only where torch is installed
(CI installs the default route; the reason is printed when it is skipped)."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from exportgate.localmodel.chat import render_chat

from .conftest import needs_model

PROMPT = [{"role": "user", "content": "What is the capital of France?"}]


@needs_model
def test_float32_forward_pass_answers_and_predicts_text(model) -> None:  # type: ignore[no-untyped-def]
    from exportgate.localmodel.forward import LlamaRunner

    runner = LlamaRunner(model._runner.weights, 256)
    tokens = model.tokenize(render_chat(PROMPT))
    logits = runner.eval(tokens)
    answer = []
    for _ in range(8):
        answer.append(int(np.argmax(logits)))
        logits = runner.eval([answer[-1]])
    assert "Paris" in model.detokenize(answer)
    # perplexity of plain English under the float32 pass (llama.cpp's Q4_1 gave about 18 too)
    text = model.tokenize(
        "The cat sat on the mat. It was a sunny day and the children were playing in the park."
    )
    runner.reset()
    nll = 0.0
    for current, following in zip(text, text[1:], strict=False):
        row = runner.eval([current]).astype(np.float64)
        top = row.max()
        nll -= row[following] - top - np.log(np.exp(row - top).sum())
    assert float(np.exp(nll / (len(text) - 1))) < 25


@needs_model
def test_int8_backend_stays_close_to_float32(model) -> None:  # type: ignore[no-untyped-def]
    if importlib.util.find_spec("torch") is None:
        pytest.skip("torch is not installed (extra 'localmodel-int8'): int8 backend not tested")
    from exportgate.localmodel.forward import LlamaRunner
    from exportgate.localmodel.int8 import int8_linear

    weights = model._runner.weights
    exact = LlamaRunner(weights, 256)
    fast = LlamaRunner(weights, 256, int8_linear(weights.matrices(), 1))
    tokens = model.tokenize(render_chat(PROMPT))
    a, b = exact.eval(tokens), fast.eval(tokens)
    assert np.corrcoef(a, b)[0, 1] > 0.95
    assert int(np.argmax(a)) in np.argsort(b)[-5:]
