#!/usr/bin/env python3
"""Validates arkiva's open-data outputs with each standard's own tools.

    open_data.py ocds PACKAGE.json SCHEMA_DIR   OCDS 1.1.5 release package (jsonschema)
    open_data.py datapackage DATAPACKAGE.json   Frictionless Data Package (frictionless)
    open_data.py dcat CATALOG.jsonld            DCAT-AP 3 mandatory properties (rdflib)
    open_data.py atom FEED.xml                  Atom feed (feedparser)

Prints one "ok:" line with what was checked and exits 0, or prints every
problem found (what and where) and exits 1. Run by tests/suite/open_data.rs
with the virtual environment .ci/run creates from requirements.txt.
"""

import json
import pathlib
import sys

MAX_SHOWN = 20


def fail(problems):
    for problem in problems[:MAX_SHOWN]:
        print(problem)
    if len(problems) > MAX_SHOWN:
        print(f"... and {len(problems) - MAX_SHOWN} more")
    sys.exit(1)


def ocds(package_path, schema_dir):
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    schema_dir = pathlib.Path(schema_dir)
    package_schema = json.loads((schema_dir / "release-package-schema.json").read_text())
    release_schema = json.loads((schema_dir / "release-schema.json").read_text())
    # The package schema names the release schema by URL: serve it from the file.
    registry = Registry().with_resource(
        release_schema["id"], Resource.from_contents(release_schema, default_specification=DRAFT4)
    )
    validator = jsonschema.Draft4Validator(
        package_schema,
        registry=registry,
        format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER,
    )
    package = json.loads(pathlib.Path(package_path).read_text(encoding="utf-8"))
    problems = [
        f"{package_path}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in validator.iter_errors(package)
    ]
    ocids = [r.get("ocid") for r in package.get("releases", [])]
    ids = [(r.get("ocid"), r.get("id")) for r in package.get("releases", [])]
    if len(set(ids)) != len(ids):
        problems.append(f"{package_path}: release ids repeat within an ocid")
    if problems:
        fail(problems)
    print(f"ok: OCDS 1.1.5 release package, {len(ocids)} releases, {len(set(ocids))} ocids")


def datapackage(descriptor):
    import frictionless

    report = frictionless.validate(descriptor)
    if not report.valid:
        problems = []
        for task in report.tasks:
            for error in task.errors:
                where = f"row {getattr(error, 'row_number', '?')}, field {getattr(error, 'field_name', '?')}"
                problems.append(f"{task.name}: {error.type}: {where}: {error.message}")
        for error in report.errors:
            problems.append(f"{descriptor}: {error.type}: {error.message}")
        fail(problems)
    rows = sum(task.stats.get("rows", 0) or 0 for task in report.tasks)
    print(f"ok: Data Package, {len(report.tasks)} resources, {rows} rows")


def dcat(path):
    import rdflib

    import dcat as checks  # scripts/validate/dcat.py: the SPARQL checks

    graph = rdflib.Graph()
    graph.parse(path, format="json-ld")
    problems = checks.problems(graph)
    if problems:
        fail([f"{path}: {p}" for p in problems])
    print(f"ok: DCAT-AP catalogue, {len(graph)} triples, every mandatory property present")


def atom(path):
    import feedparser

    feed = feedparser.parse(path)
    problems = []
    if feed.bozo:
        problems.append(f"{path}: not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"{path}: not Atom 1.0 (read as {feed.version!r})")
    for key in ("title", "id", "updated"):
        if not feed.feed.get(key):
            problems.append(f"{path}: the feed has no {key}")
    for i, entry in enumerate(feed.entries, 1):
        for key in ("id", "title", "updated", "link"):
            if not entry.get(key):
                problems.append(f"{path}: entry {i} has no {key}")
    if problems:
        fail(problems)
    print(f"ok: Atom 1.0 feed, {len(feed.entries)} entries")


def main(argv):
    commands = {"ocds": (ocds, 2), "datapackage": (datapackage, 1), "dcat": (dcat, 1), "atom": (atom, 1)}
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    command, _ = commands[argv[1]]
    command(*argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
