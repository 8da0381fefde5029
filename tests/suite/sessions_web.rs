//! Sessions and links between acts on the web (issue 9, part 5): the
//! session list and page, the JSON of `/api/sessions`, `/api/turns` and the
//! act envelope, over a fixture archive whose `derived.json` the test
//! writes by hand from the ingested acts' real ids.

use axum::http::StatusCode;
use axum::Router;
use chrono::NaiveDate;
use serde_json::{json, Value};

use super::util::{all_acts, get, Fixture};
use arkiva::derived::Derived;
use arkiva::links::{Link, LinkGraph, Relation};
use arkiva::model::{Act, ActId};
use arkiva::sessions::record::{
    DocumentRole, Session, SessionDocument, SessionId, SessionItem, SessionKind,
};
use arkiva::sessions::turns::{Side, Turn};
use arkiva::sessions::{Outcome, Votes};
use arkiva::web::router;

const YOUTUBE: &str = "https://www.youtube.com/watch?v=AbCdEf12345";
const OTHER_VIDEO: &str = "https://kuvendi.example/video/mbledhja-5.mp4";

struct World {
    _fixture: Fixture,
    app: Router,
    /// The bursary decision (PDF): amended by `amending`, repealed by `repealing`, cites `cited`.
    decision: Act,
    amending: Act,
    repealing: Act,
    cited: Act,
    budget: SessionId,
    committee: SessionId,
}

fn turn(speaker: &str, group: &str, side: Side, text: &str) -> Turn {
    Turn {
        speaker: speaker.into(),
        group: Some(group.into()),
        side: Some(side),
        text: text.into(),
    }
}

fn document(act: &Act, role: DocumentRole) -> SessionDocument {
    SessionDocument {
        id: act.id.clone(),
        role,
        act_type: act.act_type,
        title: act.title.clone(),
        date: act.date,
    }
}

fn link(from: &Act, to: &Act, relation: Relation) -> Link {
    Link {
        from: from.id.clone(),
        to: to.id.clone(),
        relation,
        raw: "Vendimi 01 Nr. 016-4471/21".into(),
        sentence: format!("Fjalia që e përmend ({}).", relation.slug()),
    }
}

fn world() -> World {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let acts = all_acts(&archive);
    let find = |needle: &str| -> Act {
        acts.iter()
            .find(|a| a.source.contains(needle))
            .unwrap_or_else(|| panic!("no act from {needle}"))
            .clone()
    };
    let decision = find("vendim-bursat.pdf");
    let amending = acts
        .iter()
        .find(|a| a.title.contains("subvencionimin"))
        .unwrap()
        .clone();
    let repealing = find("regjistri-me-gabim.csv");
    let cited = find("regjistri-i-kontratave.csv");
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let budget_date = date("2020-12-20");
    let budget = Session {
        id: SessionId::new("Gjilan", budget_date, "Kuvendi i Komunës"),
        municipality: "Gjilan".into(),
        date: budget_date,
        body: "Kuvendi i Komunës".into(),
        ordinal: Some(5),
        kind: SessionKind::Rregullt,
        items: vec![
            SessionItem {
                number: 1,
                title: "Buxheti i Komunës për vitin 2021".into(),
                outcome: Outcome::Miratuar,
                votes: Votes {
                    for_: Some(24),
                    against: Some(3),
                    abstain: Some(2),
                },
                source_sentence: Some(
                    "Buxheti u miratua me 24 vota për, 3 kundër dhe 2 abstenime.".into(),
                ),
                acts: vec![decision.id.clone()],
                turns: vec![
                    turn(
                        "Arben Gashi",
                        "LDK",
                        Side::Pozite,
                        "Ky buxhet ndan më shumë për shkollat.",
                    ),
                    turn(
                        "Drita Krasniqi",
                        "VV",
                        Side::Opozite,
                        "Buxheti nuk ka investime në fshatra.",
                    ),
                    turn(
                        "Besnik Hoxha",
                        "VV",
                        Side::Opozite,
                        "Ujësjellësi i Livočit ende pret.",
                    ),
                ],
            },
            SessionItem {
                number: 2,
                title: "Rregullorja për taksat komunale".into(),
                outcome: Outcome::NukMiratuar,
                votes: Votes {
                    for_: Some(10),
                    against: None,
                    abstain: None,
                },
                source_sentence: Some("Propozimi nuk kaloi, pasi mori vetëm 10 vota për.".into()),
                acts: vec![],
                turns: vec![],
            },
        ],
        unread: vec![],
        documents: vec![
            document(&decision, DocumentRole::Vendim),
            document(&repealing, DocumentRole::Komunikate),
        ],
        recordings: vec![YOUTUBE.into(), OTHER_VIDEO.into()],
    };
    let committee_date = date("2021-03-25");
    let committee = Session {
        id: SessionId::new(
            "Gjilan",
            committee_date,
            "Komiteti për Politikë dhe Financa",
        ),
        municipality: "Gjilan".into(),
        date: committee_date,
        body: "Komiteti për Politikë dhe Financa".into(),
        ordinal: None,
        kind: SessionKind::Jashtezakonshme,
        items: vec![],
        unread: vec![],
        documents: vec![],
        recordings: vec![],
    };
    let derived = Derived {
        sessions: vec![committee.clone(), budget.clone()],
        links: LinkGraph {
            links: vec![
                link(&amending, &decision, Relation::Amends),
                link(&repealing, &decision, Relation::Repeals),
                link(&decision, &cited, Relation::Cites),
            ],
        },
        registers: Default::default(),
    };
    derived.save(archive.dir()).unwrap();
    World {
        _fixture: fixture,
        app: router(archive),
        decision,
        amending,
        repealing,
        cited,
        budget: budget.id,
        committee: committee.id,
    }
}

