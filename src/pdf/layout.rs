//! Positioned glyphs to reading-order text.
//!
//! Glyphs are first rotated so their baseline runs left to right (a page
//! drawn sideways reads like any other). Consecutive glyphs on one baseline
//! form spans; a gap wider than [`SPACE_RATIO`] of the font size becomes a
//! space. Spans on the same baseline form lines, read top to bottom. When a
//! consistent vertical gutter splits the page, each stretch between
//! full-width lines is read left column first, then right. Finally a line
//! ending in "letter-" is joined to a next line starting in lowercase.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// A gap between glyphs wider than this fraction of the font size is a word break.
const SPACE_RATIO: f32 = 0.15;
/// A gap wider than this many font sizes ends a span (it may be a column gutter).
const SPAN_BREAK: f32 = 1.0;
/// Baselines closer than this fraction of the font size are the same line.
const SAME_LINE: f32 = 0.5;
/// Fewer spans than this are never split into columns.
const MIN_COLUMN_SPANS: usize = 5;

/// One shown code, in a frame where its baseline runs along +x and up is +y.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    x: f32,
    y: f32,
    end: f32,
    size: f32,
    text: String,
    /// Quarter turns of the baseline on the page (0: left to right).
    orient: u8,
}

impl Glyph {
    /// A glyph from its device-space origin, advance end, baseline direction and size.
    pub fn oriented(
        start: (f32, f32),
        end: (f32, f32),
        dir: (f32, f32),
        size: f32,
        text: String,
    ) -> Glyph {
        let angle = dir.1.atan2(dir.0);
        let quarter = (angle / std::f32::consts::FRAC_PI_2).round();
        let orient = if quarter.is_finite() {
            (quarter as i32).rem_euclid(4) as u8
        } else {
            0
        };
        let (x, y) = rotate(start, orient);
        let (ex, _) = rotate(end, orient);
        Glyph {
            x: finite(x),
            y: finite(y),
            end: finite(ex).max(finite(x)),
            size: if size.is_finite() && size > 0.01 {
                size
            } else {
                1.0
            },
            text: text.nfkc().collect(),
            orient,
        }
    }
}

fn finite(v: f32) -> f32 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// Turns a point back by `orient` quarter turns.
fn rotate((x, y): (f32, f32), orient: u8) -> (f32, f32) {
    match orient {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    }
}

/// A run of glyphs on one baseline, already with its inner spaces.
#[derive(Debug, Clone)]
struct Span {
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
    text: String,
}

/// The text of a page's glyphs.
pub fn text(glyphs: Vec<Glyph>) -> String {
    let glyphs = without_overprint(glyphs);
    let mut lines = Vec::new();
    for orient in 0..4u8 {
        let group: Vec<&Glyph> = glyphs.iter().filter(|g| g.orient == orient).collect();
        for block in columns(spans(&group)) {
            lines.extend(block_lines(block));
        }
    }
    join_hyphens(lines).join("\n")
}

/// Drops glyphs drawn again over themselves (fake bold, shadows).
fn without_overprint(glyphs: Vec<Glyph>) -> Vec<Glyph> {
    let mut seen: HashMap<(String, i64), Vec<f32>> = HashMap::new();
    let mut kept = Vec::with_capacity(glyphs.len());
    for glyph in glyphs {
        if glyph.text.trim().is_empty() {
            kept.push(glyph);
            continue;
        }
        let tolerance = ((glyph.end - glyph.x) * 0.3).max(0.1);
        let row = glyph.y.floor() as i64;
        let duplicate = (row - 1..=row + 1).any(|r| {
            seen.get(&(glyph.text.clone(), r))
                .is_some_and(|xs| xs.iter().any(|x| (x - glyph.x).abs() < tolerance))
        });
        if !duplicate {
            seen.entry((glyph.text.clone(), row))
                .or_default()
                .push(glyph.x);
            kept.push(glyph);
        }
    }
    kept
}

/// Glyphs in drawing order to spans.
fn spans(glyphs: &[&Glyph]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for glyph in glyphs {
        let continues = spans.last().is_some_and(|span| {
            let size = span.size.min(glyph.size);
            let gap = glyph.x - span.x1;
            (glyph.y - span.y).abs() <= SAME_LINE * size * 0.6
                && gap >= -0.5 * size
                && gap <= SPAN_BREAK * size.max(glyph.size)
        });
        match spans.last_mut() {
            Some(span) if continues => {
                let gap = glyph.x - span.x1;
                if gap > SPACE_RATIO * glyph.size.min(span.size) {
                    push_space(&mut span.text);
                }
                push_text(&mut span.text, &glyph.text);
                span.x1 = span.x1.max(glyph.end);
                span.size = span.size.max(glyph.size);
            }
            _ => {
                let mut text = String::new();
                push_text(&mut text, &glyph.text);
                spans.push(Span {
                    x0: glyph.x,
                    x1: glyph.end,
                    y: glyph.y,
                    size: glyph.size,
                    text,
                });
            }
        }
    }
    spans.retain(|s| !s.text.trim().is_empty());
    spans
}

