#!/usr/bin/env python3
"""Checks arkiva's DCAT-AP catalogue (GET /api/catalog.jsonld).

Usage: dcat.py FILE

Parses FILE as JSON-LD with rdflib (the @context is inline, nothing is
fetched) and checks with SPARQL the DCAT-AP 3 mandatory properties: the catalogue's
dct:title, dct:description and dct:publisher; every dataset's dct:title and
dct:description; every distribution's dcat:accessURL; every agent's
foaf:name (publishers count as agents). Also that there is exactly one catalogue, that it lists every
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


PREFIXES = """
PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""


def missing(graph, cls, prop):
    """Nodes of class `cls` (or, for agents, any publisher) without `prop`."""
    if cls == FOAF.Agent:
        nodes = "{ ?n a foaf:Agent } UNION { ?any dct:publisher ?n }"
    else:
        nodes = f"?n a <{cls}> ."
    query = f"{PREFIXES} SELECT DISTINCT ?n WHERE {{ {nodes} FILTER NOT EXISTS {{ ?n <{prop}> ?v }} }}"
    return [row.n for row in graph.query(query)]


def problems(graph):
    found = []
    for cls, prop, what in MANDATORY:
        for node in missing(graph, cls, prop):
            found.append(f"{what} {node}: missing {graph.qname(prop)}")
    catalogues = list(graph.subjects(RDF.type, DCAT.Catalog))
    if len(catalogues) != 1:
        found.append(f"expected one dcat:Catalog, found {len(catalogues)}")
    unlisted = graph.query(PREFIXES + """
        SELECT ?d WHERE { ?d a dcat:Dataset FILTER NOT EXISTS { ?c dcat:dataset ?d } }""")
    for row in unlisted:
        found.append(f"dataset {row.d}: not listed by the catalogue's dcat:dataset")
    for node in missing(graph, DCAT.Dataset, DCAT.distribution):
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
