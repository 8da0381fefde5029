#!/usr/bin/env python3
"""Render the arkiva sample corpus of Gjilan municipal acts.

Reads every ``sample/acts/*.txt`` source (UTF-8, Albanian), turns each one into
a flat OpenDocument text file (.fodt) in a temporary directory, converts all of
them to PDF with a single headless LibreOffice call and stores the PDFs under
``data/aktet/<year>/<slug>.pdf``.  It also writes:

* ``sample/manifest.json`` - expected metadata of every PDF (type, number as
  written, ISO date, issuer, title) for extraction tests;
* ``data/regjistri-i-vendimeve.csv`` - register of decisions (comma-separated,
  UTF-8), partly linking to the decision PDFs;
* ``data/regjistri-i-kontratave-2023.csv`` - annual register of signed
  contracts (semicolon-separated, UTF-8 with BOM).

Source format
-------------
Leading lines ``# key: value`` are metadata (not rendered):
``file`` (path under data/aktet/), ``type``, ``number`` (``-`` = none),
``date`` (ISO), ``issuer``, ``title``, optional ``font`` (serif|sans) and
``footer`` (footer text; ``{page}`` becomes the page number).

The body is split into blocks by blank lines; every line of a block is a
paragraph, lines inside a block are set tight, blocks are spaced.  Line
prefixes: ``^`` centred, ``^!`` centred title (bold, larger), ``>`` right
aligned, two leading spaces = indented, ``|a|b|`` bordered table row (first row
bold), ``!|a|b|`` borderless table row.  Inline: ``**bold**``, ``__italic__``.

Usage (from the repository root)::

    python3 sample/render.py            # render everything
    python3 sample/render.py --check    # only parse and validate the sources

Each run replaces ``data/aktet/`` entirely (so renamed sources leave no stale
PDFs) and rewrites the manifest and both registers.

Requires ``soffice`` (LibreOffice Writer) and the Liberation fonts.  PDFs keep
LibreOffice's default subset font embedding, so each one stays small.  Output
is deterministic apart from the PDF creation timestamp and document ID.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
ACTS_DIR = ROOT / "sample" / "acts"
DATA_DIR = ROOT / "data"
PDF_DIR = DATA_DIR / "aktet"
MANIFEST = ROOT / "sample" / "manifest.json"

TYPES = {
    "vendim", "rregullore", "procesverbal", "kontrate", "njoftim_per_kontrate",
    "konkurs", "shpallje", "njoftim", "raport", "komunikate", "ftese", "tjeter",
}

MONTHS = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik",
          "gusht", "shtator", "tetor", "nëntor", "dhjetor"]


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------

def parse_source(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8").splitlines()
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].startswith("# "):
        key, _, value = lines[i][2:].partition(":")
        meta[key.strip()] = value.strip()
        i += 1
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines[i:]:
        if line.strip() == "":
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line.rstrip())
    if current:
        blocks.append(current)
    meta["_blocks"] = blocks  # type: ignore[assignment]
    resolved = path.resolve()
    meta["_source"] = str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else path.name
    return meta


def plain_text(blocks: list[list[str]]) -> str:
    """Body text without markup, one line per paragraph/table row."""
    out = []
    for block in blocks:
        for line in block:
            s = line
            for prefix in ("!|", "^!", "^", ">"):
                if s.startswith(prefix):
                    s = s[len(prefix) - (1 if prefix == "!|" else 0):]
                    break
            s = s.replace("**", "").replace("__", "")
            s = " ".join(c.strip() for c in s.strip().strip("|").split("|"))
            out.append(s.strip())
    return "\n".join(out)


def date_variants(d: dt.date) -> list[str]:
    m = MONTHS[d.month - 1]
    return [
        d.strftime("%d.%m.%Y"), f"{d.day}.{d.month}.{d.year}",
        d.strftime("%d/%m/%Y"), d.isoformat(),
        f"{d.day} {m} {d.year}", f"{d.day:02d} {m} {d.year}",
    ]


def validate(doc: dict) -> list[str]:
    errors = []
    name = doc["_source"]
    for key in ("file", "type", "number", "date", "issuer", "title"):
        if not doc.get(key):
            errors.append(f"{name}: missing '# {key}:'")
    if errors:
        return errors
    if doc["type"] not in TYPES:
        errors.append(f"{name}: unknown type {doc['type']!r}")
    try:
        date = dt.date.fromisoformat(doc["date"])
    except ValueError:
        return errors + [f"{name}: bad ISO date {doc['date']!r}"]
    if not doc["file"].startswith(f"{date.year}/") or not doc["file"].endswith(".pdf"):
        errors.append(f"{name}: file {doc['file']!r} must be <year>/<slug>.pdf")
    text = plain_text(doc["_blocks"])
    low = " ".join(text.lower().split())
    if doc["number"] != "-" and doc["number"] not in text:
        errors.append(f"{name}: number {doc['number']!r} not in body")
    if not any(v.lower() in low for v in date_variants(date)):
        errors.append(f"{name}: date {doc['date']} not written in body")
    title = doc["title"]
    if ": " in title:  # "Njoftim për kontratë: <contract title>"
        subtitle = title.split(": ", 1)[1].lower()
    else:  # "Vendim për ..." - the type word is often letter-spaced in the body
        subtitle = title.split(" ", 1)[1].lower() if " " in title else ""
    if subtitle and " ".join(subtitle.split()) not in low:
        errors.append(f"{name}: title tail {subtitle!r} not in body")
    words = len(re.findall(r"\w+", text))
    if not 150 <= words <= 650:
        errors.append(f"{name}: {words} words (expected 150-600)")
    return errors


# --------------------------------------------------------------------------
# FODT generation
# --------------------------------------------------------------------------

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <meta:initial-creator>{creator}</meta:initial-creator>
 <meta:creation-date>{date}T09:00:00</meta:creation-date>
 <dc:language>sq-AL</dc:language>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="sq" fo:country="AL"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
{para_styles}
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.6cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
"""

