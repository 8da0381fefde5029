//! Decisions (of the Assembly, the Mayor and the directorates) and
//! regulations of the Assembly.
//!
//! A decision (*vendim*) is written in the order Gjilan's offices use: the
//! standard header, a legal basis (the Law on Local Self-Government, the
//! specific laws of its subject, the Statute), the title word and a subtitle
//! "për …", numbered points, the entry into force, an optional reasoning
//! (*Arsyetim*), legal advice and distribution list, and the signature. Its
//! points come from one of eighteen topics, each with its own vocabulary and
//! details; about a fifth of decisions instead amend or repeal an earlier
//! decision of the same issuer, citing its number and date in prose.
//!
//! A regulation (*rregullore*) of the Assembly has chapters and articles:
//! purpose, scope, definitions, the rules of one of fourteen subjects,
//! oversight and fines, transitional and final provisions.
//!
//! Officials sign by term of office (Assembly chair, Mayor, directors), so
//! the acts of one year carry the same names as the hand-written sample.
//! Every decision and regulation is remembered so later acts can cite it.

use chrono::{Datelike, Duration, NaiveDate};

use super::super::draft::{count_words, Block, Draft};
use super::super::grammar::{
    genitive, is_female, join_and, roman, street_acc, street_gen, street_nom, titled, ROMAN,
};
use super::super::world::{
    self, dotted, euros, long_date, month_end, ordinal, Ctx, Earlier, Office, ASSEMBLY,
    DIRECTORATES, FEMALE_NAMES, MALE_NAMES, MAYOR, QUARTERS, SCHOOLS, STREETS, SURNAMES,
};
use crate::model::ActType;

/// Optional sections are left out of a decision beyond this many words.
const VENDIM_WORDS: usize = 400;
/// Optional articles are left out of a regulation beyond this many words.
const RREGULLORE_WORDS: usize = 440;
/// Below this many words optional sections are added back.
const MIN_WORDS: usize = 210;

// ---------------------------------------------------------------------------
// Common helpers
// ---------------------------------------------------------------------------

/// Who issues a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    Assembly,
    Mayor,
    Directorate,
}

/// How dates are written inside one act.
#[derive(Debug, Clone, Copy)]
enum DateStyle {
    Dots,
    Slashes,
    Words,
}

impl DateStyle {
    fn pick(ctx: &mut Ctx) -> DateStyle {
        match ctx.rng.below(8) {
            0..=4 => DateStyle::Dots,
            5 => DateStyle::Slashes,
            _ => DateStyle::Words,
        }
    }

    fn show(self, d: NaiveDate) -> String {
        match self {
            DateStyle::Dots => dotted(d),
            DateStyle::Slashes => d.format("%d/%m/%Y").to_string(),
            DateStyle::Words => long_date(d),
        }
    }
}

/// What is fixed about a decision before its text is written.
#[derive(Debug, Clone, Copy)]
struct Setting {
    date: NaiveDate,
    by: By,
    dates: DateStyle,
}

impl Setting {
    fn day(&self, d: NaiveDate) -> String {
        self.dates.show(d)
    }

    fn year(&self) -> i32 {
        self.date.year()
    }

    /// A day `lo..=hi` days after the act (deadlines, starts).
    fn later(&self, ctx: &mut Ctx, lo: u64, hi: u64) -> NaiveDate {
        ctx.days_after(self.date, lo, hi)
    }

    /// A day `lo..=hi` days before the act (events it refers to).
    fn before(&self, ctx: &mut Ctx, lo: u64, hi: u64) -> NaiveDate {
        ctx.days_before(self.date, lo, hi)
    }

    /// The school or academic year the act is about: `(2019, 2020)`.
    fn school_year(&self) -> (i32, i32) {
        let y = self.year();
        if self.date.month() >= 7 {
            (y, y + 1)
        } else {
            (y - 1, y)
        }
    }
}

/// A round amount of euros in `lo..=hi`, a multiple of `step`.
fn money(ctx: &mut Ctx, lo: u64, hi: u64, step: u64) -> f64 {
    (ctx.rng.range(lo / step, hi / step) * step) as f64
}

/// Whole euros as fines and fees are written: `1.000 €`.
fn eur(n: u64) -> String {
    euros(n as f64).replace(",00 €", " €")
}

/// A rate in per cent, the Kosovo way: `0,15 %`.
fn pct(hundredths: u64) -> String {
    format!("{},{:02} %", hundredths / 100, hundredths % 100)
}

/// The directorate with a code; the first one if there is none.
fn directorate(code: &str) -> Office {
    world::directorate(code).unwrap_or(DIRECTORATES[0])
}

const FINANCE: &str = "04";

/// The office with this metadata name, if it issues decisions.
fn office_named(name: &str) -> Option<Office> {
    [ASSEMBLY, MAYOR]
        .iter()
        .chain(DIRECTORATES.iter())
        .copied()
        .find(|o| o.name == name)
}

fn by_of(office: Office) -> By {
    if office == ASSEMBLY {
        By::Assembly
    } else if office == MAYOR {
        By::Mayor
    } else {
        By::Directorate
    }
}

// ---------------------------------------------------------------------------
// Officials
// ---------------------------------------------------------------------------

/// The term of office a date falls in: officials elected in the autumn
/// local elections take office by December (2017, 2021, 2025).
fn term(date: NaiveDate) -> usize {
    const STARTS: [(i32, u32); 3] = [(2017, 12), (2021, 12), (2025, 12)];
    STARTS
        .iter()
        .filter(|start| (date.year(), date.month()) >= **start)
        .count()
}

const CHAIRS: [&str; 4] = [
    "Naim Sylejmani",
    "Arbër Kadriu",
    "Valmira Ahmeti",
    "Valmira Ahmeti",
];
const MAYORS: [&str; 4] = [
    "Shpend Haliti",
    "Shpend Haliti",
    "Besart Maliqi",
    "Besart Maliqi",
];
/// Directors named in the hand-written sample: (office code, term, name).
const KNOWN_DIRECTORS: &[(&str, usize, &str)] = &[
    ("04", 0, "Lirije Mustafa"),
    ("04", 1, "Lirije Mustafa"),
    ("04", 2, "Agron Selimi"),
    ("04", 3, "Agron Selimi"),
    ("05", 0, "Mimoza Salihu"),
    ("06", 2, "Teuta Bytyqi"),
    ("07", 0, "Nexhat Ramadani"),
    ("07", 1, "Nexhat Ramadani"),
    ("07", 2, "Nexhat Ramadani"),
    ("07", 3, "Labinot Musa"),
    ("08", 1, "Besnik Jashari"),
    ("09", 1, "Arian Zymberi"),
    ("09", 2, "Arian Zymberi"),
    ("10", 1, "Egzon Aliu"),
    ("10", 2, "Egzon Aliu"),
    ("10", 3, "Egzon Aliu"),
    ("11", 0, "Ramadan Kurteshi"),
    ("11", 1, "Ramadan Kurteshi"),
    ("11", 2, "Ramadan Kurteshi"),
    ("11", 3, "Ramadan Kurteshi"),
];

/// The director of an office in a term: the sample's name where it has one,
/// otherwise a name fixed by the office and the term (no draw from the rng,
/// so every act of that director carries the same name).
fn director(office: Office, date: NaiveDate) -> String {
    let t = term(date);
    if let Some((_, _, name)) = KNOWN_DIRECTORS
        .iter()
        .find(|(code, tt, _)| *code == office.code && *tt == t)
    {
        return name.to_string();
    }
    let h = office.code.parse::<usize>().unwrap_or(1) * 7919 + t * 104_729;
    let first = if h.is_multiple_of(2) {
        MALE_NAMES[h % MALE_NAMES.len()]
    } else {
        FEMALE_NAMES[h % FEMALE_NAMES.len()]
    };
    format!("{first} {}", SURNAMES[(h / 7) % SURNAMES.len()])
}

fn signature(ctx: &mut Ctx, office: Office, date: NaiveDate) -> Vec<Block> {
    let (role, name) = match by_of(office) {
        By::Assembly => {
            let name = CHAIRS[term(date)];
            let (head, of) = if is_female(name) {
                ("Kryesuesja", "e")
            } else {
                ("Kryesuesi", "i")
            };
            let tail = ctx.pick(&[
                "Kuvendit të Komunës",
                "Kuvendit",
                "Kuvendit të Komunës së Gjilanit",
            ]);
            (format!("{head} {of} {tail}"), name.to_string())
        }
        By::Mayor => {
            let role = ctx.pick(&[
                "Kryetari i Komunës",
                "KRYETARI I KOMUNËS",
                "Kryetari i Komunës së Gjilanit",
            ]);
            (role.to_string(), MAYORS[term(date)].to_string())
        }
        By::Directorate => {
            let name = director(office, date);
            let (head, of) = if is_female(&name) {
                ("Drejtoresha", "e")
            } else {
                ("Drejtori", "i")
            };
            let role = if ctx.rng.chance(0.5) {
                format!("{head} {of} {}", genitive(office))
            } else {
                head.to_string()
            };
            (role, name)
        }
    };
    vec![Block::Gap, Block::Right(role), Block::Right(name)]
}

// ---------------------------------------------------------------------------
// Legal basis and session
// ---------------------------------------------------------------------------

const LSG: &str = "të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale";
/// Articles of the Law on Local Self-Government each issuer cites.
const ASSEMBLY_ARTICLES: &[&str] = &[
    "nenit 12 paragrafi 12.2 pika c), nenit 17 pika l) dhe nenit 40 paragrafi 40.1",
    "nenit 40 paragrafi 40.2 pika c)",
    "nenit 11 dhe nenit 17",
    "nenit 12 paragrafi 12.2 pika c) dhe nenit 40 paragrafi 40.1",
    "neneve 17 dhe 40",
    "nenit 17 pika l) dhe nenit 40 paragrafi 40.2",
];
const MAYOR_ARTICLES: &[&str] = &[
    "nenit 58",
    "nenit 58 pika a) dhe h)",
    "nenit 17 pika i) dhe nenit 58",
    "nenit 12 paragrafi 12.2 dhe nenit 58 pika h)",
];
const DIRECTORATE_ARTICLES: &[&str] = &[
    "nenit 58 pika g)",
    "nenit 62 paragrafi 2",
    "nenit 12 paragrafi 12.2",
];
const ASSEMBLY_STATUTE: &[&str] = &[
    "nenit 33 të Statutit të Komunës së Gjilanit",
    "neneve 32 dhe 33 të Statutit të Komunës",
    "nenit 26 pika c) të Statutit të Komunës së Gjilanit",
];
const MAYOR_STATUTE: &[&str] = &[
    "nenit 63 të Statutit të Komunës së Gjilanit",
    "nenit 64 paragrafi 1 të Statutit të Komunës",
];
const DIRECTORATE_STATUTE: &[&str] = &[
    "Rregullores për organizimin e brendshëm dhe sistematizimin e vendeve të punës në administratën komunale",
    "autorizimit të Kryetarit të Komunës",
];

/// "nenit 12 … të Ligjit Nr. 03/L-040 …, Ligjit Nr. … si dhe nenit 33 të Statutit".
fn legal_basis(ctx: &mut Ctx, by: By, laws: &[String]) -> String {
    let (articles, statute) = match by {
        By::Assembly => (ASSEMBLY_ARTICLES, ASSEMBLY_STATUTE),
        By::Mayor => (MAYOR_ARTICLES, MAYOR_STATUTE),
        By::Directorate => (DIRECTORATE_ARTICLES, DIRECTORATE_STATUTE),
    };
    let mut parts = vec![format!("{} {LSG}", ctx.pick(articles))];
    if !laws.is_empty() {
        let k = ctx.rng.range(1, laws.len().min(2) as u64) as usize;
        parts.extend(ctx.rng.sample(laws, k).into_iter().cloned());
    }
    let statute = ctx.pick(statute).to_string();
    format!("{}, si dhe {statute}", parts.join(", "))
}

/// "në seancën e mbajtur më 28.02.2019" and its variants.
fn session_phrase(ctx: &mut Ctx, set: &Setting) -> String {
    let session = ctx.session_before(set.date);
    let when = set.day(session.date);
    let nth = ordinal(session.ordinal);
    match ctx.rng.below(4) {
        0 => format!("në seancën e mbajtur më {when}"),
        1 => format!("në mbledhjen e {nth} të rregullt, të mbajtur më {when}"),
        2 => format!("në seancën e {nth} të rregullt të mbajtur më {when}"),
        _ => format!("në mbledhjen e mbajtur më {when}"),
    }
}

// ---------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------

/// What a decision says, before it is laid out.
struct Matter {
    /// The subtitle without its "për": "subvencionimin e fermerëve …".
    subject: String,
    /// Specific laws and acts for the legal basis, in the genitive.
    laws: Vec<String>,
    /// The operative points, without numbers.
    points: Vec<String>,
    /// A table placed after the point with this index.
    table: Option<(usize, Vec<Vec<String>>)>,
    /// The directorate that carries the decision out.
    charged: Office,
    /// The reasoning paragraph (without its closing formula).
    reason: String,
    /// Whether the decision concerns named persons (so it gives legal advice).
    personal: bool,
    /// The amended or repealed decision, if any.
    amends: bool,
}

impl Matter {
    fn new(subject: String, charged: Office) -> Matter {
        Matter {
            subject,
            laws: Vec::new(),
            points: Vec::new(),
            table: None,
            charged,
            reason: String::new(),
            personal: false,
            amends: false,
        }
    }
}

type MakeMatter = fn(&mut Ctx, &Setting) -> Matter;

struct Topic {
    make: MakeMatter,
    by: &'static [By],
}

const ALL: &[By] = &[By::Assembly, By::Mayor, By::Directorate];
const ASSEMBLY_ONLY: &[By] = &[By::Assembly];
const ASSEMBLY_MAYOR: &[By] = &[By::Assembly, By::Mayor];
const EXECUTIVE: &[By] = &[By::Mayor, By::Directorate];

const TOPICS: &[Topic] = &[
    Topic {
        make: farmers,
        by: ALL,
    },
    Topic {
        make: scholarships,
        by: ALL,
    },
    Topic {
        make: social_aid,
        by: EXECUTIVE,
    },
    Topic {
        make: kindergarten_fees,
        by: ASSEMBLY_ONLY,
    },
    Topic {
        make: property_tax,
        by: ASSEMBLY_ONLY,
    },
    Topic {
        make: street_names,
        by: ASSEMBLY_ONLY,
    },
    Topic {
        make: reallocation,
        by: ASSEMBLY_MAYOR,
    },
    Topic {
        make: detailed_plan,
        by: ASSEMBLY_ONLY,
    },
    Topic {
        make: commission,
        by: EXECUTIVE,
    },
    Topic {
        make: market_closure,
        by: EXECUTIVE,
    },
    Topic {
        make: school_transport,
        by: EXECUTIVE,
    },
    Topic {
        make: public_lighting,
        by: ALL,
    },
    Topic {
        make: water_supply,
        by: ASSEMBLY_MAYOR,
    },
    Topic {
        make: grants,
        by: EXECUTIVE,
    },
    Topic {
        make: ngo_premises,
        by: ASSEMBLY_ONLY,
    },
    Topic {
        make: traffic,
        by: EXECUTIVE,
    },
    Topic {
        make: cultural_event,
        by: ASSEMBLY_ONLY,
    },
    Topic {
        make: waste_tariffs,
        by: ASSEMBLY_ONLY,
    },
];

/// A decision of the Assembly (about half), the Mayor or a directorate;
/// about a fifth amend or repeal an earlier decision of the same issuer.
pub fn vendim(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let dates = DateStyle::pick(ctx);
    let earlier = if ctx.rng.chance(0.2) {
        earlier_decision(ctx, date)
    } else {
        None
    };
    let (set, office, matter) = match earlier {
        Some((office, earlier)) => {
            let set = Setting {
                date,
                by: by_of(office),
                dates,
            };
            let matter = amendment(ctx, &set, &earlier);
            (set, office, matter)
        }
        None => fresh_matter(ctx, date, dates),
    };
    write_vendim(ctx, &set, office, matter)
}

fn fresh_matter(ctx: &mut Ctx, date: NaiveDate, dates: DateStyle) -> (Setting, Office, Matter) {
    let roll = ctx.rng.below(100);
    let by = if roll < 50 {
        By::Assembly
    } else if roll < 85 {
        By::Mayor
    } else {
        By::Directorate
    };
    let topics: Vec<&Topic> = TOPICS.iter().filter(|t| t.by.contains(&by)).collect();
    let make = ctx.rng.pick(&topics).make;
    let set = Setting { date, by, dates };
    let matter = make(ctx, &set);
    let office = match by {
        By::Assembly => ASSEMBLY,
        By::Mayor => MAYOR,
        By::Directorate => matter.charged,
    };
    (set, office, matter)
}

fn write_vendim(ctx: &mut Ctx, set: &Setting, office: Office, m: Matter) -> Draft {
    let date = set.date;
    let number = ctx.number(office, date);
    let line = ctx.number_line(&number);
    let mut blocks = ctx.header(office, Some(&line), date);
    blocks.push(Block::Para(preamble(ctx, set, office, &m)));
    blocks.push(Block::Gap);
    let word = ctx.pick(&["VENDIM", "V E N D I M", "V E N D I M", "VENDIM"]);
    blocks.push(Block::Title(word.into()));
    blocks.push(Block::Centered(format!("për {}", m.subject)));
    blocks.push(Block::Gap);

    let mut points = m.points.clone();
    if !m.amends {
        points.push(charged_sentence(ctx, set, &m));
    }
    points.push(in_force(ctx, set));
    let style = if m.amends {
        *ctx.rng
            .pick(&[Numbering::Articles, Numbering::RomanAlone, Numbering::Roman])
    } else {
        *ctx.rng.pick(&[
            Numbering::Roman,
            Numbering::Roman,
            Numbering::RomanAlone,
            Numbering::Arabic,
            Numbering::Articles,
        ])
    };
    render_points(&mut blocks, &points, style, m.table.as_ref());

    let sign = signature(ctx, office, date);
    let mut optional = Vec::new();
    optional.push((ctx.rng.chance(0.6), reasoning(ctx, &m)));
    if m.personal && set.by != By::Assembly {
        optional.push((ctx.rng.chance(0.7), legal_advice(ctx, set.by)));
    }
    optional.push((ctx.rng.chance(0.45), distribution(ctx, set, &m)));
    add_optional(&mut blocks, optional, count_words(&sign), VENDIM_WORDS);
    blocks.extend(sign);

    let title = format!("Vendim për {}", m.subject);
    remembered(ctx, ActType::Vendim, number, office, title, blocks, date)
}

