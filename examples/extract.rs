//! Prints what ingest reads from a PDF: its text and the header metadata.
//!
//! `cargo run --example extract -- path/to/act.pdf`

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract FILE.pdf");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    match arkiva::ingest::pdf::extract(&bytes) {
        Ok(text) => {
            let joined = text.joined();
            println!("{joined}\n---");
            println!("{:#?}", arkiva::ingest::header::read(&joined));
            for (page, reason) in text.failed_pages {
                println!("page {page} failed: {reason}");
            }
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