FODT_TAIL = "</office:text></office:body></office:document>\n"

# name -> (align, bold, size factor, left indent cm, space before cm)
PARA_KINDS = {
    "Body": ("justify", False, 1.0, 0.0, 0.0),
    "Center": ("center", False, 1.0, 0.0, 0.0),
    "Right": ("end", False, 1.0, 0.0, 0.0),
    "Indent": ("justify", False, 1.0, 1.0, 0.0),
    "Title": ("center", True, 1.25, 0.0, 0.25),
    "Cell": ("start", False, 0.9, 0.0, 0.0),
}


def para_styles(size: float) -> str:
    out = []
    for name, (align, bold, factor, indent, before) in PARA_KINDS.items():
        for last in (False, True):
            after = 0.3 if last else 0.0
            if name == "Cell":
                after = 0.0
            weight = ' fo:font-weight="bold"' if bold else ""
            out.append(
                f' <style:style style:name="{name}{"L" if last else ""}" style:family="paragraph" '
                f'style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="{align}" '
                f'fo:margin-left="{indent}cm" fo:margin-top="{before}cm" fo:margin-bottom="{after}cm" '
                f'fo:line-height="115%"/><style:text-properties fo:font-size="{size * factor:g}pt"{weight}/>'
                f'</style:style>')
    return "\n".join(out)


def inline(s: str) -> str:
    """Escape text and convert **bold** / __italic__ markup to spans."""
    out = []
    for part in re.split(r"(\*\*.+?\*\*|__.+?__)", s):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append(f'<text:span text:style-name="B">{escape(part[2:-2])}</text:span>')
        elif part.startswith("__") and part.endswith("__") and len(part) > 4:
            out.append(f'<text:span text:style-name="I">{escape(part[2:-2])}</text:span>')
        else:
            out.append(escape(part))
    text = "".join(out)
    # preserve runs of spaces (e.g. between signature columns)
    return re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group()) - 1}"/>', text)


