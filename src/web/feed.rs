//! Atom feeds (RFC 4287) of a search's newest acts: `/feed.atom` takes the
//! parameters of the search page and the API, so a feed reader can follow
//! "new decisions of the Assembly" or "contracts with operator X".
//!
//! [`atom`] is pure: canonical query pairs and hits in, XML out, nothing of
//! HTTP. The XML is written with `quick-xml`, which escapes every text node
//! and attribute value (already a dependency of calamine, so nothing new is
//! built), rather than by hand.

use std::io;

use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::error::ApiError;
use super::{pages, params, AppState};
use crate::model::{sha256_hex, ActType};
use crate::search::{self, Hit, Sort};

/// How many of the newest matching acts a feed holds.
pub const FEED_ENTRIES: usize = 50;
pub const MEDIA_TYPE: &str = "application/atom+xml; charset=utf-8";
const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
/// The `updated` of a feed without dated acts (Atom requires one; a fixed
/// value keeps the feed stable).
const NO_DATE: &str = "1970-01-01T00:00:00Z";

pub async fn feed(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let params = params::parse(query.as_deref())?.knowing(&state.derived);
    let pairs = pages::canonical_pairs(&params);
    let mut request = params.request;
    (request.sort, request.limit, request.offset) = (Sort::Newest, FEED_ENTRIES, 0);
    let archive = state.archive.clone();
    let response =
        tokio::task::spawn_blocking(move || search::search(&archive, &request)).await??;
    let base = pages::origin(&headers).unwrap_or_default();
    let xml = atom(&base, &pairs, &response.hits)
        .map_err(|e| ApiError::Internal(format!("atom: {e}")))?;
    let content_type = HeaderValue::from_static(MEDIA_TYPE);
    Ok(([(header::CONTENT_TYPE, content_type)], xml).into_response())
}