fn push_space(text: &mut String) {
    if !text.is_empty() && !text.ends_with(char::is_whitespace) {
        text.push(' ');
    }
}

fn push_text(text: &mut String, piece: &str) {
    if piece.chars().all(char::is_whitespace) {
        push_space(text);
    } else {
        text.push_str(piece);
    }
}

/// Spans in reading-order blocks: one block, or column stretches when a gutter splits the page.
fn columns(spans: Vec<Span>) -> Vec<Vec<Span>> {
    let Some(gutter) = gutter(&spans) else {
        return vec![spans];
    };
    let mut sorted = spans;
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y));
    let mut blocks = Vec::new();
    let (mut left, mut right, mut full) = (Vec::new(), Vec::new(), Vec::new());
    for span in sorted {
        if span.x1 <= gutter {
            flush(&mut blocks, &mut full, &mut Vec::new());
            left.push(span);
        } else if span.x0 >= gutter {
            flush(&mut blocks, &mut full, &mut Vec::new());
            right.push(span);
        } else {
            flush_columns(&mut blocks, &mut left, &mut right);
            full.push(span);
        }
    }
    flush_columns(&mut blocks, &mut left, &mut right);
    flush(&mut blocks, &mut full, &mut Vec::new());
    blocks
}

fn flush(blocks: &mut Vec<Vec<Span>>, a: &mut Vec<Span>, b: &mut Vec<Span>) {
    a.append(b);
    if !a.is_empty() {
        blocks.push(std::mem::take(a));
    }
}

/// A stretch with at least two lines on each side reads as columns; a smaller one as lines.
fn flush_columns(blocks: &mut Vec<Vec<Span>>, left: &mut Vec<Span>, right: &mut Vec<Span>) {
    if line_count(left) >= 2 && line_count(right) >= 2 {
        flush(blocks, left, &mut Vec::new());
        flush(blocks, right, &mut Vec::new());
    } else {
        flush(blocks, left, right);
    }
}

fn line_count(spans: &[Span]) -> usize {
    block_lines(spans.to_vec()).len()
}

/// The x of a vertical gutter crossed by few spans with text on both sides, if any.
fn gutter(spans: &[Span]) -> Option<f32> {
    if spans.len() < 2 * MIN_COLUMN_SPANS {
        return None;
    }
    let left = spans.iter().map(|s| s.x0).fold(f32::INFINITY, f32::min);
    let right = spans.iter().map(|s| s.x1).fold(f32::NEG_INFINITY, f32::max);
    let width = right - left;
    if width.is_nan() || width <= 0.0 {
        return None;
    }
    const STEPS: usize = 60;
    let candidates: Vec<(f32, usize)> = (0..=STEPS)
        .map(|i| left + width * (0.25 + 0.5 * i as f32 / STEPS as f32))
        .map(|x| (x, spans.iter().filter(|s| s.x0 < x && s.x1 > x).count()))
        .collect();
    let fewest = candidates.iter().map(|(_, c)| *c).min()?;
    let run: Vec<f32> = candidates
        .iter()
        .filter(|(_, c)| *c == fewest)
        .map(|(x, _)| *x)
        .collect();
    let x = run.get(run.len() / 2).copied()?;
    let on_left = spans.iter().filter(|s| s.x1 <= x).count();
    let on_right = spans.iter().filter(|s| s.x0 >= x).count();
    let columnar = on_left >= MIN_COLUMN_SPANS
        && on_right >= MIN_COLUMN_SPANS
        && fewest * 10 <= spans.len()
        && overlap_vertically(spans, x);
    columnar.then_some(x)
}

/// Both sides of the gutter share most of their height (not a header over a body).
fn overlap_vertically(spans: &[Span], x: f32) -> bool {
    let range = |side: &dyn Fn(&Span) -> bool| {
        spans
            .iter()
            .filter(|s| side(s))
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), s| {
                (lo.min(s.y), hi.max(s.y))
            })
    };
    let (l0, l1) = range(&|s: &Span| s.x1 <= x);
    let (r0, r1) = range(&|s: &Span| s.x0 >= x);
    let shared = l1.min(r1) - l0.max(r0);
    let smaller = (l1 - l0).min(r1 - r0);
    smaller > 0.0 && shared >= 0.5 * smaller
}

