//! Writing a [`Draft`] out: as a standard-14 PDF, as a word-processor
//! source for `sample/render.py`, or as a row of a register. One draft, one
//! set of facts, whatever the form.

use super::draft::{Block, Contract, Draft};
use super::pdf::{self, Line};
use super::world::euros;

/// The PDF bytes of a draft (Helvetica, WinAnsi).
pub fn pdf(draft: &Draft) -> Vec<u8> {
    let mut lines = Vec::new();
    for block in &draft.blocks {
        match block {
            Block::Para(s) => lines.push(Line::plain(s.clone())),
            Block::Right(s) => lines.push(Line::plain(s.clone())),
            Block::Centered(s) => lines.push(Line {
                text: s.clone(),
                bold: false,
                centered: true,
            }),
            Block::Title(s) => lines.push(Line::title(s.clone())),
            Block::Table(rows) => lines.extend(rows.iter().map(|r| Line::plain(r.join("   ")))),
            Block::Gap => lines.push(Line::plain("")),
        }
    }
    pdf::standard14(&paginate(lines))
}

/// About as many lines as fit on an A4 page at 11 pt.
const LINES_PER_PAGE: usize = 44;

fn paginate(lines: Vec<Line>) -> Vec<Vec<Line>> {
    // Wrapped paragraphs take more than one line; count roughly.
    let mut pages = vec![Vec::new()];
    let mut used = 0;
    for line in lines {
        let height = line.text.chars().count() / 85 + 1;
        if used + height > LINES_PER_PAGE && used > 0 {
            pages.push(Vec::new());
            used = 0;
        }
        used += height;
        if let Some(page) = pages.last_mut() {
            page.push(line);
        }
    }
    pages
}

/// The source of a draft in the markup of `sample/render.py`, which lays it
/// out with LibreOffice: `# key: value` metadata, then blocks separated by
/// blank lines; `^` centres a line, `^!` makes it the title, `>` aligns it
/// right, `|a|b|` is a table row.
pub fn word_source(draft: &Draft, file: &str) -> String {
    let mut out = String::new();
    let meta = [
        ("file", file.to_string()),
        ("type", draft.kind.slug().to_string()),
        ("number", draft.number.clone().unwrap_or_else(|| "-".into())),
        ("date", draft.date.to_string()),
        ("issuer", draft.issuer.clone()),
        ("title", draft.title.clone()),
    ];
    for (key, value) in meta {
        out.push_str(&format!("# {key}: {value}\n"));
    }
    out.push('\n');
    for block in &draft.blocks {
        match block {
            Block::Para(s) => out.push_str(&format!("{}\n\n", escape_markup(s))),
            Block::Centered(s) => out.push_str(&format!("^{}\n\n", escape_markup(s))),
            Block::Title(s) => out.push_str(&format!("^!{}\n\n", escape_markup(s))),
            Block::Right(s) => out.push_str(&format!(">{}\n\n", escape_markup(s))),
            Block::Table(rows) => {
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| c.replace('|', "/")).collect();
                    out.push_str(&format!("|{}|\n", cells.join("|")));
                }
                out.push('\n');
            }
            Block::Gap => {}
        }
    }
    out
}

/// A paragraph must not start with a markup prefix by accident.
fn escape_markup(s: &str) -> String {
    let s = s.replace("**", "* *").replace("__", "_ _");
    if s.starts_with(['^', '>', '|', '#', '!']) || s.starts_with("  ") {
        format!("\u{200b}{s}")
    } else {
        s
    }
}

/// Columns of the register of acts that are published as text, not PDF.
pub const ACTS_HEADER: [&str; 6] = ["Nr.", "Data", "Lloji", "Titulli", "Organi", "Teksti"];

pub fn act_row(draft: &Draft) -> [String; 6] {
    [
        draft.number.clone().unwrap_or_default(),
        draft.date.format("%d.%m.%Y").to_string(),
        draft.kind.label().to_string(),
        draft.title.clone(),
        draft.issuer.clone(),
        draft.plain_text(),
    ]
}

/// The register of decisions, pointing at the PDFs of the decisions.
pub const DECISIONS_HEADER: [&str; 6] = [
    "Nr.",
    "Data e miratimit",
    "Lloji",
    "Titulli",
    "Organi",
    "Skedari",
];

pub fn decision_row(draft: &Draft, file: &str) -> [String; 6] {
    [
        draft.number.clone().unwrap_or_default(),
        draft.date.format("%d.%m.%Y").to_string(),
        draft.kind.label().to_string(),
        draft.title.clone(),
        draft.issuer.clone(),
        file.to_string(),
    ]
}

/// The annual register of signed contracts, in the layout Kosovo
/// municipalities publish.
pub const CONTRACTS_HEADER: [&str; 7] = [
    "Nr. i prokurimit",
    "Titulli i aktivitetit të prokurimit",
    "Lloji i procedurës",
    "Data e nënshkrimit të kontratës",
    "Vlera e kontratës",
    "Emri i OE",
    "Përshkrimi",
];

pub fn contract_row(draft: &Draft, contract: &Contract) -> [String; 7] {
    [
        contract.procurement_number.clone(),
        contract.subject.clone(),
        contract.procedure.clone(),
        draft.date.format("%d.%m.%Y").to_string(),
        euros(contract.value_eur),
        contract.operator.clone(),
        draft.plain_text(),
    ]
}
