//! A generated act before it is written anywhere: its metadata and its
//! laid-out text. The writers (`write.rs`) turn one draft into a PDF, a
//! word-processor source, or a register row, so every output of one act says
//! the same thing.

use chrono::NaiveDate;

use crate::model::ActType;

/// A block of an act's text, as a word processor lays it out.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// An ordinary paragraph.
    Para(String),
    /// A centred line (header lines, subtitles).
    Centered(String),
    /// The centred, bold title word ("VENDIM", "V E N D I M").
    Title(String),
    /// A right-aligned line (place and date, signatures).
    Right(String),
    /// A table; the first row is the header.
    Table(Vec<Vec<String>>),
    /// Vertical space.
    Gap,
}

/// What a contract adds to an act.
#[derive(Debug, Clone, PartialEq)]
pub struct Contract {
    pub operator: String,
    pub value_eur: f64,
    pub procurement_number: String,
    /// The procedure as the register writes it ("Procedurë e hapur").
    pub procedure: String,
    /// What is procured, as the register's title column says it.
    pub subject: String,
}

/// One generated act.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: ActType,
    /// The registry number as the act's metadata records it (`01 Nr. 016-8123/19`,
    /// `05-112/2016-341`); `None` for acts that carry none (press releases).
    pub number: Option<String>,
    pub date: NaiveDate,
    /// The issuing body, e.g. "Kuvendi i Komunës".
    pub issuer: String,
    /// The full title, e.g. "Vendim për miratimin e buxhetit për vitin 2020".
    pub title: String,
    /// A file-name stem: lowercase ASCII words joined by `-`.
    pub slug: String,
    /// Everything on the page, header block first.
    pub blocks: Vec<Block>,
    pub contract: Option<Contract>,
}

impl Draft {
    /// The text as plain lines, one per paragraph or table row.
    pub fn plain_text(&self) -> String {
        let mut lines = Vec::new();
        for block in &self.blocks {
            match block {
                Block::Para(s) | Block::Centered(s) | Block::Title(s) | Block::Right(s) => {
                    lines.push(s.clone())
                }
                Block::Table(rows) => lines.extend(rows.iter().map(|r| r.join(" "))),
                Block::Gap => {}
            }
        }
        lines.join("\n")
    }

    pub fn word_count(&self) -> usize {
        self.plain_text().split_whitespace().count()
    }
}

/// "Vendim për ndarjen e bursave" → "vendim-per-ndarjen-e-bursave", cut to a
/// few words so file names stay short.
pub fn slugify(title: &str, max_words: usize) -> String {
    crate::analysis::fold(title)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(max_words)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_short() {
        assert_eq!(
            slugify("Vendim për ndarjen e bursave për studentët e dalluar", 5),
            "vendim-per-ndarjen-e-bursave"
        );
        assert_eq!(slugify("Çerdhja „Ëndrra”", 5), "cerdhja-endrra");
    }
}
