//! Snippets: a short piece of an act's text with the matched words marked.
//!
//! Always HTML-escaped, with `<mark>…</mark>` around matches, so the web page
//! can insert it as is and a terminal can strip it. When the query matched
//! only the title (or was empty), the opening of the text stands in.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

use tantivy::query::Query;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Score, Searcher, Term};

use crate::analysis;
use crate::index::schema::Fields;

/// A snippet's length: in bytes of the text for a window around matches
/// (Albanian text is barely longer in bytes than in chars), in chars for
/// the opening.
const SNIPPET_LEN: usize = 220;

/// Finds the best window of an act's text for a query, as tantivy's
/// `SnippetGenerator` does (the window with the highest sum of its matched
/// terms' weights, the earliest on ties), but analyzing only the words that
/// could give a query term: the full analyzer on every word of every shown
/// text was a fifth of a search's time.
pub struct Snippets {
    /// The query's terms in the text's family field, weighted `1 / (1 + doc freq)`
    /// so rare words pick the window.
    terms: HashMap<String, Score>,
    /// The first two bytes of each term (see [`analysis::ascii_head`]).
    heads: HashSet<[u8; 2]>,
    /// A term too short to have a head: every word must be analyzed.
    every_word: bool,
    analyzer: TextAnalyzer,
}

impl Snippets {
    pub fn new(searcher: &Searcher, query: &dyn Query, fields: &Fields) -> tantivy::Result<Self> {
        let mut wanted: BTreeSet<Term> = BTreeSet::new();
        query.query_terms(&mut |term, _| {
            if term.field() == fields.text_family {
                wanted.insert(term.clone());
            }
        });
        let mut terms = HashMap::new();
        for term in wanted {
            let Some(text) = term.value().as_str().map(str::to_string) else {
                continue;
            };
            let docs = searcher.doc_freq(&term)?;
            if docs == 0 {
                continue;
            }
            let weight = 1.0 / (1.0 + docs as Score);
            // A pair of common words (`analysis::pair_words`) is marked as
            // its two words: the text is analyzed a word at a time.
            match analysis::pair_words(&text) {
                Some((first, second)) => {
                    for word in [first, second] {
                        let known = terms.entry(word.to_string()).or_insert(weight);
                        *known = known.max(weight);
                    }
                }
                None => {
                    terms.insert(text, weight);
                }
            }
        }
        let analyzer = searcher.index().tokenizer_for_field(fields.text_family)?;
        Ok(Snippets::with_terms(terms, analyzer))
    }

    /// Marks the words `analyzer` turns into one of `terms`.
    fn with_terms(terms: HashMap<String, Score>, analyzer: TextAnalyzer) -> Self {
        let heads = terms
            .keys()
            .filter_map(|t| t.as_bytes().get(..2)?.try_into().ok())
            .collect();
        Snippets {
            every_word: terms.keys().any(|t| t.len() < 2),
            terms,
            heads,
            analyzer,
        }
    }

    /// The best window of an act's text with its matches marked,
    /// HTML-escaped; the opening of the text when no word of it matches.
    pub fn for_text(&mut self, text: &str) -> String {
        match self.best_window(text) {
            Some(window) => flatten(&window.to_html(text)),
            None => escape(&opening(text)),
        }
    }

    fn best_window(&mut self, text: &str) -> Option<Window> {
        if self.terms.is_empty() {
            return None;
        }
        let mut best: Option<Window> = None;
        let mut window = Window::at(0);
        let mut keep = |window: Window| {
            // Strictly higher only: on ties the earliest window stays.
            if window.score > 0.0 && best.as_ref().is_none_or(|b| window.score > b.score) {
                best = Some(window);
            }
        };
        analysis::for_each_word(text, |word| {
            if word.end - window.start > SNIPPET_LEN {
                keep(std::mem::replace(&mut window, Window::at(word.start)));
            }
            window.end = word.end;
            if let Some(score) = self.score(&text[word.clone()]) {
                window.score += score;
                window.marks.push(word);
            }
        });
        keep(window);
        best
    }

    /// The weight of the query term `word` gives, if it gives one.
    fn score(&mut self, word: &str) -> Option<Score> {
        if !self.every_word {
            if let Some(head) = analysis::ascii_head(word) {
                if !self.heads.contains(&head) {
                    return None;
                }
            }
        }
        let mut best: Option<Score> = None;
        let mut stream = self.analyzer.token_stream(word);
        while let Some(token) = stream.next() {
            if let Some(&score) = self.terms.get(&token.text) {
                best = Some(best.map_or(score, |b: Score| b.max(score)));
            }
        }
        best
    }
}

/// A candidate window of a text: its byte range, matches and weight.
struct Window {
    start: usize,
    end: usize,
    score: Score,
    marks: Vec<Range<usize>>,
}

impl Window {
    fn at(start: usize) -> Window {
        Window {
            start,
            end: start,
            score: 0.0,
            marks: Vec::new(),
        }
    }