fn keys(v: &Value) -> Vec<String> {
    let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

#[tokio::test]
async fn the_session_list_has_the_issues_shape_and_filters() {
    let w = world();
    let all = get(&w.app, "/api/sessions").await;
    assert_eq!(all.status, StatusCode::OK);
    let all = all.json();
    assert_eq!(all["total"], 2);
    let first = &all["sessions"][0];
    assert_eq!(
        keys(first),
        [
            "body",
            "date",
            "id",
            "items_count",
            "kind",
            "ordinal",
            "recordings"
        ]
    );
    assert_eq!(first["id"], w.committee.as_str(), "newest first");
    assert_eq!(first["kind"], "e_jashtezakonshme");
    assert_eq!(first["ordinal"], Value::Null);
    let budget = &all["sessions"][1];
    assert_eq!(budget["date"], "2020-12-20");
    assert_eq!(budget["ordinal"], 5);
    assert_eq!(budget["items_count"], 2);
    assert_eq!(budget["recordings"], json!([YOUTUBE, OTHER_VIDEO]));

    let count = |v: Value| v["total"].as_u64().unwrap();
    assert_eq!(
        count(get(&w.app, "/api/sessions?year=2020").await.json()),
        1
    );
    assert_eq!(
        count(get(&w.app, "/api/sessions?year=2019").await.json()),
        0
    );
    let by_body = get(
        &w.app,
        "/api/sessions?body=komiteti+per+politike+dhe+financa",
    )
    .await;
    assert_eq!(by_body.json()["sessions"][0]["id"], w.committee.as_str());
    assert_eq!(
        count(
            get(&w.app, "/api/sessions?municipality=Prishtin%C3%AB")
                .await
                .json()
        ),
        0
    );
    for (uri, param) in [
        ("/api/sessions?year=vjet", "year"),
        ("/api/turns?side=qendra", "side"),
        ("/api/turns?session=..%2Fx", "session"),
    ] {
        let reply = get(&w.app, uri).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{uri}");
        let body = reply.json();
        assert_eq!(body["error"], "invalid_parameter");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains(&format!("'{param}'")),
            "{body}"
        );
    }
}

