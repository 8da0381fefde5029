//! Sessions assembled from the archive: minutes, invitations, press releases
//! and adopted acts grouped by the session they name ([`super::identity`]),
//! merged with the sessions register.
//!
//! Owns: [`sessions`]. The minutes are the record of a session: their
//! agenda, outcomes, votes and turns win; an invitation gives the agenda
//! only when there are no minutes, with every outcome unknown. The register
//! adds recordings and fills an ordinal or kind no document states. Must not
//! touch the index, ingest or HTTP.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::Datelike;

use super::councillors::Councillors;
use super::identity::{self, Identity, ASSEMBLY};
use super::record::{DocumentRole, Session, SessionDocument, SessionId, SessionItem, SessionKind};
use super::register::SessionEntry;
use super::{agenda, read_minutes, turns, Outcome, Votes};
use crate::analysis::fold;
use crate::derived::SideRegisters;
use crate::model::Act;

/// Every session the archive and the registers tell of, newest first.
pub fn sessions(acts: &[Act], registers: &SideRegisters) -> Vec<Session> {
    let councillors = registers.all_councillors();
    let mut book = Book::default();
    for act in acts {
        if let (Some(role), Some(identity)) =
            (DocumentRole::of(act.act_type), identity::of_act(act))
        {
            book.add_document(act, role, &identity, &councillors);
        }
    }
    let home = main_municipality(acts);
    for entry in registers.sessions.values().flatten() {
        book.add_entry(entry, entry.municipality.as_deref().unwrap_or(&home));
    }
    let mut out: Vec<Session> = book.finish(acts);
    out.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    out
}

