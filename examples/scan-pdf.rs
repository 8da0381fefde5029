//! Wraps JPEG page images into an image-only PDF, as a scanner writes it
//! (no text layer): `cargo run --example scan-pdf -- OUT.pdf PAGE1.jpg ...`.
//! sample/make-scans.py uses it to make the scanned acts in data/skanuar/.

use anyhow::{bail, Context, Result};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, pages @ ..] = args.as_slice() else {
        bail!("usage: scan-pdf OUT.pdf PAGE1.jpg [PAGE2.jpg ...]");
    };
    if pages.is_empty() {
        bail!("usage: scan-pdf OUT.pdf PAGE1.jpg [PAGE2.jpg ...]");
    }
    let jpegs = pages
        .iter()
        .map(|p| std::fs::read(p).with_context(|| format!("reading {p}")))
        .collect::<Result<Vec<_>>>()?;
    let pdf = arkiva::ocr::image_only_pdf(&jpegs)?;
    std::fs::write(out, pdf).with_context(|| format!("writing {out}"))?;
    Ok(())
}