/// The draft of a decision or regulation, remembered so that later acts
/// can cite and amend it.
fn remembered(
    ctx: &mut Ctx,
    kind: ActType,
    number: String,
    office: Office,
    title: String,
    blocks: Vec<Block>,
    date: NaiveDate,
) -> Draft {
    ctx.remember(Earlier {
        kind,
        number: number.clone(),
        date,
        title: title.clone(),
        issuer: office.name,
    });
    Draft::new(kind, Some(number), date, office.name, title, blocks)
}

/// Adds the optional sections that were drawn and fit under `limit` words;
/// if the act is still short, adds the others that fit.
fn add_optional(
    blocks: &mut Vec<Block>,
    optional: Vec<(bool, Vec<Block>)>,
    tail: usize,
    limit: usize,
) {
    let mut skipped = Vec::new();
    let mut kept = Vec::new();
    let mut total = count_words(blocks) + tail;
    for (wanted, section) in optional {
        let n = count_words(&section);
        if wanted && total + n <= limit {
            total += n;
            kept.push(Some(section));
        } else {
            kept.push(None);
            skipped.push((kept.len() - 1, section));
        }
    }
    for (at, section) in skipped {
        let n = count_words(&section);
        if total < MIN_WORDS && total + n <= limit + 120 {
            total += n;
            kept[at] = Some(section);
        }
    }
    blocks.extend(kept.into_iter().flatten().flatten());
}

fn preamble(ctx: &mut Ctx, set: &Setting, office: Office, m: &Matter) -> String {
    let basis = legal_basis(ctx, set.by, &m.laws);
    match set.by {
        By::Assembly => {
            let session = session_phrase(ctx, set);
            let verb = ctx.pick(&["merr këtë:", "merr këtë", "merr:", "miraton këtë:"]);
            match ctx.rng.below(4) {
                0 => format!(
                    "Në bazë të {basis}, Kuvendi i Komunës së Gjilanit, {session}, {verb}"
                ),
                1 => format!(
                    "Në mbështetje të {basis}, me propozim të Kryetarit të Komunës, Kuvendi i Komunës së Gjilanit, {session}, {verb}"
                ),
                2 => format!(
                    "Kuvendi i Komunës së Gjilanit, {session}, në bazë të {basis}, pas shqyrtimit të propozimit në Komitetin për Politikë dhe Financa, {verb}"
                ),
                _ => format!(
                    "Duke u mbështetur në dispozitat e {basis}, me rekomandimin e Komitetit për Politikë dhe Financa, Kuvendi i Komunës së Gjilanit, {session}, {verb}"
                ),
            }
        }
        By::Mayor => {
            let proposer = genitive(m.charged);
            match ctx.rng.below(3) {
                0 => format!("Në mbështetje të {basis}, Kryetari i Komunës së Gjilanit merr këtë"),
                1 => format!(
                    "Në bazë të {basis}, me propozim të {proposer}, Kryetari i Komunës merr këtë:"
                ),
                _ => format!(
                    "Kryetari i Komunës së Gjilanit, në bazë të {basis}, pas shqyrtimit të kërkesës së {proposer}, merr këtë:"
                ),
            }
        }
        By::Directorate => {
            let head = if is_female(&director(office, set.date)) {
                "Drejtoresha e"
            } else {
                "Drejtori i"
            };
            if ctx.rng.chance(0.5) {
                format!("Në bazë të {basis}, {head} {} merr këtë:", genitive(office))
            } else {
                format!("{}, në mbështetje të {basis}, merr këtë", office.name)
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Numbering {
    /// "I. Miratohet …"
    Roman,
    /// "I." on its own line, the text below it.
    RomanAlone,
    /// "1. Miratohet …"
    Arabic,
    /// "Neni 1" on its own line, the text below it.
    Articles,
}

fn render_points(
    blocks: &mut Vec<Block>,
    points: &[String],
    style: Numbering,
    table: Option<&(usize, Vec<Vec<String>>)>,
) {
    for (i, point) in points.iter().enumerate() {
        match style {
            Numbering::Roman => blocks.push(Block::Para(format!("{}. {point}", roman(i + 1)))),
            Numbering::Arabic => blocks.push(Block::Para(format!("{}. {point}", i + 1))),
            Numbering::RomanAlone => {
                blocks.push(Block::Centered(format!("{}.", roman(i + 1))));
                blocks.push(Block::Para(point.clone()));
            }
            Numbering::Articles => {
                blocks.push(Block::Centered(format!("Neni {}", i + 1)));
                blocks.push(Block::Para(point.clone()));
            }
        }
        if let Some((after, rows)) = table {
            if *after == i {
                blocks.push(Block::Table(rows.clone()));
            }
        }
    }
}

fn charged_sentence(ctx: &mut Ctx, set: &Setting, m: &Matter) -> String {
    let charged = m.charged;
    let to = if set.by == By::Assembly {
        "Kuvendit të Komunës"
    } else {
        "Kryetarit të Komunës"
    };
    let with_finance = charged.code != FINANCE;
    match ctx.rng.below(4) {
        0 => format!("Për zbatimin e këtij vendimi obligohet {}.", charged.name),
        1 if with_finance => format!(
            "Për zbatimin e këtij vendimi kujdesen {} dhe Drejtoria për Buxhet dhe Financa.",
            charged.name
        ),
        2 => format!("Zbatimi i këtij vendimi i besohet {}.", genitive(charged)),
        _ => {
            let days = *ctx.rng.pick(&[30, 60, 90]);
            format!(
                "{} obligohet ta zbatojë këtë vendim dhe t’i raportojë {to} për realizimin e tij brenda {days} ditëve.",
                charged.name
            )
        }
    }
}

fn in_force(ctx: &mut Ctx, set: &Setting) -> String {
    if set.by == By::Assembly {
        let gazette = set.year() >= 2019 && ctx.rng.chance(0.3);
        if gazette {
            return "Vendimi hyn në fuqi 15 ditë pas publikimit në Gazetën Zyrtare të Republikës së Kosovës dhe në ueb-faqen zyrtare të Komunës.".into();
        }
        ctx.pick(&[
            "Vendimi hyn në fuqi 15 ditë pas publikimit në ueb-faqen zyrtare të Komunës së Gjilanit.",
            "Ky vendim hyn në fuqi pesëmbëdhjetë (15) ditë pas publikimit në gjuhët zyrtare të Komunës.",
            "Vendimi hyn në fuqi 15 ditë pas publikimit në gjuhët zyrtare në ueb-faqen e Komunës.",
            "Vendimi hyn në fuqi ditën e publikimit në ueb-faqen zyrtare të Komunës, për shkak të urgjencës së zbatimit të tij.",
        ])
        .into()
    } else if ctx.rng.chance(0.2) {
        let from = set.later(ctx, 3, 20);
        format!(
            "Vendimi hyn në fuqi ditën e nënshkrimit dhe zbatohet nga data {}.",
            set.day(from)
        )
    } else {
        ctx.pick(&[
            "Vendimi hyn në fuqi ditën e nënshkrimit.",
            "Ky vendim hyn në fuqi ditën e nënshkrimit dhe publikohet në ueb-faqen zyrtare të Komunës.",
            "Vendimi hyn në fuqi me ditën e miratimit.",
            "Ky vendim hyn në fuqi në ditën e nënshkrimit nga Kryetari i Komunës.",
        ])
        .into()
    }
}

fn reasoning(ctx: &mut Ctx, m: &Matter) -> Vec<Block> {
    let head = ctx.pick(&["Arsyetim", "A r s y e t i m", "ARSYETIM"]);
    let close = ctx.pick(&[
        " Prandaj, u vendos si në dispozitiv të këtij vendimi.",
        " Bazuar në sa më sipër, u vendos si në dispozitiv.",
        " Për këto arsye, u vendos si më lart.",
        "",
    ]);
    vec![
        Block::Gap,
        Block::Centered(head.into()),
        Block::Para(format!("{}{close}", m.reason)),
    ]
}

fn legal_advice(ctx: &mut Ctx, by: By) -> Vec<Block> {
    let head = ctx.pick(&["Këshillë juridike", "KËSHILLA JURIDIKE", "Mjeti juridik"]);
    let text = if by == By::Mayor {
        "Kundër këtij vendimi pala e pakënaqur mund të ngrejë konflikt administrativ në Gjykatën Themelore në Prishtinë, Departamenti për Çështje Administrative, brenda 30 ditëve nga dita e pranimit të tij."
    } else {
        "Kundër këtij vendimi pala e pakënaqur ka të drejtë ankese te Kryetari i Komunës, përmes kësaj drejtorie, brenda 15 ditëve nga dita e pranimit të vendimit."
    };
    vec![
        Block::Gap,
        Block::Centered(head.into()),
        Block::Para(text.into()),
    ]
}

fn distribution(ctx: &mut Ctx, set: &Setting, m: &Matter) -> Vec<Block> {
    let mut to = Vec::new();
    if set.by != By::Mayor {
        to.push("Kryetarit të Komunës".to_string());
    }
    to.push(genitive(m.charged));
    if m.charged.code != FINANCE {
        to.push("Drejtorisë për Buxhet dhe Financa".into());
    }
    if set.by == By::Assembly {
        to.push("Ministrisë së Administrimit të Pushtetit Lokal".into());
    }
    if ctx.rng.chance(0.5) {
        to.push("Zyrës për Informim".into());
    }
    to.push("Arkivit të Komunës".into());
    let mut blocks = vec![Block::Gap];
    if ctx.rng.chance(0.5) {
        blocks.push(Block::Para("Vendimi t’i dërgohet:".into()));
        let last = to.len() - 1;
        for (i, who) in to.iter().enumerate() {
            let end = if i == last { "." } else { "," };
            blocks.push(Block::Para(format!("- {who}{end}")));
        }
    } else {
        let list: Vec<String> = to.iter().map(|s| s.replace("Arkivit", "arkivit")).collect();
        blocks.push(Block::Para(format!(
            "Vendimi u dërgohet: {}.",
            join_and(&list)
        )));
    }
    blocks
}

// ---------------------------------------------------------------------------
// Amendments and repeals
// ---------------------------------------------------------------------------

/// An earlier decision (not itself an amendment) from the last eighteen months,
/// with the office that issued it.
fn earlier_decision(ctx: &mut Ctx, date: NaiveDate) -> Option<(Office, Earlier)> {
    let candidates: Vec<&Earlier> = ctx
        .earlier
        .iter()
        .filter(|e| {
            e.kind == ActType::Vendim
                && e.date < date
                && (date - e.date).num_days() <= 540
                && !e.title.contains("Vendimit ")
        })
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let earlier = candidates[ctx.rng.below(candidates.len())].clone();
    let office = office_named(earlier.issuer)?;
    Some((office, earlier))
}

/// A number as prose cites it: the Assembly's and Mayor's carry their
/// `Nr.`, the directorates' get one.
fn cited(number: &str) -> String {
    if number.contains("Nr.") {
        number.to_string()
    } else {
        format!("Nr. {number}")
    }
}

/// The directorate that deals with what a title is about.
fn directorate_for(title: &str) -> Office {
    const KEYS: &[(&str, &str)] = &[
        ("ferm", "11"),
        ("bujq", "11"),
        ("burs", "05"),
        ("nxënës", "05"),
        ("parashkoll", "05"),
        ("tatim", "04"),
        ("mjete", "04"),
        ("ndihm", "08"),
        ("plan", "09"),
        ("emërtim", "09"),
        ("manifest", "10"),
        ("klub", "10"),
        ("kultur", "10"),
        ("lokal", "06"),
        ("pronës", "06"),
        ("komision", "06"),
    ];
    let lower = title.to_lowercase();
    KEYS.iter()
        .find(|(key, _)| lower.contains(key))
        .map(|(_, code)| directorate(code))
        .unwrap_or_else(|| directorate("07"))
}

/// What an earlier decision is about, as far as amending it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// Money for a purpose: subsidies, grants, aid, investments.
    Funds,
    /// A detailed regulatory plan.
    Plan,
    /// Street names.
    Naming,
    /// A commission and its members.
    Commission,
    /// Taxes, tariffs and fees.
    Fees,
    /// A closure or a traffic regime for a period.
    Period,
    /// Municipal property given for use.
    Premises,
    Other,
}

fn family(title: &str) -> Family {
    let t = title.to_lowercase();
    let any = |keys: &[&str]| keys.iter().any(|k| t.contains(k));
    if t.contains("planit rregullues") {
        Family::Plan
    } else if t.contains("emërtimin") {
        Family::Naming
    } else if t.contains("komisionit") {
        Family::Commission
    } else if any(&["tatimit", "tarifave", "pagesës", "pagesën"]) {
        Family::Fees
    } else if any(&["mbylljen", "qarkullimit", "këmbësorësh"]) {
        Family::Period
    } else if t.contains("shfrytëzim") {
        Family::Premises
    } else if any(&[
        "subvencion",
        "bursave",
        "ndihm",
        "mjete",
        "ujë",
        "ndriçim",
        "manifest",
        "transport",
        "financimin",
    ]) {
        Family::Funds
    } else {
        Family::Other
    }
}

/// A kind of change an amending decision makes to one point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Amount,
    Deadline,
    Charged,
    Added,
    Delete,
    /// A change that only makes sense for the family (a rate, a name …).
    Topical,
}

fn changes(family: Family) -> &'static [Change] {
    use Change::*;
    match family {
        Family::Funds => &[Amount, Deadline, Added, Charged],
        Family::Plan => &[Topical, Added, Delete],
        Family::Naming | Family::Commission => &[Topical, Deadline, Added],
        Family::Fees => &[Topical, Added, Delete],
        Family::Period => &[Deadline, Added],
        Family::Premises => &[Topical, Added],
        Family::Other => &[Deadline, Charged, Added],
    }
}

/// New provisions an amendment may add, by family.
fn added_provisions(family: Family) -> &'static [&'static str] {
    match family {
        Family::Funds => &[
            "Përparësi në përfitim kanë familjet me anëtarë me aftësi të kufizuara, familjet e dëshmorëve dhe familjet përfituese të ndihmës sociale.",
            "Lista e përfituesve publikohet në ueb-faqen zyrtare të Komunës brenda 8 ditëve nga miratimi i saj.",
            "Mjetet e pashpenzuara deri në fund të vitit fiskal kthehen në buxhetin e Komunës.",
            "Në rast të mospërmbushjes së kushteve të këtij vendimi, përfituesi detyrohet t’i kthejë mjetet e pranuara.",
        ],
        Family::Plan => &[
            "Në zonën e planit ndalohet ndërrimi i destinimit të hapësirave të gjelbra dhe të parcelave të caktuara për shkolla e çerdhe.",
            "Për objektet e ndërtuara para miratimit të planit zbatohen procedurat e legalizimit sipas ligjit në fuqi.",
            "Parkimi për banorët sigurohet brenda parcelës, me së paku një vend parkimi për çdo njësi banimi.",
        ],
        Family::Naming => &[
            "Tabelat me emrin e rrugës vendosen në hyrje dhe në dalje të secilës rrugë, si dhe në çdo kryqëzim.",
            "Në tabelat e rrugëve që mbajnë emrat e personaliteteve shënohen edhe vitet e lindjes dhe të vdekjes së tyre.",
        ],
        Family::Commission => &[
            "Komisioni mund të angazhojë ekspertë të jashtëm, pa të drejtë vote, kur e kërkon natyra e punës.",
            "Komisioni mban procesverbal për secilën mbledhje, të cilin e nënshkruajnë të gjithë anëtarët e pranishëm.",
        ],
        Family::Fees => &[
            "Lirohen nga pagesa edhe personat mbi 65 vjeç që jetojnë vetëm dhe nuk kanë të ardhura të rregullta.",
            "Pagesa mund të kryhet edhe përmes platformës elektronike të pagesave të Komunës.",
            "Për pagesat e vonuara nuk llogaritet kamatë nëse detyrimi shlyhet brenda 30 ditëve nga afati.",
        ],
        Family::Period => &[
            "Automjetet e shërbimeve emergjente dhe të shërbimeve komunale kanë qasje të lirë gjatë gjithë kohës.",
            "Komuna i njofton qytetarët për çdo ndryshim përmes ueb-faqes zyrtare dhe rrjeteve sociale, së paku dy ditë përpara.",
        ],
        Family::Premises => &[
            "Shfrytëzuesi i dorëzon Komunës raport vjetor për aktivitetet e zhvilluara në lokal.",
            "Shfrytëzuesi lejohet ta përdorë lokalin edhe për aktivitete të përbashkëta me organizata të tjera joqeveritare, pa pagesë.",
        ],
        Family::Other => &[
            "Drejtoria përgjegjëse i raporton Kryetarit të Komunës për zbatimin e vendimit çdo tre muaj.",
            "Shpenzimet bëhen në përputhje me Ligjin për Prokurimin Publik dhe me rregullat e menaxhimit të financave publike.",
        ],
    }
}

const AMENDMENT_ISSUES: &[&str] = &[
    "mjetet e planifikuara nuk mjaftojnë për të gjithë aplikuesit që i plotësojnë kriteret",
    "afati i caktuar ishte i shkurtër për përfundimin e procedurave të prokurimit",
    "disa dispozita nuk ishin në përputhje me ndryshimet e fundit ligjore",
    "numri i kërkesave ka qenë dukshëm më i madh se sa ishte parashikuar",
];

fn amendment(ctx: &mut Ctx, set: &Setting, e: &Earlier) -> Matter {
    let num = cited(&e.number);
    let when = set.day(e.date);
    let about = e
        .title
        .strip_prefix("Vendim ")
        .map(|rest| format!(" {rest}"))
        .unwrap_or_default();
    let of = format!("Vendimit {num} të datës {when}");
    let charged = directorate_for(&e.title);
    let repeal = ctx.rng.chance(0.3);
    let subject = if repeal {
        format!("shfuqizimin e {of}{about}")
    } else if ctx.rng.chance(0.5) {
        format!("ndryshimin e {of}{about}")
    } else {
        format!("ndryshimin dhe plotësimin e {of}{about}")
    };
    let mut m = Matter::new(subject, charged);
    m.amends = true;
    if set.year() >= 2017 && ctx.rng.chance(0.6) {
        m.laws
            .push("Ligjit Nr. 05/L-031 për Procedurën e Përgjithshme Administrative".into());
    }
    if set.by == By::Assembly {
        m.laws.push(
            "Ligjit Nr. 03/L-048 për Menaxhimin e Financave Publike dhe Përgjegjësitë".into(),
        );
    }
    if repeal {
        repeal_points(ctx, set, &mut m, &num, &when, &about);
    } else {
        amend_points(ctx, set, &mut m, e, &of, &num);
    }
    m
}

