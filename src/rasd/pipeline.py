"""Stages, their registry, and the pipeline that runs them over documents.

A stage is a function ``(doc, settings) -> None`` that adds annotation layers to a :class:`Document`. It is
registered with :func:`stage`, naming the layers it ``requires`` and ``provides``; :class:`Pipeline` checks at
build time that every requirement is provided by ingest or by an earlier stage and says which is missing.
In batch mode a stage that fails on one document records the error on it and the next stage goes on.

A stage may also register a *group hook* (:func:`group_hook`): over a stream (:meth:`Pipeline.run_all`), the
pipeline then reads a few documents at a time, runs the stages before that stage on each, lets the hook prepare the
stage's work for the whole group at once (the accurate NER mode tags a group's sentences in one network batch), and
runs the rest on each document in order. Output is the same as one document at a time.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from rasd.document import Document
from rasd.errors import PipelineError
from rasd.settings import Settings

StageFn = Callable[[Document, Settings], None]

#: Layers every ingested document has before any stage runs.
INGEST_LAYERS: frozenset[str] = frozenset({"text", "article", "blocks", "posts"})

#: Modules whose import registers the built-in stages, in default order.
_STAGE_MODULES: tuple[str, ...] = (
    "rasd.stages.segment",
    "rasd.stages.entities",
    "rasd.stages.time",
    "rasd.stages.quantities",
    "rasd.stages.geo",
    "rasd.stages.claims",
    "rasd.stages.events",
)


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A registered stage."""

    name: str
    fn: StageFn
    requires: frozenset[str]
    provides: frozenset[str]
    default: bool
    order: int


_REGISTRY: dict[str, StageSpec] = {}


@dataclass(frozen=True, slots=True)
class GroupHook:
    """Work a stage can do for several documents at once (see :func:`group_hook`)."""

    stage: str
    size: Callable[[Settings], int]
    prepare: Callable[[Sequence[Document], Settings], Callable[[], None]]


_GROUP_HOOKS: dict[str, GroupHook] = {}


def group_hook(
    stage_name: str, *, size: Callable[[Settings], int]
) -> Callable[
    [Callable[[Sequence[Document], Settings], Callable[[], None]]],
    Callable[[Sequence[Document], Settings], Callable[[], None]],
]:
    """Register ``prepare(docs, settings)``, run over a group of documents before stage ``stage_name`` runs on each.

    ``size(settings)`` is how many documents a group holds under those settings (1 or less: no groups). ``prepare``
    gets the group's documents in stream order, each with the stages before ``stage_name`` already run, and
    returns a function the pipeline calls once the group is done (to drop what the stage did not use). It must
    leave the output as the stage alone would make it, and record no errors: a document it cannot prepare is left
    to the stage, which runs on it as it would alone (and records its own error).
    """

    def register(
        fn: Callable[[Sequence[Document], Settings], Callable[[], None]],
    ) -> Callable[[Sequence[Document], Settings], Callable[[], None]]:
        _GROUP_HOOKS[stage_name] = GroupHook(stage_name, size, fn)
        return fn

    return register


#: Documents run in this process, and the count at which :func:`_settle` next moves what is alive out of the
#: cyclic garbage collector's reach (8, 64, 512 …; see there).
_runs = 0
_next_settle = 8


def _settle() -> None:
    """Count one document run; after the 8th, 64th, 512th … collect garbage once and freeze what survives.

    The stages load their resources (lexicons, gazetteer, model tables) on first use and keep word caches that
    grow with the batch; Python's cyclic collector would walk all of them again at every full collection (28 of
    them per 1,000 articles, ~6% of the fast pipeline's time). A document's stages leave no cyclic garbage (none
    found after the first document), so what is alive at those points is moved to the collector's permanent
    generation (:func:`gc.freeze`): still freed by reference counting as before, only no longer walked.
    Output does not depend on it. The doubling spacing bounds the extra full collections to a handful per process.
    """
    global _runs, _next_settle
    _runs += 1
    if _runs >= _next_settle:
        _next_settle = _runs * 8
        gc.collect()
        gc.freeze()


#: The collector's thresholds :func:`relax_gc` sets (Python's default is (700, 10, 10)).
GC_THRESHOLDS = (10_000, 10, 10)


def relax_gc() -> None:
    """Let Python's cyclic garbage collector run less often, for a process that runs the pipeline over many documents.

    Called by the entry points that do (``rasd extract``, a ``rasd batch`` worker), never by the library
    itself: the thresholds are a setting of the whole process, which an application that imports rasd
    chooses for itself. A document's stages allocate millions of small containers and leave no cyclic garbage
    (see :func:`_settle`), so at the default thresholds the collector's young and middle collections walked, ~4,000
    times per 1,000 articles, objects that reference counting frees anyway (~2-3% of the fast pipeline's CPU time;
    docs/measurements.md, round 13). A young collection now waits for 10,000 new containers instead of 700 (a few
    hundred kilobytes of cycles at most); the older generations keep their default spacing (10, 10): spacing them
    further (50, 100) left a ``rasd batch`` worker's peak 2 MB higher (cycles of the worker's own machinery waited
    longer), this does not. Output never depends on it.
    """
    gc.set_threshold(*GC_THRESHOLDS)


