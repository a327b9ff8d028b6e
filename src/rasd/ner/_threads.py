"""One BLAS thread for the accurate NER mode, set before numpy is first imported.

The network's products are small (one sentence batch of at most 4,096 slots × 128 units): OpenBLAS's worker threads
save nothing, and on a busy machine (or beside a second ``rasd batch`` worker on the same cores) they compete with
everything else. Measured on the 2-core development machine: under load, the accurate mode on 40 articles took
2.9 s with one thread and 11.6 s with OpenBLAS's default; on a quiet machine, 150 articles took 9.7-10.3 s with one
thread and 10.0 s with two (no difference). A value the user set (``OPENBLAS_NUM_THREADS=4``) is kept; when numpy
was imported before rasd's NER (by another library), the setting cannot take effect and numpy keeps its threads.
"""

from __future__ import annotations

import os
import sys

if "numpy" not in sys.modules:
    for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_name, "1")