    /// The window of `text`, escaped, with `<mark>` around each match.
    fn to_html(&self, text: &str) -> String {
        let mut html = String::with_capacity(self.end - self.start + 13 * self.marks.len());
        let mut at = self.start;
        for mark in &self.marks {
            html.push_str(&escape(&text[at..mark.start]));
            html.push_str("<mark>");
            html.push_str(&escape(&text[mark.clone()]));
            html.push_str("</mark>");
            at = mark.end;
        }
        html.push_str(&escape(&text[at..self.end]));
        html
    }
}

/// Line breaks of the PDF layout mean nothing in a snippet.
fn flatten(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first words of a text, up to the snippet length.
fn opening(text: &str) -> String {
    let flat = flatten(text);
    if flat.chars().count() <= SNIPPET_LEN {
        return flat;
    }
    let cut: String = flat.chars().take(SNIPPET_LEN).collect();
    match cut.rsplit_once(' ') {
        Some((head, _)) => format!("{head} …"),
        None => format!("{cut} …"),
    }
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_cuts_at_a_word() {
        let text = "fjalë ".repeat(100);
        let open = opening(&text);
        assert!(open.ends_with(" …"));
        assert!(open.chars().count() <= SNIPPET_LEN + 2);
        assert_eq!(opening("  a\n b "), "a b");
    }

    #[test]
    fn escapes_html() {
        assert_eq!(
            escape("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
    }

    fn snippets_for(query: &str) -> Snippets {
        let terms = analysis::terms(&mut analysis::stemmed_query(), query)
            .into_iter()
            .enumerate()
            .map(|(i, t)| (t, 1.0 / (2.0 + i as Score)))
            .collect();
        Snippets::with_terms(terms, analysis::stemmed())
    }

    fn marked(snippets: &mut Snippets, text: &str) -> Vec<Range<usize>> {
        let mut words = Vec::new();
        analysis::for_each_word(text, |w| words.push(w));
        words
            .into_iter()
            .filter(|w| snippets.score(&text[w.clone()]).is_some())
            .collect()
    }

    proptest::proptest! {
        /// The shortcut marks exactly the words the full analyzer of the
        /// text field matches to a query term, however they are spelled.
        #[test]
        fn marks_what_the_analyzer_matches(
            words in proptest::collection::vec(proptest::sample::select(VOCABULARY.to_vec()), 1..40),
            query in proptest::collection::vec(proptest::sample::select(VOCABULARY.to_vec()), 1..4),
        ) {
            let text = words.join(" ");
            let mut snippets = snippets_for(&query.join(" "));
            let mut expected = Vec::new();
            let mut analyzer = analysis::stemmed();
            let mut stream = analyzer.token_stream(&text);
            while let Some(token) = stream.next() {
                let span = token.offset_from..token.offset_to;
                if snippets.terms.contains_key(&token.text) && expected.last() != Some(&span) {
                    expected.push(span);
                }
            }
            proptest::prop_assert_eq!(marked(&mut snippets, &text), expected);
        }
    }

    const VOCABULARY: [&str; 26] = [
        "Vendimi",
        "vendimet",
        "VENDIM",
        "ndriçimi",
        "ndriqimit",
        "Ndricimi",
        "çështja",
        "qeshtja",
        "Këshilli",
        "keshillit",
        "e",
        "në",
        "për",
        "a",
        "mire\u{308}mbajtja",
        "mirëmbajtja",
        "shko\u{AD}lla",
        "shkollat",
        "општина",
        "opština",
        "ﬁnancave",
        "2021",
        "ÇMIMI",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "C\u{327}mimi",
        "qC\u{327}mimi",
    ];

    #[test]
    fn the_window_with_the_rarest_words_wins_and_the_earliest_on_ties() {
        let common = "vendimi ".repeat(40);
        let text = format!("{common} këshilli vendimi {common}");
        // As doc frequencies weigh them: "vendim" is in most acts.
        let weights = [("vendim".to_string(), 0.01), ("keshill".to_string(), 0.5)];
        let mut snippets = Snippets::with_terms(weights.into(), analysis::stemmed());
        let html = snippets.for_text(&text);
        assert!(html.contains("<mark>këshilli</mark>"), "{html}");
        let mut snippets = snippets_for("vendim");
        let window = snippets.best_window(&text).expect("a match");
        assert_eq!(window.start, 0);
    }

    #[test]
    fn windows_are_escaped_with_matches_marked() {
        let text = "<b>Vendimi</b> & \"vendimet\"\n për  shkollat";
        let html = snippets_for("vendim").for_text(text);
        assert_eq!(
            html,
            "&lt;b&gt;<mark>Vendimi</mark>&lt;/b&gt; &amp; &quot;<mark>vendimet</mark>&quot; për shkollat"
        );
    }

    #[test]
    fn without_a_match_the_opening_stands_in() {
        let text = "Rregullore për <i>pastrimin</i>";
        assert_eq!(
            snippets_for("vendim").for_text(text),
            "Rregullore për &lt;i&gt;pastrimin&lt;/i&gt;"
        );
    }
}