def stage(
    name: str,
    *,
    requires: Iterable[str] = (),
    provides: Iterable[str] = (),
    default: bool = True,
    order: int = 100,
) -> Callable[[StageFn], StageFn]:
    """Register a stage function under ``name``.

    Args:
        name: unique stage name (used by ``--stages`` and in ``errors[].stage``).
        requires: layers that must exist before the stage runs.
        provides: layers the stage fills.
        default: whether the stage runs when no stage list is given.
        order: position among default stages (lower runs first).
    """

    def register(fn: StageFn) -> StageFn:
        if name in _REGISTRY and _REGISTRY[name].fn is not fn:
            raise PipelineError(f"stage {name!r} is registered twice; give one of them another name")
        _REGISTRY[name] = StageSpec(name, fn, frozenset(requires), frozenset(provides), default, order)
        return fn

    return register


def load_builtin_stages() -> None:
    """Import the modules that register rasd's own stages (cheap after the first call)."""
    for module in _STAGE_MODULES:
        importlib.import_module(module)


def registered_stages() -> dict[str, StageSpec]:
    """A copy of the registry, built-in stages included."""
    load_builtin_stages()
    return dict(_REGISTRY)


class Pipeline:
    """An ordered, checked list of stages.

    Args:
        stages: stage names in run order; ``None`` means every default stage in registry order.
        settings: options passed to each stage.

    Raises:
        PipelineError: a stage name is unknown, or a stage requires a layer nothing before it provides.
    """

    def __init__(self, stages: Iterable[str] | None = None, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        registry = registered_stages()
        if stages is None:
            stages = self.settings.stages
        if stages is None:
            specs = sorted((s for s in registry.values() if s.default), key=lambda s: (s.order, s.name))
        else:
            specs = []
            for name in stages:
                if name not in registry:
                    known = ", ".join(sorted(registry)) or "(none)"
                    raise PipelineError(f"unknown stage {name!r}; known stages: {known}")
                specs.append(registry[name])
        available = set(INGEST_LAYERS)
        for spec in specs:
            missing = spec.requires - available
            if missing:
                providers = sorted(s.name for s in registry.values() if s.provides & missing)
                hint = f"; add {', '.join(providers)} before it" if providers else ""
                raise PipelineError(
                    f"stage {spec.name!r} requires {', '.join(sorted(missing))}, which no earlier stage provides{hint}"
                )
            available |= spec.provides
        self.specs: tuple[StageSpec, ...] = tuple(specs)

    @property
    def names(self) -> list[str]:
        """Stage names in run order."""
        return [s.name for s in self.specs]

    def run(self, doc: Document) -> Document:
        """Run every stage on ``doc`` in place and return it; failures are recorded on ``doc.errors``."""
        self._run_stages(doc, self.specs)
        _settle()
        return doc

    def _run_stages(self, doc: Document, specs: Iterable[StageSpec]) -> None:
        for spec in specs:
            try:
                spec.fn(doc, self.settings)
            except Exception as exc:  # a bad document must not stop the batch
                if self.settings.strict:
                    raise
                doc.add_error(spec.name, f"{type(exc).__name__}: {exc}")

    @property
    def groups(self) -> bool:
        """Whether :meth:`run_all` reads its stream in groups under these settings (the accurate NER mode)."""
        return self._group()[1] is not None

    def _group(self) -> tuple[int, GroupHook | None]:
        """Where the stream is cut into groups: the first stage with a group hook that wants groups under these
        settings, its index and the hook (``-1, None``: one document at a time, as :meth:`run`). Never in strict
        mode, where the first failure must stop the stream right where it happens."""
        if self.settings.strict:
            return -1, None
        for i, spec in enumerate(self.specs):
            hook = _GROUP_HOOKS.get(spec.name)
            if hook is not None and hook.size(self.settings) > 1:
                return i, hook
        return -1, None

    def run_all(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run the pipeline over a stream of documents, yielding each as it is done, in order.

        Where a stage has a group hook (:func:`group_hook`) that wants groups, the documents are read a group at a
        time (bounded memory: one group, never the stream); each document's output is what :meth:`run` gives it.
        """
        at, hook = self._group()
        if hook is None:
            for doc in docs:
                yield self.run(doc)
            return
        size = hook.size(self.settings)
        before, after = self.specs[:at], self.specs[at:]
        group: list[Document] = []
        for doc in docs:
            self._run_stages(doc, before)
            group.append(doc)
            if len(group) >= size:
                yield from self._finish(group, hook, after)
                group = []
        if group:
            yield from self._finish(group, hook, after)

    def _finish(self, group: list[Document], hook: GroupHook, after: Sequence[StageSpec]) -> Iterator[Document]:
        try:
            done = hook.prepare(group, self.settings)
        except Exception:  # the group's shared work failed: each document runs the stage alone, as run() would
            done = None
        try:
            for doc in group:
                self._run_stages(doc, after)
                _settle()
                yield doc
        finally:
            if done is not None:
                done()
