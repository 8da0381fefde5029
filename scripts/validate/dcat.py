#!/usr/bin/env python3
"""Checks arkiva's DCAT-AP catalogue (GET /api/catalog.jsonld).

Usage: dcat.py FILE

Parses FILE as JSON-LD with rdflib (the @context is inline, nothing is
fetched) and checks the DCAT-AP 3 mandatory properties: the catalogue's
dct:title, dct:description and dct:publisher; every dataset's dct:title and
dct:description; every distribution's dcat:accessURL; every agent's
foaf:name. Also that there is exactly one catalogue, that it lists every
dataset, and that every dataset has a distribution. Exits 1 naming each
missing property and its node, 0 when all are present.
"""

import sys

import rdflib
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

# (class, property, what the message calls the node)
MANDATORY = [
    (DCAT.Catalog, DCTERMS.title, "catalogue"),
    (DCAT.Catalog, DCTERMS.description, "catalogue"),
    (DCAT.Catalog, DCTERMS.publisher, "catalogue"),
    (DCAT.Dataset, DCTERMS.title, "dataset"),
    (DCAT.Dataset, DCTERMS.description, "dataset"),
    (DCAT.Distribution, DCAT.accessURL, "distribution"),
    (FOAF.Agent, FOAF.name, "agent"),
]


def problems(graph):
    found = []
    for cls, prop, what in MANDATORY:
        for node in graph.subjects(RDF.type, cls):
            if graph.value(node, prop) is None:
                found.append(f"{what} {node}: missing {graph.qname(prop)}")
    # Publishers are agents even when the document does not type them.
    for node in graph.objects(None, DCTERMS.publisher):
        if graph.value(node, FOAF.name) is None:
            found.append(f"publisher {node}: missing foaf:name")
    catalogues = list(graph.subjects(RDF.type, DCAT.Catalog))
    if len(catalogues) != 1:
        found.append(f"expected one dcat:Catalog, found {len(catalogues)}")
    listed = set(graph.objects(None, DCAT.dataset))
    for node in graph.subjects(RDF.type, DCAT.Dataset):
        if node not in listed:
            found.append(f"dataset {node}: not listed by the catalogue's dcat:dataset")
        if graph.value(node, DCAT.distribution) is None:
            found.append(f"dataset {node}: no dcat:distribution")
    return found


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    graph = rdflib.Graph()
    try:
        graph.parse(argv[1], format="json-ld")
    except Exception as e:  # any parse failure is a failed check
        print(f"{argv[1]}: not JSON-LD: {e}", file=sys.stderr)
        return 1
    found = problems(graph)
    for p in found:
        print(f"{argv[1]}: {p}", file=sys.stderr)
    if found:
        return 1
    datasets = len(set(graph.subjects(RDF.type, DCAT.Dataset)))
    distributions = len(set(graph.subjects(RDF.type, DCAT.Distribution)))
    print(f"{argv[1]}: DCAT-AP mandatory properties present "
          f"({len(graph)} triples, {datasets} datasets, {distributions} distributions)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
