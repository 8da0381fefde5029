//! The human form of a search response, for a terminal.

use std::fmt::Write;

use super::SearchResponse;

/// A ranked list (date, type, number, title, snippet) and the facet counts.
pub fn to_text(response: &SearchResponse, offset: usize) -> String {
    let mut out = String::new();
    let shown = response.hits.len();
    let _ = writeln!(
        out,
        "{} results{}",
        response.total,
        if shown > 0 {
            format!(" (showing {}–{})", offset + 1, offset + shown)
        } else {
            String::new()
        }
    );
    if let Some(all_words) = response.all_words {
        let _ = writeln!(
            out,
            "{all_words} of them have every word; after them come acts with some of the words"
        );
    }
    for (i, hit) in response.hits.iter().enumerate() {
        let date = hit
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "—".into());
        let number = hit.number.as_deref().unwrap_or("pa numër");
        let _ = writeln!(
            out,
            "\n{:>3}. {}  [{}]  {}",
            offset + i + 1,
            date,
            hit.act_type.label(),
            number
        );
        let repealed = if hit.in_force {
            ""
        } else {
            "  [shfuqizuar / repealed]"
        };
        let _ = writeln!(out, "     {}{repealed}", hit.title);
        if let Some(operator) = &hit.operator {
            let value = hit
                .value_eur
                .map(|v| format!(", {v:.2} €"))
                .unwrap_or_default();
            let _ = writeln!(out, "     {operator}{value}  ({})", hit.municipality);
        }
        let _ = writeln!(out, "     {}", plain(&hit.snippet));
        let _ = writeln!(out, "     {}  (id {})", hit.source, hit.id);
    }
    let facets = &response.facets;
    let groups = [
        ("type", &facets.types),
        ("year", &facets.years),
        ("issuer", &facets.issuers),
        ("municipality", &facets.municipalities),
    ];
    for (name, counts) in groups {
        let counts = counts.iter().map(|(k, n)| (k.clone(), *n)).collect();
        facet_line(&mut out, name, counts);
    }
    let operators = facets
        .operators
        .values()
        .map(|o| (o.label.clone(), o.count))
        .collect();
    facet_line(&mut out, "operator", operators);
    out
}

/// `name: value (n), …`, the most frequent first.
fn facet_line(out: &mut String, name: &str, mut counts: Vec<(String, u64)>) {
    if counts.is_empty() {
        return;
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let list: Vec<String> = counts.iter().map(|(k, n)| format!("{k} ({n})")).collect();
    let _ = writeln!(out, "\n{name}: {}", list.join(", "));
}

/// A snippet for a terminal: marks become `[…]`, entities are decoded.
fn plain(snippet: &str) -> String {
    snippet
        .replace("<mark>", "[")
        .replace("</mark>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
