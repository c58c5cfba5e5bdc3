"""Pin NumPy's BLAS to a number of threads at run time.

Environment variables such as ``OPENBLAS_NUM_THREADS`` only count if set before NumPy is first
imported, which a library cannot promise. NumPy's wheels bundle OpenBLAS (as
``libscipy_openblas64_``) whose ``*_set_num_threads`` entry points are called here through
ctypes. Measured on the shared 2-core machine: the forward pass gives 21 tokens per CPU-second
on one BLAS thread and 2.4 on two (the second thread spins at a barrier while the other core is
busy), so one thread is the default.
"""

from __future__ import annotations

import ctypes
import glob
import os
from pathlib import Path

_NAMES = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def set_blas_threads(threads: int) -> bool:
    """Set the bundled OpenBLAS's thread count; False if no such library was found."""
    import numpy

    root = Path(numpy.__file__).parent
    candidates = glob.glob(str(root.parent / "numpy.libs" / "*openblas*")) + glob.glob(
        str(root / ".libs" / "*openblas*")
    )
    for path in candidates:
        try:
            lib = ctypes.CDLL(path, mode=os.RTLD_NOLOAD | os.RTLD_GLOBAL)
        except OSError:
            continue
        for name in _NAMES:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(ctypes.c_int(threads))
                return True
    return False
