//! Snippets: a short piece of an act's text with the matched words marked.
//!
//! Always HTML-escaped, with `<mark>…</mark>` around matches, so the web page
//! can insert it as is and a terminal can strip it. When the query matched
//! only the title (or was empty), the opening of the text stands in.

use tantivy::query::Query;
use tantivy::snippet::SnippetGenerator;
use tantivy::Searcher;

use crate::index::schema::Fields;
use crate::model::Act;

const SNIPPET_CHARS: usize = 220;

pub struct Snippets {
    generator: SnippetGenerator,
}

impl Snippets {
    pub fn new(searcher: &Searcher, query: &dyn Query, fields: &Fields) -> tantivy::Result<Self> {
        let mut generator = SnippetGenerator::create(searcher, query, fields.text)?;
        generator.set_max_num_chars(SNIPPET_CHARS);
        Ok(Snippets { generator })
    }

    pub fn for_act(&self, act: &Act) -> String {
        let mut snippet = self.generator.snippet(&act.text);
        if !snippet.highlighted().is_empty() {
            snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
            return flatten(&snippet.to_html());
        }
        escape(&opening(&act.text))
    }
}

/// Line breaks of the PDF layout mean nothing in a snippet.
fn flatten(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first words of a text, up to the snippet length.
fn opening(text: &str) -> String {
    let flat = flatten(text);
    if flat.chars().count() <= SNIPPET_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(SNIPPET_CHARS).collect();
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
        assert!(open.chars().count() <= SNIPPET_CHARS + 2);
        assert_eq!(opening("  a\n b "), "a b");
    }

    #[test]
    fn escapes_html() {
        assert_eq!(
            escape("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
    }
}
