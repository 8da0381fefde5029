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
    /// A draft with no contract, its slug made from the title.
    ///
    /// ```
    /// # use arkiva::corpus::draft::{Block, Draft};
    /// # use arkiva::model::ActType;
    /// # use chrono::NaiveDate;
    /// let date = NaiveDate::from_ymd_opt(2020, 5, 4).unwrap_or_default();
    /// let title = "Vendim për ndarjen e bursave për studentët".to_string();
    /// let blocks = vec![Block::Title("VENDIM".into())];
    /// let draft = Draft::new(ActType::Vendim, None, date, "Kuvendi i Komunës", title, blocks);
    /// assert_eq!(draft.slug, "vendim-per-ndarjen-e-bursave-per");
    /// ```
    pub fn new(
        kind: ActType,
        number: Option<String>,
        date: NaiveDate,
        issuer: &str,
        title: String,
        blocks: Vec<Block>,
    ) -> Draft {
        Draft {
            kind,
            number,
            date,
            issuer: issuer.into(),
            slug: slugify(&title, 6),
            title,
            blocks,
            contract: None,
        }
    }

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

    /// How many words the act has, as [`count_words`] counts them.
    pub fn word_count(&self) -> usize {
        count_words(&self.blocks)
    }
}

/// The words of a run of blocks: those of every paragraph, line and table
/// cell; gaps have none. The same count as a draft's plain text gives, so
/// generators can measure a part before the draft is whole.
///
/// ```
/// # use arkiva::corpus::draft::{count_words, Block};
/// let blocks = [
///     Block::Title("VENDIM".into()),
///     Block::Gap,
///     Block::Table(vec![vec!["Nr.".into(), "Shuma".into()], vec!["1.".into(), "500,00 €".into()]]),
/// ];
/// assert_eq!(count_words(&blocks), 6);
/// ```
pub fn count_words(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Para(s) | Block::Centered(s) | Block::Title(s) | Block::Right(s) => {
                s.split_whitespace().count()
            }
            Block::Table(rows) => rows
                .iter()
                .flatten()
                .map(|c| c.split_whitespace().count())
                .sum(),
            Block::Gap => 0,
        })
        .sum()
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

    #[test]
    fn words_are_counted_as_the_plain_text_has_them() {
        let date = NaiveDate::from_ymd_opt(2020, 5, 4).unwrap_or_default();
        let blocks = vec![
            Block::Centered("KOMUNA E GJILANIT".into()),
            Block::Gap,
            Block::Title("V E N D I M".into()),
            Block::Para("  për ndarjen   e bursave ".into()),
            Block::Table(vec![
                vec!["Nr.".into(), "".into(), "Përfituesi".into()],
                vec!["1.".into(), "KF \"Përparimi\"".into(), " ".into()],
            ]),
            Block::Right("Drejtori".into()),
        ];
        assert_eq!(count_words(&blocks), 19);
        assert_eq!(count_words(&[]), 0);
        let draft = Draft::new(
            ActType::Vendim,
            None,
            date,
            "Kuvendi i Komunës",
            "Vendim për ndarjen e bursave".into(),
            blocks,
        );
        assert_eq!(draft.word_count(), 19);
        assert_eq!(
            draft.word_count(),
            draft.plain_text().split_whitespace().count()
        );
        assert_eq!(draft.slug, "vendim-per-ndarjen-e-bursave");
        assert_eq!(draft.contract, None);
    }
}