/// The feed of `hits` (newest first) for the search given by its canonical
/// query `pairs`; links start with `base` (`http://host`, or empty for
/// links relative to the site).
pub fn atom(base: &str, pairs: &[(&'static str, String)], hits: &[Hit]) -> io::Result<Vec<u8>> {
    let query = encode(pairs);
    let suffix = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    let updated = hits
        .iter()
        .filter_map(|h| h.date)
        .max()
        .map(rfc3339)
        .unwrap_or_else(|| NO_DATE.to_string());
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    w.create_element("feed")
        .with_attribute(("xmlns", ATOM_NS))
        .with_attribute(("xml:lang", "sq"))
        .write_inner_content(|w| {
            text(w, "id", &feed_id(&query))?;
            text(w, "title", &title(pairs))?;
            text(w, "updated", &updated)?;
            link(
                w,
                "self",
                &format!("{base}/feed.atom{suffix}"),
                Some(MEDIA_TYPE),
            )?;
            link(
                w,
                "alternate",
                &format!("{base}/{suffix}"),
                Some("text/html"),
            )?;
            w.create_element("author")
                .write_inner_content(|w| text(w, "name", "arkiva"))?;
            text(w, "generator", "arkiva")?;
            for hit in hits {
                entry(w, base, hit, &updated)?;
            }
            Ok(())
        })?;
    Ok(w.into_inner())
}

fn entry(w: &mut Writer<Vec<u8>>, base: &str, hit: &Hit, feed_updated: &str) -> io::Result<()> {
    w.create_element("entry").write_inner_content(|w| {
        text(w, "id", &format!("urn:arkiva:act:{}", hit.id))?;
        text(w, "title", &hit.title)?;
        link(w, "alternate", &format!("{base}/acts/{}", hit.id), None)?;
        match hit.date {
            Some(date) => {
                text(w, "published", &rfc3339(date))?;
                text(w, "updated", &rfc3339(date))?;
            }
            None => {
                text(w, "updated", feed_updated)?;
            }
        }
        w.create_element("category")
            .with_attribute(("term", hit.act_type.slug()))
            .with_attribute(("label", hit.act_type.label()))
            .write_empty()?;
        w.create_element("summary")
            .with_attribute(("type", "text"))
            .write_text_content(BytesText::new(&summary(hit)))?;
        Ok(())
    })?;
    Ok(())
}

fn text(w: &mut Writer<Vec<u8>>, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

fn link(w: &mut Writer<Vec<u8>>, rel: &str, href: &str, media: Option<&str>) -> io::Result<()> {
    let mut element = w
        .create_element("link")
        .with_attribute(("rel", rel))
        .with_attribute(("href", href));
    if let Some(media) = media {
        element = element.with_attribute(("type", media));
    }
    element.write_empty()?;
    Ok(())
}

fn encode(pairs: &[(&'static str, String)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs {
        out.append_pair(key, value);
    }
    out.finish()
}

/// Stable for a search however its parameters were ordered or spelled
/// (the pairs are canonical), and short whatever the query.
fn feed_id(query: &str) -> String {
    let hash = sha256_hex(query.as_bytes());
    format!("urn:arkiva:feed:{}", &hash[..16])
}

/// A day as an RFC 3339 instant (acts carry days, not times).
fn rfc3339(date: NaiveDate) -> String {
    format!("{}T00:00:00Z", date.format("%Y-%m-%d"))
}

/// "Aktet e reja", "Aktet e reja për «rruga»", "Aktet e reja: Vendim,
/// Kuvendi i Komunës, 2023".
pub fn title(pairs: &[(&'static str, String)]) -> String {
    let mut q = None;
    let mut parts = Vec::new();
    for (key, value) in pairs {
        let part = match *key {
            "q" => {
                q = Some(value.as_str());
                continue;
            }
            "type" => value
                .parse::<ActType>()
                .map(|t| t.label().to_string())
                .unwrap_or_else(|_| value.clone()),
            "operator" => format!("operatori {value}"),
            "from" => format!("nga {}", day(value)),
            "to" => format!("deri më {}", day(value)),
            "min_value" => format!("vlera të paktën {value} €"),
            "max_value" => format!("vlera deri në {value} €"),
            _ => value.clone(),
        };
        parts.push(part);
    }
    let mut title = "Aktet e reja".to_string();
    if let Some(q) = q {
        title.push_str(&format!(" për «{q}»"));
    }
    if !parts.is_empty() {
        title.push_str(": ");
        title.push_str(&parts.join(", "));
    }
    title
}

fn day(iso: &str) -> String {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map(|d| d.format("%d.%m.%Y").to_string())
        .unwrap_or_else(|_| iso.to_string())
}

/// Type, number, date, issuer and municipality; a contract's operator and value.
fn summary(hit: &Hit) -> String {
    let mut head = hit.act_type.label().to_string();
    if let Some(number) = hit.number.as_deref().filter(|n| !n.is_empty()) {
        head.push_str(&format!(" nr. {number}"));
    }
    if let Some(date) = hit.date {
        head.push_str(&format!(", {}", date.format("%d.%m.%Y")));
    }
    let mut parts = vec![head];
    parts.extend(hit.issuer.clone().filter(|i| !i.is_empty()));
    if !hit.municipality.is_empty() {
        parts.push(format!("Komuna: {}", hit.municipality));
    }
    if let Some(operator) = hit.operator.as_deref().filter(|o| !o.is_empty()) {
        parts.push(format!("Operatori: {operator}"));
    }
    if let Some(value) = hit.value_eur {
        parts.push(format!("Vlera: {}", pages::format_eur(value)));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActId;

    fn hit(id: &str, title: &str, date: Option<NaiveDate>) -> Hit {
        Hit {
            id: ActId::parse(id).unwrap(),
            act_type: ActType::Kontrate,
            title: title.to_string(),
            number: Some("01/23 & \"b\"".to_string()),
            date,
            issuer: Some("Kuvendi i Komunës".to_string()),
            municipality: "Gjilan".to_string(),
            operator: Some("\"TALI\" sh.p.k <ç>".to_string()),
            value_eur: Some(180000.0),
            source: "a.csv#row=2".to_string(),
            in_force: true,
            snippet: String::new(),
            score: 1.0,
        }
    }

    #[test]
    fn escapes_text_and_attributes() {
        let date = NaiveDate::from_ymd_opt(2023, 5, 12);
        let hits = [
            hit(
                "00000000000000aa",
                "<script>alert('x')</script> & «ë»",
                date,
            ),
            hit("00000000000000bb", "Pa datë", None),
        ];
        let pairs = [
            ("q", "rrugë & <ç> \"x\"".to_string()),
            ("type", "kontrate".to_string()),
            ("operator", "O'Neil & Co".to_string()),
        ];
        let xml = String::from_utf8(atom("http://h", &pairs, &hits).unwrap()).unwrap();
        assert!(!xml.contains("<script>"), "{xml}");
        assert!(xml.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; «ë»"));
        assert!(xml.contains("<title>Aktet e reja për «rrugë &amp; &lt;ç&gt; &quot;x&quot;»: Kontratë, operatori O&apos;Neil &amp; Co</title>"), "{xml}");
        assert!(xml.contains("Operatori: &quot;TALI&quot; sh.p.k &lt;ç&gt;"));
        assert!(xml.contains("Kontratë nr. 01/23 &amp; &quot;b&quot;, 12.05.2023"));
        assert!(xml.contains("Vlera: 180.000,00 €"));
        assert!(xml.contains("<id>urn:arkiva:act:00000000000000aa</id>"));
        assert!(xml.contains(r#"<link rel="alternate" href="http://h/acts/00000000000000aa"/>"#));
        assert!(xml.contains(
            r#"href="http://h/feed.atom?q=rrug%C3%AB+%26+%3C%C3%A7%3E+%22x%22&amp;type=kontrate&amp;operator=O%27Neil+%26+Co""#
        ), "{xml}");
        assert!(xml.contains("<published>2023-05-12T00:00:00Z</published>"));
        // The undated entry borrows the feed's date.
        assert_eq!(
            xml.matches("<updated>2023-05-12T00:00:00Z</updated>")
                .count(),
            3
        );
        // Well-formed, and the title reads back as it was.
        let mut reader = quick_xml::Reader::from_str(&xml);
        let mut entries = 0;
        loop {
            match reader.read_event().unwrap() {
                Event::Start(e) if e.name().into_inner() == "entry" => entries += 1,
                Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!(entries, 2);
        let raw = xml
            .split("<entry><id>urn:arkiva:act:00000000000000aa</id><title>")
            .nth(1)
            .unwrap();
        let raw = raw.split("</title>").next().unwrap();
        assert_eq!(
            quick_xml::escape::unescape(raw).unwrap(),
            "<script>alert('x')</script> & «ë»"
        );
    }

    #[test]
    fn ids_are_stable_and_titles_describe_the_query() {
        let a = encode(&[("type", "vendim".to_string())]);
        assert_eq!(feed_id(&a), feed_id(&a.clone()));
        assert_ne!(feed_id(&a), feed_id(""));
        assert_eq!(title(&[]), "Aktet e reja");
        assert_eq!(
            title(&[
                ("type", "vendim".to_string()),
                ("issuer", "Kuvendi i Komunës".to_string()),
                ("from", "2023-01-01".to_string()),
            ]),
            "Aktet e reja: Vendim, Kuvendi i Komunës, nga 01.01.2023"
        );
        let empty = String::from_utf8(atom("", &[], &[]).unwrap()).unwrap();
        assert!(empty.contains("<updated>1970-01-01T00:00:00Z</updated>"));
        assert!(empty.contains(r#"<link rel="alternate" href="/" type="text/html"/>"#));
    }
}