/// Spans of a block to lines, top to bottom, each line left to right.
fn block_lines(mut spans: Vec<Span>) -> Vec<String> {
    spans.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<Vec<Span>> = Vec::new();
    for span in spans {
        match lines.last_mut() {
            Some(line)
                if line
                    .first()
                    .is_some_and(|f| (f.y - span.y).abs() <= SAME_LINE * f.size.min(span.size)) =>
            {
                line.push(span)
            }
            _ => lines.push(vec![span]),
        }
    }
    lines.into_iter().map(line_text).collect()
}

fn line_text(mut spans: Vec<Span>) -> String {
    spans.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut text = String::new();
    let mut last_end: Option<(f32, f32)> = None;
    for span in spans {
        if let Some((end, size)) = last_end {
            if span.x0 - end > SPACE_RATIO * size.min(span.size) {
                push_space(&mut text);
            }
        }
        text.push_str(&span.text);
        last_end = Some((span.x1, span.size));
    }
    text.trim().to_string()
}

/// "ndër-" + "marrje …" → "ndërmarrje …": a hyphen after a letter before a lowercase start.
fn join_hyphens(lines: Vec<String>) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines {
        let starts_lower = line.chars().next().is_some_and(char::is_lowercase);
        match joined.last_mut() {
            Some(previous) if starts_lower && ends_hyphenated(previous) => {
                previous.pop();
                previous.push_str(&line);
            }
            _ => joined.push(line),
        }
    }
    joined
}

fn ends_hyphenated(line: &str) -> bool {
    let mut tail = line.chars().rev();
    matches!(tail.next(), Some('-' | '\u{AD}')) && tail.next().is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word of glyphs 5 units wide each, size 10, starting at (x, y).
    fn word(x: f32, y: f32, text: &str) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| {
                let gx = x + 5.0 * i as f32;
                Glyph::oriented((gx, y), (gx + 5.0, y), (1.0, 0.0), 10.0, c.to_string())
            })
            .collect()
    }

    #[test]
    fn gaps_become_spaces_and_baselines_lines() {
        let mut glyphs = word(0.0, 100.0, "ab");
        glyphs.extend(word(13.0, 100.0, "cd")); // 3 units after "ab": a space
        glyphs.extend(word(24.0, 100.0, "ef")); // 1 unit after "cd": none
        glyphs.extend(word(0.0, 80.0, "gh"));
        assert_eq!(text(glyphs), "ab cdef\ngh");
    }

    #[test]
    fn lines_sort_top_to_bottom_and_fake_bold_is_dropped() {
        let mut glyphs = word(0.0, 50.0, "poshte");
        glyphs.extend(word(0.0, 90.0, "lart"));
        glyphs.extend(word(0.3, 90.2, "lart"));
        assert_eq!(text(glyphs), "lart\nposhte");
    }

    #[test]
    fn hyphenated_line_ends_join() {
        let lines = vec![
            "e ndër-".to_string(),
            "marrjes publike".to_string(),
            "Nr. 03/L-".into(),
            "040".into(),
        ];
        assert_eq!(
            join_hyphens(lines),
            vec!["e ndërmarrjes publike", "Nr. 03/L-", "040"]
        );
    }

    #[test]
    fn two_columns_read_left_then_right() {
        let mut glyphs = word(0.0, 300.0, "titulli");
        glyphs.extend(word(0.0, 280.0, "pertej te dy kolonave ne krye"));
        for i in 0..8 {
            let y = 250.0 - 14.0 * i as f32;
            glyphs.extend(word(0.0, y, &format!("majtas{i}")));
            glyphs.extend(word(100.0, y, &format!("djathtas{i}")));
        }
        let out = text(glyphs);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "titulli");
        assert_eq!(lines[2], "majtas0");
        assert_eq!(lines[9], "majtas7");
        assert_eq!(lines[10], "djathtas0");
        assert_eq!(lines.len(), 18);
    }

    #[test]
    fn sideways_text_reads_along_its_baseline() {
        let glyphs: Vec<Glyph> = "lart"
            .chars()
            .enumerate()
            .map(|(i, c)| {
                let y = 5.0 * i as f32;
                Glyph::oriented(
                    (100.0, y),
                    (100.0, y + 5.0),
                    (0.0, 1.0),
                    10.0,
                    c.to_string(),
                )
            })
            .collect();
        assert_eq!(text(glyphs), "lart");
    }

    #[test]
    fn ligatures_are_decomposed() {
        assert_eq!(text(word(0.0, 0.0, "\u{FB01}nanca")), "financa");
    }
}