fn repeal_points(ctx: &mut Ctx, set: &Setting, m: &mut Matter, num: &str, when: &str, about: &str) {
    m.points
        .push(format!("Shfuqizohet Vendimi {num} i datës {when}{about}."));
    m.points.push(
        ctx.pick(&[
            "Procedurat e filluara në bazë të vendimit të shfuqizuar, të cilat nuk kanë përfunduar deri në hyrjen në fuqi të këtij vendimi, përfundojnë sipas dispozitave të tij.",
            "Mjetet e pashpenzuara sipas vendimit të shfuqizuar kthehen në buxhetin e Komunës dhe rishpërndahen sipas procedurave ligjore.",
            "Kontratat e lidhura në bazë të vendimit të shfuqizuar mbeten në fuqi deri në skadimin e tyre, por nuk vazhdohen.",
        ])
        .into(),
    );
    let days = ctx.rng.range(8, 30);
    m.points.push(format!(
        "Obligohet {} që brenda {days} ditëve t’i njoftojë palët e interesuara dhe publikun për shfuqizimin e vendimit.",
        m.charged.name
    ));
    m.reason = match ctx.rng.below(3) {
        0 => format!(
            "Me vendimin {num} çështja ishte rregulluar përkohësisht. Me hyrjen në fuqi të rregullores së re komunale, kjo çështje rregullohet në mënyrë të plotë, prandaj vendimi i mëparshëm duhet të shfuqizohet për të shmangur mbivendosjen e normave."
        ),
        1 if set.by == By::Assembly => "Ministria e Administrimit të Pushtetit Lokal, në shqyrtimin e ligjshmërisë, ka kërkuar rishqyrtimin e vendimit, me arsyetimin se disa nga dispozitat e tij i tejkalojnë kompetencat e Komunës.".into(),
        1 => "Pas analizës së zbatimit, është konstatuar se qëllimi i vendimit arrihet më mirë me masat e parapara në programin e ri të drejtorisë përgjegjëse.".into(),
        _ => format!(
            "Gjatë zbatimit të vendimit të datës {when} është vërejtur se ai nuk mund të zbatohet në praktikë, sepse {}.",
            ctx.pick(AMENDMENT_ISSUES)
        ),
    };
}

fn amend_points(ctx: &mut Ctx, set: &Setting, m: &mut Matter, e: &Earlier, of: &str, num: &str) {
    let fam = family(&e.title);
    let mut pool: Vec<Change> = changes(fam).to_vec();
    let n = (ctx.rng.range(2, 3) as usize).min(pool.len());
    let mut refs = ctx.rng.sample(&ROMAN[0..6], n);
    if ctx.rng.chance(0.5) {
        refs.retain(|r| **r != "I");
        if refs.len() < n {
            refs.push(&ROMAN[6]);
        }
    }
    let mut issues: Vec<String> = Vec::new();
    for (i, r) in refs.iter().enumerate() {
        let src = if i == 0 {
            of.to_string()
        } else {
            "vendimit".to_string()
        };
        let loc = format!("Në pikën {r} të {src}");
        let nom = format!("Pika {r} e {src}");
        // A change of what the decision is about comes first when there is one.
        let at = if i == 0 && pool.contains(&Change::Topical) {
            pool.iter().position(|c| *c == Change::Topical).unwrap_or(0)
        } else {
            ctx.rng.below(pool.len())
        };
        let change = pool.remove(at);
        let (clause, issue) = match change {
            Change::Amount => {
                let old = money(ctx, 5_000, 120_000, 500);
                let factor = *ctx.rng.pick(&[0.8, 0.9, 1.15, 1.2, 1.25, 1.4]);
                let new = (old * factor / 500.0).round() * 500.0;
                let issue = if new > old {
                    "mjetet e planifikuara nuk mjaftojnë për të gjithë përfituesit që i plotësojnë kriteret"
                } else {
                    "një pjesë e mjeteve të planifikuara nuk do të shpenzohet deri në fund të vitit dhe mund të shfrytëzohet për nevoja të tjera"
                };
                (
                    format!(
                        "{loc}, shuma prej {} zëvendësohet me shumën prej {}.",
                        euros(old),
                        euros(new)
                    ),
                    issue.to_string(),
                )
            }
            Change::Deadline => {
                // The old deadline has not passed yet; the new one is later.
                let old = set.later(ctx, 5, 40).max(e.date + Duration::days(15));
                let new = ctx.days_after(old, 30, 120);
                let what = if fam == Family::Period { "data" } else { "afati" };
                let with = if fam == Family::Period {
                    "me datën"
                } else {
                    "me afatin"
                };
                (
                    format!(
                        "{loc}, {what} \"{}\" zëvendësohet {with} \"{}\".",
                        set.day(old),
                        set.day(new)
                    ),
                    if fam == Family::Period {
                        "punimet dhe rrethanat që e kanë diktuar këtë masë do të zgjasin më shumë se sa ishte planifikuar".into()
                    } else {
                        "afati i caktuar ishte i shkurtër për përfundimin e të gjitha procedurave".into()
                    },
                )
            }
            Change::Charged => (
                format!(
                    "{nom} ndryshohet dhe merr këtë formë: \"Për zbatimin e këtij vendimi obligohet {}, në bashkëpunim me Drejtorinë për Buxhet dhe Financa.\"",
                    m.charged.name
                ),
                "pas ndryshimeve organizative në administratën komunale është ndryshuar drejtoria përgjegjëse".into(),
            ),
            Change::Added => (
                format!(
                    "Pas pikës {r} të {src} shtohet pika e re {r}.1, me këtë tekst: \"{}\"",
                    ctx.pick(added_provisions(fam))
                ),
                "vendimi duhej plotësuar pas vërejtjeve të qytetarëve dhe të drejtorive përgjegjëse".into(),
            ),
            Change::Delete => (
                format!("{nom} shfuqizohet."),
                "disa dispozita nuk ishin në përputhje me ndryshimet e fundit ligjore".into(),
            ),
            Change::Topical => {
                let (clause, issue) = topical_clause(ctx, fam, &e.title);
                (format!("{loc}, {clause}"), issue.to_string())
            }
        };
        m.points.push(clause);
        issues.push(issue);
    }
    m.points.push(match ctx.rng.below(3) {
        0 => format!("Pikat e tjera të Vendimit {num} mbeten të pandryshuara."),
        1 => format!("Dispozitat e tjera të {of} mbeten në fuqi."),
        _ => "Të gjitha pikat e tjera të vendimit mbeten të pandryshuara.".into(),
    });
    let also = issues
        .get(1)
        .map(|i| format!(" Gjithashtu, {i}."))
        .unwrap_or_default();
    let first = issues.first().cloned().unwrap_or_default();
    m.reason = match ctx.rng.below(3) {
        0 => format!(
            "Gjatë zbatimit të vendimit është vërejtur se {first}.{also} Për këtë arsye, {} ka propozuar ndryshimet e parapara me këtë vendim.",
            m.charged.name
        ),
        1 if set.by == By::Assembly => format!(
            "Propozimi për ndryshimin e vendimit u shqyrtua në Komitetin për Politikë dhe Financa, i cili konstatoi se {first}.{also}"
        ),
        _ => format!(
            "Ndryshimi i vendimit është i nevojshëm, sepse {first}.{also} Me ndryshimet e propozuara sigurohet zbatimi i plotë i vendimit."
        ),
    };
}

/// A change of what the amended decision is about, with the reason for it;
/// the text follows "Në pikën II të …, ".
fn topical_clause(ctx: &mut Ctx, fam: Family, title: &str) -> (String, &'static str) {
    let lower = title.to_lowercase();
    match fam {
        Family::Plan => {
            if ctx.rng.chance(0.5) {
                let floors = ctx.rng.range(3, 6);
                (
                    format!(
                        "lartësia maksimale e objekteve \"P+{floors}\" zëvendësohet me \"P+{}\".",
                        floors - 1
                    ),
                    "gjatë shqyrtimit të kërkesave për leje ndërtimore është vërejtur se disa parametra të planit nuk përputhen me gjendjen në terren",
                )
            } else {
                let green = 5 * ctx.rng.range(3, 5);
                (
                    format!(
                        "përqindja e sipërfaqes për hapësira të gjelbra dhe publike \"{green} %\" zëvendësohet me \"{} %\".",
                        green + 5
                    ),
                    "banorët e zonës kanë kërkuar më shumë hapësira të gjelbra dhe publike",
                )
            }
        }
        Family::Naming => {
            let names = ctx.rng.sample(STREET_NAMES, 2);
            (
                format!(
                    "emri \"{}\" zëvendësohet me emrin \"{}\".",
                    names[0], names[1]
                ),
                "banorët e rrugës kanë kërkuar ndryshimin e emrit të propozuar, ndërsa Komisioni për emërtime e ka mbështetur kërkesën",
            )
        }
        Family::Commission => {
            let out = ctx.person();
            let inn = ctx.person();
            let unit = ctx.directorate();
            let role = gendered("zyrtar/e", is_female(&inn));
            (
                format!(
                    "anëtari {out} zëvendësohet me {inn}, {role} në {}.",
                    genitive(unit)
                ),
                "njëri nga anëtarët e komisionit ka ndërprerë marrëdhënien e punës në administratën komunale",
            )
        }
        Family::Premises => {
            let old = ctx.rng.range(3, 5);
            let new = old + ctx.rng.range(2, 5);
            (
                format!(
                    "periudha e shfrytëzimit prej {old} vjetësh zëvendësohet me periudhën prej {new} vjetësh."
                ),
                "shfrytëzuesi ka investuar në renovimin e lokalit dhe ka kërkuar zgjatjen e periudhës së shfrytëzimit",
            )
        }
        _ => {
            let issue = "analiza e inkasimit të vitit të kaluar ka treguar nevojën për korrigjimin e lartësisë së pagesës";
            let clause = if lower.contains("tatimit") {
                let old = 5 * ctx.rng.range(6, 9);
                let new = old + 5 * ctx.rng.range(1, 2);
                format!(
                    "shkalla e tatimit për ndërtesat afariste \"{}\" zëvendësohet me shkallën \"{}\".",
                    pct(old),
                    pct(new)
                )
            } else if lower.contains("tarifave") {
                let old = ctx.rng.range(4, 6);
                format!(
                    "tarifa mujore për ekonomitë familjare në qytet \"{old},00 €\" zëvendësohet me tarifën \"{old},50 €\"."
                )
            } else {
                let old = 5 * ctx.rng.range(8, 12);
                let new = old - 5 * ctx.rng.range(1, 3);
                format!(
                    "pagesa mujore për programin ditor \"{old} €\" zëvendësohet me pagesën \"{new} €\"."
                )
            };
            (clause, issue)
        }
    }
}

// ---------------------------------------------------------------------------
// Decision topics
// ---------------------------------------------------------------------------

const FARM_MEASURES: &[&str] = &[
    "subvencionimi i fidanëve të pemëve frutore",
    "subvencionimi i qumështit të dorëzuar në pikat e grumbullimit",
    "furnizimi me serra për kultivimin e perimeve",
    "mbështetja e bletarëve me koshere dhe pajisje",
    "subvencionimi i farës së grurit për mbjelljet e vjeshtës",
    "bashkëfinancimi i mekanizmit bujqësor për fermerët e vegjël",
    "mbështetja e grave fermere dhe e fermerëve të rinj",
    "subvencionimi i naftës për punimet pranverore",
    "mbështetja e kultivuesve të mjedrës dhe të dredhëzës",
];

fn farmers(ctx: &mut Ctx, set: &Setting) -> Matter {
    let y = if set.date.month() >= 11 {
        set.year() + 1
    } else {
        set.year()
    };
    let subject = match ctx.rng.below(3) {
        0 => format!("subvencionimin e fermerëve për vitin {y}"),
        1 => format!("miratimin e programit të subvencioneve bujqësore për vitin {y}"),
        _ => format!("ndarjen e mjeteve për mbështetjen e prodhimit bujqësor në vitin {y}"),
    };
    let mut m = Matter::new(subject, directorate("11"));
    let k = ctx.rng.range(3, 4) as usize;
    let measures = ctx.pick_some(FARM_MEASURES, k);
    let amounts: Vec<f64> = measures
        .iter()
        .map(|_| money(ctx, 8_000, 40_000, 500))
        .collect();
    let total: f64 = amounts.iter().sum();
    let list: Vec<String> = measures
        .iter()
        .zip(&amounts)
        .map(|(what, a)| format!("{what} – {}", euros(*a)))
        .collect();
    m.points.push(format!(
        "Miratohet programi i subvencionimit të fermerëve të Komunës së Gjilanit për vitin {y}, në vlerë të përgjithshme prej {}, nga buxheti i Drejtorisë për Bujqësi, Pylltari dhe Zhvillim Rural, kategoria subvencione dhe transfere.",
        euros(total)
    ));
    m.points.push(format!(
        "Mjetet e programit ndahen për këto masa: {}.",
        list.join("; ")
    ));
    let years = ctx.rng.range(3, 5);
    m.points.push(format!(
        "Të drejtë aplikimi kanë fermerët me vendbanim në Komunën e Gjilanit, të regjistruar në Regjistrin e Fermave, me numër identifikues të fermës (NIF) dhe me tokë në pronësi ose me qira për së paku {years} vjet."
    ));
    let call = set.later(ctx, 10, 25);
    let days = *ctx.rng.pick(&[10, 14, 15, 21]);
    m.points.push(format!(
        "Thirrja publike shpallet deri më {} dhe qëndron e hapur {days} ditë. Lista preliminare e përfituesve publikohet në ueb-faqen zyrtare të Komunës, ndërsa aplikuesit kanë të drejtë ankese brenda 8 ditëve.",
        set.day(call)
    ));
    let vs = ctx.villages(3);
    if ctx.rng.chance(0.5) {
        m.points.push(format!(
            "Përparësi në vlerësim kanë gratë fermere, fermerët e rinj deri në moshën 35 vjeç dhe fermerët nga zonat kodrinore, si {}.",
            join_and(&vs[..2])
        ));
    }
    m.laws = vec![
        "Ligjit Nr. 03/L-098 për Bujqësinë dhe Zhvillimin Rural".into(),
        "Ligjit Nr. 03/L-048 për Menaxhimin e Financave Publike dhe Përgjegjësitë".into(),
    ];
    let helped = ctx.rng.range(180, 650);
    m.reason = match ctx.rng.below(2) {
        0 => format!(
            "Bujqësia është burimi kryesor i të ardhurave për shumë familje në fshatrat e Komunës së Gjilanit. Në vitin e kaluar, me programin komunal u mbështetën {helped} fermerë, kryesisht në {}. Programi i këtij viti synon rritjen e prodhimit vendor dhe zëvendësimin e importit.",
            join_and(&vs)
        ),
        _ => format!(
            "Programi është hartuar nga Drejtoria për Bujqësi, Pylltari dhe Zhvillim Rural pas takimeve me shoqatat e fermerëve dhe me këshillat e fshatrave {}. Masat janë përzgjedhur sipas kërkesave më të shpeshta të fermerëve dhe mjeteve të planifikuara në buxhetin e vitit {y}.",
            join_and(&vs)
        ),
    };
    m
}

fn scholarships(ctx: &mut Ctx, set: &Setting) -> Matter {
    let (a, b) = set.school_year();
    let subject = if ctx.rng.chance(0.5) {
        format!("ndarjen e bursave për studentët për vitin akademik {a}/{b}")
    } else {
        format!(
            "caktimin e numrit dhe të lartësisë së bursave për studentët e dalluar në vitin akademik {a}/{b}"
        )
    };
    let mut m = Matter::new(subject, directorate("05"));
    let bachelor = ctx.rng.range(60, 180);
    let master = ctx.rng.range(10, 40);
    let fee_b = 100 * ctx.rng.range(3, 6);
    let fee_m = fee_b + 100 * ctx.rng.range(1, 2);
    let total = bachelor * fee_b + master * fee_m;
    m.points.push(format!(
        "Për vitin akademik {a}/{b} ndahen gjithsej {} bursa për studentët me vendbanim në Komunën e Gjilanit, prej të cilave {bachelor} për nivelin bachelor dhe {master} për nivelin master.",
        bachelor + master
    ));
    let first = set.later(ctx, 30, 60);
    let second = set.later(ctx, 120, 170);
    m.points.push(format!(
        "Lartësia e bursës është {} për nivelin bachelor dhe {} për nivelin master, për një vit akademik. Bursa paguhet në dy këste, i pari deri më {} dhe i dyti deri më {}.",
        eur(fee_b),
        eur(fee_m),
        set.day(first),
        set.day(second)
    ));
    let special = ctx.rng.range(8, 20);
    m.points.push(format!(
        "Nga numri i përgjithshëm, {special} bursa u ndahen studentëve nga kategoritë e veçanta: fëmijëve të dëshmorëve dhe të invalidëve të luftës, studentëve me aftësi të kufizuara dhe studentëve nga familjet përfituese të ndihmës sociale."
    ));
    m.points.push(format!(
        "Mjetet në vlerë prej {} sigurohen nga buxheti i Drejtorisë për Arsim, kategoria subvencione dhe transfere.",
        eur(total)
    ));
    if let Some(reg) = earlier_regulation(ctx, "burs", set.date) {
        m.points.push(format!(
            "Konkursi, kriteret dhe procedura e vlerësimit zbatohen sipas Rregullores {} të datës {}.",
            cited(&reg.number),
            set.day(reg.date)
        ));
    } else if ctx.rng.chance(0.5) {
        m.points.push(
            "Studentët e drejtimeve deficitare – mjekësi, inxhinieri, matematikë dhe fizikë – kanë përparësi kur kanë notë mesatare të barabartë me kandidatët e tjerë.".into(),
        );
    }
    m.laws = vec!["Ligjit Nr. 04/L-037 për Arsimin e Lartë në Republikën e Kosovës".into()];
    let applied = ctx.rng.range(250, 600);
    m.reason = format!(
        "Në konkursin e vitit të kaluar për bursa aplikuan {applied} studentë, ndërsa mjetet mjaftuan vetëm për një pjesë të tyre. Me këtë vendim rritet numri i bursave dhe i jepet përparësi suksesit akademik dhe studentëve nga familjet me gjendje të rëndë ekonomike."
    );
    m
}

