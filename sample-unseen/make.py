#!/usr/bin/env python3
"""Regenerate the independent "unseen" evaluation set for the act-metadata extractor.

What this does
--------------
``acts.py`` (next to this script) describes 24 invented municipal acts of Kosovo
municipalities (mostly Gjilan, a few from Kamenicë, Viti and Ferizaj), written in
Albanian.  Each act is a list of layout blocks plus the ground-truth metadata a
careful human would record (type, date, number, issuer, municipality, note).

This script:

1. renders every act either as HTML or as .docx (python-docx), deliberately
   varying the layout: 2-/3-column header tables, centred header lines,
   number and date on one line (tab stop, runs of spaces or a borderless table)
   or on separate lines, number/date placed after the body, serif/sans fonts;
2. converts the sources to PDF with LibreOffice
   (``soffice --headless --convert-to pdf``); fonts are subset-embedded, so
   every PDF stays well below 60 KB;
3. writes ``tests/fixtures/unseen/expected.json`` with the ground truth;
4. verifies the PDFs with ``pdftotext``: ë/ç survive, the recorded number
   string and the recorded date string occur in the text, the recorded date
   string really means the ISO date in ``expected.json``, 100-400 words.

Usage
-----
    python3 -m venv /tmp/unseen-venv
    /tmp/unseen-venv/bin/pip install python-docx
    /tmp/unseen-venv/bin/python sample-unseen/make.py          # build + verify
    /tmp/unseen-venv/bin/python sample-unseen/make.py --check  # verify only

Requires LibreOffice (``soffice``), fonts-liberation and poppler-utils
(``pdftotext``).  Intermediate sources are kept in ``sample-unseen/src/``
so a human can inspect what was fed to LibreOffice.

All text is original and fictional (names, numbers, amounts); nothing is copied
from real municipal documents.  File names are neutral (``unseen_NN.pdf``) so
they leak nothing about the expected type.
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SRC_DIR = os.path.join(HERE, "src")
OUT_DIR = os.path.join(REPO, "tests", "fixtures", "unseen")

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import acts as A  # noqa: E402

# ---------------------------------------------------------------------------
# tiny inline markup: **bold**
# ---------------------------------------------------------------------------
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def segments(text):
    """Split text into (chunk, bold) pairs according to **bold** markup."""
    out, pos = [], 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


# ---------------------------------------------------------------------------
# HTML renderer
# ---------------------------------------------------------------------------
def _h_inline(text, bold=False, italic=False):
    parts = []
    for chunk, b in segments(text):
        s = html.escape(chunk)
        if b or bold:
            s = "<b>%s</b>" % s
        parts.append(s)
    s = "".join(parts)
    if italic:
        s = "<i>%s</i>" % s
    return s


def _h_pstyle(o):
    st = []
    if o.get("size"):
        st.append("font-size:%spt" % o["size"])
    st.append("margin-top:%spt" % o.get("before", 0))
    st.append("margin-bottom:%spt" % o.get("after", 4))
    if o.get("indent"):
        st.append("margin-left:%scm" % o["indent"])
    if o.get("letter"):
        st.append("letter-spacing:%spt" % o["letter"])
    return ";".join(st)


def render_html(act):
    font = act.get("font", "Liberation Serif")
    size = act.get("size", 12)
    body = []
    for blk in act["blocks"]:
        kind = blk[0]
        if kind == "p":
            text, o = blk[1], (blk[2] if len(blk) > 2 else {})
            align = o.get("align", "justify")
            body.append('<p align="%s" style="%s">%s</p>' % (
                align, _h_pstyle(o), _h_inline(text, o.get("bold"), o.get("italic"))))
        elif kind == "table":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            border = 1 if o.get("border") else 0
            widths = o.get("widths")
            aligns = o.get("align")
            tsize = o.get("size", size)
            body.append('<table width="100%%" border="%d" cellpadding="4" '
                        'cellspacing="0" style="border-collapse:collapse">' % border)
            for row in rows:
                body.append("<tr>")
                for i, cell in enumerate(row):
                    w = ' width="%d%%"' % widths[i] if widths else ""
                    al = aligns[i] if aligns else "left"
                    lines = "<br/>".join(_h_inline(x) for x in cell.split("\n"))
                    body.append('<td%s valign="top"><p align="%s" style="font-size:%spt;'
                                'margin:0">%s</p></td>' % (w, al, tsize, lines))
                body.append("</tr>")
            body.append("</table>")
        elif kind == "tab":  # left text ... right text, on one visual line
            left, right = blk[1], blk[2]
            o = blk[3] if len(blk) > 3 else {}
            body.append('<table width="100%%" border="0" cellpadding="0" cellspacing="0"><tr>'
                        '<td align="left"><p style="margin:0">%s</p></td>'
                        '<td align="right"><p align="right" style="margin:0">%s</p></td>'
                        '</tr></table>' % (_h_inline(left, o.get("bold")),
                                           _h_inline(right, o.get("bold"))))
            body.append('<p style="margin:0">&nbsp;</p>')
        elif kind == "spaces":  # left + N spaces + right in one paragraph
            left, right, n = blk[1], blk[2], blk[3]
            o = blk[4] if len(blk) > 4 else {}
            body.append('<p align="left" style="%s">%s%s%s</p>' % (
                _h_pstyle(o), _h_inline(left, o.get("bold")), "&nbsp;" * n,
                _h_inline(right, o.get("bold"))))
        elif kind == "hr":
            body.append("<hr/>")
        elif kind == "gap":
            body.append('<p style="margin:0">&nbsp;</p>')
        else:
            raise ValueError(kind)
    return ("<!DOCTYPE html>\n<html lang=\"sq\"><head><meta charset=\"utf-8\"/>"
            "<title>%s</title><style>body{font-family:'%s';font-size:%spt}"
            "</style></head><body>\n%s\n</body></html>\n" % (
                html.escape(act.get("meta_title", "")), font, size, "\n".join(body)))


# ---------------------------------------------------------------------------
# DOCX renderer (python-docx)
# ---------------------------------------------------------------------------
def render_docx(act, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    AL = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
    font = act.get("font", "Liberation Serif")
    size = act.get("size", 12)

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    text_width = sec.page_width - sec.left_margin - sec.right_margin

    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.space_before = Pt(0)

    cp = doc.core_properties
    cp.title = act.get("meta_title", "")
    cp.author = act.get("meta_author", "")
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.last_modified_by = ""

    def add_runs(par, text, bold=False, italic=False, sz=None, letter=None):
        for chunk, b in segments(text):
            r = par.add_run(chunk)
            r.bold = bool(b or bold)
            r.italic = bool(italic)
            if sz:
                r.font.size = Pt(sz)
            if letter:
                rp = r._element.get_or_add_rPr()
                sp = OxmlElement("w:spacing")
                sp.set(qn("w:val"), str(int(letter * 20)))
                rp.append(sp)

    def fmt(par, o):
        par.alignment = AL[o.get("align", "justify")]
        pf = par.paragraph_format
        pf.space_before = Pt(o.get("before", 0))
        pf.space_after = Pt(o.get("after", 4))
        if o.get("indent"):
            pf.left_indent = Cm(o["indent"])

    for blk in act["blocks"]:
        kind = blk[0]
        if kind == "p":
            text, o = blk[1], (blk[2] if len(blk) > 2 else {})
            par = doc.add_paragraph()
            fmt(par, o)
            add_runs(par, text, o.get("bold"), o.get("italic"), o.get("size"), o.get("letter"))
        elif kind == "table":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            ncol = len(rows[0])
            t = doc.add_table(rows=len(rows), cols=ncol)
            if o.get("border"):
                t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = o.get("widths") or [100 // ncol] * ncol
            aligns = o.get("align") or ["left"] * ncol
            t.autofit = False
            for ci in range(ncol):
                t.columns[ci].width = int(text_width * widths[ci] / 100)
            for ri, row in enumerate(rows):
                for ci, cell_text in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.width = int(text_width * widths[ci] / 100)
                    lines = cell_text.split("\n")
                    par = cell.paragraphs[0]
                    for li, line in enumerate(lines):
                        if li:
                            par = cell.add_paragraph()
                        par.alignment = AL[aligns[ci]]
                        par.paragraph_format.space_after = Pt(0)
                        add_runs(par, line, sz=o.get("size"))
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "tab":
            left, right = blk[1], blk[2]
            o = blk[3] if len(blk) > 3 else {}
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.LEFT
            par.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
            par.paragraph_format.space_after = Pt(o.get("after", 8))
            add_runs(par, left + "\t" + right, o.get("bold"))
        elif kind == "spaces":
            left, right, n = blk[1], blk[2], blk[3]
            o = blk[4] if len(blk) > 4 else {}
            par = doc.add_paragraph()
            fmt(par, dict(o, align="left"))
            add_runs(par, left + " " * n + right, o.get("bold"))
        elif kind == "hr":
            par = doc.add_paragraph()
            ppr = par._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"),
                         ("w:color", "000000")):
                bottom.set(qn(k), v)
            bdr.append(bottom)
            ppr.append(bdr)
            par.paragraph_format.space_after = Pt(6)
        elif kind == "gap":
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(path)


# ---------------------------------------------------------------------------
# verification helpers
# ---------------------------------------------------------------------------
MONTHS = {"janar": 1, "shkurt": 2, "mars": 3, "prill": 4, "maj": 5, "qershor": 6,
          "korrik": 7, "gusht": 8, "shtator": 9, "tetor": 10, "nëntor": 11,
          "dhjetor": 12}


def parse_date_text(s):
    """Independent reading of the date *as written* -> ISO string."""
    s = s.strip()
    s = re.sub(r"^(më|Më)\s+", "", s)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return "%s-%s-%s" % m.groups()
    m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", s)
    if m:
        d, mo, y = m.groups()
        return "%s-%02d-%02d" % (y, int(mo), int(d))
    m = re.fullmatch(r"(\d{1,2})\s+(\S+)\s+(\d{4})", s)
    if m:
        d, mon, y = m.groups()
        return "%s-%02d-%02d" % (y, MONTHS[mon.lower()], int(d))
    raise ValueError("cannot parse date text %r" % s)


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def pdftotext(path, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def check(acts):
    problems = []
    for act in acts:
        pdf = os.path.join(OUT_DIR, act["file"])
        if not os.path.exists(pdf):
            problems.append("%s: missing" % act["file"])
            continue
        size = os.path.getsize(pdf)
        raw = pdftotext(pdf)
        lay = pdftotext(pdf, layout=True)
        flat = norm_ws(raw) + " || " + norm_ws(lay)
        words = len(raw.split())
        msgs = []
        if size >= 60 * 1024:
            msgs.append("size %d B >= 60 KB" % size)
        if "ë" not in raw or "ç" not in raw.lower():
            msgs.append("ë/ç missing in pdftotext output")
        if "epublika e kosov" not in raw.lower() and "epublika kosova" not in raw.lower():
            msgs.append("header line lost")
        if not 100 <= words <= 400:
            msgs.append("word count %d outside 100-400" % words)
        if act["number"] is not None and norm_ws(act["number"]) not in flat:
            msgs.append("number %r not found in text" % act["number"])
        if norm_ws(act["date_text"]) not in flat:
            msgs.append("date text %r not found" % act["date_text"])
        if parse_date_text(act["date_text"]) != act["date"]:
            msgs.append("date text %r != %s" % (act["date_text"], act["date"]))
        status = "OK " if not msgs else "BAD"
        print("%s %-14s %-22s %5d B %3d words  %s" % (
            status, act["file"], act["type"], size, words, "; ".join(msgs)))
        problems += ["%s: %s" % (act["file"], m) for m in msgs]
    return problems


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
EXPECTED_KEYS = ("file", "type", "date", "number", "issuer", "municipality",
                 "number_alt", "note")


def build(acts):
    if os.path.isdir(SRC_DIR):
        shutil.rmtree(SRC_DIR)
    os.makedirs(SRC_DIR)
    os.makedirs(OUT_DIR, exist_ok=True)
    for f in os.listdir(OUT_DIR):
        if f.startswith("unseen_") and f.endswith(".pdf"):
            os.remove(os.path.join(OUT_DIR, f))

    sources = []
    for act in acts:
        stem = act["file"][:-4]
        if act["format"] == "html":
            p = os.path.join(SRC_DIR, stem + ".html")
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(render_html(act))
        elif act["format"] == "docx":
            p = os.path.join(SRC_DIR, stem + ".docx")
            render_docx(act, p)
        else:
            raise ValueError(act["format"])
        sources.append(p)

    # private LibreOffice profile so we never disturb (or depend on) a user profile
    # HTML must be imported with the Writer (not Writer/Web) filter: with the
    # Writer/Web default, LibreOffice 7.4 drops the first paragraph onto an
    # otherwise blank first page.
    profile = tempfile.mkdtemp(prefix="unseen-lo-")
    try:
        base = ["soffice", "-env:UserInstallation=file://" + profile, "--headless"]
        tail = ["--convert-to", "pdf:writer_pdf_Export", "--outdir", OUT_DIR]
        htmls = [p for p in sources if p.endswith(".html")]
        others = [p for p in sources if not p.endswith(".html")]
        if htmls:
            subprocess.run(base + ["--infilter=HTML (StarWriter)"] + tail + htmls,
                           check=True, capture_output=True)
        if others:
            subprocess.run(base + tail + others, check=True, capture_output=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)

    expected = []
    for act in acts:
        rec = {k: act[k] for k in EXPECTED_KEYS if k in act}
        expected.append(rec)
    with open(os.path.join(OUT_DIR, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main():
    acts = A.ACTS
    assert len({a["file"] for a in acts}) == len(acts)
    if "--check" not in sys.argv:
        build(acts)
    problems = check(acts)
    types = sorted({a["type"] for a in acts})
    print("%d acts, %d types: %s" % (len(acts), len(types), ", ".join(types)))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
