//! Bar charts as inline SVG, drawn on the server: data in, an escaped SVG
//! string out. No JavaScript and no external files; `viewBox` with
//! `width="100%"` lets a chart shrink to a 360-pixel phone without
//! scrolling (it is drawn 320 units wide, so its text stays legible
//! there). Every chart has `role="img"` and a `<title>` it is labelled
//! by; each bar has its own `<title>` with its exact value. Empty data
//! gives a "no data" chart; negative, NaN or huge values never break the
//! drawing. Pure: knows nothing of statistics or HTTP.

use std::fmt::Write;

/// The drawing's width in SVG units: about a phone's, so text keeps its size there.
const WIDTH: f64 = 320.0;
/// Room left of the plot for the axis labels.
const AXIS: f64 = 64.0;
const PLOT_HEIGHT: f64 = 180.0;
const TOP: f64 = 12.0;
/// Room under the plot for the year labels.
const BOTTOM: f64 = 24.0;
const LEGEND_ROW: f64 = 20.0;
/// A horizontal bar's row: its label above, the bar under it.
const ROW: f64 = 42.0;
const LABEL_CHARS: usize = 40;

/// Colours for up to twelve series (types), distinguishable on white.
const PALETTE: [&str; 12] = [
    "#0b4f8a", "#d9a520", "#2a9d8f", "#c2410c", "#7c3aed", "#65a30d", "#db2777", "#0891b2",
    "#a16207", "#475569", "#15803d", "#9f1239",
];

/// What the numbers are, for their labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Count,
    Euro,
    Days,
}

impl Unit {
    /// The exact value, as the bar's tooltip says it.
    fn full(self, value: f64) -> String {
        match self {
            Unit::Count => group(value),
            Unit::Euro => super::pages::format_eur(value),
            Unit::Days => format!("{} ditë", decimal(value)),
        }
    }

    /// A short value for an axis or beside a bar: `1,2 mln €`, `350 mijë €`.
    fn short(self, value: f64) -> String {
        match self {
            Unit::Count => group(value),
            Unit::Days => format!("{} ditë", decimal(value)),
            Unit::Euro => {
                let a = value.abs();
                if a >= 1e9 {
                    format!("{} mld €", one_decimal(value / 1e9))
                } else if a >= 1e6 {
                    format!("{} mln €", one_decimal(value / 1e6))
                } else if a >= 1e3 {
                    format!("{} mijë €", one_decimal(value / 1e3))
                } else {
                    format!("{} €", one_decimal(value))
                }
            }
        }
    }
}

/// A whole number with dots between thousands (`12.345`).
fn group(value: f64) -> String {
    let rounded = clean(value).round();
    if rounded >= 1e18 {
        return format!("{rounded:.0}");
    }
    let digits = (rounded as u64).to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// One decimal with a comma, none when whole: `1,5`, `12`.
fn one_decimal(value: f64) -> String {
    let v = (value * 10.0).round() / 10.0;
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}").replace('.', ",")
    }
}

fn decimal(value: f64) -> String {
    one_decimal(clean(value))
}

/// Negative, NaN and infinite values draw as nothing.
fn clean(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

/// Escapes text for SVG content and attribute values: the snippets'
/// HTML escaping, with control characters (not allowed in XML 1.0) as spaces.
pub fn escape(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    crate::search::escape_html(&text)
}

/// An id safe in an XML attribute and as a fragment.
fn safe_id(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn shorten(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// An axis top at or above `max` that divides into round halves.
fn nice_max(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(max.log10().floor());
    let nice = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&n| n >= max)
        .unwrap_or(max);
    if nice.is_finite() && nice >= max {
        nice
    } else {
        max
    }
}

fn open(out: &mut String, id: &str, title: &str, height: f64) {
    let id = safe_id(id);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {WIDTH} {height:.0}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title\"><title id=\"{id}-title\">{}</title>",
        escape(title)
    );
}

/// The chart that says there is nothing to draw.
fn no_data(id: &str, title: &str) -> String {
    let mut out = String::new();
    open(&mut out, id, title, 60.0);
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"35\" text-anchor=\"middle\" class=\"chart-empty\">Nuk ka të dhëna (no data)</text></svg>",
        WIDTH / 2.0
    );
    out
}

/// One series of a column chart: its name and a value per category.
pub struct Series {
    pub label: String,
    pub values: Vec<f64>,
}