fn social_aid(ctx: &mut Ctx, set: &Setting) -> Matter {
    let charged = directorate("08");
    let v = ctx.village();
    let mut m;
    match ctx.rng.below(4) {
        0 => {
            let vs = ctx.villages(2);
            m = Matter::new(
                format!(
                    "ndarjen e ndihmës së njëhershme për familjet e dëmtuara nga vërshimet në fshatrat {}",
                    join_and(&vs)
                ),
                charged,
            );
            let families = ctx.rng.range(12, 45);
            let each = money(ctx, 200, 600, 50);
            let day = set.before(ctx, 5, 25);
            m.points.push(format!(
                "U ndahet ndihmë e njëhershme {families} familjeve nga fshatrat {}, shtëpitë e të cilave u dëmtuan nga vërshimet e datës {}, në vlerë prej {} për secilën familje.",
                join_and(&vs),
                set.day(day),
                euros(each)
            ));
            m.points.push(format!(
                "Lista e familjeve përfituese hartohet nga komisioni për vlerësimin e dëmeve, në bazë të procesverbaleve të vlerësimit në terren, dhe i bashkëngjitet këtij vendimi. Vlera e përgjithshme e ndihmës është {}.",
                euros(each * families as f64)
            ));
            m.reason = format!(
                "Reshjet e shumta të shiut shkaktuan vërshimin e lumit Morava e Binçës dhe të përrenjve përreth, duke dëmtuar shtëpitë, ahuret dhe tokat bujqësore në fshatrat {}. Shtabi komunal për emergjenca ka propozuar ndihmë të menjëhershme për familjet më të prekura.",
                join_and(&vs)
            );
        }
        1 => {
            let head = ctx.person();
            m = Matter::new(
                format!("ndarjen e ndihmës së njëhershme për një familje nga fshati {v}"),
                charged,
            );
            let amount = money(ctx, 500, 2_000, 100);
            let day = set.before(ctx, 3, 20);
            let (to_head, whose) = if is_female(&head) {
                ("kryefamiljares", "së cilës")
            } else {
                ("kryefamiljarit", "të cilit")
            };
            m.points.push(format!(
                "I ndahet ndihmë e njëhershme në vlerë prej {} {to_head} {}, nga fshati {v}, shtëpia e {whose} u dëmtua nga zjarri më {}.",
                euros(amount),
                titled(&head),
                set.day(day)
            ));
            m.points.push(
                "Mjetet i paguhen përfituesit në llogarinë bankare, brenda 15 ditëve nga hyrja në fuqi e këtij vendimi, nga kodi ekonomik i subvencioneve për individë.".into(),
            );
            m.personal = true;
            m.reason = format!(
                "Sipas procesverbalit të Shërbimit të Zjarrfikësve dhe Shpëtimit dhe raportit të Qendrës për Punë Sociale, familja prej {} anëtarësh ka mbetur pa strehim dhe pa mjete elementare për jetesë.",
                ctx.rng.range(4, 9)
            );
        }
        2 => {
            let person = ctx.person();
            m = Matter::new(
                "ndarjen e ndihmës financiare për trajtim mjekësor jashtë vendit".into(),
                charged,
            );
            let amount = money(ctx, 800, 3_000, 100);
            m.points.push(format!(
                "I ndahet ndihmë financiare në vlerë prej {} {} nga {v}, për mbulimin e një pjese të shpenzimeve të trajtimit mjekësor jashtë vendit.",
                euros(amount),
                if is_female(&person) {
                    format!("qytetares {}", titled(&person))
                } else {
                    format!("qytetarit {}", titled(&person))
                }
            ));
            let days = *ctx.rng.pick(&[30, 60, 90]);
            m.points.push(format!(
                "Përfituesi obligohet që brenda {days} ditëve nga pagesa t’i dorëzojë Drejtorisë faturat dhe dokumentacionin mjekësor që dëshmojnë shpenzimin e mjeteve."
            ));
            m.personal = true;
            m.reason = "Kërkesa është shoqëruar me raportin e komisionit mjekësor dhe me ofertën e institucionit shëndetësor ku do të kryhet trajtimi. Trajtimi i nevojshëm nuk ofrohet në institucionet shëndetësore publike në Kosovë.".into();
        }
        _ => {
            let families = ctx.rng.range(150, 400);
            let winter = ctx.rng.chance(0.5);
            let what = if winter {
                "dru zjarri për stinën e dimrit"
            } else {
                "pako ushqimore dhe higjienike për festat e fundvitit"
            };
            m = Matter::new(
                format!("ndarjen e ndihmës në natyrë për familjet në gjendje të rëndë ekonomike – {what}"),
                charged,
            );
            let value = money(ctx, 15_000, 45_000, 1_000);
            m.points.push(format!(
                "U ndahet ndihmë në natyrë – {what} – {families} familjeve në gjendje të rëndë ekonomike, në vlerë të përgjithshme prej {}.",
                euros(value)
            ));
            m.points.push(
                "Lista e përfituesve përpilohet nga Qendra për Punë Sociale, në bazë të evidencës së familjeve përfituese të ndihmës sociale dhe të kërkesave të këshillave të fshatrave.".into(),
            );
            let until = set.later(ctx, 15, 40);
            m.points.push(format!(
                "Shpërndarja e ndihmës përfundon deri më {}, me pjesëmarrjen e përfaqësuesve të Kryqit të Kuq dhe të bashkësive lokale.",
                set.day(until)
            ));
            m.reason = format!(
                "Sipas të dhënave të Qendrës për Punë Sociale, në Komunën e Gjilanit mbi {} familje jetojnë nën kufirin e varfërisë. Ndihma synon lehtësimin e gjendjes së tyre në periudhën me shpenzime më të mëdha.",
                families + ctx.rng.range(100, 600)
            );
        }
    }
    m.laws = vec!["Ligjit Nr. 02/L-17 për Shërbimet Sociale dhe Familjare".into()];
    m
}

const KINDERGARTENS: &[&str] = &[
    "\"Ëndrra\"",
    "\"Gëzimi\"",
    "\"Lulet\"",
    "\"Buzëqeshja\"",
    "\"Pëllumbat\"",
];

fn kindergarten_fees(ctx: &mut Ctx, set: &Setting) -> Matter {
    let subject = if ctx.rng.chance(0.5) {
        "caktimin e pagesës mujore për shërbimet në institucionet parashkollore publike"
    } else {
        "pagesën e prindërve për qëndrimin e fëmijëve në çerdhet publike të Komunës"
    };
    let mut m = Matter::new(subject.into(), directorate("05"));
    let full = 5 * ctx.rng.range(6, 12);
    let half = full - 5 * ctx.rng.range(2, 3);
    let names = ctx.pick_some(KINDERGARTENS, 3);
    m.points.push(format!(
        "Pagesa mujore për qëndrimin e fëmijës në institucionet parashkollore publike – {} – caktohet {} për programin ditor dhe {} për programin gjysmëditor.",
        join_and(&names),
        eur(full),
        eur(half)
    ));
    m.points.push(
        "Lirohen nga pagesa fëmijët e familjeve përfituese të ndihmës sociale, fëmijët e dëshmorëve dhe fëmijët me aftësi të kufizuara, ndërsa për fëmijën e dytë nga e njëjta familje pagesa zvogëlohet për 50 %.".into(),
    );
    m.points.push(
        "Pagesa kryhet deri më 15 të muajit për muajin paraprak, në llogarinë e të hyrave vetanake të Komunës. Mjetet e grumbulluara shfrytëzohen për ushqimin e fëmijëve dhe për mirëmbajtjen e objekteve.".into(),
    );
    let from = first_of_next_month(set.later(ctx, 15, 60));
    m.points.push(format!(
        "Pagesat sipas këtij vendimi zbatohen nga {}.",
        set.day(from)
    ));
    m.laws = vec![
        "Ligjit Nr. 02/L-52 për Edukimin Parashkollor".into(),
        "Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal".into(),
    ];
    let children = ctx.rng.range(450, 900);
    m.reason = format!(
        "Institucionet parashkollore publike të Gjilanit kujdesen për rreth {children} fëmijë. Pagesa e prindërve mbulon vetëm një pjesë të kostos së ushqimit dhe të materialit didaktik, ndërsa pjesa tjetër mbulohet nga buxheti komunal. Lartësia e pagesës është caktuar pas krahasimit me komunat e tjera të rajonit."
    );
    m
}

fn first_of_next_month(d: NaiveDate) -> NaiveDate {
    month_end(d.year(), d.month()) + Duration::days(1)
}

fn property_tax(ctx: &mut Ctx, set: &Setting) -> Matter {
    // Adopted in the autumn for the next year, or in the first weeks of the year itself.
    let y = if set.date.month() <= 2 {
        set.year()
    } else {
        set.year() + 1
    };
    let subject = if ctx.rng.chance(0.5) {
        format!("caktimin e shkallës së tatimit në pronën e paluajtshme për vitin {y}")
    } else {
        format!("shkallët e tatimit në pronë dhe lirimet nga tatimi për vitin tatimor {y}")
    };
    let mut m = Matter::new(subject, directorate(FINANCE));
    let home = 5 * ctx.rng.range(3, 5);
    let business = 5 * ctx.rng.range(6, 10);
    let industry = 5 * ctx.rng.range(5, 8);
    let farm = 5 * ctx.rng.range(1, 3);
    m.points.push(format!(
        "Shkallët e tatimit në pronën e paluajtshme, të shprehura në përqindje të vlerës së tregut të pronës, për vitin {y} janë: për ndërtesat e banimit {}, për ndërtesat afariste {}, për ndërtesat industriale {} dhe për tokën bujqësore {}.",
        pct(home),
        pct(business),
        pct(industry),
        pct(farm)
    ));
    m.points.push(format!(
        "Tatimi paguhet në dy këste të barabarta: kësti i parë deri më 31 mars {y} dhe kësti i dytë deri më 30 shtator {y}."
    ));
    let discount = *ctx.rng.pick(&[5, 10]);
    m.points.push(format!(
        "Tatimpaguesit që e paguajnë tatimin për tërë vitin deri në afatin e këstit të parë përfitojnë zbritje prej {discount} %."
    ));
    if ctx.rng.chance(0.6) {
        m.points.push(
            "Nga tatimi për banimin primar lirohen familjet e dëshmorëve, invalidët e luftës dhe familjet përfituese të ndihmës sociale, me kërkesë të paraqitur në Sektorin e tatimit në pronë.".into(),
        );
    }
    let law = if set.year() >= 2019 {
        "Ligjit Nr. 06/L-005 për Tatimin në Pronën e Paluajtshme"
    } else {
        "Ligjit Nr. 03/L-204 për Tatimin në Pronën e Paluajtshme"
    };
    m.laws = vec![
        law.into(),
        "Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal".into(),
    ];
    let share = ctx.rng.range(18, 30);
    m.reason = format!(
        "Tatimi në pronë përbën rreth {share} % të të hyrave vetanake të Komunës. Shkallët janë propozuar nga Drejtoria për Buxhet dhe Financa pas analizës së inkasimit të vitit të kaluar dhe pas dëgjimeve publike me qytetarët dhe bizneset."
    );
    m
}

const STREET_NAMES: &[&str] = &[
    "Naim Frashëri",
    "Nënë Tereza",
    "Gjergj Fishta",
    "Fan S. Noli",
    "Migjeni",
    "Ndre Mjeda",
    "Sami Frashëri",
    "Hasan Prishtina",
    "Isa Boletini",
    "Pjetër Bogdani",
    "Dëshmorët e Karadakut",
    "Vëllezërit Frashëri",
    "Bajram Curri",
    "Lasgush Poradeci",
    "Pashko Vasa",
    "Rilindasit",
    "Mësuesit",
    "Dardanët",
];

fn street_names(ctx: &mut Ctx, set: &Setting) -> Matter {
    let place = match ctx.rng.below(3) {
        0 => "qytetin e Gjilanit".to_string(),
        1 => format!("lagjen \"{}\"", ctx.pick(QUARTERS)),
        _ => format!("fshatin {}", ctx.village()),
    };
    let mut m = Matter::new(format!("emërtimin e rrugëve në {place}"), directorate("09"));
    let k = ctx.rng.range(2, 4) as usize;
    let names = ctx.pick_some(STREET_NAMES, k);
    for name in &names {
        let s1 = ctx.pick(STREETS);
        let s2 = ctx.pick(STREETS);
        let school = ctx.pick(SCHOOLS);
        let segment = match ctx.rng.below(4) {
            0 if s1 != s2 => format!(
                "Rruga pa emër që lidh {} me {}",
                street_acc(s1),
                street_acc(s2)
            ),
            1 => format!("Rruga që fillon nga {} deri te {school}", street_nom(s1)),
            2 => format!(
                "Rruga e re në zonën e banimit pranë {school}, me gjatësi prej {} metrash,",
                10 * ctx.rng.range(15, 80)
            ),
            _ => format!("Rruga paralele me {} në {place}", street_acc(s1)),
        };
        m.points.push(format!("{segment} merr emrin \"{name}\"."));
    }
    let from = set.before(ctx, 40, 60);
    let to = ctx.days_after(from, 15, 21);
    m.points.push(format!(
        "Emërtimi bëhet me propozim të Komisionit për emërtimin e rrugëve dhe të sheshave, pas konsultimit publik të mbajtur nga {} deri më {}.",
        set.day(from),
        set.day(to)
    ));
    let days = *ctx.rng.pick(&[30, 60, 90]);
    m.points.push(format!(
        "Drejtoria për Urbanizëm vendos tabelat me emrat e rrugëve në gjuhët zyrtare brenda {days} ditëve dhe bën ndryshimet përkatëse në regjistrin e adresave."
    ));
    m.laws = vec!["Ligjit Nr. 02/L-37 për Përdorimin e Gjuhëve".into()];
    if let Some(reg) = earlier_regulation(ctx, "emërtim", set.date) {
        m.laws.push(format!("Rregullores {}", cited(&reg.number)));
    }
    m.reason = format!(
        "Me zgjerimin e zonave të banimit, shumë rrugë në {place} kanë mbetur pa emër, gjë që vështirëson orientimin, shërbimet postare dhe ndërhyrjet e ambulancës e të zjarrfikësve. Emrat janë propozuar nga banorët dhe janë miratuar nga Komisioni."
    );
    m
}

const PROJECTS: &[&str] = &[
    "rikonstruimin e çatisë së {school}",
    "asfaltimin e rrugës në fshatin {v}",
    "ndërtimin e kanalizimit fekal në fshatin {v}",
    "renovimin e Qendrës së Mjekësisë Familjare në {v}",
    "ndërtimin e fushës sportive në fshatin {v}",
    "ngrohjen qendrore në {school}",
    "pagesën e obligimeve të papaguara nga vitet e kaluara",
];

/// A municipal project; `works` leaves out those that are not building works.
fn project(ctx: &mut Ctx, works: bool) -> String {
    let bank: &[&str] = if works {
        &PROJECTS[..PROJECTS.len() - 1]
    } else {
        PROJECTS
    };
    let template = ctx.pick(bank);
    let v = ctx.village();
    let school = ctx.pick(SCHOOLS);
    template.replace("{v}", v).replace("{school}", school)
}

fn reallocation(ctx: &mut Ctx, set: &Setting) -> Matter {
    let y = set.year();
    let target = project(ctx, false);
    let subject = if ctx.rng.chance(0.5) {
        format!("rishpërndarjen e mjeteve buxhetore për vitin {y}")
    } else {
        format!("ndarjen e mjeteve shtesë për {target}")
    };
    let mut m = Matter::new(subject, directorate(FINANCE));
    let to = if target.contains("Mjekësisë") {
        directorate("08")
    } else if target.contains("SH") || target.contains("Gjimnazi") {
        directorate("05")
    } else if target.contains("sportive") {
        directorate("10")
    } else if target.contains("obligimeve") {
        directorate(FINANCE)
    } else {
        directorate("07")
    };
    let others: Vec<Office> = DIRECTORATES.iter().copied().filter(|o| *o != to).collect();
    let from = *ctx.rng.pick(&others);
    let amount = if set.by == By::Assembly {
        money(ctx, 40_000, 250_000, 5_000)
    } else {
        money(ctx, 5_000, 30_000, 500)
    };
    let source = ctx.pick(&[
        "mallra dhe shërbime (13000)",
        "shpenzime komunale (13200)",
        "subvencione dhe transfere (21000)",
        "investime kapitale (30000)",
    ]);
    m.points.push(format!(
        "Rishpërndahen mjetet në vlerë prej {} nga {}, kategoria {source}, në {}, kategoria investime kapitale (30000), për {target}.",
        euros(amount),
        genitive(from).replacen("Drejtorisë", "buxheti i Drejtorisë", 1),
        genitive(to).replacen("Drejtorisë", "buxhetin e Drejtorisë", 1)
    ));
    m.points.push(
        "Mjetet e rishpërndara shfrytëzohen vetëm për qëllimin e përcaktuar me këtë vendim dhe nuk mund të barten në kategori të tjera shpenzimesh.".into(),
    );
    let days = ctx.rng.range(5, 15);
    m.points.push(format!(
        "Drejtoria për Buxhet dhe Financa i bën ndryshimet përkatëse në sistemin e informacionit për menaxhimin financiar brenda {days} ditëve dhe e njofton Ministrinë e Financave."
    ));
    if ctx.rng.chance(0.6) {
        let until = set.later(ctx, 60, 150);
        m.points.push(format!(
            "Procedura e prokurimit për projektin fillon menjëherë, ndërsa punimet duhet të përfundojnë deri më {}.",
            set.day(until)
        ));
    }
    m.laws = vec![
        "Ligjit Nr. 03/L-048 për Menaxhimin e Financave Publike dhe Përgjegjësitë".into(),
        format!("Ligjit për Ndarjet Buxhetore për Buxhetin e Republikës së Kosovës për vitin {y}"),
    ];
    m.reason = format!(
        "Gjatë ekzekutimit të buxhetit për vitin {y} janë krijuar kursime në {}, ndërsa për {target} mjetet e planifikuara nuk mjaftojnë. Rishpërndarja nuk e ndryshon shumën e përgjithshme të buxhetit të Komunës.",
        genitive(from).replacen("Drejtorisë", "buxhetin e Drejtorisë", 1)
    );
    m
}