/// The municipality most acts belong to: a register row that names none is
/// about the archive's own municipality.
fn main_municipality(acts: &[Act]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for act in acts {
        *counts.entry(act.municipality.as_str()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(name, n)| (n, std::cmp::Reverse(name)))
        .map(|(name, _)| name.to_owned())
        .unwrap_or_default()
}

/// Sessions being assembled, by id, with how their items were read.
#[derive(Default)]
struct Book {
    sessions: BTreeMap<SessionId, Draft>,
}

struct Draft {
    session: Session,
    /// The items come from minutes (not only an invitation's agenda).
    minuted: bool,
    kind_from_minutes: bool,
}

impl Book {
    fn draft(&mut self, municipality: &str, identity: &Identity) -> &mut Draft {
        let id = SessionId::new(municipality, identity.date, &canonical_body(&identity.body));
        self.sessions.entry(id.clone()).or_insert_with(|| Draft {
            session: Session {
                id,
                municipality: municipality.to_owned(),
                date: identity.date,
                body: canonical_body(&identity.body),
                ordinal: None,
                kind: SessionKind::Rregullt,
                items: Vec::new(),
                unread: Vec::new(),
                documents: Vec::new(),
                recordings: Vec::new(),
            },
            minuted: false,
            kind_from_minutes: false,
        })
    }

    fn add_document(
        &mut self,
        act: &Act,
        role: DocumentRole,
        identity: &Identity,
        councillors: &Councillors,
    ) {
        let draft = self.draft(&act.municipality, identity);
        let session = &mut draft.session;
        session.documents.push(SessionDocument {
            id: act.id.clone(),
            role,
            act_type: act.act_type,
            title: act.title.clone(),
            date: act.date,
        });
        if session.ordinal.is_none() || role == DocumentRole::Procesverbal {
            session.ordinal = identity.ordinal.or(session.ordinal);
        }
        if let Some(kind) = identity.kind {
            if !draft.kind_from_minutes {
                session.kind = kind;
                draft.kind_from_minutes = role == DocumentRole::Procesverbal;
            }
        }
        match role {
            DocumentRole::Procesverbal => {
                let items = minutes_items(&act.text, councillors, session.date.year());
                // Two minutes of one session (a correction): keep the fuller reading.
                if !draft.minuted || items.len() > session.items.len() {
                    session.items = items;
                    draft.minuted = true;
                }
            }
            DocumentRole::Ftese if !draft.minuted && session.items.is_empty() => {
                session.items = agenda_items(&act.text);
            }
            _ => {}
        }
    }

    fn add_entry(&mut self, entry: &SessionEntry, municipality: &str) {
        let identity = Identity {
            date: entry.date,
            body: entry.body.clone(),
            ordinal: entry.ordinal,
            kind: entry.kind,
        };
        let draft = self.draft(municipality, &identity);
        let session = &mut draft.session;
        session.ordinal = session.ordinal.or(entry.ordinal);
        if let (Some(kind), false) = (entry.kind, draft.kind_from_minutes) {
            session.kind = kind;
        }
        for url in &entry.recordings {
            if !session.recordings.contains(url) {
                session.recordings.push(url.clone());
            }
        }
    }

    fn finish(self, acts: &[Act]) -> Vec<Session> {
        let titles: HashMap<&crate::model::ActId, &str> =
            acts.iter().map(|a| (&a.id, a.title.as_str())).collect();
        self.sessions
            .into_values()
            .map(|mut draft| {
                let session = &mut draft.session;
                session
                    .documents
                    .sort_by(|a, b| (a.role, a.date, &a.id).cmp(&(b.role, b.date, &b.id)));
                attach_acts(session, &titles);
                if draft.minuted {
                    session.unread = session
                        .items
                        .iter()
                        .filter(|i| i.outcome == Outcome::EPanjohur)
                        .map(|i| i.number)
                        .collect();
                }
                draft.session
            })
            .collect()
    }
}

/// One spelling of a body: the Assembly in any case or form, a committee
/// as "Komiteti për …" with its words as first written.
pub fn canonical_body(raw: &str) -> String {
    let folded = fold(raw);
    if folded.contains("komitet") {
        let name = raw
            .split_once(|c: char| c.is_whitespace())
            .map(|(_, rest)| rest.trim())
            .unwrap_or("");
        let name = name
            .strip_prefix("për ")
            .or_else(|| name.strip_prefix("per "))
            .or_else(|| name.strip_prefix("Për "))
            .unwrap_or(name);
        return format!("Komiteti për {}", name.trim());
    }
    if folded.is_empty()
        || folded.contains("kuvend")
        || folded == "kk"
        || folded.contains("assembly")
    {
        return ASSEMBLY.to_owned();
    }
    raw.trim().to_owned()
}

fn minutes_items(text: &str, councillors: &Councillors, year: i32) -> Vec<SessionItem> {
    read_minutes(text)
        .items
        .into_iter()
        .map(|item| {
            let mut spoken = turns::split_turns(&item.debate);
            turns::attribute(&mut spoken, councillors, year);
            SessionItem {
                number: item.number,
                title: item.title,
                outcome: item.outcome,
                votes: item.votes,
                source_sentence: item.source_sentence,
                acts: Vec::new(),
                turns: spoken,
            }
        })
        .collect()
}

/// An invitation's proposed agenda: titles only, nothing decided yet.
fn agenda_items(text: &str) -> Vec<SessionItem> {
    agenda::split(text)
        .into_iter()
        .map(|section| SessionItem {
            number: section.number,
            title: section.title,
            outcome: Outcome::EPanjohur,
            votes: Votes::default(),
            source_sentence: None,
            acts: Vec::new(),
            turns: Vec::new(),
        })
        .collect()
}

/// Share of an act title's words an item title must hold for the act to be
/// that item's: titles differ in articles and "propozim-", not in substance.
const TITLE_OVERLAP: f64 = 0.6;

/// Puts each adopted act under the agenda item whose title shares most of
/// its words; an act no item matches clearly stays a document of the session only.
fn attach_acts(session: &mut Session, titles: &HashMap<&crate::model::ActId, &str>) {
    let item_words: Vec<BTreeSet<String>> = session.items.iter().map(|i| stems(&i.title)).collect();
    let adopted: Vec<_> = session
        .documents_of(DocumentRole::Vendim)
        .map(|d| d.id.clone())
        .collect();
    for id in adopted {
        let words = stems(titles.get(&id).copied().unwrap_or(""));
        if words.is_empty() {
            continue;
        }
        let scores: Vec<f64> = item_words
            .iter()
            .map(|item| words.intersection(item).count() as f64 / words.len() as f64)
            .collect();
        let best = scores.iter().copied().fold(0.0, f64::max);
        let winners: Vec<usize> = (0..scores.len()).filter(|&k| scores[k] == best).collect();
        if let [k] = winners.as_slice() {
            if best >= TITLE_OVERLAP {
                session.items[*k].acts.push(id);
            }
        }
    }
}

/// Content words of a title, cut to five letters so "buxhetin"/"buxhetit" meet.
fn stems(title: &str) -> BTreeSet<String> {
    const FUNCTION: &[&str] = &[
        "per",
        "dhe",
        "te",
        "e",
        "i",
        "se",
        "ne",
        "me",
        "nga",
        "mbi",
        "propozim",
        "vendim",
        "vendimi",
        "vendimit",
        "rregullore",
        "rregullorja",
        "rregullores",
    ];
    fold(title)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !FUNCTION.contains(w))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::{ActId, ActType};

    fn act(t: ActType, date: (i32, u32, u32), title: &str, text: &str) -> Act {
        Act {
            title: title.to_owned(),
            date: NaiveDate::from_ymd_opt(date.0, date.1, date.2),
            municipality: "Gjilan".into(),
            text: text.to_owned(),
            ..Act::blank(ActId::from_key(&[title, text]), t)
        }
    }

    fn sample() -> Vec<Act> {
        vec![
            act(ActType::Ftese, (2020, 3, 20), "Ftesë për mbledhjen e 3-të",
                "FTESË\nju ftoj në mbledhjen e 3-të të rregullt të Kuvendit të Komunës, e cila do të mbahet më 26.03.2020.\n\
                 Rendi i ditës:\n1. Miratimi i procesverbalit\n2. Propozim-vendimi për ndarjen e subvencioneve për fermerët\n"),
            act(ActType::Procesverbal, (2020, 3, 26), "Procesverbal nga mbledhja e 3-të",
                "PROCESVERBAL\nnga mbledhja e 3-të e rregullt e Kuvendit të Komunës së Gjilanit, e mbajtur më 26.03.2020\n\
                 Pika 1 e rendit të ditës – Miratimi i procesverbalit\nU miratua me 30 vota për.\n\
                 Pika 2 e rendit të ditës – Propozim-vendimi për ndarjen e subvencioneve për fermerët\n\
                 Asamblisti i opozitës, Agim Musliu, tha se mjetet janë të pakta. \
                 Propozim-vendimi u miratua me 21 vota për, 9 kundër dhe 3 abstenime.\n\
                 Pika 3 e rendit të ditës – Të ndryshme\nNuk pati diskutime.\n"),
            act(ActType::Vendim, (2020, 3, 26), "Vendim për ndarjen e subvencioneve për fermerët",
                "Kuvendi i Komunës, në mbledhjen e mbajtur më 26.03.2020, merr këtë VENDIM"),
            act(ActType::Komunikate, (2020, 3, 27), "Kuvendi miratoi subvencionet",
                "KOMUNIKATË PËR MEDIA\nKuvendi i Komunës së Gjilanit mbajti dje mbledhjen e 3-të të rregullt"),
            act(ActType::Vendim, (2020, 3, 27), "Vendim i Kryetarit", "Kryetari i Komunës merr këtë VENDIM"),
        ]
    }

    #[test]
    fn one_session_gathers_its_documents_votes_and_recording() {
        let mut registers = SideRegisters::default();
        registers.sessions.insert(
            "seancat.csv".into(),
            vec![SessionEntry {
                line: 2,
                municipality: None,
                date: NaiveDate::from_ymd_opt(2020, 3, 26).unwrap(),
                body: "Kuvendi i Komunës".into(),
                ordinal: Some(3),
                kind: None,
                recordings: vec!["https://www.youtube.com/watch?v=abcdefghijk".into()],
            }],
        );
        let acts = sample();
        let sessions = sessions(&acts, &registers);
        assert_eq!(sessions.len(), 1, "{sessions:#?}");
        let s = &sessions[0];
        assert_eq!(s.id.as_str(), "gjilan-2020-03-26-kuvendi-i-komunes");
        assert_eq!((s.ordinal, s.kind), (Some(3), SessionKind::Rregullt));
        let roles: Vec<DocumentRole> = s.documents.iter().map(|d| d.role).collect();
        assert_eq!(
            roles,
            [
                DocumentRole::Ftese,
                DocumentRole::Procesverbal,
                DocumentRole::Vendim,
                DocumentRole::Komunikate
            ]
        );
        assert_eq!(s.items.len(), 3);
        let item = &s.items[1];
        assert_eq!(item.outcome, Outcome::Miratuar);
        assert_eq!(
            (item.votes.for_, item.votes.against, item.votes.abstain),
            (Some(21), Some(9), Some(3))
        );
        assert_eq!(
            item.acts,
            [acts[2].id.clone()],
            "the decision goes under the item it names"
        );
        assert!(s.items[0].acts.is_empty());
        assert_eq!(s.unread, [3]);
        assert_eq!(
            s.recordings,
            ["https://www.youtube.com/watch?v=abcdefghijk"]
        );
        assert!(item
            .turns
            .iter()
            .any(|t| t.side == Some(super::super::turns::Side::Opozite)));
    }

    #[test]
    fn an_invitation_alone_gives_the_agenda_with_unknown_outcomes() {
        let acts = vec![sample().remove(0)];
        let sessions = sessions(&acts, &SideRegisters::default());
        let s = &sessions[0];
        assert_eq!(s.items.len(), 2);
        assert!(s.items.iter().all(|i| i.outcome == Outcome::EPanjohur));
        assert!(
            s.unread.is_empty(),
            "nothing was minuted, so nothing failed to be read"
        );
    }

    #[test]
    fn bodies_have_one_spelling() {
        assert_eq!(canonical_body("KUVENDI I KOMUNËS"), ASSEMBLY);
        assert_eq!(canonical_body("Kuvendit të Komunës"), ASSEMBLY);
        assert_eq!(
            canonical_body("Komitetit për Politikë dhe Financa"),
            "Komiteti për Politikë dhe Financa"
        );
        assert_eq!(
            canonical_body("Komiteti për Komunitete"),
            "Komiteti për Komunitete"
        );
    }
}
