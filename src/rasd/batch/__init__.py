"""``rasd batch``: the pipeline over a corpus on a Dask distributed cluster, to partitioned Parquet tables.

Needs the ``batch`` extra (``pip install 'rasd[batch]'``: dask[distributed], pyarrow); importing this package
does not, so ``rasd --help`` stays fast and a missing extra is reported by :func:`require_extra` with what to do.

* :mod:`rasd.batch.partitions`: cut files, folders and JSONL files into partitions; read one on a worker;
* :mod:`rasd.batch.tables`: the six tables' schema, documents to rows and back;
* :mod:`rasd.batch.runner`: :func:`run_batch` (plan, resume, run on the cluster, report) and :func:`read_documents`.
"""

from __future__ import annotations

from rasd.batch.runner import BatchReport, Progress, read_documents, require_extra, run_batch

__all__ = ["BatchReport", "Progress", "read_documents", "require_extra", "run_batch"]
