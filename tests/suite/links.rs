//! Links between acts on the sample archive: amendments and repeals resolve
//! to the acts they name, and a repealed act is marked and can be left out.

use std::collections::BTreeSet;
use std::sync::Arc;

use arkiva::derived::Derived;
use arkiva::links::Relation;
use arkiva::search::{search, SearchRequest};

use crate::suite::util::sample_archive;

fn derived() -> Derived {
    Derived::load(sample_archive().dir()).expect("derived.json of the sample")
}

#[test]
fn sample_links_point_back_in_time_at_the_acts_they_quote() {
    let archive = sample_archive();
    let links = derived().links.links;
    let count = |r: Relation| links.iter().filter(|l| l.relation == r).count();
    assert!(
        count(Relation::Amends) >= 5,
        "amendments: {}",
        count(Relation::Amends)
    );
    assert!(
        count(Relation::Repeals) >= 5,
        "repeals: {}",
        count(Relation::Repeals)
    );
    assert!(
        count(Relation::Cites) >= 3,
        "citations: {}",
        count(Relation::Cites)
    );
    for link in &links {
        let from = archive.get(&link.from).unwrap().expect("citing act stored");
        let to = archive.get(&link.to).unwrap().expect("cited act stored");
        assert_ne!(from.id, to.id);
        if let (Some(cited_on), Some(citing_on)) = (to.date, from.date) {
            assert!(
                cited_on <= citing_on,
                "{} cites a later act {}",
                from.title,
                to.title
            );
        }
        let spaced = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            spaced(&link.sentence).contains(&spaced(&link.raw)),
            "{link:?}"
        );
        // The citation names the target: its number, else its date.
        let named = to.number.as_deref().is_some_and(|n| {
            let tail = n.rsplit(['-', ' ']).next().unwrap_or(n);
            link.raw.contains(tail)
        }) || to
            .date
            .is_some_and(|d| link.raw.contains(&d.format("%d.%m.%Y").to_string()));
        assert!(
            named,
            "{} does not name {:?} {:?}",
            link.raw, to.number, to.date
        );
    }
}

#[test]
fn repealed_acts_are_marked_and_can_be_left_out() {
    let archive = sample_archive();
    let repealed: Arc<arkiva::search::Repealed> = Arc::new(derived().links.repealed().into());
    assert!(!repealed.is_empty());
    let all = |in_force_only: bool| SearchRequest {
        limit: 1000,
        repealed: repealed.clone(),
        in_force_only,
        ..SearchRequest::default()
    };
    let everything = search(archive, &all(false)).unwrap();
    let in_force = search(archive, &all(true)).unwrap();
    assert_eq!(everything.total - in_force.total, repealed.len() as u64);
    assert!(in_force
        .hits
        .iter()
        .all(|h| h.in_force && !repealed.contains(&h.id)));
    let marked: BTreeSet<_> = everything
        .hits
        .iter()
        .filter(|h| !h.in_force)
        .map(|h| h.id.clone())
        .collect();
    assert_eq!(&marked, repealed.ids());
    for id in repealed.ids() {
        let act = archive.get(id).unwrap().unwrap();
        let by_title = |in_force_only| SearchRequest {
            query: act.title.clone(),
            ..all(in_force_only)
        };
        let found = search(archive, &by_title(false)).unwrap();
        assert!(
            found.hits.iter().any(|h| &h.id == id && !h.in_force),
            "{}",
            act.title
        );
        let left_out = search(archive, &by_title(true)).unwrap();
        assert!(left_out.hits.iter().all(|h| &h.id != id), "{}", act.title);
        assert!(
            left_out.facets.types.values().sum::<u64>() < found.facets.types.values().sum::<u64>()
        );
    }
}

#[tokio::test]
async fn the_site_marks_repealed_acts_and_filters_them_out() {
    use crate::suite::util::get;
    let archive = sample_archive();
    let app = arkiva::web::router(archive.clone());
    let repealed = derived().links.repealed();
    let all = get(&app, "/api/search?per_page=1").await.json();
    let in_force = get(&app, "/api/search?per_page=1&in_force=1").await.json();
    assert_eq!(
        all["total"].as_u64().unwrap() - in_force["total"].as_u64().unwrap(),
        repealed.len() as u64
    );
    let bad = get(&app, "/api/search?in_force=ndoshta").await;
    assert_eq!(bad.status.as_u16(), 400);
    assert!(bad.text().contains("in_force"));
    let id = repealed.iter().next().unwrap();
    let act = archive.get(id).unwrap().unwrap();
    let q: String = form_urlencoded::byte_serialize(act.title.as_bytes()).collect();
    let page = get(&app, &format!("/?q={q}")).await.text();
    let shown = page
        .find(&format!("/acts/{id}"))
        .expect("the repealed act is listed");
    let entry_end = page[shown..]
        .find("</li>")
        .map_or(page.len(), |e| shown + e);
    assert!(
        page[shown..entry_end].contains("Shfuqizuar"),
        "marked in the list"
    );
    let page = get(&app, &format!("/?q={q}&in_force=1")).await.text();
    assert!(
        !page.contains(&format!("/acts/{id}\"")),
        "left out when asked"
    );
    assert!(page.contains("name=\"in_force\" id=\"in_force\" value=\"1\" checked"));
    let export = get(&app, "/api/export.csv?in_force=1").await.text();
    assert!(!export.contains(id.as_str()));
}