def render_table(rows: list[str], bordered: bool) -> str:
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    ncol = max(len(r) for r in cells)
    cell_style = "CellB" if bordered else "CellN"
    out = ['<table:table table:style-name="Tbl">',
           f'<table:table-column table:number-columns-repeated="{ncol}"/>']
    for ri, row in enumerate(cells):
        out.append("<table:table-row>")
        for c in row + [""] * (ncol - len(row)):
            txt = f"**{c}**" if (bordered and ri == 0 and c and "**" not in c) else c
            out.append(f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">'
                       f'<text:p text:style-name="Cell">{inline(txt)}</text:p></table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def render_block(block: list[str]) -> str:
    if block[0].startswith("|") or block[0].startswith("!|"):
        bordered = block[0].startswith("|")
        return render_table([l[1:] if l.startswith("!") else l for l in block], bordered)
    out = []
    for idx, line in enumerate(block):
        last = idx == len(block) - 1
        if line.startswith("^!"):
            kind, s = "Title", line[2:]
        elif line.startswith("^"):
            kind, s = "Center", line[1:]
        elif line.startswith(">"):
            kind, s = "Right", line[1:]
        elif line.startswith("  "):
            kind, s = "Indent", line
        else:
            kind, s = "Body", line
        style = kind + ("L" if last else "")
        out.append(f'<text:p text:style-name="{style}">{inline(s.strip())}</text:p>')
    return "\n".join(out)


def to_fodt(doc: dict) -> str:
    font = "Liberation Sans" if doc.get("font", "serif") == "sans" else "Liberation Serif"
    size = 11 if font == "Liberation Sans" else 12
    footer = ""
    if doc.get("footer"):
        left, _, right = doc["footer"].partition("{page}")
        footer = (f'<style:footer><text:p text:style-name="Footer">{escape(left)}'
                  f'<text:page-number text:select-page="current">1</text:page-number>'
                  f'{escape(right)}</text:p></style:footer>')
    head = FODT_HEAD.format(creator="Komuna e Gjilanit", date=doc["date"], font=font,
                            size=size, para_styles=para_styles(size), footer=footer)
    return head + "\n".join(render_block(b) for b in doc["_blocks"]) + "\n" + FODT_TAIL


# --------------------------------------------------------------------------
# Registers
# --------------------------------------------------------------------------

# Decisions listed in the register with their PDF (source file stems).
DECISIONS_WITH_FILE = [
    "2015-vendim-subvencionimi-fermereve",
    "2016-vendim-tatimi-ne-prone-2017",
    "2018-vendim-ndryshim-tatimi-ne-prone",
    "2019-vendim-bursat-studenteve",
    "2020-vendim-mbyllja-tregjeve",
    "2021-vendim-pagesa-cerdhe",
    "2022-vendim-prrh-zona-industriale",
    "2024-vendim-ndryshim-pagesa-cerdhe",
]

# Decisions in the register without a published file.
DECISIONS_WITHOUT_FILE = [
    ("01 Nr. 016-2230/15", "28.05.2015", "Vendim",
     "Vendim për emërtimin e rrugëve në lagjen Arbëria", "Kuvendi i Komunës"),
    ("01 Nr. 016-7721/17", "30.11.2017", "Vendim",
     "Vendim për zgjedhjen e anëtarëve të Komitetit për Politikë dhe Financa", "Kuvendi i Komunës"),
    ("02 Nr. 016-1904/20", "07.02.2020", "Vendim",
     "Vendim për formimin e komisionit për shqyrtimin e kërkesave të familjeve në nevojë "
     "për ndihmë të njëhershme, në para dhe në natyrë", "Kryetari i Komunës"),
    ("01 Nr. 016-4470/21", "27.05.2021", "Vendim",
     'Vendim për shpalljen e manifestimit "Flaka e Janarit" si manifestim me rëndësi të veçantë '
     "për Komunën e Gjilanit", "Kuvendi i Komunës"),
    ("01 Nr. 016-9034/23", "26.10.2023", "Vendim",
     "Vendim për caktimin e shkallës së tatimit në pronën e paluajtshme për vitin 2024",
     "Kuvendi i Komunës"),
]

CONTRACTS_2023_HEADER = [
    "Nr.", "Nr. i prokurimit", "Titulli i aktivitetit të prokurimit", "Lloji i kontratës",
    "Lloji i procedurës", "Data e publikimit të njoftimit për kontratë",
    "Data e nënshkrimit të kontratës", "Afati kohor për realizimin e kontratës",
    "Vlera e parashikuar e kontratës", "Vlera e kontratës", "Emri i OE", "Selia e OE",
]

CONTRACTS_2023 = [
    ("653-23-003-121", "Furnizim me derivate për automjetet zyrtare", "Furnizim",
     "Procedurë e hapur", "18.01.2023", "24.02.2023", "12 muaj",
     "€ 95.000,00", "93.840,00", '"Nafta Morava" SH.P.K.', "Gjilan"),
    ("653-23-009-221", "Mirëmbajtja e sistemit të ndriçimit publik", "Shërbime",
     "Procedurë e hapur", "02.02.2023", "17.03.2023", "24 muaj",
     "€ 120.000,00", "114.780,50", '"Drita Elektro-Instal" SH.P.K.', "Gjilan"),
    ("653-23-027-111", "Furnizim me ushqim për institucionet parashkollore (çerdhet) publike",
     "Furnizim", "Procedurë e hapur", "10.02.2023", "05.04.2023", "12 muaj",
     "€ 148.000,00", "141.236,40", '"Frutoria Karadak" SH.P.K.', "Gjilan"),
    ("653-23-014-251", "Shërbime të dezinsektimit dhe deratizimit në objektet publike", "Shërbime",
     "Kuotim i çmimeve", "22.02.2023", "20.03.2023", "12 muaj",
     "€ 9.500,00", "8.970,00", '"Eko Mbrojtja" SH.P.K.', "Prishtinë"),
    ("653-23-016-161", "Furnizim me material shpenzues për zyre", "Furnizim",
     "Procedurë me vlerë të vogël", "01.03.2023", "14.03.2023", "6 muaj",
     "€ 4.800,00", "4.612,80", '"Letra & Co" SH.P.K.', "Gjilan"),
    ("653-23-011-511", "Asfaltimi i rrugëve në fshatrat Velekincë dhe Pidiq", "Punë",
     "Procedurë e hapur", "14.03.2023", "14.06.2023", "120 ditë",
     "€ 180.000,00", "172.418,60", '"N.T.P. Asfalti" SH.P.K.', "Gjilan"),
    ("653-23-021-521", "Ndërtimi i kanalizimit fekal në fshatin Dobërçan", "Punë",
     "Procedurë e hapur", "04.04.2023", "30.05.2023", "90 ditë",
     "€ 210.000,00", "198.305,00", '"Hidro-Ndërtimi Bresalc" SH.P.K.', "Gjilan"),
    ("653-23-024-221", "Transporti i nxënësve për vitin shkollor 2023/2024", "Shërbime",
     "Procedurë e hapur", "11.05.2023", "28.07.2023", "10 muaj",
     "€ 260.000,00", "247.500,00", '"Udhëtimi Kosova Lindore" SH.P.K.', "Gjilan"),
    ("653-23-030-251", "Mirëmbajtja e pajisjeve të TI-së", "Shërbime",
     "Kuotim i çmimeve", "16.05.2023", "12.06.2023", "12 muaj",
     "€ 12.000,00", "11.450,00", '"Bit-Servis" SH.P.K.', "Ferizaj"),
    ("653-23-033-111", "Furnizim me bar dhe material medicinal për QKMF", "Furnizim",
     "Procedurë e hapur", "25.05.2023", "21.07.2023", "12 muaj",
     "€ 135.000,00", "129.874,25", '"Farma-Med Anamorava" SH.P.K.', "Gjilan"),
    ("653-23-038-511", "Rregullimi i trotuareve në rrugën \"Bulevardi i Pavarësisë\"", "Punë",
     "Procedurë e hapur", "13.06.2023", "08.08.2023", "60 ditë",
     "€ 85.000,00", "79.960,00", '"Gurët e Karadakut" SH.P.K.', "Gjilan"),
    ("653-23-041-161", "Furnizim me pajisje sportive për shkollat fillore", "Furnizim",
     "Procedurë me vlerë të vogël", "20.06.2023", "04.07.2023", "30 ditë",
     "€ 4.950,00", "4.880,00", '"Sport Arena" SH.P.K.', "Gjilan"),
    ("653-23-045-211", "Organizimi i manifestimit kulturor \"Netët e Verës 2023\"", "Shërbime",
     "Procedurë e hapur", "22.06.2023", "27.07.2023", "30 ditë",
     "€ 24.500,50", "24.500,50", '"Skena Events" SH.P.K.', "Gjilan"),
    ("653-23-052-411", "Pastrimi i borës dhe mirëmbajtja dimërore e rrugëve", "Shërbime",
     "Procedurë e negociuar pa publikim të njoftimit për kontratë", "", "23.11.2023",
     "4 muaj", "€ 60.000,00", "58.200,00", '"Rruga e Bardhë" SH.P.K.', "Gjilan"),
    ("653-23-057-521", "Ndërtimi i fushës sportive në fshatin Zhegër", "Punë",
     "Procedurë e hapur", "28.08.2023", "13.11.2023", "75 ditë",
     "€ 70.000,00", "66.340,70", '"Ndërtimi Zhegra" SH.P.K.', "Gjilan"),
    ("653-23-060-131", "Hartimi i projektit ideor për çerdhen e re në lagjen Dardania", "Shërbime",
     "Procedurë e kufizuar", "12.09.2023", "15.12.2023", "90 ditë",
     "€ 38.000,00", "35.900,00", '"Arkitekt Studio Morava" SH.P.K.', "Prishtinë"),
]


def write_registers(manifest: list[dict]) -> None:
    by_source = {Path(m["source"]).stem: m for m in manifest}
    rows = []
    for stem in DECISIONS_WITH_FILE:
        m = by_source[stem]
        assert m["type"] == "vendim", stem
        date = dt.date.fromisoformat(m["date"]).strftime("%d.%m.%Y")
        rows.append((m["number"], date, "Vendim", m["title"], m["issuer"],
                     str(Path(m["file"]).relative_to("data"))))
    rows += [r + ("",) for r in DECISIONS_WITHOUT_FILE]
    rows.sort(key=lambda r: dt.datetime.strptime(r[1], "%d.%m.%Y"))
    with open(DATA_DIR / "regjistri-i-vendimeve.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Nr.", "Data e miratimit", "Lloji", "Titulli", "Organi", "Skedari"])
        w.writerows(rows)

    # Cross-check the 2023 contract PDFs against the contract register.
    reg = {r[0]: r for r in CONTRACTS_2023}
    for m in manifest:
        authored = m["source"].startswith("sample/acts/")
        if authored and m["type"] == "kontrate" and m["date"].startswith("2023"):
            r = reg[m["number"]]
            assert r[5] == dt.date.fromisoformat(m["date"]).strftime("%d.%m.%Y"), m["file"]
    with open(DATA_DIR / "regjistri-i-kontratave-2023.csv", "w", encoding="utf-8-sig",
              newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(CONTRACTS_2023_HEADER)
        for i, r in enumerate(CONTRACTS_2023, 1):
            w.writerow((i,) + r)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="validate sources only")
    ap.add_argument("--keep-temp", action="store_true", help="keep the .fodt files")
    ap.add_argument("--extra", action="append", default=[], type=Path,
                    help="also render the sources in this folder (gen-corpus --word-sources)")
    args = ap.parse_args()

    sources = sorted(ACTS_DIR.glob("*.txt"))
    for extra in args.extra:
        sources += sorted(extra.glob("*.txt"))
    docs = [parse_source(p) for p in sources]
    errors = [e for d in docs for e in validate(d)]
    files = [d.get("file") for d in docs]
    errors += [f"duplicate output {f}" for f in set(files) if files.count(f) > 1]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    manifest = [{
        "file": f"data/aktet/{d['file']}",
        "source": d["_source"],
        "type": d["type"],
        "number": None if d["number"] == "-" else d["number"],
        "date": d["date"],
        "issuer": d["issuer"],
        "title": d["title"],
    } for d in docs]
    manifest.sort(key=lambda m: m["file"])
    if args.check:
        print(f"{len(docs)} sources OK")
        return 0

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="arkiva-render-"))
    try:
        src_dir, out_dir = tmp / "fodt", tmp / "pdf"
        src_dir.mkdir()
        out_dir.mkdir()
        targets = {}
        for d in docs:
            key = d["file"][:-4].replace("/", "__")
            (src_dir / f"{key}.fodt").write_text(to_fodt(d), encoding="utf-8")
            targets[key] = PDF_DIR / d["file"]
        cmd = [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
               "--norestore", "--convert-to", "pdf", "--outdir", str(out_dir)]
        cmd += sorted(str(p) for p in src_dir.glob("*.fodt"))
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        if PDF_DIR.exists():
            shutil.rmtree(PDF_DIR)
        for key, target in targets.items():
            pdf = out_dir / f"{key}.pdf"
            if not pdf.exists():
                raise SystemExit(f"conversion failed for {key}")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(pdf), target)
    finally:
        if args.keep_temp:
            print(f"temp files kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
    write_registers(manifest)
    print(f"rendered {len(docs)} PDFs into {PDF_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
