#!/usr/bin/env python3
"""Vendor the web app's JavaScript, CSS and map data from the npm registry into ``src/rasd/web/static/vendor/``.

``rasd serve`` runs offline and has no front-end build step, so the few files its pages load are committed. This
script is how they got there, and how to move them to another version: for each pinned package it runs
``npm pack NAME@VERSION`` in a temporary folder (npm's ordinary client and its configured registry), checks the
tarball against the pinned ``sha512`` integrity, and copies the files the pages use plus the package's licence
into ``static/vendor/<package>/``, with a ``SOURCE`` note per package and one ``VERSIONS`` table for all. CI does
not run npm: it uses the committed files.

Usage::

    python scripts/vendor_web_assets.py            # fetch, check and (re)write static/vendor/
    python scripts/vendor_web_assets.py --check    # only check that the committed files equal the pinned tarballs

To move a package: change its version and integrity below (``npm view NAME@VERSION dist.integrity``), run the
script, look at the diff.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "rasd" / "web" / "static" / "vendor"


@dataclass(frozen=True)
class Package:
    """A pinned npm package and the files taken from it (paths inside the tarball's ``package/`` folder).

    Attributes:
        name, version: what ``npm pack`` fetches.
        integrity: the registry's ``dist.integrity`` (sha512) of that tarball.
        license: the SPDX identifier the package declares.
        files: ``(path in the tarball, path under static/vendor/<name>/)``.
        note: what the files are for, written into ``SOURCE``.
    """

    name: str
    version: str
    integrity: str
    license: str
    files: tuple[tuple[str, str], ...]
    note: str


PACKAGES = (
    Package(
        "leaflet",
        "1.9.4",
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        "BSD-2-Clause",
        (
            ("LICENSE", "LICENSE"),
            ("dist/leaflet.js", "leaflet.js"),
            ("dist/leaflet.css", "leaflet.css"),
            ("dist/images/layers.png", "images/layers.png"),
            ("dist/images/layers-2x.png", "images/layers-2x.png"),
            ("dist/images/marker-icon.png", "images/marker-icon.png"),
            ("dist/images/marker-icon-2x.png", "images/marker-icon-2x.png"),
            ("dist/images/marker-shadow.png", "images/marker-shadow.png"),
        ),
        "the map (https://leafletjs.com)",
    ),
    Package(
        "leaflet.markercluster",
        "1.5.3",
        "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==",
        "MIT",
        (
            ("MIT-LICENCE.txt", "LICENSE"),
            ("dist/leaflet.markercluster.js", "leaflet.markercluster.js"),
            ("dist/MarkerCluster.css", "MarkerCluster.css"),
            ("dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"),
        ),
        "clusters of event markers on the map",
    ),
    Package(
        "topojson-client",
        "3.1.0",
        "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",
        "ISC",
        (("LICENSE", "LICENSE"), ("dist/topojson-client.min.js", "topojson-client.min.js")),
        "turns the world-atlas TopoJSON into GeoJSON in the browser",
    ),
    Package(
        "world-atlas",
        "2.0.2",
        "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        "ISC",
        (("LICENSE", "LICENSE"), ("countries-50m.json", "countries-50m.json")),
        "the offline base layer: country boundaries at 1:50m, from Natural Earth (public domain) via world-atlas",
    ),
    Package(
        "swagger-ui-dist",
        "5.35.0",
        "sha512-U06rpMtW9V3XPGOBeamTUSr0Z09jMX4IJuANpE/EZbAhw0G8CgwrzU4YmXkn/h0wCDNsXdGarTNNHC3sU8yVUQ==",
        "Apache-2.0",
        (
            ("LICENSE", "LICENSE"),
            ("NOTICE", "NOTICE"),
            ("swagger-ui-bundle.js", "swagger-ui-bundle.js"),
            ("swagger-ui-bundle.js.LICENSE.txt", "swagger-ui-bundle.js.LICENSE.txt"),
            ("swagger-ui.css", "swagger-ui.css"),
            ("favicon-32x32.png", "favicon-32x32.png"),
        ),
        "the OpenAPI page /docs, served offline instead of from a CDN",
    ),
)


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def fetch(pkg: Package, work: Path) -> Path:
    """``npm pack`` the package into ``work``, check its integrity, unpack it; return its ``package/`` folder."""
    spec = f"{pkg.name}@{pkg.version}"
    proc = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(work)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"npm pack {spec} failed ({proc.returncode}):\n{proc.stderr.strip()}")
    (info,) = json.loads(proc.stdout)
    tarball = work / info["filename"]
    got = _integrity(tarball.read_bytes())
    if got != pkg.integrity:
        raise SystemExit(f"{spec}: the tarball's integrity {got} is not the pinned {pkg.integrity}")
    dest = work / pkg.name
    with tarfile.open(tarball) as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def _versions_table() -> str:
    rows = [
        "# Vendored front-end files of `rasd serve` (written by scripts/vendor_web_assets.py; do not edit by hand)",
        "",
        "| package | version | licence | npm tarball integrity |",
        "|---|---|---|---|",
    ]
    rows += [f"| {p.name} | {p.version} | {p.license} | `{p.integrity}` |" for p in PACKAGES]
    return "\n".join(rows) + "\n"


def _source_note(pkg: Package) -> str:
    files = "\n".join(f"  {src} -> {dst}" for src, dst in pkg.files)
    return (
        f"{pkg.name} {pkg.version} ({pkg.license}): {pkg.note}\n"
        f"From the npm registry: npm pack {pkg.name}@{pkg.version}\n"
        f"  https://registry.npmjs.org/{pkg.name}/-/{pkg.name.rsplit('/', 1)[-1]}-{pkg.version}.tgz\n"
        f"  integrity {pkg.integrity}\n"
        f"Files (tarball package/ -> this folder):\n{files}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare the committed files with the pinned tarballs")
    args = parser.parse_args(argv)
    if shutil.which("npm") is None:
        raise SystemExit("npm is not on PATH; it is needed only to refresh the vendored files")
    differ: list[str] = []
    with tempfile.TemporaryDirectory(prefix="rasd-vendor-") as tmp:
        for pkg in PACKAGES:
            src = fetch(pkg, Path(tmp))
            out = VENDOR / pkg.name
            wanted = {dst: (src / path).read_bytes() for path, dst in pkg.files}
            wanted["SOURCE"] = _source_note(pkg).encode("utf-8")
            if args.check:
                differ += [
                    f"{pkg.name}/{d}"
                    for d, b in wanted.items()
                    if not (out / d).is_file() or (out / d).read_bytes() != b
                ]
                continue
            if out.exists():
                shutil.rmtree(out)
            for dst, data in wanted.items():
                (out / dst).parent.mkdir(parents=True, exist_ok=True)
                (out / dst).write_bytes(data)
            print(f"{pkg.name} {pkg.version}: {len(pkg.files)} files -> {out.relative_to(ROOT)}")
    versions = _versions_table()
    if args.check:
        if not (VENDOR / "VERSIONS.md").is_file() or (VENDOR / "VERSIONS.md").read_text(encoding="utf-8") != versions:
            differ.append("VERSIONS.md")
        if differ:
            print("differ from the pinned tarballs: " + ", ".join(differ), file=sys.stderr)
            return 1
        print("the vendored files equal the pinned tarballs")
        return 0
    (VENDOR / "VERSIONS.md").write_text(versions, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