fn detailed_plan(ctx: &mut Ctx, set: &Setting) -> Matter {
    let zone = match ctx.rng.below(4) {
        0 => "Zonën Industriale në dalje të qytetit".to_string(),
        1 => format!("lagjen \"{}\"", ctx.pick(QUARTERS)),
        2 => format!("qendrën e fshatit {}", ctx.village()),
        _ => format!("zonën e banimit në hyrje të fshatit {}", ctx.village()),
    };
    let mut m = Matter::new(
        format!("miratimin e Planit Rregullues të Hollësishëm për {zone}"),
        directorate("09"),
    );
    let ha = ctx.rng.range(8, 60);
    let planner = ctx.operator();
    m.points.push(format!(
        "Miratohet Plani Rregullues i Hollësishëm (PRrH) për {zone}, me sipërfaqe prej {ha} hektarësh, i hartuar nga {planner} në bashkëpunim me Drejtorinë për Urbanizëm."
    ));
    m.points.push(
        "Plani përbëhet nga pjesa tekstuale dhe pjesa grafike, të cilat janë pjesë përbërëse e këtij vendimi.".into(),
    );
    let living = 5 * ctx.rng.range(8, 12);
    let green = 5 * ctx.rng.range(3, 5);
    let floors = ctx.rng.range(2, 6);
    m.points.push(format!(
        "Plani parasheh {living} % të sipërfaqes për banim kolektiv dhe individual, {green} % për hapësira të gjelbra dhe publike, ndërsa pjesa tjetër për rrugë dhe infrastrukturë. Lartësia maksimale e objekteve është P+{floors}."
    ));
    let first = set.before(ctx, 50, 90);
    let second = ctx.days_after(first, 7, 20);
    m.points.push(format!(
        "Dëgjimet publike për projektplanin u mbajtën më {} dhe më {}, ndërsa komentet e pranuara të qytetarëve janë përfshirë në versionin përfundimtar.",
        set.day(first),
        set.day(second)
    ));
    m.points.push(
        "Lejet ndërtimore në zonën e planit lëshohen vetëm në përputhje me këtë plan. Plani publikohet në ueb-faqen zyrtare dhe është në dispozicion për shikim në Drejtorinë për Urbanizëm.".into(),
    );
    m.laws = vec!["Ligjit Nr. 04/L-174 për Planifikimin Hapësinor".into()];
    m.reason = format!(
        "Zona e planit deri tani nuk kishte plan rregullues, gjë që ka sjellë ndërtime pa leje dhe mungesë të hapësirave publike. Plani është në përputhje me Planin Zhvillimor Komunal dhe me Hartën Zonale të Komunës, dhe krijon kushte për infrastrukturë të qëndrueshme në {ha} hektarë."
    );
    m
}

/// Purposes of commissions, with the directorate that proposes them.
const COMMISSIONS: &[(&str, &str)] = &[
    (
        "vlerësimin e dëmeve të shkaktuara nga vërshimet në fshatrat {vv}",
        "08",
    ),
    ("pranimin teknik të punimeve për {project}", "07"),
    ("shqyrtimin e aplikacioneve për subvencione bujqësore", "11"),
    ("inventarizimin e pasurisë komunale për vitin {y}", "04"),
    (
        "përzgjedhjen e projekteve të organizatave joqeveritare",
        "10",
    ),
    (
        "vlerësimin e kërkesave për ndihmë sociale të njëhershme",
        "08",
    ),
    (
        "shqyrtimin e kërkesave për legalizimin e ndërtimeve pa leje",
        "09",
    ),
    ("asgjësimin e pasurisë së pashfrytëzueshme të Komunës", "06"),
];

const MEMBER_ROLES: &[&str] = &[
    "zyrtar/e për financa",
    "inxhinier/e ndërtimi",
    "jurist/e",
    "zyrtar/e për prokurim",
    "përfaqësues/e i/e bashkësisë lokale",
    "zyrtar/e në Drejtorinë e Administratës",
];