/// Columns per category (years), stacked by series (types) with a legend
/// under the chart when there is more than one series. Categories whose
/// columns would be too narrow for their label show every n-th label.
pub fn columns(
    id: &str,
    title: &str,
    categories: &[String],
    series: &[Series],
    unit: Unit,
) -> String {
    let totals: Vec<f64> = (0..categories.len())
        .map(|i| {
            series
                .iter()
                .map(|s| clean(s.values.get(i).copied().unwrap_or(0.0)))
                .sum()
        })
        .collect();
    let max = totals.iter().copied().fold(0.0, f64::max);
    if categories.is_empty() || series.is_empty() || max <= 0.0 || !max.is_finite() {
        return no_data(id, title);
    }
    let legend = if series.len() > 1 {
        series.len().div_ceil(2) as f64 * LEGEND_ROW + 8.0
    } else {
        0.0
    };
    let height = TOP + PLOT_HEIGHT + BOTTOM + legend;
    let mut out = String::new();
    open(&mut out, id, title, height);
    let top = nice_max(max);
    let plot_width = WIDTH - AXIS - 8.0;
    let base = TOP + PLOT_HEIGHT;
    // Axis: 0, half, top.
    for fraction in [0.0, 0.5, 1.0] {
        let y = base - PLOT_HEIGHT * fraction;
        let _ = write!(
            out,
            "<line x1=\"{AXIS}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" class=\"chart-grid\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" class=\"chart-axis\">{}</text>",
            WIDTH - 8.0,
            AXIS - 4.0,
            y + 4.0,
            escape(&unit.short(top * fraction))
        );
    }
    let slot = plot_width / categories.len() as f64;
    let bar = (slot * 0.72).max(1.0);
    let every = (36.0 / slot).ceil().max(1.0) as usize;
    for (i, category) in categories.iter().enumerate() {
        let x = AXIS + slot * i as f64 + (slot - bar) / 2.0;
        let mut y = base;
        for (s, one) in series.iter().enumerate() {
            let value = clean(one.values.get(i).copied().unwrap_or(0.0));
            if value <= 0.0 {
                continue;
            }
            let h = PLOT_HEIGHT * (value / top);
            y -= h;
            let name = if series.len() > 1 {
                format!("{category}, {}: {}", one.label, unit.full(value))
            } else {
                format!("{category}: {}", unit.full(value))
            };
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{}\"><title>{}</title></rect>",
                PALETTE[s % PALETTE.len()],
                escape(&name)
            );
        }
        if i % every == 0 {
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" class=\"chart-label\">{}</text>",
                x + bar / 2.0,
                base + 16.0,
                escape(&shorten(category))
            );
        }
    }
    if series.len() > 1 {
        for (s, one) in series.iter().enumerate() {
            let x = 8.0 + (s % 2) as f64 * (WIDTH / 2.0);
            let y = base + BOTTOM + 8.0 + (s / 2) as f64 * LEGEND_ROW;
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\" class=\"chart-legend\">{}</text>",
                PALETTE[s % PALETTE.len()],
                x + 17.0,
                y + 10.5,
                escape(&shorten(&one.label))
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// One horizontal bar per row, its label above it and its value beside it:
/// long names (operators, procedures) stay readable on a phone.
pub fn bars(id: &str, title: &str, rows: &[(String, f64)], unit: Unit) -> String {
    let max = rows.iter().map(|(_, v)| clean(*v)).fold(0.0, f64::max);
    if rows.is_empty() || !max.is_finite() {
        return no_data(id, title);
    }
    // All zero (every act published the day it was dated) is data too.
    let max = if max > 0.0 { max } else { 1.0 };
    let height = rows.len() as f64 * ROW + 8.0;
    let mut out = String::new();
    open(&mut out, id, title, height);
    // Room right of the longest bar for its value.
    let span = WIDTH - 16.0 - 84.0;
    for (i, (label, value)) in rows.iter().enumerate() {
        let value = clean(*value);
        let y = 4.0 + i as f64 * ROW;
        let w = (span * (value / max)).max(if value > 0.0 { 1.0 } else { 0.0 });
        let _ = write!(
            out,
            "<text x=\"8\" y=\"{:.1}\" class=\"chart-label\">{}</text><rect x=\"8\" y=\"{:.1}\" width=\"{w:.1}\" height=\"14\" fill=\"{}\"><title>{}</title></rect><text x=\"{:.1}\" y=\"{:.1}\" class=\"chart-value\">{}</text>",
            y + 13.0,
            escape(&shorten(label)),
            y + 19.0,
            PALETTE[0],
            escape(&format!("{label}: {}", unit.full(value))),
            8.0 + w + 4.0,
            y + 30.5,
            escape(&unit.short(value))
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn well_formed(svg: &str) {
        let mut reader = quick_xml::Reader::from_str(svg);
        let mut depth = 0i32;
        loop {
            match reader.read_event().expect("well-formed SVG") {
                quick_xml::events::Event::Start(_) => depth += 1,
                quick_xml::events::Event::End(_) => depth -= 1,
                quick_xml::events::Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!(depth, 0);
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
        assert!(svg.contains("role=\"img\"") && svg.contains("width=\"100%\""));
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn labels_and_titles_are_escaped() {
        let svg = bars(
            "op\"x",
            "Operatorët <&\">",
            &[("A&B <Sh.p.k> \"X\"".to_string(), 10.0)],
            Unit::Euro,
        );
        well_formed(&svg);
        assert!(svg.contains("Operatorët &lt;&amp;&quot;&gt;"));
        assert!(svg.contains("A&amp;B &lt;Sh.p.k&gt; &quot;X&quot;"));
        assert!(svg.contains("aria-labelledby=\"op-x-title\""));
        let series = [
            Series {
                label: "<b>".into(),
                values: vec![1.0],
            },
            Series {
                label: "&".into(),
                values: vec![2.0],
            },
        ];
        let svg = columns("c", "t", &["20&14".into()], &series, Unit::Count);
        well_formed(&svg);
        assert!(svg.contains("20&amp;14") && svg.contains("&lt;b&gt;"));
    }

    #[test]
    fn empty_data_gives_a_no_data_chart() {
        for svg in [
            bars("a", "t", &[], Unit::Count),
            columns("b", "t", &[], &[], Unit::Euro),
            columns(
                "b",
                "t",
                &["2014".into()],
                &[Series {
                    label: "x".into(),
                    values: vec![f64::NAN],
                }],
                Unit::Euro,
            ),
        ] {
            well_formed(&svg);
            assert!(svg.contains("Nuk ka të dhëna"), "{svg}");
            assert!(!svg.contains("<rect"));
        }
    }

    #[test]
    fn zero_values_are_drawn_as_zero_not_as_no_data() {
        let svg = bars("z", "t", &[("Vendim".into(), 0.0)], Unit::Days);
        well_formed(&svg);
        assert!(svg.contains("width=\"0.0\"") && svg.contains("0 ditë"));
    }

    #[test]
    fn huge_and_bad_values_stay_inside_the_drawing() {
        let rows = [
            ("A".to_string(), f64::MAX),
            ("B".to_string(), f64::INFINITY),
            ("C".to_string(), -5.0),
            ("D".to_string(), 1.0),
        ];
        let svg = bars("h", "t", &rows, Unit::Euro);
        well_formed(&svg);
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        let series = [Series {
            label: "x".into(),
            values: vec![f64::MAX / 2.0, f64::MAX / 2.0, 3.0],
        }];
        let svg = columns(
            "c",
            "t",
            &["a".into(), "b".into(), "c".into()],
            &series,
            Unit::Count,
        );
        well_formed(&svg);
        assert!(!svg.contains("NaN"));
        // Every coordinate is a finite number.
        for attr in ["width=\"", "height=\"", " y=\""] {
            for part in svg.split(attr).skip(1) {
                let value = part.split('"').next().unwrap();
                if value != "100%" {
                    let v: f64 = value.parse().unwrap();
                    assert!(v.is_finite() && v >= 0.0, "{attr}{value}");
                }
            }
        }
    }

    #[test]
    fn many_years_thin_their_labels_and_types_get_a_legend() {
        let years: Vec<String> = (2000..2030).map(|y| y.to_string()).collect();
        let series = [
            Series {
                label: "Vendim".into(),
                values: vec![1.0; 30],
            },
            Series {
                label: "Kontratë".into(),
                values: vec![2.0; 30],
            },
        ];
        let svg = columns("y", "t", &years, &series, Unit::Count);
        well_formed(&svg);
        assert!(svg.contains(">2000<") && !svg.contains(">2001<"));
        assert_eq!(svg.matches("<rect").count(), 30 * 2 + 2);
        assert!(svg.contains("2001, Kontratë: 2"));
    }

    #[test]
    fn values_read_as_in_kosovo() {
        assert_eq!(Unit::Euro.short(1_250_000.0), "1,3 mln €");
        assert_eq!(Unit::Euro.short(350_000.0), "350 mijë €");
        assert_eq!(Unit::Euro.full(1234.5), "1.234,50 €");
        assert_eq!(Unit::Count.full(12345.0), "12.345");
        assert_eq!(Unit::Days.full(2.5), "2,5 ditë");
        assert_eq!(nice_max(7.0), 10.0);
        assert_eq!(nice_max(180.0), 200.0);
        assert_eq!(nice_max(f64::MAX), f64::MAX);
    }
}