#[tokio::test]
async fn one_session_has_items_votes_documents_and_recordings() {
    let w = world();
    let reply = get(&w.app, &format!("/api/sessions/{}", w.budget)).await;
    assert_eq!(reply.status, StatusCode::OK);
    let s = reply.json();
    let item = &s["items"][0];
    assert_eq!(item["number"], 1);
    assert!(item["number"].is_u64(), "the agenda position is an integer");
    assert_eq!(item["outcome"], "miratuar");
    assert_eq!(
        item["votes"],
        json!({ "for": 24, "against": 3, "abstain": 2 })
    );
    assert_eq!(
        item["source_sentence"],
        "Buxheti u miratua me 24 vota për, 3 kundër dhe 2 abstenime."
    );
    assert_eq!(item["acts"], json!([w.decision.id.to_string()]));
    assert_eq!(item["turns"][1]["side"], "opozite");
    assert_eq!(item["turns"][1]["group"], "VV");
    let second = &s["items"][1];
    assert_eq!(second["outcome"], "nuk_miratuar");
    assert_eq!(
        second["votes"],
        json!({ "for": 10, "against": null, "abstain": null })
    );
    let doc = &s["documents"][0];
    assert_eq!(doc["id"], w.decision.id.to_string());
    assert_eq!(doc["role"], "vendim");
    assert_eq!(doc["type"], "vendim");
    assert_eq!(doc["url"], format!("/acts/{}", w.decision.id));
    assert_eq!(s["documents"][1]["role"], "komunikate");
    assert_eq!(s["recordings"], json!([YOUTUBE, OTHER_VIDEO]));

    for id in [
        "gjilan-1999-01-01-kuvendi",
        "Gjilan-2020",
        "..%2F..%2Fetc",
        "%3Cscript%3E",
    ] {
        let api = get(&w.app, &format!("/api/sessions/{id}")).await;
        assert_eq!(api.status, StatusCode::NOT_FOUND, "{id}");
        assert_eq!(api.json()["error"], "not_found");
        let page = get(&w.app, &format!("/sessions/{id}")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{id}");
        assert!(page.text().contains("Mbledhja nuk u gjet"));
    }
}

#[tokio::test]
async fn turns_are_found_by_stem_side_group_and_year() {
    let w = world();
    let speakers = |v: Value| -> Vec<String> {
        v["turns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["speaker"].as_str().unwrap().to_string())
            .collect()
    };
    let opposition = get(&w.app, "/api/turns?q=buxheti&side=opozite&year=2020").await;
    assert_eq!(opposition.status, StatusCode::OK);
    let opposition = opposition.json();
    assert_eq!(opposition["total"], 1);
    assert_eq!(speakers(opposition.clone()), ["Drita Krasniqi"]);
    assert_eq!(opposition["turns"][0]["session"], w.budget.as_str());
    assert_eq!(opposition["turns"][0]["item"], 1);
    // "buxhetin" and "buxhet" share the stem of "buxheti".
    assert_eq!(
        speakers(get(&w.app, "/api/turns?q=buxhetin").await.json()),
        ["Arben Gashi", "Drita Krasniqi"]
    );
    assert_eq!(
        speakers(get(&w.app, "/api/turns?group=vv").await.json()),
        ["Drita Krasniqi", "Besnik Hoxha"]
    );
    assert_eq!(
        speakers(get(&w.app, "/api/turns?side=pozite").await.json()),
        ["Arben Gashi"]
    );
    assert_eq!(
        get(&w.app, "/api/turns?q=buxheti&year=2021").await.json()["total"],
        0
    );
    let page = get(&w.app, "/sessions/turns?q=buxheti&side=opozite&year=2020").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("Drita Krasniqi"));
    assert!(!html.contains("Arben Gashi"));
    assert!(html.contains(&format!("/sessions/{}#pika-1", w.budget)));
}

#[tokio::test]
async fn the_session_pages_show_agenda_votes_documents_and_recordings() {
    let w = world();
    let list = get(&w.app, "/sessions").await;
    assert_eq!(list.status, StatusCode::OK);
    let html = list.text();
    assert!(html.contains(&format!("href=\"/sessions/{}\"", w.budget)));
    assert!(html.contains("Mbledhja e 5-të e rregullt – Kuvendi i Komunës"));
    assert!(html.contains("2 pika të rendit të ditës"));
    assert!(html.contains(YOUTUBE.replace('&', "&amp;").as_str()));
    assert!(html.contains("<a href=\"/sessions\">Mbledhjet</a>"));
    let filtered = get(&w.app, "/sessions?year=2021").await.text();
    assert!(!filtered.contains(&format!("/sessions/{}\"", w.budget)));
    assert!(filtered.contains(&format!("/sessions/{}\"", w.committee)));
    assert_eq!(
        get(&w.app, "/sessions?year=vjet").await.status,
        StatusCode::BAD_REQUEST
    );

    let page = get(&w.app, &format!("/sessions/{}", w.budget)).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    for expected in [
        "Buxheti i Komunës për vitin 2021",
        "Miratuar",
        "Nuk u miratua",
        "data-label=\"Për\">24</td>",
        "data-label=\"Kundër\">3</td>",
        "<details><summary>Fjalia e procesverbalit</summary>",
        "Buxheti u miratua me 24 vota për, 3 kundër dhe 2 abstenime.",
        "src=\"https://www.youtube-nocookie.com/embed/AbCdEf12345\"",
        "title=\"Incizimi i mbledhjes (20.12.2020), pjesa 1\"",
        "href=\"https://kuvendi.example/video/mbledhja-5.mp4\"",
        "Komunikata për media",
        "Drita Krasniqi",
        "(VV)",
        "opozitë",
    ] {
        assert!(html.contains(expected), "{expected}");
    }
    assert_eq!(
        html.matches("<iframe").count(),
        1,
        "only YouTube is embedded"
    );
    let decision_href = format!("href=\"/acts/{}\"", w.decision.id);
    assert!(
        html.matches(&decision_href).count() >= 2,
        "decision under the item and in the documents"
    );
    assert!(html.contains(&format!("href=\"/acts/{}\"", w.repealing.id)));

    assert!(html.contains(&format!("action=\"/sessions/{}#fjalimet\"", w.budget)));
    let opposition = get(&w.app, &format!("/sessions/{}?side=opozite", w.budget))
        .await
        .text();
    assert!(opposition.contains("Drita Krasniqi"));
    assert!(!opposition.contains("Arben Gashi"));
    let ldk = get(&w.app, &format!("/sessions/{}?group=LDK", w.budget))
        .await
        .text();
    assert!(ldk.contains("Arben Gashi"));
    assert!(!ldk.contains("Besnik Hoxha"));
    let bad = get(&w.app, &format!("/sessions/{}?side=x", w.budget)).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn an_act_shows_its_links_its_session_and_that_it_was_repealed() {
    let w = world();
    let page = get(&w.app, &format!("/acts/{}", w.decision.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    let section = |heading: &str, act: &Act| {
        let at = html
            .find(&format!(">{heading}</h2>"))
            .unwrap_or_else(|| panic!("no section {heading}"));
        let end = html[at..].find("</section>").unwrap() + at;
        assert!(
            html[at..end].contains(&format!("href=\"/acts/{}\"", act.id)),
            "{heading}"
        );
    };
    section("Ndryshohet nga", &w.amending);
    section("Shfuqizohet nga", &w.repealing);
    section("Citon", &w.cited);
    assert!(!html.contains(">Citohet nga</h2>"), "no plain citations");
    assert!(html.contains("Ky akt nuk është më në fuqi"));
    assert!(html.contains(&format!("/sessions/{}", w.budget)));
    assert!(html.contains(">Mbledhja</h2>"));

    let api = get(&w.app, &format!("/api/acts/{}", w.decision.id))
        .await
        .json();
    assert_eq!(
        api["title"],
        w.decision.title.as_str(),
        "the act's own fields stay"
    );
    assert_eq!(api["in_force"], false);
    assert_eq!(api["sessions"], json!([w.budget.as_str()]));
    let cited_by = api["links"]["cited_by"].as_array().unwrap();
    let relation_of = |id: &ActId| {
        cited_by
            .iter()
            .find(|l| l["id"] == id.to_string())
            .map(|l| l["relation"].clone())
    };
    assert_eq!(relation_of(&w.amending.id), Some(json!("ndryshon")));
    assert_eq!(relation_of(&w.repealing.id), Some(json!("shfuqizon")));
    assert_eq!(api["links"]["cites"][0]["id"], w.cited.id.to_string());
    assert_eq!(api["links"]["cites"][0]["relation"], "citon");

    let amending = get(&w.app, &format!("/api/acts/{}", w.amending.id))
        .await
        .json();
    assert_eq!(amending["in_force"], true);
    assert_eq!(
        amending["links"]["cites"][0]["id"],
        w.decision.id.to_string()
    );
    assert_eq!(
        amending["links"]["cites"][0]["title"],
        w.decision.title.as_str()
    );
    assert_eq!(amending["sessions"], json!([]));
    let amending_page = get(&w.app, &format!("/acts/{}", w.amending.id))
        .await
        .text();
    assert!(!amending_page.contains("nuk është më në fuqi"));
    assert!(amending_page.contains("(e ndryshon)"));
}

/// The sample archive's own sessions and links, as the builder made them:
/// every session answers as a page and as JSON with its items, and every
/// repealed act says so on its page.
#[tokio::test]
async fn the_sample_archives_sessions_and_links_are_served() {
    let archive = super::util::sample_archive();
    let derived = Derived::load(archive.dir()).unwrap();
    assert!(!derived.sessions.is_empty(), "the sample has sessions");
    let app = router(archive.clone());
    let list = get(&app, "/api/sessions").await.json();
    assert_eq!(list["total"], derived.sessions.len());
    for (row, session) in list["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&derived.sessions)
    {
        assert_eq!(row["id"], session.id.as_str());
        assert_eq!(row["items_count"], session.items.len());
    }
    // Every session page brings together its items and votes, its documents
    // and its recordings (the sample's register has one for every session).
    for session in &derived.sessions {
        let json = get(&app, &format!("/api/sessions/{}", session.id)).await;
        assert_eq!(json.status, StatusCode::OK, "{}", session.id);
        let json = json.json();
        assert_eq!(json["items"].as_array().unwrap().len(), session.items.len());
        let page = get(&app, &format!("/sessions/{}", session.id)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", session.id);
        let html = page.text();
        for item in &session.items {
            assert!(html.contains(&format!("id=\"pika-{}\"", item.number)));
            if let Some(n) = item.votes.for_ {
                assert!(html.contains(&format!("data-label=\"Për\">{n}</td>")));
            }
        }
        for document in &session.documents {
            assert!(html.contains(&format!("/acts/{}", document.id)));
        }
        assert!(
            !session.recordings.is_empty(),
            "{}: no recording",
            session.id
        );
        for recording in &session.recordings {
            let shown = match recording.split_once("youtube.com/watch?v=") {
                Some((_, video)) => format!("youtube-nocookie.com/embed/{video}"),
                None => format!("href=\"{recording}\""),
            };
            assert!(html.contains(&shown), "{}: {recording}", session.id);
        }
    }
    // The register's recordings: YouTube embedded without cookies, others linked.
    let recorded = derived
        .sessions
        .iter()
        .find(|s| {
            s.recordings
                .iter()
                .any(|r| r.contains("youtube.com/watch?v="))
        })
        .expect("a sample session with a YouTube recording");
    let html = get(&app, &format!("/sessions/{}", recorded.id))
        .await
        .text();
    assert!(html.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/"));
    for other in recorded
        .recordings
        .iter()
        .filter(|r| !r.contains("youtube"))
    {
        assert!(html.contains(&format!("href=\"{other}\"")), "{other}");
    }
    // Turns with a side are found by it, and only they.
    let opposition = get(&app, "/api/turns?side=opozite").await.json();
    let expected = derived
        .sessions
        .iter()
        .flat_map(|s| s.items.iter().flat_map(|i| &i.turns))
        .filter(|t| t.side == Some(Side::Opozite))
        .count();
    assert_eq!(opposition["total"], expected);
    let repealed = derived.links.repealed();
    for id in repealed.iter().take(5) {
        let html = get(&app, &format!("/acts/{id}")).await.text();
        assert!(html.contains("Ky akt nuk është më në fuqi"), "{id}");
        let api = get(&app, &format!("/api/acts/{id}")).await.json();
        assert_eq!(api["in_force"], false, "{id}");
    }
}