/// A role in the gender of its holder: "zyrtar/e" → "zyrtare".
fn gendered(role: &str, female: bool) -> String {
    role.split(' ')
        .map(|w| match w.split_once('/') {
            // "i/e" swaps the article; "zyrtar/e" adds the ending.
            Some((m, f)) if female && m.chars().count() == 1 => f.to_string(),
            Some((m, f)) if female => format!("{m}{f}"),
            Some((m, _)) => m.to_string(),
            None => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn commission(ctx: &mut Ctx, set: &Setting) -> Matter {
    let (purpose, code) = *ctx.rng.pick(COMMISSIONS);
    let vs = ctx.villages(2);
    let target = project(ctx, true);
    let purpose = purpose
        .replace("{vv}", &join_and(&vs))
        .replace("{project}", &target)
        .replace("{y}", &set.year().to_string());
    let mut m = Matter::new(
        format!("formimin e komisionit për {purpose}"),
        directorate(code),
    );
    let size = if ctx.rng.chance(0.5) { 3 } else { 5 };
    let roles = ctx.rng.sample(MEMBER_ROLES, size);
    let mut members = Vec::new();
    for (i, role) in roles.iter().enumerate() {
        let name = ctx.person();
        let female = is_female(&name);
        let duty = match (i, female) {
            (0, false) => "kryesues",
            (0, true) => "kryesuese",
            (_, false) => "anëtar",
            (_, true) => "anëtare",
        };
        members.push(format!(
            "{}) {name}, {} – {duty}",
            i + 1,
            gendered(role, female)
        ));
    }
    m.points.push(format!(
        "Formohet komisioni për {purpose}, në këtë përbërje: {}.",
        members.join("; ")
    ));
    let task = match code {
        "08" => "të vlerësojë gjendjen në terren, të përpilojë listën e përfituesve dhe të propozojë lartësinë e ndihmës",
        "07" => "të verifikojë sasinë dhe cilësinë e punimeve sipas kontratës dhe të hartojë procesverbalin e pranimit teknik",
        "04" | "06" => "të regjistrojë pasurinë, ta krahasojë me evidencën kontabël dhe të propozojë masat për pasurinë e dëmtuar",
        "09" => "të shqyrtojë kërkesat dhe dokumentacionin dhe të propozojë vendimet për secilën kërkesë",
        _ => "të vlerësojë aplikacionet sipas kritereve të thirrjes publike dhe të propozojë listën e përfituesve",
    };
    m.points.push(format!("Detyra e komisionit është {task}."));
    let until = set.later(ctx, 15, 60);
    m.points.push(format!(
        "Komisioni vendos me shumicë votash dhe i dorëzon raportin {} deri më {}.",
        if set.by == By::Mayor {
            "Kryetarit të Komunës"
        } else {
            "drejtorit të drejtorisë"
        },
        set.day(until)
    ));
    m.points.push(
        ctx.pick(&[
            "Anëtarët e komisionit nuk kompensohen për punën në komision.",
            "Anëtarët e komisionit nënshkruajnë deklaratën për mungesë të konfliktit të interesit para fillimit të punës.",
            "Anëtari që ka interes personal në ndonjë rast përjashtohet nga vendimmarrja për atë rast.",
        ])
        .into(),
    );
    m.reason = format!(
        "Për kryerjen e kësaj pune nevojitet një trup i përbërë nga zyrtarë me përvojë profesionale në fusha të ndryshme. Komisioni është propozuar nga {}, në përputhje me rregullat në fuqi.",
        m.charged.name
    );
    m
}

/// Markets: how a sentence names them, and their genitive.
const MARKETS: &[(&str, &str)] = &[
    (
        "tregu i gjelbër në qendër të qytetit",
        "tregut të gjelbër në qendër të qytetit",
    ),
    (
        "tregu i bagëtive në rrugën për Velekincë",
        "tregut të bagëtive në rrugën për Velekincë",
    ),
    (
        "tregu i mallrave të përziera në lagjen \"Iliria\"",
        "tregut të mallrave të përziera në lagjen \"Iliria\"",
    ),
];

fn market_closure(ctx: &mut Ctx, set: &Setting) -> Matter {
    let (market, market_of) = *ctx.rng.pick(MARKETS);
    let livestock = market.contains("bagëtive");
    let reason_kind = if livestock {
        ctx.rng.below(2)
    } else {
        1 + ctx.rng.below(2)
    };
    let (why, reason) = match reason_kind {
        0 => (
            "për shkak të paraqitjes së dermatitit nodular te gjedhët në rajon",
            "Agjencia e Ushqimit dhe Veterinarisë ka konfirmuar raste të dermatitit nodular te gjedhët në komunat fqinje. Për të parandaluar përhapjen e sëmundjes, tubimi i kafshëve nga vende të ndryshme duhet të ndalohet përkohësisht.",
        ),
        1 => (
            "për shkak të punimeve për rikonstruimin e kulmit dhe të kanalizimit",
            "Objekti i tregut është i vjetër dhe kulmi e kanalizimi janë dëmtuar rëndë. Punimet nuk mund të kryhen të sigurta ndërsa tregu funksionon, prandaj tregu mbyllet për kohën e nevojshme për përfundimin e tyre.",
        ),
        _ => (
            "për shkak të organizimit të panairit vjetor të prodhimeve vendore",
            "Hapësira e tregut do të shfrytëzohet për panairin vjetor të prodhimeve vendore, në të cilin marrin pjesë fermerët dhe prodhuesit nga e gjithë Komuna. Për sigurinë e vizitorëve, tregtia e rregullt pezullohet për ditët e panairit.",
        ),
    };
    let mut m = Matter::new(
        format!("mbylljen e përkohshme të {market_of}"),
        directorate("07"),
    );
    let from = set.later(ctx, 1, 5);
    let to = ctx.days_after(from, 5, 45);
    m.points.push(format!(
        "Mbyllet përkohësisht {market}, {why}, nga data {} deri më {}.",
        set.day(from),
        set.day(to)
    ));
    if reason_kind != 0 {
        m.points.push(format!(
            "Gjatë kësaj periudhe shitësit mund të ushtrojnë veprimtarinë në hapësirën e përkohshme pranë {}, sipas orarit që cakton Drejtoria për Shërbime Publike.",
            ctx.pick(&[
                "stacionit të autobusëve",
                "parkut të qytetit",
                "stadiumit të qytetit",
                "Shtëpisë së Kulturës",
            ])
        ));
    } else {
        m.points.push(
            "Ndalohet shitja dhe blerja e gjedhëve jashtë tregut, në oborre dhe në rrugë, gjatë periudhës së mbylljes.".into(),
        );
    }
    m.points.push(
        "Shfrytëzuesit e tezgave lirohen nga pagesa e taksës së tregut për periudhën e mbylljes."
            .into(),
    );
    m.points.push(
        "Mbikëqyrjen e zbatimit të këtij vendimi e bën Inspektorati komunal, në bashkëpunim me Policinë e Kosovës.".into(),
    );
    m.laws = if reason_kind == 0 {
        vec!["Ligjit Nr. 04/L-191 për Veterinarinë".into()]
    } else {
        vec!["Ligjit Nr. 04/L-005 për Tregtinë e Brendshme".into()]
    };
    if let Some(reg) = earlier_regulation(ctx, "treg", set.date) {
        m.laws.push(format!(
            "Rregullores {} për tregjet e hapura në Komunën e Gjilanit",
            cited(&reg.number)
        ));
    }
    m.reason = reason.into();
    m
}

fn school_transport(ctx: &mut Ctx, set: &Setting) -> Matter {
    let (a, b) = set.school_year();
    let vs = ctx.villages(3);
    let subject = if ctx.rng.chance(0.5) {
        format!("organizimin e transportit të nxënësve për vitin shkollor {a}/{b}")
    } else {
        format!(
            "financimin e transportit falas për nxënësit nga fshatrat {}",
            join_and(&vs)
        )
    };
    let mut m = Matter::new(subject, directorate("05"));
    let near = ctx.rng.range(3, 4);
    m.points.push(format!(
        "Transporti falas sigurohet për nxënësit e arsimit fillor dhe të mesëm të ulët që jetojnë më larg se {near} kilometra nga shkolla, si dhe për nxënësit me aftësi të kufizuara, pa marrë parasysh largësinë."
    ));
    let mut rows = vec![vec![
        "Linja".to_string(),
        "Relacioni".to_string(),
        "Nxënës".to_string(),
    ]];
    let mut pupils = 0;
    for (i, v) in vs.iter().enumerate() {
        let n = ctx.rng.range(25, 140);
        pupils += n;
        let school = ctx.pick(SCHOOLS);
        rows.push(vec![
            (i + 1).to_string(),
            format!("{v} – {school}"),
            n.to_string(),
        ]);
    }
    m.points.push(format!(
        "Transporti organizohet në këto linja, për gjithsej {pupils} nxënës:"
    ));
    m.table = Some((1, rows));
    let cost = money(ctx, 30_000, 120_000, 1_000);
    m.points.push(format!(
        "Kostoja e transportit, në vlerë të parashikuar prej {}, mbulohet nga buxheti i Drejtorisë për Arsim, ndërsa operatori përzgjidhet me procedurë të prokurimit publik.",
        euros(cost)
    ));
    m.points.push(
        "Drejtorët e shkollave mbajnë evidencën e nxënësve që e shfrytëzojnë transportin dhe i raportojnë Drejtorisë çdo muaj për rregullsinë e tij.".into(),
    );
    m.laws = vec!["Ligjit Nr. 04/L-032 për Arsimin Parauniversitar në Republikën e Kosovës".into()];
    m.reason = format!(
        "Shumë nxënës nga fshatrat {} udhëtojnë çdo ditë disa kilometra deri te shkolla, në rrugë pa trotuare. Transporti i organizuar rrit sigurinë e tyre dhe ndikon në uljen e mungesave dhe të braktisjes së shkollës.",
        join_and(&vs)
    );
    m
}

fn public_lighting(ctx: &mut Ctx, set: &Setting) -> Matter {
    let vs = ctx.villages(2);
    let street = ctx.pick(STREETS);
    let led = ctx.rng.chance(0.5);
    let subject = if led {
        format!(
            "zëvendësimin e ndriçuesve ekzistues me ndriçues LED në {}",
            street_acc(street)
        )
    } else {
        format!(
            "zgjerimin e rrjetit të ndriçimit publik në fshatrat {}",
            join_and(&vs)
        )
    };
    let mut m = Matter::new(subject, directorate("07"));
    let poles = ctx.rng.range(40, 220);
    let cost = money(ctx, 25_000, 140_000, 1_000);
    if led {
        m.points.push(format!(
            "Miratohet projekti për zëvendësimin e {poles} ndriçuesve me llamba natriumi me ndriçues LED në {}, në vlerë prej {}.",
            street_acc(street),
            euros(cost)
        ));
        let saving = ctx.rng.range(40, 65);
        m.points.push(format!(
            "Me zëvendësimin e ndriçuesve pritet që shpenzimet për energji elektrike të ndriçimit publik në këtë pjesë të qytetit të ulen për rreth {saving} %."
        ));
    } else {
        let km = ctx.rng.range(3, 12);
        m.points.push(format!(
            "Miratohet zgjerimi i rrjetit të ndriçimit publik në fshatrat {}, me {poles} shtylla të reja dhe rreth {km} kilometra kabllo, në vlerë prej {}.",
            join_and(&vs),
            euros(cost)
        ));
        m.points.push(
            "Përparësi në vendosjen e shtyllave kanë rrugët që çojnë te shkollat, te qendrat e mjekësisë familjare dhe te stacionet e autobusëve.".into(),
        );
    }
    let until = set.later(ctx, 90, 200);
    m.points.push(format!(
        "Mjetet sigurohen nga kategoria e investimeve kapitale të Drejtorisë për Shërbime Publike, ndërsa punimet duhet të përfundojnë deri më {}.",
        set.day(until)
    ));
    m.laws = vec![if set.year() >= 2019 {
        "Ligjit Nr. 06/L-079 për Efiçiencën e Energjisë".into()
    } else {
        "Ligjit Nr. 04/L-016 për Efiçiencën e Energjisë".into()
    }];
    m.laws
        .push("Ligjit Nr. 04/L-042 për Prokurimin Publik në Republikën e Kosovës".into());
    m.reason = if led {
        "Ndriçuesit ekzistues janë të vjetër, harxhojnë shumë energji dhe shpesh digjen. Kalimi në teknologjinë LED ul shpenzimet e Komunës dhe përmirëson ndriçimin e rrugëve.".into()
    } else {
        format!(
            "Banorët e fshatrave {} kanë kërkuar vazhdimisht ndriçim publik, sidomos për sigurinë e nxënësve gjatë muajve të dimrit. Kërkesa është përfshirë në planin e investimeve kapitale pas dëgjimeve buxhetore.",
            join_and(&vs)
        )
    };
    m
}

fn water_supply(ctx: &mut Ctx, set: &Setting) -> Matter {
    let k = ctx.rng.range(2, 3) as usize;
    let vs = ctx.villages(k);
    let mut m = Matter::new(
        format!(
            "financimin e projektit për furnizim me ujë të pijshëm në fshatrat {}",
            join_and(&vs)
        ),
        directorate("07"),
    );
    let total = money(ctx, 80_000, 400_000, 5_000);
    let share = 5 * ctx.rng.range(6, 14);
    let partner = ctx.pick(&[
        "kompania rajonale e ujësjellësit",
        "Ministria e Mjedisit dhe Planifikimit Hapësinor",
        "një donator ndërkombëtar, përmes marrëveshjes së bashkëfinancimit",
    ]);
    let km = ctx.rng.range(4, 18);
    let homes = ctx.rng.range(180, 900);
    m.points.push(format!(
        "Miratohet financimi i projektit për ndërtimin e rrjetit të ujësjellësit në fshatrat {}, me gjatësi prej rreth {km} kilometrash, për {homes} ekonomi familjare, në vlerë të përgjithshme prej {}.",
        join_and(&vs),
        euros(total)
    ));
    m.points.push(format!(
        "Komuna e Gjilanit e financon projektin me {share} % të vlerës, ndërsa pjesën tjetër e financon {partner}."
    ));
    m.points.push(
        "Pas përfundimit, rrjeti i dorëzohet për menaxhim kompanisë rajonale të ujësjellësit, e cila i kyç ekonomitë familjare pa pagesë të kyçjes.".into(),
    );
    let until = set.later(ctx, 150, 330);
    m.points.push(format!(
        "Punimet duhet të përfundojnë deri më {}, ndërsa Drejtoria për Shërbime Publike mbikëqyr zbatimin e projektit.",
        set.day(until)
    ));
    m.laws = vec!["Ligjit Nr. 04/L-147 për Ujërat e Kosovës".into()];
    m.reason = format!(
        "Banorët e fshatrave {} furnizohen me ujë nga puset e hapura, uji i të cilëve në verë mungon dhe shpesh nuk i plotëson standardet e ujit të pijshëm. Projekti zgjidh një nga kërkesat më të vjetra të këtyre fshatrave.",
        join_and(&vs)
    );
    m
}

const SPORT_CLUBS: &[&str] = &[
    "KF \"Përparimi\"",
    "KB \"Karadaku\"",
    "KH \"Morava\"",
    "KV \"Ilirët\"",
    "Klubi i Karatesë \"Dardani\"",
    "Klubi i Shahut \"Gambiti\"",
    "KF i Femrave \"Dardania\"",
    "Klubi i Atletikës \"Shpejtësia\"",
    "Klubi i Boksit \"Grushti\"",
];
const CULTURE_GROUPS: &[&str] = &[
    "SHKA \"Agimi\"",
    "Ansambli \"Vallja e Karadakut\"",
    "Shoqata e Shkrimtarëve \"Fjala\"",
    "Teatri i të Rinjve \"Skena\"",
    "Kori \"Zëri i Moravës\"",
    "Shoqata e Piktorëve \"Ngjyra\"",
    "SHKA \"Bujaria\"",
];

fn grants(ctx: &mut Ctx, set: &Setting) -> Matter {
    let y = set.year();
    let sport = ctx.rng.chance(0.5);
    let (bank, who) = if sport {
        (SPORT_CLUBS, "klubeve sportive")
    } else {
        (CULTURE_GROUPS, "shoqatave kulturore-artistike")
    };
    let mut m = Matter::new(
        format!("ndarjen e mjeteve për subvencionimin e {who} për vitin {y}"),
        directorate("10"),
    );
    let k = ctx.rng.range(3, 5) as usize;
    let names = ctx.pick_some(bank, k);
    let mut rows = vec![vec![
        "Nr.".to_string(),
        "Përfituesi".to_string(),
        "Shuma".to_string(),
    ]];
    let mut total = 0.0;
    for (i, name) in names.iter().enumerate() {
        let a = money(ctx, 1_500, 12_000, 500);
        total += a;
        rows.push(vec![format!("{}.", i + 1), name.clone(), euros(a)]);
    }
    m.points.push(format!(
        "Ndahen mjete në vlerë të përgjithshme prej {} për subvencionimin e {who} për vitin {y}, sipas tabelës në vijim:",
        euros(total)
    ));
    m.table = Some((0, rows));
    m.points.push(
        "Mjetet paguhen nga kategoria subvencione dhe transfere e Drejtorisë për Kulturë, Rini dhe Sport, në llogaritë bankare të përfituesve.".into(),
    );
    let report = set.later(ctx, 120, 300);
    m.points.push(format!(
        "Përfituesit raportojnë për shpenzimin e mjeteve deri më {}. Përfituesi që nuk raporton ose i shpenzon mjetet për qëllime të tjera përjashtohet nga thirrja e vitit të ardhshëm.",
        set.day(report)
    ));
    if let Some(reg) = earlier_regulation(ctx, "subvencion", set.date) {
        m.laws.push(format!("Rregullores {}", cited(&reg.number)));
    }
    let applied = ctx.rng.range(12, 40);
    m.reason = format!(
        "Në thirrjen publike të shpallur nga Drejtoria për Kulturë, Rini dhe Sport aplikuan {applied} subjekte. Komisioni vlerësues i ka vlerësuar aplikacionet sipas rezultateve, numrit të anëtarëve aktivë dhe programit të aktiviteteve për vitin {y}."
    );
    m
}

/// Organisations, named in quotes after "OJQ" so they need no declension.
const NGOS: &[&str] = &[
    "Shoqata e të Verbërve e Gjilanit",
    "Shoqata e Pensionistëve",
    "Qendra Rinore Hapi",
    "Gruaja e Karadakut",
    "Shoqata e Bletarëve Nektari",
    "Së bashku – Shoqata e Prindërve të Fëmijëve me Aftësi të Kufizuara",
    "Klubi i Shahut Gambiti",
];

fn ngo_premises(ctx: &mut Ctx, set: &Setting) -> Matter {
    let ngo = ctx.pick(NGOS);
    let m2 = ctx.rng.range(35, 140);
    let place = if ctx.rng.chance(0.6) {
        format!(
            "lokali afarist në katin përdhes të objektit komunal në {}",
            street_acc(ctx.pick(STREETS))
        )
    } else {
        format!(
            "lokali në objektin e ish-shkollës në fshatin {}",
            ctx.village()
        )
    };
    let mut m = Matter::new(
        format!("dhënien në shfrytëzim të pronës komunale për OJQ-në \"{ngo}\""),
        directorate("06"),
    );
    let years = ctx.rng.range(3, 10);
    let rent = if ctx.rng.chance(0.5) {
        "pa pagesë qiraje".to_string()
    } else {
        format!(
            "me qira simbolike prej {} në muaj",
            eur(5 * ctx.rng.range(2, 10))
        )
    };
    m.points.push(format!(
        "I jepet në shfrytëzim OJQ-së \"{ngo}\" {place}, me sipërfaqe prej {m2} m², për një periudhë prej {years} vjetësh, {rent}."
    ));
    m.points.push(
        "Shfrytëzuesi e përdor lokalin vetëm për aktivitetet e parapara me statutin e tij, i paguan shpenzimet e energjisë elektrike, të ujit dhe të ngrohjes dhe nuk ka të drejtë ta japë atë në shfrytëzim personave të tretë.".into(),
    );
    let days = *ctx.rng.pick(&[15, 30]);
    m.points.push(format!(
        "Kryetari i Komunës nënshkruan kontratën e shfrytëzimit brenda {days} ditëve nga hyrja në fuqi e këtij vendimi, ndërsa lokali dorëzohet me procesverbal dhe me listë inventari."
    ));
    m.points.push(
        "Kontrata ndërpritet para afatit nëse shfrytëzuesi nuk i përmbush detyrimet e kontratës ose nëse lokali nevojitet për nevoja të domosdoshme publike.".into(),
    );
    let property_law = if set.year() >= 2020 {
        "Ligjit Nr. 06/L-092 për Dhënien në Shfrytëzim dhe Këmbimin e Pronës së Paluajtshme të Komunës"
    } else {
        "Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal"
    };
    let ngo_law = if set.year() >= 2019 {
        "Ligjit Nr. 06/L-043 për Lirinë e Asociimit në Organizata Joqeveritare"
    } else {
        "Ligjit Nr. 04/L-057 për Lirinë e Asociimit në Organizata Joqeveritare"
    };
    m.laws = vec![property_law.into(), ngo_law.into()];
    let members = ctx.rng.range(60, 400);
    m.reason = format!(
        "Organizata ka rreth {members} anëtarë dhe ofron aktivitete për qytetarët pa pagesë, por nuk ka hapësirë të përshtatshme për punë. Lokali ka qenë i pashfrytëzuar dhe dhënia e tij në shfrytëzim siguron mirëmbajtjen e tij."
    );
    m
}

fn traffic(ctx: &mut Ctx, set: &Setting) -> Matter {
    let street = ctx.pick(STREETS);
    let other = ctx.pick(STREETS);
    let at = street_acc(street);
    let detour = if other == street {
        "rrugët paralele".to_string()
    } else {
        street_acc(other)
    };
    let mut m;
    let from = set.later(ctx, 2, 10);
    match ctx.rng.below(3) {
        0 => {
            m = Matter::new(
                format!("caktimin e regjimit njëkahësh të qarkullimit në {at}"),
                directorate("07"),
            );
            m.points.push(format!(
                "Nga data {}, në {at} caktohet regjimi njëkahësh i qarkullimit të automjeteve, në drejtim të qendrës së qytetit.",
                set.day(from)
            ));
            m.points.push(format!(
                "Automjetet që dalin nga qendra e qytetit qarkullojnë nëpër {detour}."
            ));
            m.reason = "Për shkak të gjerësisë së vogël të rrugës dhe të numrit të madh të automjeteve, qarkullimi në të dy drejtimet ka shkaktuar bllokime të shpeshta dhe rrezik për këmbësorët.".into();
        }
        1 => {
            m = Matter::new(
                format!("mbylljen e përkohshme të qarkullimit në {at} për shkak të punimeve"),
                directorate("07"),
            );
            let to = ctx.days_after(from, 10, 60);
            m.points.push(format!(
                "Mbyllet përkohësisht qarkullimi i automjeteve në {at}, nga data {} deri më {}, për shkak të punimeve në rrjetin e kanalizimit dhe në trotuare.",
                set.day(from),
                set.day(to)
            ));
            m.points.push(format!(
                "Qarkullimi devijohet nëpër {detour}, ndërsa banorët e rrugës dhe automjetet e shërbimeve emergjente kanë qasje të lirë."
            ));
            m.reason = "Punimet nuk mund të kryhen në mënyrë të sigurt pa ndërprerjen e qarkullimit. Kryerësi i punimeve ka paraqitur planin e menaxhimit të trafikut, të cilin e ka miratuar Drejtoria.".into();
        }
        _ => {
            m = Matter::new(
                format!(
                    "shpalljen e {} zonë këmbësorësh gjatë fundjavave",
                    street_gen(street)
                ),
                directorate("07"),
            );
            m.points.push(format!(
                "Nga data {}, {at} shpallet zonë këmbësorësh çdo të shtunë dhe të diel, nga ora 18:00 deri në ora 23:00.",
                set.day(from)
            ));
            m.points.push(
                "Furnizimi i lokaleve afariste në këtë rrugë lejohet vetëm nga ora 06:00 deri në ora 10:00.".into(),
            );
            m.reason = "Gjatë fundjavave qendra e qytetit frekuentohet nga një numër i madh qytetarësh dhe familjesh me fëmijë. Zona e këmbësorëve rrit sigurinë e tyre dhe gjallëron aktivitetin e lokaleve afariste.".into();
        }
    }
    m.points.push(
        "Drejtoria për Shërbime Publike vendos sinjalizimin e përkohshëm dhe të përhershëm, ndërsa Policia e Kosovës dhe Inspektorati komunal kujdesen për respektimin e regjimit.".into(),
    );
    m.laws = vec!["Ligjit për Sigurinë në Komunikacionin Rrugor".into()];
    m
}

const EVENTS: &[(&str, &str)] = &[
    ("Flaka e Janarit", "janar"),
    ("Netët e Poezisë në Karadak", "maj"),
    ("Festivali i Këngës për Fëmijë „Zëri i Moravës”", "dhjetor"),
    ("Takimet e Teatrit të Gjilanit", "tetor"),
    ("Festivali i Folklorit „Vallja e Karadakut”", "gusht"),
    ("Panairi i Librit në Gjilan", "nëntor"),
    ("Panairi i Mjaltit dhe i Prodhimeve Vendore", "shtator"),
];

fn cultural_event(ctx: &mut Ctx, set: &Setting) -> Matter {
    let (event, month) = *ctx.rng.pick(EVENTS);
    let mut m = Matter::new(
        format!(
            "shpalljen e manifestimit \"{event}\" me rëndësi të veçantë për Komunën e Gjilanit"
        ),
        directorate("10"),
    );
    m.points.push(format!(
        "Manifestimi \"{event}\" shpallet manifestim me rëndësi të veçantë për Komunën e Gjilanit dhe mbahet çdo vit në muajin {month}."
    ));
    let amount = money(ctx, 15_000, 60_000, 5_000);
    m.points.push(format!(
        "Për organizimin e manifestimit planifikohen çdo vit në buxhetin e Komunës mjete jo më pak se {}, në kuadër të Drejtorisë për Kulturë, Rini dhe Sport.",
        euros(amount)
    ));
    m.points.push(
        "Manifestimin e organizon Drejtoria për Kulturë, Rini dhe Sport, përmes Këshillit Organizativ që e emëron Kryetari i Komunës për çdo edicion.".into(),
    );
    m.points.push(
        "Këshilli Organizativ i dorëzon Kuvendit raportin narrativ dhe financiar brenda 60 ditëve pas përfundimit të manifestimit.".into(),
    );
    let editions = ctx.rng.range(8, 40);
    let since = set.year() - editions as i32;
    m.reason = format!(
        "Manifestimi mbahet që nga viti {since} dhe deri tani ka pasur {editions} edicione, me pjesëmarrës nga Kosova, Shqipëria, Maqedonia e Veriut dhe diaspora. Shpallja e tij me rëndësi të veçantë siguron financim të qëndrueshëm dhe planifikim më të hershëm të programit."
    );
    m
}

fn waste_tariffs(ctx: &mut Ctx, set: &Setting) -> Matter {
    let mut m = Matter::new(
        "caktimin e tarifave për shërbimin e grumbullimit të mbeturinave komunale".into(),
        directorate("07"),
    );
    let city = ctx.rng.range(4, 6);
    let village = city - 1;
    let small = 5 * ctx.rng.range(2, 4);
    let large = small * ctx.rng.range(3, 6);
    m.points.push(format!(
        "Tarifa mujore për ekonomitë familjare është {} në qytet dhe {} në fshatra.",
        eur(city),
        eur(village)
    ));
    m.points.push(format!(
        "Tarifa mujore për bizneset caktohet sipas madhësisë: për bizneset e vogla deri në 50 m² – {}, për bizneset e mesme – {}, ndërsa për bizneset e mëdha dhe për institucionet – {}.",
        eur(small),
        eur(small * 2),
        eur(large)
    ));
    m.points.push(
        "Lirohen nga pagesa e tarifës familjet përfituese të ndihmës sociale dhe familjet e dëshmorëve, në bazë të listës së Qendrës për Punë Sociale.".into(),
    );
    let from = first_of_next_month(set.later(ctx, 15, 45));
    m.points.push(format!(
        "Faturimi dhe inkasimi bëhen nga ofruesi i shërbimit çdo muaj, ndërsa tarifat e reja zbatohen nga {}.",
        set.day(from)
    ));
    m.laws = vec!["Ligjit Nr. 04/L-060 për Mbeturinat".into()];
    if let Some(reg) = earlier_regulation(ctx, "mbeturin", set.date) {
        m.laws.push(format!(
            "Rregullores {} për menaxhimin e mbeturinave komunale",
            cited(&reg.number)
        ));
    }
    let rate = ctx.rng.range(45, 70);
    m.reason = format!(
        "Shkalla e inkasimit të tarifave për mbeturina është rreth {rate} %, ndërsa kostoja e shërbimit është rritur. Tarifat e reja janë përcaktuar pas analizës së kostos së shërbimit dhe pas konsultimit publik, duke mbrojtur familjet me të ardhura të ulëta."
    );
    m
}

/// A regulation remembered from before `date` whose title contains `key`.
fn earlier_regulation(ctx: &mut Ctx, key: &str, date: NaiveDate) -> Option<Earlier> {
    let found: Vec<&Earlier> = ctx
        .earlier
        .iter()
        .filter(|e| e.kind == ActType::Rregullore && e.date < date && e.title.contains(key))
        .collect();
    if found.is_empty() {
        return None;
    }
    Some(found[ctx.rng.below(found.len())].clone())
}

// ---------------------------------------------------------------------------
// Regulations
// ---------------------------------------------------------------------------

/// What a regulation is about. Article texts may hold placeholders: `{v}` a
/// village, `{s}` a street, `{n}` days, `{p}` per cent, `{a}` a small fee
/// with cents, `{b}` a fee of tens of euros, `{c}` an hourly rent.
struct RegTopic {
    subject: &'static str,
    /// A word that finds earlier regulations of the same subject.
    key: &'static str,
    law: &'static str,
    /// What it lays down, the object of "përcakton".
    purpose: &'static str,
    /// Whom it applies to, the object of "zbatohet për".
    scope: &'static str,
    terms: &'static [(&'static str, &'static str)],
    chapter: &'static str,
    articles: &'static [(&'static str, &'static str)],
    oversight: &'static str,
    /// Fines for natural persons, in euros.
    fines: Option<(u64, u64)>,
}

const REG_TOPICS: &[RegTopic] = &[
    RegTopic {
        subject: "tregjet e hapura në Komunën e Gjilanit",
        key: "treg",
        law: "Ligjit Nr. 04/L-005 për Tregtinë e Brendshme",
        purpose: "kushtet dhe mënyrën e organizimit e të funksionimit të tregjeve të hapura, si dhe të drejtat dhe detyrimet e shfrytëzuesve të tyre",
        scope: "tregjet e gjelbra, tregjet e mallrave të përziera dhe tregun e bagëtive në territorin e Komunës së Gjilanit",
        terms: &[
            ("Treg i hapur", "hapësira publike e caktuar nga Komuna për shitjen e prodhimeve bujqësore, blegtorale dhe artizanale"),
            ("Shfrytëzues", "personi fizik ose juridik që ka lidhur kontratë me Komunën për shfrytëzimin e një tezge"),
            ("Tezgë", "vendi i shënuar i shitjes brenda tregut"),
        ],
        chapter: "ORGANIZIMI DHE FUNKSIONIMI I TREGJEVE",
        articles: &[
            ("Orari i punës", "Tregjet e hapura punojnë çdo ditë nga ora 06:00 deri në ora 18:00 gjatë periudhës prill–shtator dhe nga ora 07:00 deri në ora 16:00 gjatë periudhës tetor–mars. Tregu i bagëtive punon vetëm të shtunave."),
            ("Dhënia e tezgave", "Tezgat jepen në shfrytëzim me kontratë deri në një vit, në bazë të konkursit publik. Përparësi kanë fermerët e regjistruar nga fshatrat e Komunës, si {v}. Shfrytëzuesi nuk ka të drejtë ta japë tezgën personave të tretë."),
            ("Taksa e tregut", "Për shfrytëzimin e tezgës paguhet taksë ditore prej {a} ose taksë mujore prej {b}, sipas vendimit të Kuvendit për taksat komunale."),
            ("Detyrimet e shfrytëzuesve", "Shfrytëzuesit janë të detyruar ta mbajnë pastër hapësirën përreth tezgës, t’i ekspozojnë çmimet në mënyrë të dukshme, të përdorin peshore të kalibruara dhe t’i respektojnë normat higjieno-sanitare."),
        ],
        oversight: "Mbikëqyrjen e zbatimit të kësaj rregulloreje e bën Inspektorati komunal, në bashkëpunim me administratën e tregut.",
        fines: Some((50, 500)),
    },
    RegTopic {
        subject: "ndarjen e bursave për studentët nga Komuna e Gjilanit",
        key: "burs",
        law: "Ligjit Nr. 04/L-037 për Arsimin e Lartë në Republikën e Kosovës",
        purpose: "kriteret, procedurat dhe mënyrën e ndarjes së bursave për studentët me vendbanim në Komunën e Gjilanit",
        scope: "studentët e rregullt të niveleve bachelor dhe master që studiojnë në institucionet e akredituara të arsimit të lartë",
        terms: &[
            ("Bursë", "mbështetja financiare vjetore që Komuna u jep studentëve sipas kësaj rregulloreje"),
            ("Student i rregullt", "studenti i regjistruar në studime me kohë të plotë"),
            ("Drejtim deficitar", "drejtimi i studimeve për të cilin Komuna ka nevojë për kuadro, i shpallur çdo vit nga Drejtoria për Arsim"),
        ],
        chapter: "KRITERET DHE PROCEDURA",
        articles: &[
            ("Kriteret e përgjithshme", "Të drejtë aplikimi kanë studentët me vendbanim të përhershëm në Komunën e Gjilanit së paku tri vjet para aplikimit, me notë mesatare jo më të ulët se 8,50 për nivelin bachelor dhe 9,00 për nivelin master."),
            ("Kategoritë e veçanta", "Së paku 10 % e bursave u ndahen studentëve nga familjet e dëshmorëve, studentëve me aftësi të kufizuara dhe studentëve nga familjet përfituese të ndihmës sociale, me notë mesatare jo më të ulët se 8,00."),
            ("Konkursi", "Konkursi shpallet çdo vit në muajin tetor nga Drejtoria për Arsim dhe qëndron i hapur {n} ditë. Lista preliminare publikohet në ueb-faqen zyrtare të Komunës, ndërsa aplikuesit kanë të drejtë ankese brenda 8 ditëve."),
            ("Komisioni", "Aplikacionet i shqyrton komisioni prej pesë anëtarësh, të cilin e emëron Kryetari i Komunës. Anëtar i komisionit nuk mund të jetë personi që ka anëtar të familjes ndër aplikuesit."),
            ("Kthimi i bursës", "Studenti që ka dhënë të dhëna të rreme detyrohet ta kthejë shumën e përfituar brenda {n} ditëve dhe humb të drejtën e aplikimit për tri vitet e ardhshme."),
        ],
        oversight: "Zbatimin e kësaj rregulloreje e mbikëqyr Drejtoria për Arsim, e cila i raporton Kryetarit të Komunës për bursat e ndara deri më 31 janar të çdo viti.",
        fines: None,
    },
    RegTopic {
        subject: "ruajtjen e rendit dhe të qetësisë publike",
        key: "rend",
        law: "Ligjit Nr. 03/L-142 për Rendin dhe Qetësinë Publike",
        purpose: "rregullat për ruajtjen e rendit, të qetësisë dhe të pamjes së qytetit në hapësirat publike",
        scope: "të gjithë personat fizikë dhe juridikë që veprojnë ose qëndrojnë në territorin e Komunës së Gjilanit",
        terms: &[
            ("Hapësirë publike", "rrugët, sheshet, parqet, trotuaret dhe sipërfaqet e tjera në pronësi publike"),
            ("Orari i qetësisë", "koha nga ora 22:00 deri në ora 06:00"),
        ],
        chapter: "RREGULLAT E SJELLJES NË HAPËSIRAT PUBLIKE",
        articles: &[
            ("Zhurma", "Gjatë orarit të qetësisë ndalohet përdorimi i muzikës me zë të lartë në lokale, në oborre dhe në automjete, si dhe kryerja e punimeve ndërtimore që shkaktojnë zhurmë në zonat e banimit."),
            ("Pamja e qytetit", "Ndalohet shkrimi dhe vizatimi në fasada, ngjitja e afisheve jashtë vendeve të caktuara dhe dëmtimi i ulëseve, i shportave dhe i ndriçimit publik në {s} dhe në hapësirat e tjera publike."),
            ("Lokalet hotelierike", "Lokalet hotelierike në zonat e banimit punojnë deri në ora 24:00, ndërsa të premteve dhe të shtunave deri në ora 01:00. Muzika e gjallë në hapësira të hapura lejohet vetëm me leje të Drejtorisë për Shërbime Publike."),
            ("Aktivitetet publike", "Organizatori i një aktiviteti publik në shesh ose në park e njofton Komunën së paku {n} ditë më parë dhe kujdeset për pastrimin e hapësirës pas përfundimit të aktivitetit."),
        ],
        oversight: "Mbikëqyrjen e zbatimit të kësaj rregulloreje e bën Inspektorati komunal, në bashkëpunim me Policinë e Kosovës.",
        fines: Some((50, 800)),
    },
    RegTopic {
        subject: "menaxhimin e mbeturinave komunale",
        key: "mbeturin",
        law: "Ligjit Nr. 04/L-060 për Mbeturinat",
        purpose: "mënyrën e grumbullimit, të transportit dhe të largimit të mbeturinave komunale, si dhe detyrimet e prodhuesve të mbeturinave",
        scope: "ekonomitë familjare, bizneset dhe institucionet në qytet dhe në fshatrat e Komunës",
        terms: &[
            ("Mbeturina komunale", "mbeturinat nga ekonomitë familjare dhe mbeturinat e ngjashme nga bizneset dhe institucionet"),
            ("Ofrues i shërbimit", "operatori që, me kontratë me Komunën, kryen grumbullimin dhe transportin e mbeturinave"),
            ("Mbeturina të vëllimshme", "mobiljet, pajisjet elektroshtëpiake dhe sendet e tjera të mëdha"),
        ],
        chapter: "GRUMBULLIMI DHE LARGIMI I MBETURINAVE",
        articles: &[
            ("Grumbullimi", "Mbeturinat grumbullohen së paku dy herë në javë në qytet dhe një herë në javë në fshatra, sipas orarit që publikohet në ueb-faqen e Komunës dhe në zyrat e bashkësive lokale."),
            ("Ndarja në burim", "Ekonomitë familjare dhe bizneset i ndajnë mbeturinat e riciklueshme – letrën, plastikën, qelqin dhe metalin – në kontejnerët e veçantë që vendos Komuna."),
            ("Mbeturinat e vëllimshme", "Mbeturinat e vëllimshme grumbullohen pa pagesë një herë në muaj, sipas kalendarit të shpallur. Ndalohet lënia e tyre pranë kontejnerëve jashtë ditës së caktuar."),
            ("Ndalimet", "Ndalohet hedhja e mbeturinave në lumenj, në përrenj dhe në toka bujqësore, djegia e mbeturinave në oborre dhe krijimi i deponive ilegale, si në qytet ashtu edhe në fshatra si {v}."),
        ],
        oversight: "Mbikëqyrjen e zbatimit të kësaj rregulloreje e bëjnë Inspektorati komunal dhe inspektorët e mjedisit.",
        fines: Some((100, 1_000)),
    },
    RegTopic {
        subject: "parkimin publik në qytetin e Gjilanit",
        key: "parkim",
        law: "Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal",
        purpose: "mënyrën e organizimit, të shfrytëzimit dhe të pagesës së parkimit në hapësirat publike",
        scope: "të gjitha vendparkimet publike të shënuara në zonat e parkimit me pagesë dhe pa pagesë",
        terms: &[
            ("Zona e parkimit me pagesë", "rrugët dhe sheshet e qendrës së qytetit të shënuara me tabela dhe me vija blu"),
            ("Biletë parkimi", "dëshmia e pagesës, e blerë në automat, me SMS ose në aplikacionin e Komunës"),
        ],
        chapter: "ORGANIZIMI I PARKIMIT",
        articles: &[
            ("Zonat dhe orari", "Parkimi me pagesë zbatohet nga e hëna deri të shtunën, nga ora 08:00 deri në ora 18:00, në {s} dhe në rrugët përreth. Të dielave dhe në festat zyrtare parkimi është pa pagesë."),
            ("Çmimi", "Çmimi i parkimit është {a} për orë. Banorët e zonës mund të pajisen me kartelë mujore parkimi me çmim prej {b}."),
            ("Vendet e rezervuara", "Në çdo parkim publik së paku 5 % e vendeve rezervohen për personat me aftësi të kufizuara, të cilët parkojnë pa pagesë me kartelën përkatëse."),
            ("Largimi i automjeteve", "Automjeti i parkuar në trotuar, në vendkalimin e këmbësorëve ose në vendin e rezervuar largohet me merimangë, ndërsa pronari paguan shpenzimet e largimit dhe të ruajtjes."),
        ],
        oversight: "Mbikëqyrjen e bën Inspektorati komunal, ndërsa kontrollin e pagesës e kryejnë kontrollorët e parkimit të autorizuar nga Drejtoria për Shërbime Publike.",
        fines: Some((20, 200)),
    },
    RegTopic {
        subject: "subvencionimin dhe grantet në bujqësi dhe zhvillim rural",
        key: "subvencion",
        law: "Ligjit Nr. 03/L-098 për Bujqësinë dhe Zhvillimin Rural",
        purpose: "kriteret dhe procedurat për ndarjen e subvencioneve dhe të granteve për fermerët nga buxheti komunal",
        scope: "fermerët, grupet e fermerëve dhe bizneset e vogla përpunuese me seli në Komunën e Gjilanit",
        terms: &[
            ("Subvencion", "mjetet financiare ose në natyrë që Komuna u jep fermerëve pa detyrim kthimi"),
            ("NIF", "numri identifikues i fermës në Regjistrin e Fermave"),
        ],
        chapter: "KRITERET DHE PROCEDURA E NDARJES",
        articles: &[
            ("Masat", "Masat e mbështetjes caktohen çdo vit me programin e Drejtorisë për Bujqësi, Pylltari dhe Zhvillim Rural, në përputhje me mjetet e planifikuara në buxhet."),
            ("Kriteret", "Përfitues mund të jetë fermeri me NIF, me vendbanim në Komunë, që nuk ka përfituar për të njëjtën masë në dy vitet e fundit dhe që i ka shlyer detyrimet ndaj Komunës."),
            ("Bashkëfinancimi", "Për investimet në serra, në mekanizëm dhe në pajisje, përfituesi bashkëfinancon së paku {p} % të vlerës së investimit."),
            ("Monitorimi", "Zyrtarët e Drejtorisë e verifikojnë në terren investimin brenda {n} ditëve nga shpërndarja. Përfituesi që e shet mjetin e përfituar brenda tri viteve detyrohet ta kthejë vlerën e subvencionit."),
        ],
        oversight: "Zbatimin e kësaj rregulloreje e mbikëqyr Drejtoria për Bujqësi, Pylltari dhe Zhvillim Rural, e cila i raporton Kuvendit një herë në vit.",
        fines: None,
    },
    RegTopic {
        subject: "shfrytëzimin e palestrave dhe të terreneve sportive komunale",
        key: "sport",
        law: "Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal",
        purpose: "kushtet dhe mënyrën e shfrytëzimit të palestrave, të terreneve sportive dhe të objekteve të tjera sportive në pronësi të Komunës",
        scope: "klubet sportive, shkollat, organizatat joqeveritare dhe personat fizikë që i shfrytëzojnë këto objekte",
        terms: &[
            ("Objekt sportiv", "palestra, fusha, pishina ose terreni tjetër sportiv në pronësi të Komunës"),
            ("Shfrytëzues", "klubi, shkolla ose personi që ka fituar termin të rregullt ose të njëhershëm"),
        ],
        chapter: "SHFRYTËZIMI I OBJEKTEVE SPORTIVE",
        articles: &[
            ("Ndarja e termineve", "Terminet ndahen çdo vit në muajin shtator, me përparësi për shkollat, për klubet që garojnë në ligat zyrtare dhe për sportin e femrave dhe të të rinjve."),
            ("Pagesa", "Për një orë shfrytëzimi të palestrës paguhet {c}, ndërsa klubet e të rinjve dhe shkollat lirohen nga pagesa. Pagesa bëhet deri më 10 të muajit për muajin paraprak."),
            ("Rendi në objekt", "Shfrytëzuesi përgjigjet për dëmet e shkaktuara gjatë terminit të tij, kujdeset për rendin dhe pastërtinë dhe respekton orarin e caktuar."),
            ("Aktivitetet e tjera", "Për koncerte, panaire dhe aktivitete të tjera jo sportive objekti jepet me leje të veçantë të Drejtorisë për Kulturë, Rini dhe Sport, kundrejt pagesës prej {b} për ditë."),
        ],
        oversight: "Administrimin dhe mbikëqyrjen e objekteve sportive i bën Drejtoria për Kulturë, Rini dhe Sport.",
        fines: None,
    },
    RegTopic {
        subject: "tregtinë ambulante në hapësirat publike",
        key: "ambulant",
        law: "Ligjit Nr. 04/L-005 për Tregtinë e Brendshme",
        purpose: "kushtet dhe procedurën për ushtrimin e tregtisë ambulante dhe të shitjes sezonale në hapësirat publike",
        scope: "personat fizikë dhe juridikë që shesin mallra ose ushqime jashtë objekteve afariste",
        terms: &[
            ("Tregti ambulante", "shitja e mallrave nga tezga të lëvizshme, kioska ose automjete në hapësira publike"),
            ("Leje", "akti që lëshon Drejtoria për Shërbime Publike për një vend dhe një periudhë të caktuar"),
        ],
        chapter: "LEJET DHE VENDET E SHITJES",
        articles: &[
            ("Vendet e lejuara", "Tregtia ambulante lejohet vetëm në vendet e shënuara në hartën që miraton Kryetari i Komunës. Ndalohet shitja në trotuaret e ngushta, pranë shkollave dhe në stacionet e autobusëve."),
            ("Leja", "Leja lëshohet për një periudhë deri në gjashtë muaj, pas pagesës së taksës prej {b} në muaj. Leja nuk bartet te personi tjetër."),
            ("Shitja e ushqimeve", "Shitësit e ushqimeve duhet të kenë certifikatë shëndetësore të vlefshme dhe pajisje që sigurojnë ruajtjen e ushqimit në temperaturë të përshtatshme."),
            ("Shitja sezonale", "Shitja e frutave, e perimeve dhe e artikujve për festat e fundvitit lejohet në periudhën e caktuar me vendim të Kryetarit, në vendet që cakton Drejtoria."),
        ],
        oversight: "Mbikëqyrjen e bën Inspektorati komunal, i cili mund ta sekuestrojë përkohësisht mallin e shitësve që punojnë pa leje.",
        fines: Some((50, 400)),
    },
    RegTopic {
        subject: "mbajtjen e kafshëve shtëpiake dhe kontrollin e qenve endacakë",
        key: "kafsh",
        law: "Ligjit Nr. 02/L-10 për Mbrojtjen e Kafshëve",
        purpose: "kushtet për mbajtjen e kafshëve shtëpiake në zonat urbane dhe masat për kontrollin e qenve endacakë",
        scope: "pronarët dhe mbajtësit e kafshëve shtëpiake në territorin e Komunës",
        terms: &[
            ("Kafshë shtëpiake", "qeni, macja dhe kafshët e tjera që mbahen për shoqëri"),
            ("Qen endacak", "qeni pa pronar ose pa shenjë identifikimi që gjendet në hapësirë publike"),
        ],
        chapter: "DETYRIMET E PRONARËVE",
        articles: &[
            ("Regjistrimi", "Pronari e regjistron qenin në ambulancën veterinare brenda {n} ditëve nga marrja dhe e pajis me mikroçip dhe me librezë vaksinimi."),
            ("Shëtitja", "Në hapësirat publike qeni mbahet me zinxhir, ndërsa qentë e racave të rrezikshme edhe me maskë. Pronari i pastron mbeturinat e qenit në trotuare dhe në parqe."),
            ("Ndalimet", "Ndalohet hyrja me kafshë në këndet e lojërave për fëmijë, në tregje dhe në objektet shëndetësore, si dhe braktisja e kafshëve."),
            ("Strehimorja", "Qentë endacakë kapen nga shërbimi i autorizuar, sterilizohen, vaksinohen dhe strehohen në strehimoren e Komunës në {v}."),
        ],
        oversight: "Mbikëqyrjen e bëjnë Inspektorati komunal dhe inspektori veterinar i Drejtorisë për Bujqësi, Pylltari dhe Zhvillim Rural.",
        fines: Some((30, 300)),
    },
    RegTopic {
        subject: "administrimin dhe mirëmbajtjen e varrezave",
        key: "varrez",
        law: "Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal",
        purpose: "mënyrën e administrimit, të mirëmbajtjes dhe të shfrytëzimit të varrezave publike",
        scope: "varrezat e qytetit dhe varrezat publike në fshatrat e Komunës",
        terms: &[
            ("Varr", "vendi i caktuar për varrosje, me sipërfaqe deri në 2,5 m²"),
            ("Administrues", "ndërmarrja ose njësia komunale që mirëmban varrezat"),
        ],
        chapter: "VARROSJA DHE MIRËMBAJTJA",
        articles: &[
            ("Varrosja", "Varrosja bëhet vetëm në varrezat publike, pas lajmërimit të vdekjes dhe pajisjes me leje varrosjeje nga administruesi."),
            ("Pagesat", "Për ndarjen e vendit të varrit paguhet {b}, ndërsa familjet përfituese të ndihmës sociale lirohen nga pagesa."),
            ("Përmendoret", "Përmendoret vendosen brenda kufijve të varrit dhe lartësia e tyre nuk i kalon 1,2 metra. Ndalohet ndërtimi i objekteve të tjera brenda varrezave."),
            ("Mirëmbajtja", "Administruesi kujdeset për pastrimin, ndriçimin, ujin dhe gjelbërimin e varrezave, ndërsa në fshatra si {v} mirëmbajtja bëhet në bashkëpunim me këshillin e fshatit."),
        ],
        oversight: "Mbikëqyrjen e zbatimit të kësaj rregulloreje e bën Inspektorati komunal.",
        fines: Some((50, 500)),
    },
    RegTopic {
        subject: "konsultimin publik dhe pjesëmarrjen e qytetarëve në vendimmarrje",
        key: "konsultim",
        law: "Udhëzimit Administrativ Nr. 06/2018 për Standardet Minimale të Konsultimit Publik në Komuna",
        purpose: "procedurat dhe format e konsultimit publik për aktet dhe politikat e Komunës",
        scope: "projektaktet normative, projektbuxhetin, planet hapësinore dhe politikat e tjera me interes publik",
        terms: &[
            ("Konsultim publik", "procesi me të cilin Komuna u jep qytetarëve mundësinë të shprehin mendimet për një projektakt"),
            ("Dëgjim publik", "takimi i hapur me qytetarët për një projektakt ose politikë"),
        ],
        chapter: "PROCEDURA E KONSULTIMIT",
        articles: &[
            ("Afati", "Projektakti publikohet në platformën elektronike dhe në ueb-faqen e Komunës dhe qëndron për komente së paku 15 ditë."),
            ("Dëgjimet publike", "Për projektbuxhetin mbahen së paku {n} dëgjime publike, në qytet dhe në fshatrat më të mëdha, si {v}. Njoftimi bëhet së paku shtatë ditë para takimit."),
            ("Raporti", "Pas përfundimit të konsultimit, drejtoria përgjegjëse harton raportin me komentet e pranuara dhe të refuzuara, me arsyetim, dhe e publikon bashkë me aktin."),
            ("Grupet e cenueshme", "Komuna siguron qasje për personat me aftësi të kufizuara dhe takime të veçanta me të rinjtë, me gratë dhe me komunitetet joshumicë."),
        ],
        oversight: "Për zbatimin e kësaj rregulloreje kujdesen Zyra e Kuvendit dhe Zyra për Informim, ndërsa Kryetari i raporton Kuvendit një herë në vit.",
        fines: None,
    },
    RegTopic {
        subject: "emërtimin e rrugëve, të shesheve dhe të objekteve publike",
        key: "emërtim",
        law: "Ligjit Nr. 02/L-37 për Përdorimin e Gjuhëve",
        purpose: "procedurën dhe kriteret për emërtimin dhe riemërtimin e rrugëve, të shesheve, të parqeve dhe të objekteve publike",
        scope: "rrugët, sheshet, parqet, shkollat dhe objektet e tjera publike në qytet dhe në fshatra",
        terms: &[
            ("Emërtim", "dhënia e emrit të parë një rruge ose objekti publik"),
            ("Riemërtim", "ndryshimi i emrit ekzistues"),
        ],
        chapter: "KRITERET DHE PROCEDURA",
        articles: &[
            ("Komisioni", "Kuvendi formon Komisionin për emërtime, prej pesë anëtarësh, në të cilin përfshihen historianë, gjuhëtarë dhe përfaqësues të bashkësive lokale."),
            ("Kriteret", "Rrugët emërtohen sipas figurave dhe ngjarjeve historike, kulturore e shkencore, sipas toponimeve vendore dhe vlerave universale. Emri i personit jepet jo më herët se dy vjet pas vdekjes së tij."),
            ("Propozimet", "Propozim për emërtim mund të bëjnë qytetarët, këshillat e fshatrave, asamblistët dhe institucionet. Propozimi shqyrtohet në dëgjim publik para se të dërgohet në Kuvend."),
            ("Tabelat", "Tabelat me emrat e rrugëve vendosen nga Drejtoria për Urbanizëm brenda {n} ditëve nga miratimi i vendimit dhe shkruhen në gjuhët zyrtare."),
        ],
        oversight: "Mbikëqyrjen e zbatimit të kësaj rregulloreje e bën Drejtoria për Urbanizëm.",
        fines: None,
    },
    RegTopic {
        subject: "vendosjen e reklamave dhe të mbishkrimeve në hapësirat publike",
        key: "reklam",
        law: "Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal",
        purpose: "kushtet dhe procedurën për vendosjen e reklamave, të tabelave dhe të mbishkrimeve të bizneseve",
        scope: "personat fizikë dhe juridikë që vendosin reklama në hapësira publike ose në fasada që shikojnë nga hapësira publike",
        terms: &[
            ("Reklamë", "çdo mjet vizual që promovon mallra, shërbime ose aktivitete"),
            ("Bilbord", "konstruksioni i pavarur me sipërfaqe reklamuese mbi 6 m²"),
        ],
        chapter: "LEJET DHE TAKSAT",
        articles: &[
            ("Leja", "Reklamat vendosen vetëm me leje të Drejtorisë për Urbanizëm, e cila lëshohet brenda {n} ditëve nga dorëzimi i kërkesës së plotë."),
            ("Taksa", "Për çdo metër katror sipërfaqe reklamuese paguhet taksë vjetore prej {b}. Mbishkrimi me emrin e biznesit mbi hyrjen e lokalit nuk paguhet."),
            ("Gjuha", "Mbishkrimet e bizneseve shkruhen në gjuhët zyrtare; emrat e huaj lejohen vetëm si emra të markave të regjistruara."),
            ("Ndalimet", "Ndalohet vendosja e reklamave në shtyllat e ndriçimit, në pemë, në objektet e trashëgimisë kulturore dhe në udhëkryqe ku pengojnë dukshmërinë."),
        ],
        oversight: "Mbikëqyrjen e zbatimit të kësaj rregulloreje e bën Inspektorati komunal, i cili i largon reklamat e vendosura pa leje në kurriz të pronarit.",
        fines: Some((100, 2_000)),
    },
    RegTopic {
        subject: "shfrytëzimin e hapësirave publike për tarraca verore",
        key: "tarrac",
        law: "Ligjit Nr. 03/L-049 për Financat e Pushtetit Lokal",
        purpose: "kushtet për dhënien në shfrytëzim të përkohshëm të trotuareve dhe të shesheve për tarraca verore të lokaleve hotelierike",
        scope: "lokalet hotelierike që kërkojnë shfrytëzimin e hapësirës publike para objektit",
        terms: &[
            ("Tarracë verore", "hapësira e hapur para lokalit me tavolina dhe karrige, pa konstruksion të përhershëm"),
            ("Kalim i lirë", "pjesa e trotuarit që mbetet e lirë për këmbësorët"),
        ],
        chapter: "KUSHTET E SHFRYTËZIMIT",
        articles: &[
            ("Kushtet", "Tarraca lejohet vetëm nëse për këmbësorët mbetet kalim i lirë së paku 1,5 metra. Ndalohet vendosja e tarracave në rrugë dhe në vendparkime."),
            ("Taksa", "Për shfrytëzimin e hapësirës publike paguhet taksë mujore prej {a} për metër katror në zonën e parë, në {s}, dhe gjysma e saj në zonat e tjera."),
            ("Periudha", "Leja lëshohet për periudhën 1 prill – 31 tetor. Pas skadimit, shfrytëzuesi e liron hapësirën brenda {n} ditëve."),
            ("Pamja", "Tendat, tavolinat dhe ulëset duhet të jenë të njëtrajtshme dhe të mos e dëmtojnë trotuarin; ndalohet muzika me zë të lartë pas orës 23:00."),
        ],
        oversight: "Mbikëqyrjen e zbatimit të kësaj rregulloreje e bën Inspektorati komunal.",
        fines: Some((100, 1_000)),
    },
];

/// Fills the placeholders of an article text with fresh details.
fn fill(ctx: &mut Ctx, text: &str) -> String {
    let mut out = text.to_string();
    if out.contains("{v}") {
        out = out.replace("{v}", ctx.village());
    }
    if out.contains("{s}") {
        out = out.replace("{s}", &street_acc(ctx.pick(STREETS)));
    }
    if out.contains("{n}") {
        out = out.replace("{n}", &ctx.rng.pick(&[8, 10, 15, 20, 30]).to_string());
    }
    if out.contains("{p}") {
        out = out.replace("{p}", &(5 * ctx.rng.range(4, 8)).to_string());
    }
    if out.contains("{a}") {
        out = out.replace("{a}", &euros(0.5 * ctx.rng.range(1, 6) as f64));
    }
    if out.contains("{b}") {
        out = out.replace("{b}", &eur(5 * ctx.rng.range(2, 16)));
    }
    if out.contains("{c}") {
        out = out.replace("{c}", &eur(ctx.rng.range(10, 30)));
    }
    out
}

/// One article of a regulation before it is numbered.
struct Article {
    chapter: usize,
    heading: String,
    body: Vec<String>,
    /// May be left out to keep the regulation short.
    optional: bool,
}

/// How a regulation lays out its chapters and article headings.
#[derive(Debug, Clone, Copy)]
struct RegLayout {
    chapter_word: &'static str,
    /// Chapter name on the same line as its number.
    chapter_inline: bool,
    /// 0: "Neni 1 – Qëllimi"; 1: "Neni 1" / "Qëllimi"; 2: "Neni 1" / "(Qëllimi)".
    heading: usize,
}

/// A regulation of the Assembly, in chapters and articles.
pub fn rregullore(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let dates = DateStyle::pick(ctx);
    let set = Setting {
        date,
        by: By::Assembly,
        dates,
    };
    let topic = ctx.rng.pick(REG_TOPICS);
    let office = ASSEMBLY;
    let number = ctx.number(office, date);
    let line = ctx.number_line(&number);
    let mut head = ctx.header(office, Some(&line), date);
    head.push(Block::Para(reg_preamble(ctx, &set, topic)));
    head.push(Block::Gap);
    head.push(Block::Title(reg_title_word(ctx, date)));
    head.push(Block::Centered(format!("për {}", topic.subject)));
    head.push(Block::Gap);

    let layout = RegLayout {
        chapter_word: ctx.pick(&["KREU", "KAPITULLI"]),
        chapter_inline: ctx.rng.chance(0.7),
        heading: ctx.rng.below(3),
    };
    let mut articles = reg_articles(ctx, &set, topic, layout);
    let names = [
        "DISPOZITAT E PËRGJITHSHME",
        topic.chapter,
        if topic.fines.is_some() {
            "MBIKËQYRJA DHE DISPOZITAT NDËSHKUESE"
        } else {
            "MBIKËQYRJA E ZBATIMIT"
        },
        "DISPOZITAT KALIMTARE DHE PËRFUNDIMTARE",
    ];
    let sign = signature(ctx, office, date);
    let fixed = count_words(&head) + count_words(&sign);
    // Leave out optional articles, last first, until the text fits.
    let limit = ctx.rng.range(300, RREGULLORE_WORDS as u64) as usize;
    while fixed + count_words(&render_articles(&articles, &names, layout)) > limit {
        match articles.iter().rposition(|a| a.optional) {
            Some(i) => {
                articles.remove(i);
            }
            None => break,
        }
    }
    let mut blocks = head;
    blocks.extend(render_articles(&articles, &names, layout));
    blocks.extend(sign);

    let title = format!("Rregullore për {}", topic.subject);
    remembered(
        ctx,
        ActType::Rregullore,
        number,
        office,
        title,
        blocks,
        date,
    )
}

/// "RREGULLORE", "R R E G U L L O R E", or with the Assembly's yearly serial
/// after it: "RREGULLORE (KK) NR. 02/2020".
fn reg_title_word(ctx: &mut Ctx, date: NaiveDate) -> String {
    match ctx.rng.below(4) {
        0 | 1 => "RREGULLORE".into(),
        2 => "R R E G U L L O R E".into(),
        _ => {
            let same_year = ctx
                .earlier
                .iter()
                .filter(|e| {
                    e.kind == ActType::Rregullore && e.date.year() == date.year() && e.date < date
                })
                .count();
            format!("RREGULLORE (KK) NR. {:02}/{}", same_year + 1, date.year())
        }
    }
}

fn reg_preamble(ctx: &mut Ctx, set: &Setting, topic: &RegTopic) -> String {
    let k = ctx.rng.range(1, 2) as usize;
    let articles = ctx.pick_some(
        &[
            "nenit 12 paragrafi 12.2 pika a)",
            "nenit 17",
            "nenit 40 paragrafi 40.1",
        ],
        k,
    );
    let statute = ctx.pick(ASSEMBLY_STATUTE);
    let basis = format!(
        "{} {LSG}, {}, si dhe {statute}",
        join_and(&articles),
        topic.law
    );
    let session = session_phrase(ctx, set);
    let verb = ctx.pick(&["miraton:", "miraton këtë", "miraton këtë:", "nxjerr këtë:"]);
    match ctx.rng.below(3) {
        0 => format!("Kuvendi i Komunës së Gjilanit, në mbështetje të {basis}, {session}, {verb}"),
        1 => format!("Në bazë të {basis}, Kuvendi i Komunës së Gjilanit, {session}, {verb}"),
        _ => {
            let s = ctx.session_before(set.date).date;
            let from = ctx.days_before(s, 40, 70);
            let to = ctx.days_after(from, 15, 21);
            format!(
                "Në mbështetje të {basis}, pas konsultimit publik të mbajtur nga {} deri më {}, Kuvendi i Komunës, {session}, {verb}",
                set.day(from),
                set.day(to)
            )
        }
    }
}

fn reg_articles(ctx: &mut Ctx, set: &Setting, topic: &RegTopic, layout: RegLayout) -> Vec<Article> {
    let mut out = Vec::new();
    let purpose = match ctx.rng.below(3) {
        0 => format!("Kjo rregullore përcakton {}.", topic.purpose),
        1 => format!(
            "Qëllimi i kësaj rregulloreje është të përcaktojë {}.",
            topic.purpose
        ),
        _ => format!(
            "Kjo rregullore ka për qëllim të përcaktojë {}.",
            topic.purpose
        ),
    };
    out.push(Article {
        chapter: 0,
        heading: "Qëllimi".into(),
        body: vec![purpose],
        optional: false,
    });
    let scope = match ctx.rng.below(3) {
        0 => format!(
            "Dispozitat e kësaj rregulloreje zbatohen për {}.",
            topic.scope
        ),
        1 => format!("Kjo rregullore zbatohet për {}.", topic.scope),
        _ => format!(
            "Fushëveprimi i kësaj rregulloreje përfshin {}.",
            topic.scope
        ),
    };
    out.push(Article {
        chapter: 0,
        heading: ctx.pick(&["Fushëveprimi", "Fusha e zbatimit"]).into(),
        body: vec![scope],
        optional: false,
    });
    let mut terms = vec!["Shprehjet e përdorura në këtë rregullore kanë këtë kuptim:".to_string()];
    for (i, (term, meaning)) in topic.terms.iter().enumerate() {
        let end = if i + 1 == topic.terms.len() { "." } else { ";" };
        terms.push(format!("{}. {term} – {meaning}{end}", i + 1));
    }
    out.push(Article {
        chapter: 0,
        heading: "Përkufizimet".into(),
        body: terms,
        optional: true,
    });
    // The subject's own rules: the first two always, the rest if they fit.
    let k = ctx.rng.range(3, topic.articles.len() as u64) as usize;
    let chosen = ctx.rng.sample(topic.articles, k);
    for (i, (heading, text)) in chosen.into_iter().enumerate() {
        let body = fill(ctx, text);
        out.push(Article {
            chapter: 1,
            heading: heading.to_string(),
            body: vec![body],
            optional: i >= 2,
        });
    }
    out.push(Article {
        chapter: 2,
        heading: "Mbikëqyrja".into(),
        body: vec![topic.oversight.into()],
        optional: false,
    });
    if let Some((lo, hi)) = topic.fines {
        let part = if layout.chapter_word == "KREU" {
            "kreut"
        } else {
            "kapitullit"
        };
        let lead = match ctx.rng.below(3) {
            0 => format!("Për shkeljen e dispozitave të {part} II të kësaj rregulloreje,"),
            1 => "Për mosrespektimin e detyrimeve të kësaj rregulloreje,".to_string(),
            _ => "Për çdo shkelje të kësaj rregulloreje,".to_string(),
        };
        let mut body = vec![format!(
            "{lead} personi fizik dënohet me gjobë prej {} deri në {}, ndërsa personi juridik me gjobë prej {} deri në {}.",
            eur(lo),
            eur(hi),
            eur(lo * 3),
            eur(hi * 5)
        )];
        if ctx.rng.chance(0.5) {
            body.push(
                ctx.pick(&[
                    "Në rast përsëritjeje të shkeljes brenda një viti, gjoba dyfishohet.",
                    "Gjobat paguhen në llogarinë e të hyrave vetanake të Komunës brenda 8 ditëve nga shqiptimi.",
                    "Kundër vendimit për gjobë pala mund të paraqesë ankesë brenda 15 ditëve nga dita e pranimit.",
                ])
                .into(),
            );
        }
        out.push(Article {
            chapter: 2,
            heading: "Gjobat".into(),
            body,
            optional: false,
        });
    }
    if let Some(old) = earlier_regulation(ctx, topic.key, set.date) {
        let about = old.title.strip_prefix("Rregullore ").unwrap_or("");
        out.push(Article {
            chapter: 3,
            heading: "Shfuqizimi".into(),
            body: vec![format!(
                "Me hyrjen në fuqi të kësaj rregulloreje shfuqizohet Rregullorja {} e datës {} {about}.",
                cited(&old.number),
                set.day(old.date)
            )
            .replace("  ", " ")
            .replace(" .", ".")],
            optional: false,
        });
    } else {
        let days = *ctx.rng.pick(&[30, 60, 90]);
        let text = if ctx.rng.chance(0.5) {
            format!(
                "Personat që i nënshtrohen kësaj rregulloreje e harmonizojnë veprimtarinë e tyre me dispozitat e saj brenda {days} ditëve nga hyrja e saj në fuqi."
            )
        } else {
            format!(
                "Kryetari i Komunës, brenda {days} ditëve nga hyrja në fuqi e kësaj rregulloreje, nxjerr aktet nënligjore për zbatimin e saj."
            )
        };
        out.push(Article {
            chapter: 3,
            heading: "Dispozitat kalimtare".into(),
            body: vec![text],
            optional: true,
        });
    }
    let gazette = set.year() >= 2019 && ctx.rng.chance(0.3);
    let in_force = if gazette {
        "Kjo rregullore hyn në fuqi 15 ditë pas publikimit në Gazetën Zyrtare të Republikës së Kosovës."
    } else {
        ctx.pick(&[
            "Kjo rregullore hyn në fuqi 15 ditë pas publikimit në ueb-faqen zyrtare të Komunës së Gjilanit.",
            "Kjo rregullore hyn në fuqi pesëmbëdhjetë (15) ditë pas publikimit në gjuhët zyrtare të Komunës.",
            "Rregullorja hyn në fuqi 15 ditë pas publikimit në ueb-faqen zyrtare të Komunës.",
        ])
    };
    out.push(Article {
        chapter: 3,
        heading: "Hyrja në fuqi".into(),
        body: vec![in_force.into()],
        optional: false,
    });
    out
}

fn render_articles(articles: &[Article], names: &[&str; 4], layout: RegLayout) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut chapter = usize::MAX;
    for (i, article) in articles.iter().enumerate() {
        if article.chapter != chapter {
            chapter = article.chapter;
            let number = roman(chapter + 1);
            let name = names[chapter.min(3)];
            blocks.push(Block::Gap);
            if layout.chapter_inline {
                blocks.push(Block::Centered(format!(
                    "{} {number} – {name}",
                    layout.chapter_word
                )));
            } else {
                blocks.push(Block::Centered(format!("{} {number}", layout.chapter_word)));
                blocks.push(Block::Centered(name.into()));
            }
        }
        let n = i + 1;
        match layout.heading {
            0 => blocks.push(Block::Centered(format!("Neni {n} – {}", article.heading))),
            1 => {
                blocks.push(Block::Centered(format!("Neni {n}")));
                blocks.push(Block::Centered(article.heading.clone()));
            }
            _ => {
                blocks.push(Block::Centered(format!("Neni {n}")));
                blocks.push(Block::Centered(format!("({})", article.heading)));
            }
        }
        blocks.extend(article.body.iter().cloned().map(Block::Para));
    }
    blocks
}
