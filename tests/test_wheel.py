"""The wheel a user installs: built from the tree, installed into a fresh venv outside it, `rasd` works there.

How, without the network: the wheel is built with the dev environment's locked setuptools (``--no-isolation``)
from a copy of the tree, so nothing is written into the checkout; a new venv (no pip, made in a temporary folder)
gets the wheel with ``--no-deps --no-index`` through the dev venv's pip (``pip --python``), and sees rasd's
dependencies through one ``.pth`` line naming the dev venv's site-packages. That line adds a folder to ``sys.path``
but runs none of its ``.pth`` files, so the editable install of the checkout stays invisible: the test checks that
``rasd`` is imported from the new venv and that only the locked runtime dependencies were imported.
Measured 7.4 s for the whole module on a 2-core machine (wheel about 2 s, install 1 s, the rest cold starts).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT

pytestmark = [
    pytest.mark.wheel,
    pytest.mark.skipif(
        find_spec("build") is None or find_spec("setuptools") is None,
        reason="the wheel test needs the build extra (build, setuptools): make test installs it",
    ),
]

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]
RUNTIME_LOCK = ROOT / "requirements" / "runtime.lock"


def _run(cmd: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=env, timeout=180, **kwargs)
    assert proc.returncode == 0, f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


def _copy_tree(dest: Path) -> Path:
    """What the sdist holds: pyproject, README and src/ (the examples link resolved to real files)."""
    src = dest / "rasd-src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    shutil.copytree(ROOT / "src", src / "src", symlinks=False, ignore=ignore)
    return src


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = _copy_tree(tmp)
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp / "dist", src])
    (built,) = (tmp / "dist").glob("rasd-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv outside the repository with the wheel installed; yields its bin/ folder."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "_rasd_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel])
    yield env_dir / "bin"


def test_wheel_carries_every_resource_and_the_examples(wheel: Path) -> None:
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "src" / "rasd"
    for folder in ("resources", "examples"):
        files = [p for p in (package / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        assert files, f"nothing under src/rasd/{folder}"
        missing = [str(p.relative_to(package)) for p in files if f"rasd/{p.relative_to(package)}" not in names]
        assert not missing, f"the wheel lacks {missing}"
    assert "rasd/py.typed" in names


def test_installed_rasd_reports_its_version(installed: Path) -> None:
    import rasd

    assert rasd.__version__ == VERSION, "rasd.__version__ and pyproject.toml's version disagree"
    assert _run([installed / "rasd", "--version"]).stdout.strip() == f"rasd {VERSION}"


def test_installed_demo_runs_on_the_bundled_examples(installed: Path, tmp_path: Path) -> None:
    out = _run([installed / "rasd", "demo"], cwd=tmp_path).stdout  # no examples/ folder in the working directory
    n_files = len([p for p in EXAMPLES.iterdir() if p.suffix in (".md", ".html", ".jsonl")])
    assert re.search(rf"^\d+ documents from {n_files} files; ", out, flags=re.MULTILINE), out[-500:]
    assert "== daraa-tafas-2021-07-29.md" in out


def test_installed_extract_equals_the_source_tree(installed: Path, tmp_path: Path) -> None:
    from rasd import extract_path

    article = tmp_path / "article.md"
    shutil.copy2(EXAMPLES / "daraa-tafas-2021-07-29.md", article)
    got = json.loads(_run([installed / "rasd", "extract", article], cwd=tmp_path).stdout)
    (want,) = (json.loads(doc.to_json()) for doc in extract_path(article))
    assert got == want
    assert got["entities"] and all(got["text"][e["start"] : e["end"]] == e["text"] for e in got["entities"])


def test_installed_rasd_imports_only_itself_and_the_runtime_lock(installed: Path, tmp_path: Path) -> None:
    """rasd is imported from the new venv, not the checkout, and needs nothing beyond the runtime dependencies."""
    probe = (
        "import json, sys\n"
        "from importlib.metadata import packages_distributions\n"
        "from rasd.cli import main\n"
        "main(['extract', '--ner', 'accurate', sys.argv[1], '-o', sys.argv[2]])\n"
        "import rasd\n"
        "dists = packages_distributions()\n"
        "used = {d for m in list(sys.modules) for d in dists.get(m.partition('.')[0], [])}\n"
        "print(json.dumps({'file': rasd.__file__, 'dists': sorted(used)}))\n"
    )
    shutil.copy2(EXAMPLES / "deir-ez-zor-drone-2021-03-14.md", tmp_path / "a.md")
    report = json.loads(_run([installed / "python", "-c", probe, "a.md", "a.json"], cwd=tmp_path).stdout)
    assert Path(report["file"]).is_relative_to(installed.parent), f"rasd imported from {report['file']}"
    locked = set(re.findall(r"^([A-Za-z0-9_.-]+)==", RUNTIME_LOCK.read_text(encoding="utf-8"), flags=re.MULTILINE))
    normalized = {re.sub(r"[-_.]+", "-", name).lower() for name in locked | {"rasd"}}
    extra = {d for d in report["dists"] if re.sub(r"[-_.]+", "-", d).lower() not in normalized}
    assert not extra, f"the installed rasd imported packages outside requirements/runtime.lock: {sorted(extra)}"
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["text"]
