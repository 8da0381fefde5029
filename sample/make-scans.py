#!/usr/bin/env python3
"""Make the scanned acts of the sample: image-only PDFs in data/skanuar/.

Each ``sample/scans/*.txt`` source (the format of ``sample/acts/``, read by
``sample/render.py``) is laid out by LibreOffice, rasterised in gray at
200 dpi with poppler's ``pdftoppm -jpeg`` and wrapped, one JPEG per page,
into a PDF with no text layer by ``cargo run --example scan-pdf`` (the
crate's ``arkiva::ocr::image_only_pdf``) -- what a municipal office's
scanner publishes. Such acts have text only through OCR (``src/ocr/``).

Usage (from the repository root)::

    python3 sample/make-scans.py

Replaces ``data/skanuar/`` entirely. Needs ``soffice``, ``pdftoppm`` and
cargo.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # noqa: E402  (the source format and its layout)

ROOT = render.ROOT
SCANS_DIR = ROOT / "sample" / "scans"
OUT_DIR = ROOT / "data" / "skanuar"
DPI = 200
# Quality 60 keeps a 200 dpi A4 page near 200 KB with letters still crisp.
JPEG_QUALITY = 60


def main() -> int:
    docs = [render.parse_source(p) for p in sorted(SCANS_DIR.glob("*.txt"))]
    errors = [e for d in docs for e in render.validate(d)]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftoppm"):
        print("needs soffice (LibreOffice) and pdftoppm (poppler-utils)", file=sys.stderr)
        return 1
    subprocess.run(["cargo", "build", "--quiet", "--example", "scan-pdf"], check=True, cwd=ROOT)
    tmp = Path(tempfile.mkdtemp(prefix="arkiva-scans-"))
    try:
        src_dir, pdf_dir = tmp / "fodt", tmp / "pdf"
        src_dir.mkdir()
        pdf_dir.mkdir()
        for i, d in enumerate(docs):
            (src_dir / f"{i:02}.fodt").write_text(render.to_fodt(d), encoding="utf-8")
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--norestore", "--convert-to", "pdf", "--outdir", str(pdf_dir)]
                       + sorted(str(p) for p in src_dir.glob("*.fodt")),
                       check=True, stdout=subprocess.DEVNULL)
        if OUT_DIR.exists():
            shutil.rmtree(OUT_DIR)
        for i, d in enumerate(docs):
            pages = tmp / f"{i:02}-page"
            subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-jpeg", "-jpegopt",
                            f"quality={JPEG_QUALITY}", str(pdf_dir / f"{i:02}.pdf"), str(pages)],
                           check=True)
            jpegs = sorted(str(p) for p in tmp.glob(f"{i:02}-page*.jpg"))
            target = OUT_DIR / d["file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["cargo", "run", "--quiet", "--example", "scan-pdf", "--",
                            str(target)] + jpegs, check=True, cwd=ROOT)
            print(f"{target.relative_to(ROOT)}: {len(jpegs)} page(s), "
                  f"{target.stat().st_size // 1024} KB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
