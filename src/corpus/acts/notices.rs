//! Notices (njoftim), announcements (shpallje), job competitions (konkurs)
//! and reports (raport) of the municipal offices.
//!
//! Each kind draws a topic from its own bank (water cuts and tax deadlines,
//! calls to NGOs and auctions, posts for teachers and nurses, budget
//! execution and waste collection …). A topic knows which office issues it
//! and writes its own body: details come from the world (villages, streets,
//! schools, people, companies, amounts), recurring sentences are picked
//! among several phrasings, and some sections are optional, so two drafts of
//! one kind read differently. Deadlines and announced events fall after the
//! act's date; the periods a report covers and the meetings it counts fall
//! before it; the figures of a report add up.

use chrono::{Datelike, Duration, NaiveDate};

use super::super::draft::{Block, Draft};
use super::super::grammar::{
    count_word, genitive, is_female, join_and, mayor_title, roman, street_acc, street_gen,
    street_nom,
};
use super::super::world::{
    self, dotted, euros, long_date, month_end, next_workday, thousands, weekday_on, Ctx, Office,
    MALE_NAMES, MAYOR, PROCUREMENT, QUARTERS, SCHOOLS, STREETS, SURNAMES,
};
use crate::model::ActType;

// ---------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------

/// What a topic contributes to an act: the issuing office, an optional
/// legal basis before the title, the subtitle under it, and the body.
struct Body {
    office: Office,
    preamble: Option<String>,
    /// The line under the title word: "për ndërprerjen e …", "e listës …".
    subtitle: String,
    blocks: Vec<Block>,
    /// Who signs, when the body already names them.
    signer: Option<String>,
}

impl Body {
    fn new(office: Office, subtitle: String) -> Body {
        Body {
            office,
            preamble: None,
            subtitle,
            blocks: Vec::new(),
            signer: None,
        }
    }

    fn para(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Para(text.into()));
    }

    /// A dashed list as offices type it: "  – item;" … "  – last item."
    fn list(&mut self, items: &[String]) {
        let last = items.len().saturating_sub(1);
        for (i, item) in items.iter().enumerate() {
            let end = if i == last { '.' } else { ';' };
            self.blocks.push(Block::Para(format!("  – {item}{end}")));
        }
    }

    fn table(&mut self, rows: Vec<Vec<String>>) {
        self.blocks.push(Block::Table(rows));
    }

    /// A section heading in one of three styles: "2. Fondet", "II. Fondet",
    /// or the words alone.
    fn heading(&mut self, style: usize, n: usize, text: &str) {
        let line = match style {
            0 => format!("{n}. {text}"),
            1 => format!("{}. {text}", roman(n)),
            _ => text.to_string(),
        };
        self.blocks.push(Block::Para(line));
    }
}

/// A topic of one kind of act.
type Topic = fn(&mut Ctx, NaiveDate) -> Body;

// Codes of the directorates in `world::DIRECTORATES`.
const FINANCE: &str = "04";
const EDUCATION: &str = "05";
const ADMINISTRATION: &str = "06";
const SERVICES: &str = "07";
const HEALTH: &str = "08";
const URBANISM: &str = "09";
const CULTURE: &str = "10";
const AGRICULTURE: &str = "11";

/// The directorate with a code; the Mayor's office if there is none.
fn dir(code: &str) -> Office {
    world::directorate(code).unwrap_or(MAYOR)
}

/// Puts the header, the title and the signature around a topic's body.
fn assemble(
    ctx: &mut Ctx,
    kind: ActType,
    label: &str,
    word: &str,
    body: Body,
    date: NaiveDate,
) -> Draft {
    let number = ctx.number(body.office, date);
    let line = ctx.number_line(&number);
    let mut blocks = ctx.header(body.office, Some(&line), date);
    if let Some(preamble) = &body.preamble {
        blocks.push(Block::Para(preamble.clone()));
    }
    blocks.push(Block::Title(word.into()));
    blocks.push(Block::Centered(body.subtitle.clone()));
    blocks.push(Block::Gap);
    blocks.extend(body.blocks);
    blocks.extend(signature(ctx, body.office, body.signer.clone()));
    let title = format!("{label} {}", body.subtitle);
    Draft::new(kind, Some(number), date, body.office.name, title, blocks)
}

/// The signature block: the head of the office and an invented name.
fn signature(ctx: &mut Ctx, office: Office, signer: Option<String>) -> Vec<Block> {
    // The Mayor's office is named "Kryetari i Komunës" in the text, so an
    // unnamed Mayor signs with a man's name.
    let name = match signer {
        Some(name) => name,
        None if office == MAYOR => {
            let first = ctx.rng.pick(MALE_NAMES);
            format!("{first} {}", ctx.rng.pick(SURNAMES))
        }
        None => ctx.person(),
    };
    let female = is_female(&name);
    let role = if office == MAYOR {
        let title = mayor_title(female);
        if ctx.rng.below(2) == 0 {
            title.to_string()
        } else {
            format!("{title} së Gjilanit")
        }
    } else if office == PROCUREMENT {
        let head = if female {
            "Menaxherja e Prokurimit"
        } else {
            "Menaxheri i Prokurimit"
        };
        head.to_string()
    } else {
        head_of(office, female, ctx.rng.below(3))
    };
    vec![Block::Gap, Block::Right(role), Block::Right(name)]
}

/// "Drejtori", "Drejtoresha e Drejtorisë për Arsim", "Drejtori i Administratës".
fn head_of(office: Office, female: bool, style: usize) -> String {
    let head = if female { "Drejtoresha" } else { "Drejtori" };
    let rest = office
        .name
        .strip_prefix("Drejtoria ")
        .unwrap_or(office.name);
    match style {
        0 => head.to_string(),
        1 => {
            let of = if female { "e" } else { "i" };
            format!("{head} {of} {}", genitive(office))
        }
        _ => match rest.strip_prefix("e ") {
            Some(noun) if !female => format!("{head} i {noun}"),
            _ => format!("{head} {rest}"),
        },
    }
}

/// A date inside a sentence, in one of the two shapes offices use.
fn prose_date(ctx: &mut Ctx, d: NaiveDate) -> String {
    if ctx.rng.chance(0.6) {
        long_date(d)
    } else {
        dotted(d)
    }
}

/// Two dates of one sentence, in the same shape.
fn two_dates(ctx: &mut Ctx, a: NaiveDate, b: NaiveDate) -> (String, String) {
    if ctx.rng.chance(0.6) {
        (long_date(a), long_date(b))
    } else {
        (dotted(a), dotted(b))
    }
}

/// An hour of the day: "08:00", "09:30".
fn clock(ctx: &mut Ctx, lo: u64, hi: u64) -> String {
    let hour = ctx.rng.range(lo, hi);
    let minutes = if ctx.rng.chance(0.7) { "00" } else { "30" };
    format!("{hour:02}:{minutes}")
}

/// A start and an end hour, `len_lo..=len_hi` hours apart.
fn span(ctx: &mut Ctx, lo: u64, hi: u64, len_lo: u64, len_hi: u64) -> (String, String) {
    let start = ctx.rng.range(lo, hi);
    let end = start + ctx.rng.range(len_lo, len_hi);
    (format!("{start:02}:00"), format!("{end:02}:00"))
}

fn phone(ctx: &mut Ctx) -> String {
    format!("0280 320 {}", ctx.rng.range(101, 189))
}

/// The e-mail box of an office.
fn mailbox(office: Office) -> String {
    let user = match office.code {
        FINANCE => "financat",
        EDUCATION => "arsimi",
        ADMINISTRATION => "administrata",
        SERVICES => "sherbimet",
        HEALTH => "shendetesia",
        URBANISM => "urbanizmi",
        CULTURE => "kultura",
        AGRICULTURE => "bujqesia",
        "653" => "prokurimi",
        _ => "kabineti",
    };
    format!("{user}.gjilan@rks-gov.net")
}

/// "51,2": one decimal, with a comma.
fn decimal(x: f64) -> String {
    format!("{x:.1}").replace('.', ",")
}

/// A share as a percentage with one decimal ("51,2"); 0 of nothing is 0.
fn pct(part: f64, whole: f64) -> String {
    if whole <= 0.0 {
        return "0,0".into();
    }
    decimal(part * 100.0 / whole)
}

/// `k` distinct streets.
fn streets(ctx: &mut Ctx, k: usize) -> Vec<&'static str> {
    ctx.rng.sample(STREETS, k).into_iter().copied().collect()
}

/// The school year an enrolment at `date` is for ("2019/2020").
fn school_year(date: NaiveDate) -> String {
    let y = date.year();
    if date.month() >= 9 {
        format!("{}/{}", y, y + 1)
    } else {
        format!("{}/{}", y - 1, y)
    }
}

/// Where citizens ask for more, in one of several phrasings.
fn contact(ctx: &mut Ctx, office: Office) -> String {
    let tel = phone(ctx);
    let mail = mailbox(office);
    match ctx.rng.below(4) {
        0 => format!("Për informata shtesë: tel. {tel}, e-mail: {mail}."),
        1 => format!(
            "Për çdo paqartësi qytetarët mund të drejtohen në Zyrën për Shërbime me Qytetarët ose të telefonojnë në numrin {tel}, çdo ditë pune nga ora 08:00 deri në ora 16:00."
        ),
        2 => format!(
            "Informata më të hollësishme mund të merren në numrin e telefonit {tel} ose në adresën e postës elektronike {mail}."
        ),
        _ => format!(
            "Për pyetje dhe sqarime qytetarët mund të kontaktojnë zyrtarët e {} në numrin {tel}.",
            genitive(office)
        ),
    }
}

/// Closing lines of a notice about a disruption.
const APOLOGIES: &[&str] = &[
    "Kërkojmë ndjesë për shqetësimin dhe falënderojmë qytetarët për mirëkuptimin.",
    "Ju falënderojmë për mirëkuptimin dhe durimin gjatë kohës së punimeve.",
    "Kërkojmë mirëkuptimin e qytetarëve për vështirësitë e përkohshme.",
    "Komuna e Gjilanit kërkon ndjesë për shqetësimet e shkaktuara dhe falënderon qytetarët për bashkëpunimin.",
];

/// Where a notice is published.
const PUBLISHED: &[&str] = &[
    "Ky njoftim publikohet në ueb-faqen zyrtare të Komunës dhe në tabelën e shpalljeve në hollin e ndërtesës së Komunës.",
    "Njoftimi është publikuar edhe në ueb-faqen e Komunës dhe në rrjetet sociale të saj.",
    "Njoftimi u dërgohet edhe bashkësive lokale, të cilat lusin ta shpërndajnë te banorët.",
];

/// Adds `k` paragraphs drawn from a bank, in the bank's order.
fn paras_from(ctx: &mut Ctx, body: &mut Body, bank: &[&'static str], k: usize) {
    for text in ctx.rng.sample(bank, k) {
        body.para(*text);
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Njoftim
// ---------------------------------------------------------------------------

/// A public notice of a directorate or of the Mayor: cuts of water and
/// power, deadlines, hearings, closures, campaigns, enrolments.
pub fn njoftim(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let topic = *ctx.rng.pick(NOTICE_TOPICS);
    let body = topic(ctx, date);
    let word = if ctx.rng.chance(0.3) {
        "N J O F T I M"
    } else {
        "NJOFTIM"
    };
    assemble(ctx, ActType::Njoftim, "Njoftim", word, body, date)
}

const NOTICE_TOPICS: &[Topic] = &[
    water_cut,
    power_cut,
    property_tax,
    subsidy_deadline,
    budget_hearings,
    plan_review,
    working_hours,
    road_closure,
    vaccination,
    enrolment,
    bulky_waste,
    livestock_market,
    mayor_meeting,
    seasonal_works,
    pest_control,
    one_off_aid,
    legalization,
    school_transport,
    event_traffic,
];

const SALUTATIONS: &[&str] = &[
    "Të nderuar qytetarë,",
    "Të nderuar banorë,",
    "Të nderuar bashkëqytetarë,",
];

fn salutation(ctx: &mut Ctx, body: &mut Body, p: f64) {
    if ctx.rng.chance(p) {
        let s = ctx.pick(SALUTATIONS);
        body.para(s);
    }
}

/// Closes a notice: sometimes an apology, where it is published, a contact.
fn close_notice(ctx: &mut Ctx, body: &mut Body, apology: bool) {
    if apology {
        let s = ctx.pick(APOLOGIES);
        body.para(s);
    }
    if ctx.rng.chance(0.4) {
        let s = ctx.pick(PUBLISHED);
        body.para(s);
    }
    let c = contact(ctx, body.office);
    body.para(c);
}

const WATER_ADVICE: &[&str] = &[
    "Pas rikthimit të furnizimit, uji mund të jetë i turbullt për një kohë të shkurtër. Qytetarëve u rekomandohet ta lëshojnë ujin disa minuta para përdorimit dhe, deri në pastrimin e plotë të rrjetit, ta pinë atë vetëm pasi ta kenë zier.",
    "Qytetarëve u rekomandohet që të sigurojnë rezerva të mjaftueshme uji për nevojat e ditës. Për institucionet shëndetësore, për shkollat dhe për çerdhet në zonën e prekur do të sigurohet furnizimi me autocisterna.",
    "Punimet janë pjesë e projektit për zëvendësimin e rrjetit të vjetër të ujësjellësit, i cili do t’i zvogëlojë humbjet e ujit dhe ndërprerjet e shpeshta gjatë muajve të verës.",
    "Nëse punimet përfundojnë më herët, furnizimi do të rikthehet pa njoftim të veçantë, ndërsa në rast të kushteve të pafavorshme të motit qytetarët do të njoftohen me kohë për datën e re.",
    "Banorët e kateve të larta të banesave kolektive mund të kenë presion të ulët të ujit edhe disa orë pas rikthimit të furnizimit, derisa rrjeti të mbushet plotësisht.",
];

fn water_cut(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(SERVICES);
    let day = next_workday(ctx.days_after(date, 2, 9));
    let places = ctx.villages(2);
    let quarter = ctx.pick(QUARTERS);
    let street = ctx.pick(STREETS);
    let (from, to) = span(ctx, 7, 9, 4, 8);
    let reason = match ctx.rng.below(4) {
        0 => format!(
            "punimeve për lidhjen e gypit të ri magjistral në {}",
            street_acc(street)
        ),
        1 => format!(
            "riparimit të defektit në gypin kryesor që furnizon rezervuarin e fshatit {}",
            places[0]
        ),
        2 => "pastrimit dhe dezinfektimit të rezervuarit kryesor të ujit".to_string(),
        _ => "zëvendësimit të valvulave dhe të pompave në stacionin e pompimit".to_string(),
    };
    let subtitle = if ctx.rng.chance(0.5) {
        "për ndërprerjen e përkohshme të furnizimit me ujë të pijshëm".to_string()
    } else {
        format!(
            "për ndërprerjen e furnizimit me ujë në lagjen \"{quarter}\" dhe në fshatrat {}",
            join_and(&places)
        )
    };
    let mut body = Body::new(office, subtitle);
    salutation(ctx, &mut body, 0.5);
    let when = format!("{}, më {}", weekday_on(day), prose_date(ctx, day));
    let opening = match ctx.rng.below(3) {
        0 => format!(
            "{}, në bashkëpunim me operatorin rajonal të ujësjellësit, njofton se për shkak të {reason}, furnizimi me ujë të pijshëm do të ndërpritet {when}, nga ora {from} deri në ora {to}.",
            office.name
        ),
        1 => format!(
            "Ju njoftojmë se {when}, nga ora {from} deri në ora {to}, do të ndërpritet furnizimi me ujë të pijshëm për shkak të {reason}."
        ),
        _ => format!(
            "Për shkak të {reason}, {when}, nga ora {from} deri në ora {to}, nuk do të ketë ujë të pijshëm në disa pjesë të qytetit dhe në disa fshatra."
        ),
    };
    body.para(opening);
    let lead = ctx.pick(&["Pa ujë do të mbeten:", "Ndërprerja do të prekë këto zona:"]);
    body.para(lead);
    body.list(&[
        format!(
            "lagjja \"{quarter}\", përfshirë banesat kolektive përgjatë {}",
            street_gen(street)
        ),
        format!(
            "fshatrat {}, të cilët furnizohen nga i njëjti rezervuar",
            join_and(&places)
        ),
    ]);
    let k = ctx.rng.range(2, 3) as usize;
    paras_from(ctx, &mut body, WATER_ADVICE, k);
    close_notice(ctx, &mut body, true);
    body
}

const POWER_ADVICE: &[&str] = &[
    "Komuna e Gjilanit ka kërkuar nga operatori që punimet të kryhen brenda orarit të paralajmëruar dhe që furnizimi të rikthehet sa më shpejt.",
    "Qytetarëve u rekomandohet t’i shkyçin pajisjet elektroshtëpiake të ndjeshme gjatë kohës së ndërprerjes, për t’i shmangur dëmtimet në momentin e rikthimit të energjisë.",
    "Në rast të motit të keq punimet mund të shtyhen, ndërsa orari i ri do të publikohet me kohë.",
    "Bizneset dhe fermerët që përdorin pajisje ftohëse për ruajtjen e prodhimeve lusin të marrin masa paraprake për orët e ndërprerjes.",
    "Për defektet dhe ndërprerjet e paparalajmëruara qytetarët duhet të lajmërohen drejtpërdrejt në qendrën e thirrjeve të operatorit të shpërndarjes.",
    "Punimet janë pjesë e planit të operatorit për përmirësimin e furnizimit në zonat rurale, ku gjatë dimrit të kaluar janë regjistruar rënie të shpeshta të tensionit dhe ndërprerje të gjata.",
];

fn power_cut(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.8) {
        dir(SERVICES)
    } else {
        MAYOR
    };
    let k = ctx.rng.range(3, 4) as usize;
    let places = ctx.villages(k);
    let reason = ctx.pick(&[
        "punimeve për mirëmbajtjen e rrjetit të tensionit të mesëm",
        "zëvendësimit të shtyllave të dëmtuara dhe të përçuesve të vjetër",
        "kyçjes së trafostacioneve të reja në rrjetin e shpërndarjes",
        "prerjes së pemëve përgjatë linjave të tensionit të mesëm",
    ]);
    let subtitle = ctx.pick(&[
        "për ndërprerjet e planifikuara të energjisë elektrike",
        "për ndërprerjen e energjisë elektrike në disa fshatra të Komunës",
        "për orarin e ndërprerjeve të energjisë elektrike për shkak të punimeve në rrjet",
    ]);
    let mut body = Body::new(office, subtitle.into());
    salutation(ctx, &mut body, 0.3);
    let opening = if ctx.rng.chance(0.5) {
        format!("Sipas njoftimit të operatorit të sistemit të shpërndarjes së energjisë elektrike, për shkak të {reason}, në fshatrat e mëposhtme do të ketë ndërprerje të energjisë elektrike sipas këtij orari:")
    } else {
        format!("{} i njofton banorët se operatori i shpërndarjes së energjisë elektrike do të kryejë punime për shkak të {reason}. Energjia elektrike do të ndërpritet sipas këtij orari:", office.name)
    };
    body.para(opening);
    let mut day = date;
    let mut items = Vec::new();
    for village in &places {
        day = next_workday(ctx.days_after(day, 1, 3));
        let (from, to) = span(ctx, 8, 10, 3, 6);
        let when = prose_date(ctx, day);
        items.push(format!(
            "{village}: {}, më {when}, nga ora {from} deri në ora {to}",
            weekday_on(day)
        ));
    }
    body.list(&items);
    paras_from(ctx, &mut body, POWER_ADVICE, 3);
    let apology = ctx.rng.chance(0.5);
    close_notice(ctx, &mut body, apology);
    body
}

const TAX_NOTES: &[&str] = &[
    "Faturat e tatimit në pronë u janë dërguar tatimpaguesve me postë. Ata që nuk e kanë pranuar faturën mund ta marrin atë në sportelet e Sektorit të tatimit në pronë ose mund ta shohin borxhin e tyre në portalin elektronik të tatimit në pronë, duke shënuar numrin personal ose numrin e biznesit.",
    "Pagesa mund të kryhet në të gjitha bankat komerciale që veprojnë në Kosovë, përmes bankingut elektronik ose në sportelin e bankës në ndërtesën e Komunës. Në fletëpagesë duhet të shënohet numri i faturës ose numri identifikues i pronës.",
    "Tatimpaguesit që mendojnë se sipërfaqja ose vlera e pronës e shënuar në faturë nuk është e saktë mund të paraqesin kërkesë për rishqyrtim në Sektorin e tatimit në pronë, brenda 30 ditëve nga pranimi i faturës.",
    "Pensionistët, personat me aftësi të kufizuara dhe familjet e dëshmorëve që plotësojnë kushtet ligjore mund të kërkojnë lirim nga tatimi për shtëpinë në të cilën banojnë, duke paraqitur dëshmitë përkatëse.",
    "Të hyrat nga tatimi në pronë janë burimi kryesor i të hyrave vetanake të Komunës dhe përdoren për investime në rrugë, shkolla, ujësjellës dhe ndriçim publik.",
    "Vërtetimi për pagesën e tatimit në pronë kërkohet për bartjen e pronësisë në kadastër, për lejen e ndërtimit dhe për disa shërbime të tjera komunale.",
];

fn property_tax(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(FINANCE);
    let y = date.year();
    let (june, october) = (ymd(y, 6, 30), ymd(y, 10, 31));
    let installment = if date < june {
        Some(("parë", june))
    } else if date < october {
        Some(("dytë", october))
    } else {
        None
    };
    let (subtitle, opening) = match installment {
        Some((nth, deadline)) => {
            let when = prose_date(ctx, deadline);
            let opening = if ctx.rng.chance(0.5) {
                format!("{}, Sektori i tatimit në pronë, i njofton tatimpaguesit se afati për pagesën e këstit të {nth} të tatimit në pronën e paluajtshme për vitin {y} përfundon më {when}.", office.name)
            } else {
                format!("Ju kujtojmë se kësti i {nth} i tatimit në pronë për vitin {y} duhet të paguhet deri më {when}. Për shumën e papaguar pas këtij afati llogariten gjoba dhe kamatë, sipas Ligjit për Tatimin në Pronën e Paluajtshme.")
            };
            (
                format!(
                    "për afatin e pagesës së këstit të {nth} të tatimit në pronë për vitin {y}"
                ),
                opening,
            )
        }
        None => {
            let deadline = ctx.days_after(date, 20, 40);
            let when = prose_date(ctx, deadline);
            (
                "për pagesën e borxheve të papaguara të tatimit në pronë".to_string(),
                format!("{} u bën thirrje tatimpaguesve që kanë borxhe të papaguara të tatimit në pronë nga vitet e kaluara dhe nga viti {y} që t’i shlyejnë ato deri më {when}. Pas këtij afati Komuna do t’i fillojë procedurat e arkëtimit të detyrueshëm, sipas Ligjit për Tatimin në Pronën e Paluajtshme.", office.name),
            )
        }
    };
    let mut body = Body::new(office, subtitle);
    if ctx.rng.chance(0.5) {
        body.para("Të nderuar tatimpagues,");
    }
    body.para(opening);
    let k = ctx.rng.range(3, 4) as usize;
    paras_from(ctx, &mut body, TAX_NOTES, k);
    let tel = phone(ctx);
    body.para(format!("Sektori i tatimit në pronë pret palët çdo ditë pune nga ora 08:00 deri në ora 16:00, në sportelet në katin përdhes të ndërtesës së Komunës, tel. {tel}."));
    if ctx.rng.chance(0.5) {
        body.para("Ju falënderojmë për kontributin tuaj në zhvillimin e Komunës.");
    }
    body
}

/// Agricultural subsidy measures: what is subsidised, who may apply, and
/// the short name a report's table gives the measure.
const SUBSIDY_MEASURES: &[(&str, &str, &str)] = &[
    ("për mbjelljen e pemishteve të reja", "fermerët që kanë në pronësi ose në shfrytëzim së paku 30 ari tokë bujqësore të përshtatshme për pemishte", "Pemishte të reja"),
    ("për serra dhe sisteme të ujitjes pikë-pikë", "fermerët që kultivojnë perime dhe kanë burim të sigurt uji për ujitje", "Serra dhe ujitje pikë-pikë"),
    ("për mjete të mekanizimit bujqësor", "fermerët që kultivojnë së paku një hektar tokë bujqësore", "Mekanizëm bujqësor"),
    ("për bletari", "bletarët që kanë së paku 20 koshere të regjistruara", "Bletari"),
    ("për lopët qumështore", "fermerët që kanë së paku pesë krerë lopë qumështore të identifikuara me vathë", "Lopë qumështore"),
    ("për farën dhe plehun për mbjelljen e grurit", "fermerët që mbjellin së paku 50 ari me grurë", "Farë dhe pleh për grurë"),
    ("për kultivimin e mjedrës dhe të dredhëzës", "fermerët që kanë së paku 10 ari tokë me sistem ujitjeje", "Mjedër dhe dredhëz"),
];

fn subsidy_deadline(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(AGRICULTURE);
    let (measure, who, _) = *ctx.rng.pick(SUBSIDY_MEASURES);
    let y = date.year();
    let start = date + Duration::days(1);
    let deadline = ctx.days_after(date, 14, 30);
    let fund = ctx.rng.range(30, 200) as f64 * 1000.0;
    let subtitle = format!("për afatin e aplikimit për subvencione {measure} për vitin {y}");
    let mut body = Body::new(office, subtitle);
    let (s, d) = two_dates(ctx, start, deadline);
    let opening = if ctx.rng.chance(0.5) {
        format!("{} njofton fermerët se aplikimi për subvencione {measure} për vitin {y} është i hapur nga {s} deri më {d}.", office.name)
    } else {
        let place = ctx.pick(&[
            "në Zyrën Pritëse të Komunës",
            "në zyrat e Drejtorisë, në katin e tretë të ndërtesës së Komunës",
        ]);
        format!("Fermerët që dëshirojnë të përfitojnë subvencione {measure} për vitin {y} mund të aplikojnë deri më {d}, {place}.")
    };
    body.para(opening);
    body.para(format!("Të drejtë aplikimi kanë {who}, të regjistruar në Regjistrin e Fermave dhe me numër identifikues të fermës (NIF)."));
    body.para("Aplikacionit i bashkëngjiten:");
    body.list(&[
        "formulari i aplikimit, i cili merret në Drejtori ose në zyrat e bashkësive lokale".into(),
        "kopja e letërnjoftimit dhe vërtetimi i numrit të fermës".into(),
        "dëshmia e pronësisë ose kontrata e qirasë për tokën, e vlefshme së paku pesë vjet".into(),
        "numri i llogarisë bankare të aplikuesit".into(),
    ]);
    body.para(format!("Vlera e përgjithshme e mjeteve për këtë masë është {}. Aplikacionet do t’i shqyrtojë komisioni vlerësues, ndërsa lista preliminare e përfituesve do të shpallet në ueb-faqen e Komunës pas mbylljes së afatit. Aplikacionet e dorëzuara pas afatit ose pa dokumentacionin e plotë nuk merren në shqyrtim.", euros(fund)));
    if ctx.rng.chance(0.5) {
        body.para("Zyrtarët e Drejtorisë do të jenë në dispozicion të fermerëve edhe në terren, sipas orarit që do të publikohet në bashkësitë lokale.");
    }
    close_notice(ctx, &mut body, false);
    body
}

fn budget_hearings(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.75) {
        dir(FINANCE)
    } else {
        MAYOR
    };
    let next = date.year() + 1;
    let subject = if date.month() >= 5 {
        format!("projektbuxhetin e Komunës së Gjilanit për vitin {next}")
    } else {
        format!("Kornizën Afatmesme Buxhetore {next}–{}", next + 2)
    };
    let about = ctx.pick(&["për", "mbi", "lidhur me"]);
    let mut body = Body::new(office, format!("për dëgjimet publike {about} {subject}"));
    let opening = if ctx.rng.chance(0.5) {
        format!("Në përputhje me Ligjin Nr. 03/L-048 për Menaxhimin e Financave Publike dhe Përgjegjësitë dhe me Udhëzimin Administrativ për Standardet Minimale të Konsultimit Publik në Komuna, {} fton qytetarët, bizneset dhe organizatat e shoqërisë civile të marrin pjesë në dëgjimet publike për {subject}.", office.name)
    } else {
        format!("{} i njofton qytetarët se fillon konsultimi publik për {subject}. Qëllimi i takimeve është që prioritetet e investimeve të përcaktohen bashkë me banorët e qytetit dhe të fshatrave.", office.name)
    };
    body.para(opening);
    body.para("Takimet do të mbahen sipas këtij orari:");
    let k = ctx.rng.range(3, 5) as usize;
    let places = ctx.villages(k - 1);
    let mut day = date;
    let mut items = Vec::new();
    for i in 0..k {
        day = next_workday(ctx.days_after(day, 1, 4));
        let place = if i == 0 {
            "në sallën e Kuvendit të Komunës në Gjilan".to_string()
        } else {
            let building = ctx.pick(&[
                "në shkollën fillore",
                "në shtëpinë e kulturës",
                "në zyrën e bashkësisë lokale",
            ]);
            format!("{building} në {}", places[i - 1])
        };
        let (when, hour) = (prose_date(ctx, day), clock(ctx, 16, 18));
        items.push(format!(
            "{}, më {when}, në ora {hour}, {place}",
            weekday_on(day)
        ));
    }
    body.list(&items);
    let s = ctx.pick(&[
        "Në takime do të prezantohen të hyrat e pritura, ndarja e mjeteve sipas drejtorive dhe projektet kapitale të propozuara për secilën zonë. Qytetarët mund t’i paraqesin kërkesat dhe propozimet e tyre gojarisht ose me shkrim.",
        "Drejtorët e drejtorive komunale do të jenë të pranishëm në takime dhe do t’u përgjigjen pyetjeve të qytetarëve për projektet e vitit të kaluar dhe për planet e reja.",
    ]);
    body.para(s);
    let deadline = ctx.days_after(day, 3, 10);
    let d = prose_date(ctx, deadline);
    body.para(format!("Komentet me shkrim mund të dorëzohen në Zyrën Pritëse të Komunës ose në adresën {}, deri më {d}.", mailbox(office)));
    if ctx.rng.chance(0.6) {
        body.para("Pas përfundimit të dëgjimeve do të hartohet raporti për kërkesat e pranuara dhe të refuzuara, i cili publikohet bashkë me dokumentin që i dërgohet Kuvendit të Komunës për miratim.");
    }
    body
}

fn plan_review(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(URBANISM);
    let quarter = ctx.pick(QUARTERS);
    let places = ctx.villages(2);
    let (plan, zonal) = match ctx.rng.below(5) {
        0 => (
            format!("projekt-plani rregullues i hollësishëm për lagjen \"{quarter}\""),
            false,
        ),
        1 => (
            format!(
                "projekt-plani rregullues i hollësishëm për qendrën e fshatit {}",
                places[0]
            ),
            false,
        ),
        2 => (
            "projekt-harta zonale e Komunës së Gjilanit".to_string(),
            true,
        ),
        3 => (
            "projekt-plani rregullues i hollësishëm për Zonën Industriale Jug".to_string(),
            false,
        ),
        _ => (
            format!(
                "projekt-plani rregullues i hollësishëm për zonën përgjatë {}",
                street_gen(ctx.pick(STREETS))
            ),
            false,
        ),
    };
    // "projekt-plani …" → "projekt-planit …" for the subtitle.
    let plan_of = plan
        .replacen("projekt-plani", "projekt-planit", 1)
        .replacen("projekt-harta", "projekt-hartës", 1);
    let start = ctx.days_after(date, 2, 7);
    let end = start + Duration::days(30);
    let mut body = Body::new(office, format!("për shqyrtimin publik të {plan_of}"));
    let (s, e) = two_dates(ctx, start, end);
    body.para(format!("Në mbështetje të Ligjit Nr. 04/L-174 për Planifikimin Hapësinor dhe të Udhëzimit Administrativ për Standardet Minimale të Konsultimit Publik në Komuna, {} i njofton qytetarët, pronarët e tokave, bizneset dhe organizatat e shoqërisë civile se {plan} vihet në shqyrtim publik nga {s} deri më {e}.", office.name));
    if zonal {
        body.para("Harta zonale përcakton zonat e ndërtimit, zonat bujqësore dhe zonat e mbrojtura, si dhe kushtet e ndërtimit për secilën zonë: koeficientin e shfrytëzimit të parcelës, lartësinë e lejuar dhe distancat nga rruga.");
    } else {
        let ha = ctx.rng.range(6, 60);
        body.para(format!("Plani përfshin një sipërfaqe prej rreth {ha} hektarësh dhe përcakton përdorimin e tokës, rrjetin e rrugëve, hapësirat publike dhe të gjelbra, lartësinë e lejuar të ndërtimeve dhe infrastrukturën e nevojshme."));
    }
    body.para("Gjatë shqyrtimit publik materiali mund të shihet:");
    body.list(&[
        "në ueb-faqen zyrtare të Komunës, në rubrikën \"Konsultime publike\"".into(),
        "në hollin e ndërtesës së Komunës, çdo ditë pune nga ora 08:00 deri në ora 16:00".into(),
        format!("në zyrën e bashkësisë lokale në {}", places[1]),
    ]);
    let hearing = ctx.days_after(start, 5, 20);
    let (h, hour) = (prose_date(ctx, hearing), clock(ctx, 16, 18));
    body.para(format!(
        "Dëgjimi publik do të mbahet {}, më {h}, në ora {hour}, në sallën e Kuvendit të Komunës.",
        weekday_on(hearing)
    ));
    body.para(format!("Komentet dhe vërejtjet me shkrim dorëzohen në Zyrën Pritëse të Komunës ose në adresën {}, deri më {e}. Çdo koment duhet të përmbajë emrin e parashtruesit dhe, kur ka të bëjë me një parcelë të caktuar, numrin e parcelës kadastrale.", mailbox(office)));
    if ctx.rng.chance(0.5) {
        body.para("Pas shqyrtimit publik Drejtoria do të përgatisë raportin për komentet e pranuara, me arsyetimin për pranimin ose refuzimin e secilit prej tyre.");
    }
    body
}

fn working_hours(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let variant = if date.month() <= 6 {
        ctx.rng.below(3)
    } else {
        1 + ctx.rng.below(2)
    };
    match variant {
        0 => summer_hours(ctx, date),
        1 => saturday_hours(ctx, date),
        _ => service_hours(ctx, date),
    }
}

fn summer_hours(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.5) {
        dir(ADMINISTRATION)
    } else {
        MAYOR
    };
    let y = date.year();
    let mut body = Body::new(
        office,
        format!("për orarin e punës së administratës komunale gjatë muajve korrik dhe gusht {y}"),
    );
    let basis = if office == MAYOR {
        "Kryetari i Komunës njofton"
    } else {
        "Në bazë të vendimit të Kryetarit të Komunës, Drejtoria e Administratës njofton"
    };
    body.para(format!("{basis} qytetarët se nga 1 korriku deri më 31 gusht {y} institucionet e administratës komunale do të punojnë me orar veror, nga ora 07:30 deri në ora 15:30."));
    body.para("Ndryshimi i orarit bëhet për shkak të temperaturave të larta gjatë pasdites dhe për t’u mundësuar qytetarëve që shërbimet t’i kryejnë në orët e para të mëngjesit.");
    body.para("Orari veror nuk vlen për shërbimet që punojnë me ndërrime, si Emergjenca e QKMF-së, njësia e zjarrfikësve, shërbimi i mirëmbajtjes së rrugëve dhe zyra kujdestare e gjendjes civile për regjistrimin e lindjeve dhe të vdekjeve.");
    if ctx.rng.chance(0.6) {
        body.para("Sportelet e Zyrës për Shërbime me Qytetarët do të pranojnë palë deri në ora 15:00, ndërsa kërkesat e pranuara pas kësaj ore protokollohen ditën e ardhshme të punës.");
    }
    body.para("Ndryshimi i orarit nuk ndikon në afatet ligjore për shqyrtimin e kërkesave dhe të ankesave të qytetarëve.");
    body.para(format!("Nga 1 shtatori {y} administrata komunale rikthehet në orarin e rregullt, nga ora 08:00 deri në ora 16:00."));
    close_notice(ctx, &mut body, false);
    body
}

fn saturday_hours(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(ADMINISTRATION);
    let to_saturday = match (12 - date.weekday().num_days_from_monday() as i64) % 7 {
        0 => 7,
        n => n,
    };
    let from = date + Duration::days(to_saturday + 7 * ctx.rng.range(0, 1) as i64);
    let to = from + Duration::days(7 * ctx.rng.range(3, 8) as i64);
    let reason = ctx.pick(&[
        "gjatë ardhjes së bashkatdhetarëve",
        "para fillimit të vitit shkollor dhe akademik",
        "në prag të afateve për aplikim në konkurse dhe në bursa",
    ]);
    let (open, close) = span(ctx, 8, 9, 4, 5);
    let mut body = Body::new(
        office,
        "për punën e zyrave të gjendjes civile edhe të shtunave".into(),
    );
    body.para(format!("Drejtoria e Administratës njofton qytetarët se, për shkak të numrit të madh të kërkesave për certifikata dhe ekstrakte të gjendjes civile {reason}, zyra qendrore e gjendjes civile do të punojë edhe të shtunave, nga ora {open} deri në ora {close}."));
    let (f, t) = two_dates(ctx, from, to);
    body.para(format!("Ky orar vlen nga e shtuna, {f}, deri më {t}."));
    body.para("Të shtunave mund të merren:");
    body.list(&[
        "certifikatat e lindjes, të martesës dhe të vdekjes".into(),
        "ekstraktet nga librat amë të gjendjes civile".into(),
        "vërtetimet për bashkësi familjare".into(),
        "certifikatat e shtetësisë".into(),
    ]);
    body.para("Zyrat e gjendjes civile në fshatra punojnë sipas orarit të rregullt, nga e hëna deri të premten. Taksat administrative për dokumentet mbeten të njëjta dhe paguhen në sportelin e bankës në ndërtesën e Komunës ose përmes bankingut elektronik.");
    if ctx.rng.chance(0.5) {
        body.para("Qytetarët që kanë nevojë për dokumente nga librat amë të institucioneve të tjera lusin t’i paraqesin kërkesat së paku tri ditë pune më herët.");
    }
    close_notice(ctx, &mut body, false);
    body
}

fn service_hours(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.5) {
        dir(ADMINISTRATION)
    } else {
        MAYOR
    };
    let from = next_workday(ctx.days_after(date, 3, 14));
    let closing = ctx.pick(&["18:00", "19:00"]);
    let mut body = Body::new(
        office,
        "për ndryshimin e orarit të punës së Zyrës për Shërbime me Qytetarët".into(),
    );
    salutation(ctx, &mut body, 0.4);
    let f = prose_date(ctx, from);
    body.para(format!("Duke filluar nga {f}, Zyra për Shërbime me Qytetarët do të punojë pa ndërprerje çdo ditë pune nga ora 08:00 deri në ora {closing}, ndërsa të shtunave nga ora 09:00 deri në ora 13:00."));
    body.para("Orari i zgjatur synon që qytetarët e punësuar t’i kryejnë shërbimet pas orarit të tyre të punës, pa pasur nevojë të marrin leje.");
    body.para("Në këtë zyrë pranohen kërkesat dhe lëndët për të gjitha drejtoritë komunale, lëshohen certifikatat e gjendjes civile dhe vërtetimet për tatimin në pronë, si dhe jepen informata për procedurat e lejeve të ndërtimit dhe të subvencioneve.");
    body.para("Qytetarët mund ta ndjekin rrjedhën e lëndës së tyre edhe me telefon, duke dhënë numrin e protokollit që e marrin në sportel.");
    let staff = count_word(ctx.rng.range(3, 6));
    body.para(format!("Për orarin e zgjatur në zyrë janë angazhuar {staff} zyrtarë shtesë, ndërsa sistemi elektronik i radhës u mundëson qytetarëve ta marrin numrin e radhës dhe të presin në sallën e pritjes."));
    close_notice(ctx, &mut body, false);
    body
}

const ROAD_WORKS: &[&str] = &[
    "asfaltimin e rrugës dhe rregullimin e kanalizimit atmosferik",
    "ndërtimin e rrjetit të kanalizimit fekal",
    "vendosjen e gypave të rinj të ujësjellësit",
    "ndërtimin e trotuareve dhe vendosjen e ndriçimit publik",
    "rikonstruimin e kryqëzimit dhe vendosjen e semaforëve",
];

const ROAD_NOTES: &[&str] = &[
    "Shoferët lusin t’i respektojnë shenjat e përkohshme të trafikut dhe udhëzimet e Policisë së Kosovës, e cila do të ndihmojë në rregullimin e qarkullimit gjatë orëve të pikut.",
    "Punimet do të kryhen në faza, në mënyrë që hyrjet në shtëpi dhe në lokale të mbyllen për sa më pak kohë. Banorët do të njoftohen një ditë më parë për mbylljen e hyrjeve të tyre.",
    "Këmbësorët lusin të lëvizin vetëm nëpër kalimet e shënuara dhe t’i largojnë fëmijët nga zona e punimeve dhe nga makineritë e rënda.",
    "Nëse kushtet e motit e lejojnë, punimet mund të përfundojnë edhe para afatit, dhe rruga do të hapet menjëherë për qarkullim.",
];

fn road_closure(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.7) {
        dir(SERVICES)
    } else {
        dir(URBANISM)
    };
    let from = ctx.days_after(date, 2, 8);
    let to = ctx.days_after(from, 5, 40);
    let operator = ctx.operator();
    let rural = ctx.rng.chance(0.3);
    let (road, segment, detour, works) = if rural {
        let v = ctx.villages(3);
        let road = format!("rrugën {}–{}", v[0], v[1]);
        let works = format!("rikonstruimin e urës në hyrje të fshatit {}", v[1]);
        let detour = format!("rrugës që kalon nëpër fshatin {}", v[2]);
        (road.clone(), road, detour, works)
    } else {
        let s = streets(ctx, 4);
        let segment = format!(
            "{}, në segmentin nga kryqëzimi me {} deri te kryqëzimi me {}",
            street_acc(s[0]),
            street_acc(s[1]),
            street_acc(s[2])
        );
        let works = ctx.pick(ROAD_WORKS).to_string();
        (street_acc(s[0]), segment, street_gen(s[3]), works)
    };
    let subtitle = if ctx.rng.chance(0.6) {
        format!("për mbylljen e përkohshme të qarkullimit në {road}")
    } else {
        format!("për ndryshimin e përkohshëm të regjimit të qarkullimit në {road}")
    };
    let mut body = Body::new(office, subtitle);
    let (f, t) = two_dates(ctx, from, to);
    body.para(format!("{} njofton qytetarët se, për shkak të punimeve për {works}, qarkullimi i automjeteve në {segment} do të jetë i mbyllur nga {f} deri më {t}.", office.name));
    body.para(format!("Gjatë kësaj kohe qarkullimi do të devijohet përmes {detour}, ku do të vendoset sinjalizimi i përkohshëm."));
    body.para("Për banorët e zonës, për furnizimin e bizneseve dhe për automjetet e shërbimeve emergjente do të lejohet kalimi i kontrolluar, në pjesët ku punimet e lejojnë.");
    body.para(format!("Punimet i kryen operatori ekonomik {operator}, sipas kontratës së lidhur me Komunën e Gjilanit, nën mbikëqyrjen e inxhinierëve komunalë."));
    paras_from(ctx, &mut body, ROAD_NOTES, 2);
    close_notice(ctx, &mut body, true);
    body
}

/// Vaccination campaigns: what is organised (accusative) and who is vaccinated.
const CAMPAIGNS: &[(&str, &str)] = &[
    ("fushatën e vaksinimit sezonal kundër gripit", "personat mbi 65 vjeç, të sëmurët me sëmundje kronike të zemrës dhe të mushkërive, personat me diabet, gratë shtatzëna dhe punëtorët shëndetësorë"),
    ("fushatën e vaksinimit të fëmijëve kundër fruthit, shytave dhe rubeolës", "fëmijët e moshës nga 12 muaj deri në 14 vjeç që nuk e kanë marrë njërën nga dy dozat e vaksinës MMR"),
    ("vaksinimin e nxënësve sipas kalendarit të vaksinimit", "nxënësit e klasave të para dhe të teta të shkollave të Komunës"),
    ("fushatën e vaksinimit plotësues kundër poliomielitit", "fëmijët nën moshën pesë vjeç, pavarësisht nga dozat që kanë marrë më parë"),
];

const VACCINE_NOTES: &[&str] = &[
    "Prindërit lusin ta sjellin kartelën e vaksinimit të fëmijës, në mënyrë që mjeku ta shënojë dozën e dhënë.",
    "Vaksinat janë të sigurta, të certifikuara nga Organizata Botërore e Shëndetësisë dhe sigurohen nga Ministria e Shëndetësisë.",
    "Para vaksinimit mjeku e kontrollon gjendjen shëndetësore të personit dhe jep sqarime për reaksionet e mundshme, të cilat zakonisht janë të lehta dhe kalojnë brenda një ose dy ditëve.",
    "Personat me temperaturë të lartë ose me sëmundje akute do të vaksinohen pasi të shërohen.",
    "Vaksinimi është mënyra më e sigurt për t’i mbrojtur fëmijët dhe familjet nga sëmundjet ngjitëse, prandaj u bëjmë thirrje qytetarëve që të mos e humbin këtë mundësi.",
];

fn vaccination(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(HEALTH); // Flu vaccination is an autumn campaign.
    let i = if (9..=12).contains(&date.month()) {
        ctx.rng.below(CAMPAIGNS.len())
    } else {
        1 + ctx.rng.below(CAMPAIGNS.len() - 1)
    };
    let (campaign, target) = CAMPAIGNS[i];
    let from = next_workday(ctx.days_after(date, 3, 12));
    let to = ctx.days_after(from, 10, 45);
    let mut body = Body::new(office, format!("për {campaign}"));
    let (f, t) = two_dates(ctx, from, to);
    body.para(format!("{}, në bashkëpunim me Qendrën Kryesore të Mjekësisë Familjare dhe me Institutin Kombëtar të Shëndetit Publik, njofton qytetarët se nga {f} deri më {t} organizon {campaign}.", office.name));
    let lead = ctx.pick(&[
        "Vaksinohen",
        "Në këtë fushatë vaksinohen",
        "Vaksinimi u dedikohet kryesisht grupeve të mëposhtme:",
    ]);
    body.para(format!("{lead} {target}."));
    if i == 2 {
        let school = ctx.pick(SCHOOLS);
        body.para(format!("Ekipet e vaksinimit do t’i vizitojnë shkollat sipas orarit të dakorduar me drejtorët e shkollave, duke filluar nga {school}. Nxënësit që mungojnë në ditën e vaksinimit mund të vaksinohen në QMF-në më të afërt."));
    } else {
        let places = ctx.villages(3);
        body.para(format!("Vaksinimi kryhet pa pagesë në QKMF në Gjilan dhe në qendrat e mjekësisë familjare në {}, çdo ditë pune nga ora 08:00 deri në ora 15:00.", join_and(&places)));
    }
    let k = ctx.rng.range(3, 4) as usize;
    paras_from(ctx, &mut body, VACCINE_NOTES, k);
    close_notice(ctx, &mut body, false);
    body
}

/// The primary schools among `world::SCHOOLS` (its SHFMU entries, listed first).
const PRIMARY_SCHOOLS: &[&str] = SCHOOLS.split_at(6).0;

/// Public kindergartens (IP = institucion parashkollor), invented.
const KINDERGARTENS: &[&str] = &[
    "IP \"Gëzimi\"",
    "IP \"Yllkat\"",
    "IP \"Buzëqeshja\"",
    "IP \"Lulet e Gjilanit\"",
    "IP \"Pëllumbat\"",
    "IP \"Ëndrra\"",
];

fn enrolment(ctx: &mut Ctx, date: NaiveDate) -> Body {
    if (3..=6).contains(&date.month()) && ctx.rng.chance(0.4) {
        first_grade(ctx, date)
    } else {
        preschool(ctx, date)
    }
}

fn preschool(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(EDUCATION);
    let y = date.year();
    let vacancies = date.month() >= 9 || date.month() <= 2;
    let sy = if vacancies {
        school_year(date)
    } else {
        format!("{y}/{}", y + 1)
    };
    let subtitle = if vacancies {
        format!("për plotësimin e vendeve të lira në institucionet parashkollore publike në vitin shkollor {sy}")
    } else {
        format!("për regjistrimin e fëmijëve në institucionet parashkollore publike për vitin shkollor {sy}")
    };
    let from = next_workday(ctx.days_after(date, 1, 7));
    let to = ctx.days_after(from, 10, 25);
    let list_day = ctx.days_after(to, 7, 15);
    let names: Vec<String> = ctx.pick_some(KINDERGARTENS, 3);
    let places = ctx.rng.range(25, 140);
    let fee = ctx.rng.range(8, 16) as f64 * 5.0;
    let mut body = Body::new(office, subtitle);
    let (f, t) = two_dates(ctx, from, to);
    let l = prose_date(ctx, list_day);
    body.para(format!("{} njofton prindërit se regjistrimi i fëmijëve në institucionet parashkollore publike për vitin shkollor {sy} bëhet nga {f} deri më {t}, në {} dhe në paralelet parashkollore të shkollave në fshatra.", office.name, join_and(&names)));
    body.para(format!("Regjistrohen fëmijët e moshës nga një deri në pesë vjeç në grupet e çerdhes dhe të kopshtit, ndërsa fëmijët e moshës pesë deri në gjashtë vjeç në grupet parashkollore. Për këtë periudhë janë në dispozicion gjithsej {places} vende."));
    body.para("Për regjistrim nevojiten:");
    body.list(&[
        "certifikata e lindjes së fëmijës".into(),
        "kartela e vaksinimit, e vërtetuar nga mjeku i familjes".into(),
        "vërtetimet e punësimit të prindërve".into(),
        "kopjet e letërnjoftimeve të prindërve".into(),
    ]);
    body.para("Përparësi në pranim kanë fëmijët e prindërve të punësuar, fëmijët pa përkujdesje prindërore, fëmijët me aftësi të kufizuara dhe fëmijët e familjeve që marrin ndihmë sociale.");
    if ctx.rng.chance(0.6) {
        body.para(format!("Pagesa mujore për qëndrimin e fëmijës në institucion është {}, sipas vendimit të Kuvendit të Komunës. Për fëmijën e dytë të së njëjtës familje pagesa zbritet përgjysmë.", euros(fee)));
    }
    body.para(format!("Lista e fëmijëve të pranuar do të publikohet në institucionet parashkollore dhe në ueb-faqen e Komunës deri më {l}."));
    close_notice(ctx, &mut body, false);
    body
}

fn first_grade(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(EDUCATION);
    let y = date.year();
    let from = next_workday(ctx.days_after(date, 1, 10));
    let to = ctx.days_after(from, 20, 45);
    let report = ctx.days_after(to, 5, 10);
    let mut body = Body::new(
        office,
        format!(
            "për regjistrimin e nxënësve në klasën e parë për vitin shkollor {y}/{}",
            y + 1
        ),
    );
    let (f, t) = two_dates(ctx, from, to);
    let r = prose_date(ctx, report);
    body.para(format!("{} njofton prindërit se regjistrimi i fëmijëve në klasën e parë për vitin shkollor {y}/{} fillon më {f} dhe zgjat deri më {t}. Regjistrohen fëmijët që deri më 31 dhjetor {y} mbushin gjashtë vjeç.", office.name, y + 1));
    body.para("Regjistrimi bëhet në shkollën më të afërt me vendbanimin e fëmijës, sipas zonave shkollore të përcaktuara nga Drejtoria. Prindërit sjellin certifikatën e lindjes së fëmijës dhe kartelën e vaksinimit.");
    body.para("Fëmijët me aftësi të kufizuara regjistrohen në shkollën e zonës, ndërsa ekipi i vlerësimit në Drejtori përcakton mbështetjen që u nevojitet: asistentin, planin individual të arsimimit ose transportin.");
    if ctx.rng.chance(0.6) {
        body.para("Prindërit që dëshirojnë ta regjistrojnë fëmijën në shkollë jashtë zonës së vendbanimit duhet të paraqesin kërkesë me shkrim në Drejtori, e cila e shqyrton atë sipas kapaciteteve të shkollës.");
    }
    body.para(format!("Drejtorët e shkollave janë të obliguar që deri më {r} ta dorëzojnë në Drejtori listën e nxënësve të regjistruar, për planifikimin e paraleleve dhe të transportit."));
    close_notice(ctx, &mut body, false);
    body
}

fn bulky_waste(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(SERVICES);
    let subtitle = ctx.pick(&[
        "për grumbullimin e mbeturinave vëllimore nga amvisëritë",
        "për aksionin e grumbullimit të mbeturinave vëllimore",
        "për orarin e grumbullimit të mbeturinave vëllimore në lagje dhe në fshatra",
    ]);
    let mut body = Body::new(office, subtitle.into());
    salutation(ctx, &mut body, 0.4);
    body.para(format!("{}, në bashkëpunim me operatorin e grumbullimit të mbeturinave, organizon aksionin pa pagesë për grumbullimin e mbeturinave vëllimore nga amvisëritë, sipas këtij orari:", office.name));
    let quarters: Vec<&str> = ctx.rng.sample(QUARTERS, 4).into_iter().copied().collect();
    let places = ctx.villages(4);
    let areas = [
        format!("lagjet \"{}\" dhe \"{}\"", quarters[0], quarters[1]),
        format!("lagjet \"{}\" dhe \"{}\"", quarters[2], quarters[3]),
        format!("fshatrat {} dhe {}", places[0], places[1]),
        format!("fshatrat {} dhe {}", places[2], places[3]),
    ];
    let mut day = date;
    let mut items = Vec::new();
    for area in &areas {
        day = next_workday(ctx.days_after(day, 1, 3));
        let when = prose_date(ctx, day);
        items.push(format!("{}, {when}: {area}", weekday_on(day)));
    }
    body.list(&items);
    body.para("Si mbeturina vëllimore konsiderohen mobiljet e vjetra, dyshekët, pajisjet elektroshtëpiake, dyert dhe dritaret e vjetra, si dhe degët e krasitura të lidhura në pako. Nuk pranohen mbeturinat nga ndërtimi, gomat e automjeteve, bateritë dhe mbeturinat e rrezikshme.");
    body.para("Qytetarët lusin që mbeturinat t’i nxjerrin pranë kontejnerëve ose në anë të trotuarit mbrëmjen para ditës së caktuar, pa e penguar lëvizjen e këmbësorëve dhe të automjeteve.");
    let (tons, dumps) = (ctx.rng.range(60, 240), ctx.rng.range(8, 35));
    body.para(format!("Në aksionin e vitit të kaluar u grumbulluan rreth {tons} tonë mbeturina vëllimore dhe u pastruan {dumps} deponi ilegale. Qëllimi i aksionit është që këto mbeturina të mos përfundojnë anës rrugëve dhe në shtretërit e lumenjve."));
    if ctx.rng.chance(0.7) {
        body.para("Hedhja e mbeturinave në vende të palejuara, në shtretërit e lumenjve dhe anës rrugëve dënohet me gjobë, sipas Rregullores komunale për menaxhimin e mbeturinave. Inspektorët komunalë do të jenë në terren gjatë gjithë aksionit.");
    }
    close_notice(ctx, &mut body, false);
    body
}

fn livestock_market(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.6) {
        dir(SERVICES)
    } else {
        dir(AGRICULTURE)
    };
    let v = ctx.villages(2);
    let from = ctx.days_after(date, 5, 20);
    let f = prose_date(ctx, from);
    let mut body;
    let variant = ctx.rng.below(3);
    let closed = variant == 1;
    match variant {
        0 => {
            body = Body::new(
                office,
                format!(
                    "për zhvendosjen e tregut të bagëtive në lokacionin e ri në {}",
                    v[0]
                ),
            );
            let ha = decimal(ctx.rng.range(8, 25) as f64 / 10.0);
            body.para(format!("{} njofton fermerët, tregtarët dhe qytetarët se, duke filluar nga {f}, tregu i bagëtive do të mbahet në lokacionin e ri në hyrje të fshatit {}, pranë rrugës kryesore.", office.name, v[0]));
            body.para(format!("Lokacioni i ri shtrihet në një sipërfaqe prej {ha} hektarësh dhe ka vende të ndara për gjedhë, për dele e dhi dhe për kuaj, rampa për shkarkim, pikë uji, tualete publike, parking dhe zyrë për kontrollin veterinar."));
            body.para("Lokacioni i vjetër mbyllet përfundimisht. Tregtimi i bagëtive jashtë tregut të caktuar është i ndaluar dhe do të sanksionohet nga inspektorët komunalë.");
        }
        1 => {
            let weeks = ctx.rng.range(2, 6);
            body = Body::new(
                office,
                "për mbylljen e përkohshme të tregut të bagëtive".into(),
            );
            body.para(format!("Në zbatim të masave të Agjencisë së Ushqimit dhe Veterinarisë për parandalimin e përhapjes së sëmundjeve ngjitëse te kafshët, {} njofton fermerët dhe tregtarët se tregu i bagëtive do të jetë i mbyllur nga {f}, për një periudhë prej {} javësh.", office.name, count_word(weeks)));
            body.para("Gjatë kësaj periudhe ndalohet tubimi dhe tregtimi i bagëtive në tregje dhe në panaire. Lëvizja e kafshëve lejohet vetëm me certifikatë shëndetësore të lëshuar nga veterineri zyrtar.");
            body.para(format!("Fermerët që vërejnë shenja të sëmundjes te kafshët e tyre duhet ta lajmërojnë menjëherë veterinerin zyrtar ose Drejtorinë, në numrin {}. Rihapja e tregut do të njoftohet me kohë.", phone(ctx)));
        }
        _ => {
            let (old, new) = *ctx.rng.pick(&[
                ("të shtunave", "të mërkurave"),
                ("të mërkurave", "të shtunave"),
                ("të dielave", "të shtunave"),
            ]);
            body = Body::new(
                office,
                "për ndryshimin e ditës së mbajtjes së tregut të bagëtive".into(),
            );
            body.para(format!("{} njofton fermerët dhe tregtarët se, duke filluar nga {f}, tregu i bagëtive nuk do të mbahet më {old}, por {new}, në të njëjtin lokacion.", office.name));
            body.para("Tregtarët që kanë paguar tarifën vjetore për vendin në treg e ruajnë të njëjtin vend edhe në ditën e re, pa pagesë shtesë.");
            body.para("Ndryshimi bëhet me kërkesë të shoqatave të fermerëve dhe pas konsultimit me tregtarët, për të shmangur përputhjen me tregjet e komunave fqinje dhe për ta lehtësuar qarkullimin në qytet.");
        }
    }
    if !closed {
        let (open, close) = span(ctx, 5, 7, 6, 7);
        body.para(format!("Tregu punon nga ora {open} deri në ora {close}. Në hyrje bëhet kontrolli i dokumentacionit të kafshëve, përfshirë pasaportën dhe vathin e identifikimit, ndërsa kafshët pa identifikim nuk lejohen në treg."));
        body.para("Taksa ditore për shitësit paguhet sipas Rregullores për taksat, tarifat dhe gjobat komunale, ndërsa parkimi për blerësit është pa pagesë.");
    } else {
        body.para("Gjatë kohës së mbylljes, inspektorët veterinarë do të vizitojnë fermat më të mëdha në fshatra, ndërsa fermerët mund të kërkojnë këshilla në zyrat e Drejtorisë. Shitja e bagëtive jashtë tregut, në oborre dhe anës rrugëve, do të sanksionohet sipas ligjit.");
    }
    close_notice(ctx, &mut body, false);
    body
}

fn mayor_meeting(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = MAYOR;
    let signer = ctx.person();
    let female = is_female(&signer);
    let (mayor, of_mayor, with_mayor, his) = if female {
        ("Kryetarja", "Kryetares", "Kryetaren", "saj")
    } else {
        ("Kryetari", "Kryetarit", "Kryetarin", "tij")
    };
    let mut body;
    if ctx.rng.chance(0.6) {
        let v = ctx.villages(1).remove(0);
        let day = ctx.days_after(date, 2, 10);
        let (d, hour) = (prose_date(ctx, day), clock(ctx, 17, 19));
        let place = ctx.pick(&[
            "në shkollën fillore të fshatit",
            "në zyrën e bashkësisë lokale",
            "në shtëpinë e kulturës",
        ]);
        body = Body::new(
            office,
            format!("për takimin e {of_mayor} të Komunës me banorët e fshatit {v}"),
        );
        let of = if female { "e" } else { "i" };
        body.para(format!("{mayor} {of} Komunës së Gjilanit do të takohet me banorët e fshatit {v} {}, më {d}, në ora {hour}, {place}.", weekday_on(day)));
        let topics = ctx.pick(&[
            "infrastrukturën rrugore, furnizimin me ujë të pijshëm dhe ndriçimin publik",
            "kushtet në shkollë, transportin e nxënësve dhe hapësirat sportive për të rinjtë",
            "kanalizimin, mbrojtjen nga vërshimet dhe mirëmbajtjen e rrugëve gjatë dimrit",
            "subvencionet për fermerët, ujitjen dhe rrugët për në tokat bujqësore",
        ]);
        body.para(format!("Në takim do të diskutohet për {topics}, si dhe për projektet që Komuna planifikon t’i realizojë në fshat gjatë këtij viti dhe vitit të ardhshëm."));
        body.para("Në takim do të marrin pjesë edhe drejtorët e drejtorive komunale, të cilët do t’u përgjigjen pyetjeve të banorëve dhe do t’i shënojnë kërkesat e tyre.");
        body.para(format!("Takimi është pjesë e ciklit të takimeve me banorët e të gjitha bashkësive lokale, të cilat {mayor} {} Komunës i mban çdo vit për t’i dëgjuar nga afër problemet e tyre.", if female { "e" } else { "i" }));
        body.para("Banorët, veçanërisht gratë dhe të rinjtë, ftohen të marrin pjesë dhe t’i paraqesin propozimet e tyre. Kërkesat mund të dorëzohen edhe me shkrim, në zyrën e bashkësisë lokale.");
    } else {
        let weekday = ctx.pick(&["të mërkurën", "të enjten", "të martën"]);
        let (open, close) = span(ctx, 9, 11, 2, 3);
        body = Body::new(
            office,
            format!(
                "për pritjen e qytetarëve nga {mayor} {} Komunës",
                if female { "e" } else { "i" }
            ),
        );
        body.para(format!("{mayor} {} Komunës së Gjilanit i njofton qytetarët se çdo javë, {weekday}, nga ora {open} deri në ora {close}, do t’i presë qytetarët në kabinetin e {his}, në katin e dytë të ndërtesës së Komunës.", if female { "e" } else { "i" }));
        body.para(format!("Qytetarët që dëshirojnë të takohen me {with_mayor} duhet të paraqiten paraprakisht në Zyrën e Kabinetit ose të lajmërohen në numrin {}, duke e shënuar shkurtimisht çështjen për të cilën kërkojnë takim.", phone(ctx)));
        body.para("Për çështjet që janë në shqyrtim në drejtoritë komunale, qytetarët lusin ta sjellin numrin e protokollit të lëndës dhe dokumentet përkatëse, në mënyrë që në takim të jenë të pranishëm edhe zyrtarët përgjegjës.");
        body.para("Kërkesat dhe ankesat mund të paraqiten edhe me shkrim në Zyrën Pritëse të Komunës, ndërsa përgjigjja u jepet qytetarëve brenda afateve të përcaktuara me Ligjin për Procedurën e Përgjithshme Administrative.");
    }
    body.signer = Some(signer);
    close_notice(ctx, &mut body, false);
    body
}

fn seasonal_works(ctx: &mut Ctx, date: NaiveDate) -> Body {
    if matches!(date.month(), 11 | 12 | 1 | 2) {
        winter_roads(ctx, date)
    } else {
        fire_ban(ctx, date)
    }
}

fn winter_roads(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(SERVICES);
    let y = date.year();
    let season = if date.month() <= 2 {
        format!("{}/{y}", y - 1)
    } else {
        format!("{y}/{}", y + 1)
    };
    let (city_op, rural_op) = (ctx.operator(), ctx.operator());
    let trucks = ctx.rng.range(8, 16);
    let salt = ctx.rng.range(6, 14) * 100;
    let mut body = Body::new(
        office,
        format!("për pastrimin e borës dhe mirëmbajtjen dimërore të rrugëve në sezonin {season}"),
    );
    salutation(ctx, &mut body, 0.4);
    body.para(format!("{} njofton qytetarët se për sezonin dimëror {season} mirëmbajtja e rrugëve në qytet kryhet nga operatori ekonomik {city_op}, ndërsa në zonat rurale nga operatori {rural_op}. Në gatishmëri janë {trucks} automjete për pastrimin e borës dhe rreth {salt} tonë kripë e rërë.", office.name));
    body.para("Përparësi në pastrim kanë rrugët kryesore të qytetit, rrugët për në QKMF dhe në Emergjencë, rrugët ku kalojnë autobusët e transportit të nxënësve dhe rrugët që lidhin fshatrat malore me qytetin.");
    body.para("Pronarët e lokaleve afariste dhe banorët e banesave kolektive janë të obliguar ta pastrojnë borën dhe akullin nga trotuari përballë objektit të tyre. Qytetarëve u kërkohet që automjetet të mos i parkojnë në rrugët e ngushta, sepse e pengojnë kalimin e automjeteve për pastrim.");
    body.para(format!("Për rrugët e bllokuara dhe për rastet urgjente qytetarët mund të lajmërohen gjatë gjithë ditës dhe natës në numrin kujdestar {}.", phone(ctx)));
    close_notice(ctx, &mut body, false);
    body
}

fn fire_ban(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(AGRICULTURE);
    let fine_lo = ctx.rng.range(1, 3) as f64 * 50.0;
    let fine_hi = fine_lo * ctx.rng.range(4, 10) as f64;
    let mut body = Body::new(
        office,
        "për ndalimin e djegies së mbetjeve bujqësore dhe të kullotave".into(),
    );
    body.para(format!("Me qëllim të parandalimit të zjarreve në toka bujqësore, në kullota dhe në pyje, {} u kujton fermerëve dhe qytetarëve se djegia e kashtës, e barit të thatë dhe e mbetjeve të tjera bujqësore është e ndaluar.", office.name));
    body.para(format!("Gjatë vitit {} zjarret e shkaktuara nga djegia e mbetjeve kanë dëmtuar sipërfaqe të mëdha kullotash dhe pyjesh, veçanërisht në fshatrat {}, duke rrezikuar edhe shtëpitë dhe stallat e banorëve.", date.year() - 1, join_and(&ctx.villages(2))));
    body.para("Mbetjet bujqësore mund të përdoren si pleh organik ose të grumbullohen dhe të largohen në mënyrë të sigurt. Djegia e tyre e dëmton pjellorinë e tokës dhe e ndot ajrin.");
    body.para(format!("Personat që shkaktojnë zjarre nga pakujdesia dënohen me gjobë prej {} deri në {}, ndërsa për dëmet e shkaktuara mbajnë edhe përgjegjësi penale.", euros(fine_lo), euros(fine_hi)));
    body.para("Për çdo zjarr të vërejtur qytetarët duhet të lajmërojnë menjëherë në numrin e emergjencës 112.");
    close_notice(ctx, &mut body, false);
    body
}

fn pest_control(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(HEALTH);
    let operator = ctx.operator();
    let from = next_workday(ctx.days_after(date, 3, 10));
    let to = ctx.days_after(from, 5, 20);
    let (f, t) = two_dates(ctx, from, to);
    let places = ctx.villages(3);
    let mosquitoes = (5..=9).contains(&date.month()) && ctx.rng.chance(0.6);
    let mut body;
    if mosquitoes {
        body = Body::new(
            office,
            "për fushatën e dezinsektimit kundër mushkonjave".into(),
        );
        body.para(format!("{} njofton qytetarët se nga {f} deri më {t} operatori i licencuar {operator} do të kryejë dezinsektimin kundër mushkonjave në qytet dhe në fshatrat përgjatë lumenjve, përfshirë {}.", office.name, join_and(&places)));
        body.para("Spërkatja bëhet në orët e mbrëmjes, pas orës 20:00, me preparate të lejuara nga Ministria e Shëndetësisë, në kanalet, në shtretërit e lumenjve dhe në hapësirat e gjelbra.");
        body.para("Bletarët lusin që gjatë netëve të spërkatjes t’i mbyllin hyrjet e koshereve dhe t’i largojnë ato nga zonat e trajtimit, ndërsa qytetarëve u rekomandohet t’i mbyllin dritaret gjatë kohës së spërkatjes.");
    } else {
        body = Body::new(
            office,
            "për fushatën e deratizimit në qytet dhe në fshatra".into(),
        );
        body.para(format!("{} njofton qytetarët se nga {f} deri më {t} operatori i licencuar {operator} do të kryejë deratizimin në rrjetin e kanalizimit, në tregje, në shkolla, në institucionet shëndetësore dhe në hapësirat publike të qytetit dhe të fshatrave {}.", office.name, join_and(&places)));
        body.para("Mjetet helmuese vendosen në kutitë e mbyllura dhe të shënuara me shenjën paralajmëruese. Prindërit lusin t’i mbikëqyrin fëmijët, ndërsa pronarët e kafshëve shtëpiake t’i mbajnë ato larg vendeve të trajtimit.");
        body.para("Banorët e banesave kolektive dhe pronarët e objekteve afariste mund të kërkojnë trajtimin e bodrumeve dhe të depove, duke u lajmëruar në Drejtori deri dy ditë para përfundimit të fushatës.");
    }
    let aim = if mosquitoes {
        "Qëllimi i fushatës është zvogëlimi i numrit të mushkonjave gjatë muajve të nxehtë dhe parandalimi i sëmundjeve që ato mund t’i bartin."
    } else {
        "Qëllimi i fushatës është zvogëlimi i numrit të brejtësve dhe parandalimi i sëmundjeve ngjitëse që ato i bartin, veçanërisht në lagjet pranë lumit dhe tregjeve."
    };
    body.para(aim);
    body.para("Fushata financohet nga buxheti komunal dhe për qytetarët është pa pagesë.");
    close_notice(ctx, &mut body, false);
    body
}

fn one_off_aid(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(HEALTH);
    let deadline = ctx.days_after(date, 15, 30);
    let cap = ctx.rng.range(3, 10) as f64 * 100.0;
    let fund = ctx.rng.range(20, 80) as f64 * 1000.0;
    let mut body = Body::new(
        office,
        "për pranimin e kërkesave për ndihmë të njëhershme financiare".into(),
    );
    let d = prose_date(ctx, deadline);
    body.para(format!("{} njofton qytetarët se deri më {d} pranohen kërkesat për ndihmë të njëhershme financiare nga fondi i Komunës për raste sociale, në vlerë të përgjithshme prej {}.", office.name, euros(fund)));
    body.para("Të drejtë për të kërkuar ndihmë kanë banorët e Komunës së Gjilanit:");
    body.list(&[
        "që kanë nevojë për trajtim mjekësor ose për barna që nuk mbulohen nga lista e barnave esenciale".into(),
        "familjet që kanë pësuar dëme nga zjarri, vërshimet ose fatkeqësi të tjera natyrore".into(),
        "familjet me gjendje të rëndë ekonomike, pa asnjë anëtar të punësuar".into(),
    ]);
    body.para("Kërkesës i bashkëngjiten kopja e letërnjoftimit, vërtetimi për bashkësinë familjare, dokumentacioni mjekësor ose procesverbali për dëmin e shkaktuar, si dhe numri i llogarisë bankare.");
    body.para(format!("Kërkesat i shqyrton komisioni i emëruar nga Kryetari i Komunës, i cili mund ta verifikojë gjendjen edhe në terren. Shuma e ndihmës për një familje nuk mund ta kalojë vlerën prej {} brenda një viti.", euros(cap)));
    close_notice(ctx, &mut body, false);
    body
}

fn legalization(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(URBANISM);
    let deadline = ctx.days_after(date, 30, 120);
    let d = prose_date(ctx, deadline);
    let mut body = Body::new(
        office,
        "për afatin e aplikimit për legalizimin e ndërtimeve pa leje".into(),
    );
    salutation(ctx, &mut body, 0.4);
    body.para(format!("{} u bën thirrje pronarëve të objekteve të ndërtuara pa leje ndërtimi që të aplikojnë për legalizimin e tyre deri më {d}, në përputhje me Ligjin për Trajtimin e Ndërtimeve pa Leje.", office.name));
    body.para("Aplikacioni dorëzohet në Zyrën për Shërbime me Qytetarët dhe duhet të përmbajë:");
    body.list(&[
        "formularin e aplikimit, të plotësuar dhe të nënshkruar".into(),
        "kopjen e planit dhe certifikatën e pronësisë së parcelës".into(),
        "fotografitë e objektit nga të gjitha anët".into(),
        "matjen e objektit të bërë nga gjeodeti i licencuar".into(),
    ]);
    body.para("Taksa e legalizimit llogaritet sipas sipërfaqes dhe kategorisë së objektit, sipas rregullores komunale, dhe mund të paguhet me këste. Objektet që janë ndërtuar në zona të mbrojtura, në brezin e lumenjve ose në pronë publike nuk mund të legalizohen.");
    if ctx.rng.chance(0.6) {
        let v = ctx.villages(1).remove(0);
        let day = ctx.days_after(date, 3, 20);
        let when = prose_date(ctx, day);
        body.para(format!("Zyrtarët e Drejtorisë do të mbajnë takime informuese për qytetarët, duke filluar nga {when} në fshatin {v}, sipas orarit që do të publikohet në ueb-faqen e Komunës."));
    }
    body.para("Pas skadimit të afatit, ndaj objekteve pa leje për të cilat nuk është aplikuar do të veprojë Inspektorati komunal, sipas ligjit.");
    close_notice(ctx, &mut body, false);
    body
}

fn school_transport(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(EDUCATION);
    let (sy, term) = match date.month() {
        3..=8 => (format!("{}/{}", date.year(), date.year() + 1), ""),
        9 | 10 => (school_year(date), ""),
        _ => (school_year(date), "gjysmëvjetorin e dytë të "),
    };
    let deadline = ctx.days_after(date, 10, 25);
    let schools: Vec<String> = ctx.pick_some(SCHOOLS, 3);
    let lines = ctx.rng.range(18, 40);
    let mut body = Body::new(
        office,
        format!("për regjistrimin e nxënësve për transport falas në {term}vitin shkollor {sy}"),
    );
    let d = prose_date(ctx, deadline);
    body.para(format!("{} njofton prindërit se deri më {d} bëhet regjistrimi i nxënësve që kanë të drejtë në transport falas për {term}vitin shkollor {sy}.", office.name));
    body.para("Të drejtë në transport falas kanë nxënësit e shkollave fillore dhe të mesme të ulëta që banojnë më larg se katër kilometra nga shkolla, si dhe nxënësit me aftësi të kufizuara, pavarësisht nga largësia.");
    body.para(format!("Prindërit e regjistrojnë nxënësin në sekretarinë e shkollës, duke sjellë vërtetimin e vendbanimit. Shkollat, ndër to {}, e dorëzojnë listën e nxënësve në Drejtori brenda afatit të njëjtë.", join_and(&schools)));
    body.para(format!("Transporti kryhet në {lines} linja, nga operatorë të përzgjedhur me procedurë prokurimi. Orari i linjave publikohet në shkolla dhe në ueb-faqen e Komunës."));
    body.para("Për nxënësit e shkollave të mesme të larta që udhëtojnë nga fshatrat, Komuna e mbulon pjesërisht koston e biletës mujore, sipas vendimit të Kryetarit të Komunës.");
    if ctx.rng.chance(0.6) {
        body.para("Prindërit lusin që çdo parregullsi në transport, si vonesat, mbingarkesa e autobusëve ose sjellja e papërshtatshme e shoferëve, ta lajmërojnë në Drejtori.");
    }
    close_notice(ctx, &mut body, false);
    body
}

/// Events that close streets, invented or generic.
const EVENTS: &[&str] = &[
    "Dita e Qytetit",
    "Maratona e Gjilanit",
    "Festivali i Fëmijëve \"Zëri i Vogël\"",
    "Netët e Verës në Gjilan",
    "Panairi i Librit dhe i Zejeve",
    "Festivali i Ushqimit Tradicional",
];

fn event_traffic(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.5) {
        dir(CULTURE)
    } else {
        dir(SERVICES)
    };
    let event = ctx.pick(EVENTS); // Events are held at the weekend.
    let day = ctx.days_after(date, 3, 15);
    let to_weekend = (12 - day.weekday().num_days_from_monday() as i64) % 7;
    let day = day + Duration::days(to_weekend + ctx.rng.range(0, 1) as i64);
    let s = streets(ctx, 4);
    let (from, to) = span(ctx, 8, 17, 4, 7);
    let mut body = Body::new(
        office,
        format!("për regjimin e qarkullimit gjatë manifestimit \"{event}\""),
    );
    let d = prose_date(ctx, day);
    body.para(format!("Me rastin e manifestimit \"{event}\", i cili mbahet {}, më {d}, {} njofton qytetarët se nga ora {from} deri në ora {to} do të mbyllen për qarkullim {} dhe {}.", weekday_on(day), office.name, street_nom(s[0]), street_nom(s[1])));
    body.para(format!("Qarkullimi do të devijohet përmes {} dhe {}. Automjetet e parkuara në rrugët e mbyllura duhet të largohen deri në ora {from}, përndryshe do të largohen nga shërbimi i merimangës.", street_gen(s[2]), street_gen(s[3])));
    body.para("Programi i manifestimit përfshin koncerte, shfaqje për fëmijë dhe ekspozita në sheshin qendror të qytetit; programi i plotë publikohet në ueb-faqen e Komunës dhe në rrjetet sociale.");
    body.para("Për automjetet e ndihmës së shpejtë, të zjarrfikësve dhe të policisë do të sigurohet korridor i lirë gjatë gjithë kohës së manifestimit.");
    if ctx.rng.chance(0.6) {
        body.para("Qytetarët ftohen të marrin pjesë në aktivitetet e manifestimit dhe, për sa është e mundur, të vijnë në këmbë ose me biçikletë.");
    }
    body.para("Kërkojmë mirëkuptimin e qytetarëve dhe të shoferëve për ndryshimet e përkohshme në qarkullim.");
    close_notice(ctx, &mut body, false);
    body
}

// ---------------------------------------------------------------------------
// Shpallje
// ---------------------------------------------------------------------------

/// A public announcement: calls for applications, lists of beneficiaries,
/// auctions, consultations, results of competitions.
pub fn shpallje(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let topic = *ctx.rng.pick(ANNOUNCEMENT_TOPICS);
    let body = topic(ctx, date);
    let (label, word) = match ctx.rng.below(4) {
        0 if body.subtitle.starts_with("për ") => ("Shpallje publike", "SHPALLJE PUBLIKE"),
        1 => ("Shpallje", "SH P A L L J E"),
        _ => ("Shpallje", "SHPALLJE"),
    };
    assemble(ctx, ActType::Shpallje, label, word, body, date)
}

const ANNOUNCEMENT_TOPICS: &[Topic] = &[
    ngo_call,
    beneficiaries,
    premises_auction,
    land_lease,
    scholarships_call,
    consultation_call,
    contest_results,
    job_results,
    internship_call,
    social_housing_call,
    market_stalls,
    vehicles_auction,
    awards_call,
];

/// Sometimes puts the legal basis before the title, as many offices do.
fn basis(ctx: &mut Ctx, body: &mut Body, laws: &str) {
    if ctx.rng.chance(0.6) {
        let verb = ctx.pick(&["bën këtë", "shpall:", "publikon këtë"]);
        body.preamble = Some(format!("Në bazë të {laws}, {} {verb}", body.office.name));
    }
}

/// Fields of NGO calls, by office: the field and its priority areas.
fn ngo_field(office: Office) -> (&'static str, [&'static str; 3]) {
    match office.code {
        HEALTH => (
            "shëndetësisë dhe mirëqenies sociale",
            [
                "kujdesi për të moshuarit dhe për personat me aftësi të kufizuara",
                "parandalimi i dhunës në familje dhe mbështetja e viktimave",
                "promovimi i shëndetit dhe parandalimi i varësive te të rinjtë",
            ],
        ),
        AGRICULTURE => (
            "bujqësisë dhe zhvillimit rural",
            [
                "trajnimi i fermerëve dhe shërbimet këshillimore",
                "bashkimi i fermerëve në grupe prodhuese dhe shitja e përbashkët",
                "promovimi i produkteve vendore në panaire",
            ],
        ),
        _ => (
            "kulturës, rinisë dhe sportit",
            [
                "kultura: festivale, koncerte, shfaqje teatrale dhe botime",
                "rinia: aftësimi i të rinjve, vullnetarizmi dhe punësimi",
                "sporti: gara dhe turne lokale e rajonale, sport për fëmijë",
            ],
        ),
    }
}

fn ngo_call(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(ctx
        .rng
        .pick::<&str>(&[CULTURE, CULTURE, HEALTH, AGRICULTURE]));
    let (field, areas) = ngo_field(office);
    let y = date.year();
    let style = ctx.rng.below(3);
    let amounts: Vec<f64> = areas
        .iter()
        .map(|_| ctx.rng.range(10, 45) as f64 * 1000.0)
        .collect();
    let total: f64 = amounts.iter().sum();
    let cap = ctx.rng.range(3, 8) as f64 * 1000.0;
    let share = ctx.rng.range(1, 3) * 5;
    let days = ctx.rng.range(15, 30);
    let deadline = date + Duration::days(days as i64);
    let mut body = Body::new(
        office,
        format!("e thirrjes publike për financimin e projekteve të organizatave joqeveritare në fushën e {field} për vitin {y}"),
    );
    let laws = if y >= 2018 {
        format!("Rregullores së Qeverisë Nr. 04/2017 për Kriteret, Standardet dhe Procedurat e Financimit Publik të OJQ-ve dhe të buxhetit komunal për vitin {y}")
    } else {
        format!(
            "Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe të buxhetit komunal për vitin {y}"
        )
    };
    basis(ctx, &mut body, &laws);
    body.heading(style, 1, "Qëllimi i thirrjes");
    body.para(format!("Thirrja ka për qëllim mbështetjen e projekteve të organizatave joqeveritare në fushën e {field}, të cilat u shërbejnë qytetarëve të Komunës së Gjilanit, veçanërisht në fshatra dhe te grupet në nevojë."));
    body.heading(style, 2, "Fushat prioritare dhe fondet");
    let items: Vec<String> = areas
        .iter()
        .zip(&amounts)
        .map(|(a, m)| format!("{a} – {}", euros(*m)))
        .collect();
    body.list(&items);
    body.para(format!("Vlera e përgjithshme e thirrjes është {}. Një projekt mund të financohet deri në {}, ndërsa organizata aplikuese duhet të sigurojë bashkëfinancim prej së paku {share} % të vlerës së projektit.", euros(total), euros(cap)));
    body.heading(style, 3, "Kush mund të aplikojë");
    body.para("Organizatat joqeveritare të regjistruara në Republikën e Kosovës, me seli ose me veprimtari në Komunën e Gjilanit, të cilat i kanë dorëzuar raportet narrative dhe financiare për projektet e financuara nga Komuna në vitin paraprak.");
    body.heading(style, 4, "Dokumentacioni");
    body.para("Formulari i aplikimit, buxheti i projektit, certifikata e regjistrimit të OJQ-së, pasqyra e llogarisë bankare dhe deklarata për mungesë të konfliktit të interesit. Formularët mund të shkarkohen nga ueb-faqja e Komunës.");
    body.heading(style, 5, "Afati dhe mënyra e aplikimit");
    let d = prose_date(ctx, deadline);
    body.para(format!("Thirrja mbetet e hapur {days} ditë, deri më {d}. Aplikacionet dorëzohen në Zyrën Pritëse të Komunës ose në adresën {}. Projektet i vlerëson komisioni i emëruar nga Kryetari i Komunës, ndërsa rezultatet shpallen në ueb-faqen e Komunës brenda 30 ditëve nga mbyllja e thirrjes.", mailbox(office)));
    if ctx.rng.chance(0.5) {
        let info = ctx.days_after(date, 3, days.min(10));
        let i = prose_date(ctx, info);
        body.para(format!("Sesioni informues për organizatat e interesuara mbahet më {i}, në ora 11:00, në sallën e vogël të Kuvendit të Komunës."));
    }
    body
}

fn beneficiaries(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(AGRICULTURE);
    let (measure, _, _) = *ctx.rng.pick(SUBSIDY_MEASURES);
    let y = if date.month() <= 2 {
        date.year() - 1
    } else {
        date.year()
    };
    let preliminary = ctx.rng.chance(0.6);
    let stage = if preliminary {
        "preliminare"
    } else {
        "përfundimtare"
    };
    let call = ctx.days_before(date, 40, 100);
    let applications = ctx.rng.range(80, 260);
    let eligible = applications * ctx.rng.range(55, 85) / 100;
    let chosen = eligible * ctx.rng.range(40, 80) / 100;
    let grant = ctx.rng.range(10, 60) as f64 * 50.0;
    let mut body = Body::new(
        office,
        format!("e listës {stage} të përfituesve të subvencioneve {measure} për vitin {y}"),
    );
    basis(ctx, &mut body, "Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale, Programit komunal për bujqësi dhe zhvillim rural dhe raportit të komisionit vlerësues");
    let c = prose_date(ctx, call);
    body.para(format!("Në bazë të thirrjes publike të datës {c}, {} shpall listën {stage} të fermerëve që kanë fituar të drejtën e subvencionit {measure}. Nga {applications} aplikacione të pranuara, kushtet i kanë plotësuar {eligible}, ndërsa sipas fondit të planifikuar përfitojnë {chosen} fermerë me numrin më të madh të pikëve.", office.name));
    body.para(format!(
        "Secili përfitues merr subvencion në vlerë prej {}, gjithsej {}.",
        euros(grant),
        euros(grant * chosen as f64)
    ));
    body.para(ctx.pick(&[
        "Pjesa e parë e listës, sipas renditjes me pikë:",
        "Përfituesit me më së shumti pikë:",
    ]));
    let rows = ctx.rng.range(5, 7) as usize;
    let mut table = vec![vec![
        "Nr.".to_string(),
        "Emri dhe mbiemri".into(),
        "Fshati".into(),
        "Pikët".into(),
    ]];
    let mut points = ctx.rng.range(88, 98);
    for i in 0..rows {
        let name = ctx.person();
        let village = ctx.village();
        table.push(vec![
            format!("{}", i + 1),
            name,
            village.to_string(),
            points.to_string(),
        ]);
        points -= ctx.rng.range(0, 3);
    }
    body.table(table);
    body.para("Lista e plotë është e ekspozuar në tabelën e shpalljeve në hollin e Komunës, në zyrat e bashkësive lokale dhe në ueb-faqen zyrtare.");
    if preliminary {
        let days = *ctx.rng.pick(&[8u64, 15]);
        let deadline = date + Duration::days(days as i64);
        let d = prose_date(ctx, deadline);
        body.para(format!("Aplikuesit që nuk janë të kënaqur me vlerësimin mund të paraqesin ankesë me shkrim te Komisioni për shqyrtimin e ankesave, përmes Zyrës Pritëse të Komunës, brenda {days} ditëve, përkatësisht deri më {d}. Pas shqyrtimit të ankesave do të shpallet lista përfundimtare."));
    } else {
        let appeals = ctx.rng.range(3, 25);
        body.para(format!("Lista përfundimtare është hartuar pas shqyrtimit të {appeals} ankesave të paraqitura ndaj listës preliminare. Përfituesit ftohen që brenda 15 ditëve të nënshkruajnë marrëveshjen me Drejtorinë, ndërsa pagesa bëhet pas verifikimit të investimit në terren."));
    }
    body
}

fn premises_auction(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.6) {
        dir(FINANCE)
    } else {
        MAYOR
    };
    let years = ctx.rng.range(3, 5);
    let deadline = next_workday(ctx.days_after(date, 12, 20));
    let opening = next_workday(deadline + Duration::days(1));
    let mut body = Body::new(
        office,
        "për dhënien në shfrytëzim me ankand publik të lokaleve afariste në pronësi të Komunës së Gjilanit".into(),
    );
    basis(ctx, &mut body, "Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe Ligjit Nr. 04/L-144 për Dhënien në Shfrytëzim dhe Këmbimin e Pronës së Paluajtshme të Komunës");
    body.para(format!("Jepen në shfrytëzim, për një periudhë prej {} vjetësh me të drejtë vazhdimi, këto lokale afariste:", count_word(years)));
    let k = ctx.rng.range(3, 5) as usize;
    let s = streets(ctx, k);
    let mut table = vec![vec![
        "Nr.".to_string(),
        "Vendndodhja".into(),
        "Sipërfaqja".into(),
        "Çmimi fillestar mujor".into(),
    ]];
    for (i, street) in s.iter().enumerate() {
        let place = match ctx.rng.below(4) {
            0 => format!("{street}, përdhesë, lokali nr. {}", ctx.rng.range(1, 12)),
            1 => format!("Tregu i gjelbër, lokali A-{}", ctx.rng.range(1, 20)),
            2 => format!("Objekti i ish-zyrës vendore në fshatin {}", ctx.village()),
            _ => format!("Stacioni i autobusëve, lokali nr. {}", ctx.rng.range(1, 8)),
        };
        let area = ctx.rng.range(18, 80);
        let price = (area * ctx.rng.range(3, 6)) as f64;
        table.push(vec![
            format!("{}", i + 1),
            place,
            format!("{area} m²"),
            euros(price),
        ]);
    }
    body.table(table);
    body.para("Kushtet e pjesëmarrjes");
    body.para("Në ankand mund të marrin pjesë personat fizikë dhe juridikë të regjistruar në Agjencinë e Kosovës për Regjistrimin e Bizneseve, të cilët nuk kanë borxhe ndaj Komunës së Gjilanit. Çdo ofertues duhet ta paguajë garancinë në vlerë të tri qirave mujore fillestare dhe ta dorëzojë dëshminë e pagesës bashkë me ofertën.");
    let (d, o) = two_dates(ctx, deadline, opening);
    body.para(format!("Ofertat dorëzohen në zarf të mbyllur, me shënimin \"Për ankandin e lokaleve – mos hap\", në Zyrën Pritëse të Komunës, deri më {d}, në ora 15:00. Hapja publike e ofertave bëhet më {o}, në ora 10:00, në sallën e vogël të Kuvendit."));
    body.para(ctx.pick(&[
        "Lokali i jepet ofertuesit që ofron qiranë më të lartë mujore. Ofertuesve të pasuksesshëm garancia u kthehet brenda 15 ditëve.",
        "Kriter i vetëm për përzgjedhje është qiraja më e lartë mujore e ofruar. Në rast të ofertave të barabarta, ankandi vazhdon me ofertim gojor ndërmjet ofertuesve me ofertë të njëjtë.",
    ]));
    let tel = phone(ctx);
    body.para(format!("Lokalet mund të shikohen çdo ditë pune nga ora 09:00 deri në ora 12:00, me paralajmërim në telefonin {tel}."));
    body
}

fn land_lease(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.6) {
        dir(AGRICULTURE)
    } else {
        MAYOR
    };
    let years = *ctx.rng.pick(&[5u64, 10, 15]);
    let deadline = next_workday(ctx.days_after(date, 15, 30));
    let mut body = Body::new(
        office,
        "për dhënien në shfrytëzim afatgjatë të tokës bujqësore në pronësi të Komunës".into(),
    );
    basis(ctx, &mut body, "Ligjit Nr. 04/L-144 për Dhënien në Shfrytëzim dhe Këmbimin e Pronës së Paluajtshme të Komunës dhe vendimit të Kuvendit të Komunës për dhënien në shfrytëzim të pronës komunale");
    body.para(format!("{} fton personat fizikë dhe juridikë të interesuar që të paraqesin oferta për marrjen në shfrytëzim, për {years} vjet, të ngastrave të tokës bujqësore në pronësi të Komunës, për kultivimin e drithërave, të pemëve dhe të perimeve:", office.name));
    let k = ctx.rng.range(3, 5) as usize;
    let places = ctx.villages(k);
    let mut table = vec![vec![
        "Nr.".to_string(),
        "Ngastra".into(),
        "Zona kadastrale".into(),
        "Sipërfaqja (ha)".into(),
        "Çmimi fillestar vjetor".into(),
    ]];
    for (i, village) in places.iter().enumerate() {
        let tenths = ctx.rng.range(5, 60);
        let price = (tenths * ctx.rng.range(5, 12)) as f64;
        table.push(vec![
            format!("{}", i + 1),
            format!("P-{}", ctx.rng.range(10000, 99999)),
            village.clone(),
            decimal(tenths as f64 / 10.0),
            euros(price),
        ]);
    }
    body.table(table);
    body.para("Shfrytëzuesi është i obliguar që tokën ta përdorë vetëm për qëllime bujqësore, të mos ndërtojë objekte të përhershme dhe ta mbajë tokën në gjendje të mirë. Përparësi në rast të ofertave të barabarta kanë fermerët e regjistruar me vendbanim në fshatin ku ndodhet ngastra.");
    let d = prose_date(ctx, deadline);
    body.para(format!("Ofertat, me çmimin e ofruar vjetor për secilën ngastër veç e veç, dorëzohen në zarf të mbyllur në Zyrën Pritëse të Komunës deri më {d}, në ora 14:00. Ofertës i bashkëngjitet kopja e letërnjoftimit ose e certifikatës së biznesit dhe vërtetimi se ofertuesi nuk ka borxhe ndaj Komunës."));
    body.para("Qiraja e vitit të parë paguhet para nënshkrimit të kontratës, ndërsa për vitet në vijim deri më 31 mars të secilit vit. Mospagesa e qirasë për dy vite radhazi është shkak për ndërprerjen e kontratës.");
    body.para(contact(ctx, office));
    body
}

fn scholarships_call(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.7) {
        dir(EDUCATION)
    } else {
        MAYOR
    };
    let ay = school_year(date);
    let amount = ctx.rng.range(6, 16) as f64 * 50.0;
    let categories = [
        (
            "studentët e dalluar të shkencave natyrore, teknike dhe mjekësore",
            ctx.rng.range(20, 60),
        ),
        (
            "studentët e dalluar të fushave të tjera",
            ctx.rng.range(20, 60),
        ),
        ("studentët me aftësi të kufizuara", ctx.rng.range(3, 10)),
        (
            "studentët nga familjet e dëshmorëve dhe të invalidëve të luftës",
            ctx.rng.range(5, 15),
        ),
    ];
    let total: u64 = categories.iter().map(|(_, n)| n).sum();
    let grade = *ctx.rng.pick(&["8,00", "8,50", "8,70"]);
    let deadline = ctx.days_after(date, 15, 25);
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("e konkursit për ndarjen e bursave për studentët për vitin akademik {ay}"),
    );
    basis(
        ctx,
        &mut body,
        "Rregullores së Komunës së Gjilanit për ndarjen e bursave për studentët",
    );
    body.para(format!("Komuna e Gjilanit ndan gjithsej {total} bursa për studentët e studimeve themelore dhe master, në vlerë prej {} për një vit akademik, të ndara në këto kategori:", euros(amount)));
    let items: Vec<String> = categories
        .iter()
        .map(|(c, n)| format!("{c} – {n} bursa"))
        .collect();
    body.list(&items);
    body.heading(style, 1, "Kushtet");
    body.para(format!("Të drejtë aplikimi kanë studentët me vendbanim në Komunën e Gjilanit, të regjistruar në një universitet publik ose privat të akredituar, me notë mesatare së paku {grade} nga viti paraprak i studimeve, të cilët nuk marrin bursë nga ndonjë institucion tjetër. Studentët e vitit të parë vlerësohen sipas suksesit në shkollën e mesme dhe rezultatit në Maturë."));
    body.heading(style, 2, "Dokumentet");
    body.list(&[
        "formulari i aplikimit".into(),
        "vërtetimi i regjistrimit në vitin akademik përkatës".into(),
        "transkripta e notave, e vërtetuar nga fakulteti".into(),
        "certifikata e vendbanimit dhe kopja e letërnjoftimit".into(),
        "deklarata se studenti nuk merr bursë nga institucione të tjera".into(),
    ]);
    body.heading(style, 3, "Afati");
    let d = prose_date(ctx, deadline);
    body.para(format!("Aplikacionet dorëzohen në Zyrën Pritëse të Komunës deri më {d}. Aplikacionet e pakompletuara dhe ato të dorëzuara pas afatit nuk shqyrtohen. Lista preliminare e përfituesve shpallet në ueb-faqen e Komunës, ndërsa aplikuesit kanë të drejtë ankese brenda tetë ditëve nga shpallja e saj."));
    body
}

/// Draft regulations put to public consultation, and the office that drafts each.
const CONSULTED: &[(&str, &str)] = &[
    ("për taksat, tarifat dhe gjobat komunale", FINANCE),
    ("për parkimin publik në qytetin e Gjilanit", SERVICES),
    ("për menaxhimin e mbeturinave", SERVICES),
    ("për subvencionimin e fermerëve", AGRICULTURE),
    ("për ndarjen e bursave për studentët", EDUCATION),
    (
        "për kriteret e pranimit në institucionet parashkollore",
        EDUCATION,
    ),
    ("për mbajtjen e kafshëve shtëpiake", HEALTH),
    ("për organizimin e tregjeve", SERVICES),
];

fn consultation_call(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let (name, code) = *ctx.rng.pick(CONSULTED);
    let office = dir(code);
    let start = ctx.days_after(date, 1, 5);
    let end = ctx.days_after(start, 15, 30);
    let meeting = ctx.days_after(start, 5, 12);
    let mut body = Body::new(
        office,
        format!("e konsultimit publik për projektrregulloren {name}"),
    );
    basis(ctx, &mut body, "nenit 68 të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe Udhëzimit Administrativ për Standardet Minimale të Konsultimit Publik në Komuna");
    let (s, e) = two_dates(ctx, start, end);
    body.para(format!("{} fton qytetarët, bizneset, organizatat e shoqërisë civile dhe të gjitha palët e interesuara që të japin komente dhe propozime për projektrregulloren {name}. Konsultimi publik zgjat nga {s} deri më {e}.", office.name));
    let purpose = match code {
        FINANCE => "Projektrregullorja përcakton llojet dhe lartësinë e taksave e të tarifave që paguhen për shërbimet komunale, si dhe gjobat për shkeljet e rregulloreve komunale.",
        EDUCATION => "Projektrregullorja përcakton kriteret, procedurën dhe organet që vendosin për përfituesit, si dhe mënyrën e ankimit ndaj vendimeve.",
        AGRICULTURE => "Projektrregullorja përcakton masat që subvencionohen, kushtet për përfitim, mënyrën e vlerësimit të aplikacioneve dhe monitorimin e investimeve.",
        _ => "Projektrregullorja përcakton të drejtat dhe detyrimet e qytetarëve dhe të subjekteve afariste, shërbimet që ofron Komuna dhe gjobat për mosrespektimin e rregullave.",
    };
    body.para(purpose);
    body.para("Dokumenti është hartuar nga grupi punues i emëruar nga Kryetari i Komunës, për ta harmonizuar rregullimin e kësaj fushe me legjislacionin në fuqi dhe me nevojat e qytetarëve.");
    body.para("Teksti i projektrregullores dhe formulari për komente mund të gjenden:");
    body.list(&[
        "në ueb-faqen zyrtare të Komunës, në rubrikën \"Konsultime publike\"".into(),
        "në platformën elektronike për konsultime publike".into(),
        "në Zyrën për Shërbime me Qytetarët, në formë të shtypur".into(),
    ]);
    let (m, hour) = (prose_date(ctx, meeting), clock(ctx, 11, 17));
    body.para(format!("Takimi publik për prezantimin e projektrregullores mbahet më {m}, në ora {hour}, në sallën e Kuvendit të Komunës."));
    body.para(format!("Komentet me shkrim dërgohen në adresën {} ose dorëzohen në Zyrën Pritëse të Komunës. Pas përfundimit të konsultimit do të publikohet raporti me komentet e pranuara dhe të refuzuara dhe me arsyetimin për secilin koment.", mailbox(office)));
    body
}

/// Prize competitions: what they are (genitive), who takes part, what the rows list.
const CONTESTS: &[(&str, &str)] = &[
    (
        "konkursit letrar për nxënësit e shkollave fillore \"Fjala e bukur\"",
        "nxënës",
    ),
    (
        "konkursit për fotografi \"Gjilani në katër stinë\"",
        "fotografë amatorë",
    ),
    (
        "konkursit për punime artistike me temë mbrojtjen e mjedisit",
        "nxënës",
    ),
    (
        "garës komunale të diturisë për nxënësit e klasave të nënta",
        "nxënës",
    ),
    (
        "konkursit për idenë më të mirë biznesore të të rinjve",
        "të rinj",
    ),
];

fn contest_results(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.5) {
        dir(CULTURE)
    } else {
        dir(EDUCATION)
    };
    let (contest, who) = *ctx.rng.pick(CONTESTS);
    let entries = ctx.rng.range(25, 140);
    let call = ctx.days_before(date, 30, 80);
    let ceremony = ctx.days_after(date, 3, 12);
    let jury: Vec<String> = (0..3).map(|_| ctx.person()).collect();
    let prizes = [
        ctx.rng.range(4, 10) as f64 * 50.0,
        ctx.rng.range(3, 6) as f64 * 50.0,
        ctx.rng.range(1, 3) as f64 * 50.0,
    ];
    let mut body = Body::new(office, format!("e rezultateve të {contest}"));
    let c = prose_date(ctx, call);
    body.para(format!("Në konkursin e shpallur më {c} morën pjesë {entries} {who} me punimet e tyre. Juria në përbërje: {}, pas vlerësimit të të gjitha punimeve, përcaktoi fituesit si vijon:", join_and(&jury)));
    let mut table = vec![vec![
        "Vendi".to_string(),
        "Emri dhe mbiemri".into(),
        "Shkolla / vendbanimi".into(),
        "Shpërblimi".into(),
    ]];
    for (i, prize) in prizes.iter().enumerate() {
        let name = ctx.person();
        let from = if who == "nxënës" {
            ctx.pick(SCHOOLS).to_string()
        } else {
            ctx.village().to_string()
        };
        table.push(vec![format!("{}", i + 1), name, from, euros(*prize)]);
    }
    body.table(table);
    body.para(ctx.pick(&[
        "Punimet u vlerësuan sipas kritereve të përcaktuara në thirrje: origjinaliteti, përputhja me temën, cilësia e realizimit dhe mesazhi që përcjellin.",
        "Secili anëtar i jurisë i vlerësoi punimet veçmas, me pikë nga një deri në dhjetë, ndërsa renditja përfundimtare u bë sipas shumës së pikëve.",
    ]));
    let special = ctx.rng.range(2, 5);
    body.para(format!("Juria ndau edhe {} mirënjohje për punime që u dalluan për origjinalitet. Të gjithë pjesëmarrësit marrin certifikatë pjesëmarrjeje.", count_word(special)));
    let (d, hour) = (prose_date(ctx, ceremony), clock(ctx, 11, 18));
    body.para(format!("Ndarja e shpërblimeve bëhet {}, më {d}, në ora {hour}, në Shtëpinë e Kulturës në Gjilan, ku do të ekspozohen edhe punimet më të mira.", weekday_on(ceremony)));
    body.para(ctx.pick(&[
        "Falënderojmë të gjithë pjesëmarrësit, mësimdhënësit dhe prindërit për përkushtimin dhe ftojmë qytetarët të jenë pjesë e ceremonisë.",
        "Vendimi i jurisë është përfundimtar. Punimet e fituesve do të publikohen në ueb-faqen e Komunës dhe në botimin e radhës të Drejtorisë.",
    ]));
    body
}

fn job_results(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let code = *ctx.rng.pick(&[ADMINISTRATION, EDUCATION, HEALTH]);
    let office = dir(code);
    let published = ctx.days_before(date, 30, 75);
    let k = ctx.rng.range(3, 5) as usize;
    let pool: Vec<&Position> = POSITIONS
        .iter()
        .filter(|p| match code {
            EDUCATION => p.place == Place::School || p.place == Place::Kindergarten,
            HEALTH => p.place == Place::Health,
            _ => p.place == Place::Office,
        })
        .collect();
    let chosen = ctx.rng.sample(&pool, k);
    let applicants = ctx.rng.range(30, 140);
    let interviewed = applicants * ctx.rng.range(30, 60) / 100;
    let mut body = Body::new(
        office,
        format!(
            "e rezultateve të konkursit për plotësimin e vendeve të punës të shpallur më {}",
            dotted(published)
        ),
    );
    body.para(format!("Pas përfundimit të procedurës së rekrutimit, komisioni përzgjedhës i emëruar nga {} shpall kandidatët e përzgjedhur për vendet e punës të konkursit të shpallur më {}. Në konkurs aplikuan {applicants} kandidatë, prej të cilëve {interviewed} plotësuan kushtet dhe iu nënshtruan testimit me shkrim dhe intervistës.", office.name, dotted(published)));
    let test = ctx.days_after(published, 18, 24);
    let last = ctx.days_before(date, 2, 5);
    let (t, l) = two_dates(ctx, test, last);
    body.para(format!("Testimi me shkrim u mbajt më {t}, ndërsa intervistat përfunduan më {l}. Kandidatët u vlerësuan sipas përgatitjes profesionale, përvojës së punës dhe rezultatit në test dhe në intervistë; për secilin vend pune u përzgjodh kandidati me më së shumti pikë."));
    let mut table = vec![vec![
        "Nr.".to_string(),
        "Vendi i punës".into(),
        "Kandidati i përzgjedhur".into(),
        "Pikët".into(),
    ]];
    for (i, position) in chosen.iter().enumerate() {
        let name = ctx.person();
        table.push(vec![
            format!("{}", i + 1),
            position.title.to_string(),
            name,
            ctx.rng.range(72, 96).to_string(),
        ]);
    }
    body.table(table);
    let days = *ctx.rng.pick(&[5u64, 8]);
    body.para(format!("Kandidatët që nuk janë të kënaqur me rezultatin kanë të drejtë ankese te Komisioni për shqyrtimin e ankesave brenda {} ditëve nga dita e publikimit të kësaj shpalljeje. Ankesa dorëzohet me shkrim në Zyrën Pritëse të Komunës.", count_word(days)));
    body.para("Kandidatët e përzgjedhur ftohen që, pas skadimit të afatit për ankesa, të paraqiten në Zyrën e Personelit me dokumentet origjinale për lidhjen e kontratës së punës.");
    if ctx.rng.chance(0.5) {
        body.para("Rezultatet e secilit kandidat mund të shihen në Zyrën e Personelit, ku kandidatët kanë qasje në vlerësimin e tyre të testit dhe të intervistës.");
    }
    body
}

fn internship_call(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.6) {
        dir(ADMINISTRATION)
    } else {
        MAYOR
    };
    let places = ctx.rng.range(15, 40);
    let months = *ctx.rng.pick(&[3u64, 6]);
    let stipend = ctx.rng.range(4, 10) as f64 * 25.0;
    let deadline = ctx.days_after(date, 10, 20);
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        "e thirrjes për praktikantë në administratën komunale".into(),
    );
    basis(ctx, &mut body, "Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe vendimit të Kryetarit të Komunës për programin e praktikës për të rinjtë");
    body.para(format!("Komuna e Gjilanit fton të rinjtë e diplomuar të aplikojnë në programin e praktikës në drejtoritë komunale. Programi ofron {places} vende për praktikë me kohëzgjatje prej {} muajsh, me kompensim mujor prej {}.", count_word(months), euros(stipend)));
    body.heading(style, 1, "Kush mund të aplikojë");
    body.para("Të rinjtë deri në moshën 29 vjeç, me vendbanim në Komunën e Gjilanit, që kanë diplomuar në studimet themelore ose master gjatë dy viteve të fundit dhe që nuk janë në marrëdhënie pune.");
    body.heading(style, 2, "Fushat e praktikës");
    body.para("Juridik, ekonomi dhe financa, arkitekturë dhe inxhinieri, teknologji informative, bujqësi, shkenca sociale dhe komunikim.");
    body.heading(style, 3, "Dokumentet");
    body.para("Formulari i aplikimit, biografia, kopja e diplomës ose vërtetimi i diplomimit, transkripta e notave dhe kopja e letërnjoftimit.");
    let d = prose_date(ctx, deadline);
    body.para(format!("Aplikimi bëhet deri më {d}, në Zyrën Pritëse të Komunës ose në adresën {}. Përzgjedhja bëhet sipas notës mesatare dhe intervistës, duke pasur parasysh përfaqësimin e barabartë të grave dhe të burrave dhe të komuniteteve.", mailbox(office)));
    body.para("Në përfundim të praktikës, praktikantët marrin certifikatë për përvojën e fituar, e cila njihet si përvojë pune në konkurset e administratës komunale.");
    body
}

fn social_housing_call(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(HEALTH);
    let flats = ctx.rng.range(12, 48);
    let quarter = ctx.pick(QUARTERS);
    let rent = decimal(ctx.rng.range(5, 15) as f64 / 10.0);
    let deadline = ctx.days_after(date, 20, 35);
    let mut body = Body::new(
        office,
        "e thirrjes për ndarjen e banesave sociale me qira joprofitabile".into(),
    );
    basis(ctx, &mut body, "Ligjit për Financimin e Programeve të Veçanta të Banimit dhe Rregullores komunale për ndarjen e banesave sociale");
    body.para(format!("Komuna e Gjilanit shpall thirrjen për ndarjen në shfrytëzim me qira joprofitabile të {flats} banesave në objektin e ri të banimit social në lagjen \"{quarter}\". Qiraja mujore është {rent} € për metër katror, ndërsa shpenzimet e ujit, të energjisë dhe të mirëmbajtjes i paguan shfrytëzuesi."));
    body.para("Të drejtë aplikimi kanë familjet me vendbanim të përhershëm në Komunën e Gjilanit, të cilat nuk kanë banesë në pronësi ose jetojnë në kushte të papërshtatshme banimi. Përparësi kanë:");
    body.list(&[
        "familjet që marrin ndihmë sociale".into(),
        "familjet e dëshmorëve dhe invalidët e luftës".into(),
        "familjet me anëtarë me aftësi të kufizuara".into(),
        "prindërit vetushqyes dhe viktimat e dhunës në familje".into(),
    ]);
    body.para("Kërkesës i bashkëngjiten vërtetimi për bashkësinë familjare, vërtetimi për të ardhurat e anëtarëve të familjes, certifikata nga kadastri se aplikuesi nuk ka pronë banimi dhe dëshmitë për kategorinë përkatëse.");
    let d = prose_date(ctx, deadline);
    body.para(format!("Kërkesat dorëzohen në Zyrën Pritëse të Komunës deri më {d}. Komisioni komunal i vlerëson kërkesat me pikë, sipas kritereve të rregullores, dhe mund ta verifikojë gjendjen në terren. Lista preliminare e përfituesve shpallet publikisht, me të drejtë ankese brenda 15 ditëve."));
    body.para(contact(ctx, office));
    body
}

fn market_stalls(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.6) {
        dir(SERVICES)
    } else {
        dir(FINANCE)
    };
    let stalls = ctx.rng.range(20, 60);
    let fee = ctx.rng.range(4, 8) as f64 * 5.0;
    let deadline = ctx.days_after(date, 8, 15);
    let draw = next_workday(ctx.days_after(deadline, 2, 5));
    let y = date.year();
    let mut body = Body::new(
        office,
        format!("për dhënien në shfrytëzim të tezgave në tregun e gjelbër për vitin {y}"),
    );
    basis(ctx, &mut body, "Rregullores komunale për organizimin e tregjeve dhe Rregullores për taksat, tarifat dhe gjobat komunale");
    body.para(format!("{} shpall dhënien në shfrytëzim të {stalls} tezgave në tregun e gjelbër të qytetit, për shitjen e perimeve, të pemëve dhe të produkteve të tjera bujqësore. Tezgat jepen për një vit, me tarifë mujore prej {} për tezgë.", office.name, euros(fee)));
    body.para("Përparësi kanë fermerët e regjistruar me vendbanim në Komunën e Gjilanit, të cilët shesin prodhimet e tyre. Një aplikues mund të marrë jo më shumë se një tezgë.");
    body.para("Aplikuesit dorëzojnë kërkesën, kopjen e letërnjoftimit dhe vërtetimin e numrit të fermës ose certifikatën e regjistrimit të biznesit.");
    let (d, l) = two_dates(ctx, deadline, draw);
    body.para(format!("Kërkesat pranohen deri më {d}. Nëse numri i aplikuesve që i plotësojnë kushtet është më i madh se numri i tezgave, ato ndahen me short publik më {l}, në ora 10:00, në hyrje të tregut, në prani të aplikuesve."));
    body.para("Shfrytëzuesit e tezgave janë të obliguar ta mbajnë pastër hapësirën, të respektojnë orarin e tregut dhe t’i shënojnë çmimet e produkteve në mënyrë të dukshme.");
    body
}

/// Old municipal vehicles and machines sold at auction: what, and its rough value.
const OLD_VEHICLES: &[(&str, u64)] = &[
    ("Automjet udhëtarësh, naftë, pesë ulëse", 900),
    ("Automjet udhëtarësh, benzinë, katër dyer", 700),
    ("Furgon për transport mallrash", 1500),
    ("Kamion për bartjen e mbeturinave", 4000),
    ("Traktor me rimorkio", 2500),
    ("Minibus për transportin e nxënësve, 18 ulëse", 2200),
    ("Automjet terreni, naftë", 1800),
    ("Fshirëse rrugësh", 3000),
];

fn vehicles_auction(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.5) {
        dir(FINANCE)
    } else {
        MAYOR
    };
    let k = ctx.rng.range(3, 5) as usize;
    let items: Vec<(&str, u64)> = ctx
        .rng
        .sample(OLD_VEHICLES, k)
        .into_iter()
        .copied()
        .collect();
    let view_from = next_workday(ctx.days_after(date, 2, 5));
    let deadline = next_workday(ctx.days_after(view_from, 7, 12));
    let mut body = Body::new(
        office,
        "për shitjen me ankand publik të automjeteve të vjetra të Komunës".into(),
    );
    basis(ctx, &mut body, "Ligjit Nr. 03/L-048 për Menaxhimin e Financave Publike dhe Përgjegjësitë dhe vendimit të Kryetarit të Komunës për nxjerrjen jashtë përdorimit të pasurisë jofinanciare");
    body.para(format!("{} shet me ankand publik automjetet dhe makineritë e nxjerra jashtë përdorimit, si në vijim:", office.name));
    let mut table = vec![vec![
        "Nr.".to_string(),
        "Përshkrimi".into(),
        "Viti i prodhimit".into(),
        "Çmimi fillestar".into(),
    ]];
    for (i, (what, value)) in items.iter().enumerate() {
        let year = date.year() - ctx.rng.range(12, 22) as i32;
        let price = (*value as f64) * ctx.rng.range(8, 12) as f64 / 10.0;
        table.push(vec![
            format!("{}", i + 1),
            what.to_string(),
            year.to_string(),
            euros(price.round()),
        ]);
    }
    body.table(table);
    let (v, d) = two_dates(ctx, view_from, deadline);
    body.para(format!("Automjetet mund të shikohen nga {v}, çdo ditë pune nga ora 09:00 deri në ora 14:00, në parkingun e Drejtorisë për Shërbime Publike. Automjetet shiten në gjendjen në të cilën janë, pa garanci."));
    body.para(format!("Ofertat dorëzohen në zarf të mbyllur në Zyrën Pritëse të Komunës deri më {d}, në ora 14:00, bashkë me dëshminë e pagesës së garancisë prej 10 % të çmimit fillestar. Oferta më e ulët se çmimi fillestar nuk pranohet."));
    body.para("Automjeti i shitet ofertuesit me çmimin më të lartë, i cili është i obliguar ta paguajë shumën e plotë brenda tetë ditëve dhe ta tërheqë automjetin me shpenzimet e veta. Në të kundërtën, garancia nuk i kthehet.");
    body
}

fn awards_call(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = if ctx.rng.chance(0.6) {
        MAYOR
    } else {
        dir(CULTURE)
    };
    let deadline = ctx.days_after(date, 15, 30);
    let y = date.year();
    let mut body = Body::new(
        office,
        format!("e thirrjes për propozime për çmimet vjetore të Komunës së Gjilanit për vitin {y}"),
    );
    basis(
        ctx,
        &mut body,
        "Rregullores së Komunës së Gjilanit për dhënien e çmimeve dhe mirënjohjeve publike",
    );
    body.para("Komuna e Gjilanit fton qytetarët, institucionet, shoqatat dhe organizatat e shoqërisë civile që të propozojnë kandidatë për çmimet vjetore të Komunës, të cilat u ndahen personave dhe organizatave për kontribut të veçantë në zhvillimin e qytetit.");
    body.para("Propozimet bëhen për këto kategori:");
    body.list(&[
        "\"Qytetar nderi i Gjilanit\"".into(),
        "Çmimi për arsim dhe shkencë".into(),
        "Çmimi për kulturë dhe art".into(),
        "Çmimi për sport".into(),
        "Çmimi për vepër humanitare".into(),
    ]);
    let prize = ctx.rng.range(4, 10) as f64 * 100.0;
    body.para(format!("Titulli \"Qytetar nderi i Gjilanit\" u jepet personaliteteve vendore dhe të huaja për kontribut të jashtëzakonshëm për qytetin, ndërsa çmimet e tjera shoqërohen me mirënjohje dhe me shpërblim në vlerë prej {} për secilin fitues.", euros(prize)));
    body.para("Propozimi duhet të përmbajë biografinë e kandidatit, arsyetimin me shkrim për kontributin e tij dhe, sipas mundësisë, dëshmi për veprimtarinë e tij. Një propozues mund të propozojë vetëm një kandidat për secilën kategori.");
    let d = prose_date(ctx, deadline);
    body.para(format!("Propozimet dorëzohen në Zyrën Pritëse të Komunës deri më {d}. Propozimet i shqyrton komisioni i emëruar nga Kuvendi i Komunës, ndërsa çmimet ndahen në seancën solemne me rastin e Ditës së Qytetit."));
    body.para(contact(ctx, office));
    body
}

// ---------------------------------------------------------------------------
// Konkurs
// ---------------------------------------------------------------------------

/// Where a post is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    School,
    Kindergarten,
    Health,
    Office,
}

/// A post a competition can fill.
struct Position {
    /// As the competition names it, in both genders: "Infermier/e".
    title: &'static str,
    place: Place,
    /// The directorate the post belongs to.
    code: &'static str,
    /// The organisational unit of an office post.
    unit: &'static str,
    /// The degree (and licence) required.
    degree: &'static str,
    duties: &'static [&'static str],
}

const TEACHER_DUTIES: &[&str] = &[
    "planifikon dhe zhvillon mësimin sipas kurrikulës dhe planit mësimor",
    "vlerëson nxënësit në mënyrë të vazhdueshme dhe mban evidencën pedagogjike",
    "bashkëpunon me prindërit, me kujdestarët e klasave dhe me shërbimin pedagogjik",
    "merr pjesë në aktivet profesionale dhe në programet e zhvillimit profesional",
];

const HEALTH_DUTIES: &[&str] = &[
    "ofron shërbime shëndetësore sipas protokolleve klinike dhe standardeve profesionale",
    "mban dokumentacionin mjekësor dhe shënon të dhënat në sistemin informativ shëndetësor",
    "merr pjesë në programet e vaksinimit dhe të promovimit të shëndetit",
    "punon me ndërrime, sipas orarit të caktuar nga drejtori i QKMF-së",
];

const POSITIONS: &[Position] = &[
    Position { title: "Mësimdhënës/e i/e gjuhës shqipe", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Filologjisë, drejtimi gjuhë dhe letërsi shqipe, ose e Fakultetit të Edukimit, programi përkatës", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e matematikës", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Shkencave Matematike-Natyrore, drejtimi matematikë", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e gjuhës angleze", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Filologjisë, drejtimi gjuhë dhe letërsi angleze", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e fizikës", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Shkencave Matematike-Natyrore, drejtimi fizikë", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e kimisë", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Shkencave Matematike-Natyrore, drejtimi kimi", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e biologjisë", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Shkencave Matematike-Natyrore, drejtimi biologji", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e historisë", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit Filozofik, drejtimi histori", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e edukatës fizike dhe sportit", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Edukimit Fizik dhe Sportit", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e edukatës muzikore", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Arteve, drejtimi muzikë, ose e Fakultetit të Edukimit, programi i edukatës muzikore", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e informatikës", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Inxhinierisë Elektrike dhe Kompjuterike ose e studimeve në shkenca kompjuterike", duties: TEACHER_DUTIES },
    Position { title: "Mësimdhënës/e i/e mësimit klasor", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Edukimit, programi fillor", duties: TEACHER_DUTIES },
    Position { title: "Psikolog/e shkollor/e", place: Place::School, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit Filozofik, drejtimi psikologji", duties: &[
        "identifikon nxënësit me vështirësi në të nxënë dhe në sjellje dhe u ofron mbështetje",
        "këshillon nxënësit, prindërit dhe mësimdhënësit",
        "bashkëpunon me ekipin e vlerësimit dhe me qendrën për punë sociale",
        "harton raporte periodike për punën e shërbimit psikologjik",
    ] },
    Position { title: "Edukator/e parashkollor/e", place: Place::Kindergarten, code: EDUCATION, unit: "", degree: "diplomë e Fakultetit të Edukimit, programi parashkollor", duties: &[
        "planifikon dhe zhvillon aktivitetet edukative sipas kurrikulës së edukimit të hershëm",
        "kujdeset për sigurinë, higjienën dhe ushqyerjen e fëmijëve",
        "ndjek zhvillimin e secilit fëmijë dhe informon rregullisht prindërit",
        "bashkëpunon me edukatorët e tjerë dhe me drejtorin e institucionit",
    ] },
    Position { title: "Mjek/e i/e familjes", place: Place::Health, code: HEALTH, unit: "", degree: "diplomë e Fakultetit të Mjekësisë, specializim në mjekësinë familjare dhe licencë e vlefshme pune e lëshuar nga Oda e Mjekëve të Kosovës", duties: HEALTH_DUTIES },
    Position { title: "Infermier/e", place: Place::Health, code: HEALTH, unit: "", degree: "diplomë e shkollës së mesme të mjekësisë ose e studimeve bachelor në infermieri dhe licencë e vlefshme pune nga Oda e Infermierëve", duties: HEALTH_DUTIES },
    Position { title: "Teknik/e laboratori", place: Place::Health, code: HEALTH, unit: "", degree: "diplomë e shkollës së mesme të mjekësisë, drejtimi laborant, ose e studimeve bachelor për analiza laboratorike, me licencë të vlefshme pune", duties: HEALTH_DUTIES },
    Position { title: "Stomatolog/e", place: Place::Health, code: HEALTH, unit: "", degree: "diplomë e Fakultetit të Mjekësisë, drejtimi stomatologji, dhe licencë e vlefshme pune", duties: HEALTH_DUTIES },
    Position { title: "Mami", place: Place::Health, code: HEALTH, unit: "", degree: "diplomë e studimeve bachelor për mami ose e shkollës së mesme të mjekësisë, drejtimi mami, me licencë të vlefshme pune", duties: HEALTH_DUTIES },
    Position { title: "Zyrtar/e për prokurim", place: Place::Office, code: ADMINISTRATION, unit: "Zyra e Prokurimit", degree: "diplomë universitare në ekonomi ose në drejtësi dhe certifikatë e prokurimit publik", duties: &[
        "harton dosjet e tenderit dhe njoftimet për kontrata",
        "merr pjesë në hapjen e tenderëve dhe në komisionet e vlerësimit",
        "përgatit raportet periodike për Komisionin Rregullativ të Prokurimit Publik",
        "mban regjistrin e kontratave dhe përcjell zbatimin e tyre",
    ] },
    Position { title: "Inspektor/e i/e ndërtimit", place: Place::Office, code: URBANISM, unit: "Sektori i inspektimit të ndërtimit", degree: "diplomë universitare në arkitekturë ose në inxhinieri ndërtimi", duties: &[
        "mbikëqyr ndërtimet në territorin e Komunës dhe zbatimin e lejeve të ndërtimit",
        "harton procesverbale dhe propozon masa ndaj ndërtimeve pa leje",
        "merr pjesë në pranimin teknik të objekteve",
        "shqyrton ankesat e qytetarëve për ndërtimet në fqinjësi",
    ] },
    Position { title: "Inspektor/e sanitar/e", place: Place::Office, code: HEALTH, unit: "Sektori i inspektimit sanitar", degree: "diplomë universitare në mjekësi, në shëndet publik ose në teknologji ushqimore", duties: &[
        "kontrollon kushtet higjieno-sanitare në objektet ushqimore dhe publike",
        "merr mostra për analiza dhe përcjell rezultatet e tyre",
        "shqipton masa administrative sipas ligjit",
        "harton raporte mujore për inspektimet e kryera",
    ] },
    Position { title: "Zyrtar/e për teknologji informative", place: Place::Office, code: ADMINISTRATION, unit: "Sektori i teknologjisë informative", degree: "diplomë universitare në shkenca kompjuterike ose në inxhinieri kompjuterike", duties: &[
        "mirëmban rrjetin kompjuterik dhe pajisjet e administratës komunale",
        "administron sistemet informative, llogaritë e përdoruesve dhe kopjet rezervë",
        "mirëmban ueb-faqen zyrtare të Komunës",
        "ofron ndihmë teknike për zyrtarët e drejtorive",
    ] },
    Position { title: "Punëtor/e social/e", place: Place::Office, code: HEALTH, unit: "Qendra për Punë Sociale", degree: "diplomë universitare në punë sociale, në sociologji ose në psikologji", duties: &[
        "vlerëson nevojat e familjeve dhe të individëve në nevojë",
        "menaxhon rastet e fëmijëve pa përkujdesje prindërore dhe të viktimave të dhunës në familje",
        "bashkëpunon me policinë, me shkollat dhe me institucionet shëndetësore",
        "harton raporte sociale për gjykatën dhe për organet e tjera",
    ] },
    Position { title: "Zyrtar/e për gjendje civile", place: Place::Office, code: ADMINISTRATION, unit: "Sektori i gjendjes civile", degree: "diplomë universitare në drejtësi, në administratë publike ose në shkenca shoqërore", duties: &[
        "regjistron lindjet, martesat dhe vdekjet në librat amë",
        "lëshon certifikata dhe ekstrakte nga librat amë",
        "ruan dhe përditëson regjistrat e gjendjes civile",
        "u jep informata qytetarëve për procedurat e gjendjes civile",
    ] },
    Position { title: "Zyrtar/e për buxhet", place: Place::Office, code: FINANCE, unit: "Sektori i buxhetit", degree: "diplomë universitare në ekonomi, drejtimi financa ose kontabilitet", duties: &[
        "merr pjesë në hartimin e buxhetit komunal dhe të kornizës afatmesme buxhetore",
        "përcjell shpenzimet e drejtorive dhe harton raportet periodike financiare",
        "regjistron zotimet dhe pagesat në sistemin e thesarit",
        "përgatit analiza për realizimin e të hyrave vetanake",
    ] },
    Position { title: "Zyrtar/e ligjor/e", place: Place::Office, code: ADMINISTRATION, unit: "Zyra ligjore", degree: "diplomë e Fakultetit Juridik", duties: &[
        "harton projektaktet normative dhe vendimet e organeve komunale",
        "jep mendime juridike për drejtoritë komunale",
        "përfaqëson Komunën në procedurat gjyqësore dhe administrative",
        "shqyrton ankesat e palëve ndaj vendimeve administrative",
    ] },
    Position { title: "Zyrtar/e për bujqësi", place: Place::Office, code: AGRICULTURE, unit: "Sektori i bujqësisë", degree: "diplomë e Fakultetit të Bujqësisë dhe Veterinarisë", duties: &[
        "u ofron fermerëve këshilla për teknologjinë e kultivimit dhe për mbrojtjen e bimëve",
        "merr pjesë në vlerësimin e aplikacioneve për subvencione dhe në verifikimin në terren",
        "mban evidencën e fermave dhe të sipërfaqeve të mbjella",
        "përgatit raporte për gjendjen e bujqësisë në Komunë",
    ] },
    Position { title: "Zyrtar/e për tatimin në pronë", place: Place::Office, code: FINANCE, unit: "Sektori i tatimit në pronë", degree: "diplomë universitare në ekonomi, në gjeodezi ose në administratë publike", duties: &[
        "regjistron dhe përditëson të dhënat për pronat në sistemin e tatimit në pronë",
        "kryen inspektime në terren për verifikimin e pronave",
        "shqyrton kërkesat e tatimpaguesve për rishqyrtim të vlerësimit",
        "përgatit faturat dhe njoftimet për borxhet",
    ] },
];

const EQUAL_CHANCES: &[&str] = &[
    "Komuna e Gjilanit inkurajon aplikimin e kandidatëve nga të gjitha komunitetet dhe të kandidateve gra.",
    "Komuna e Gjilanit ofron mundësi të barabarta punësimi dhe i trajton të gjithë kandidatët pa dallim gjinie, përkatësie etnike, besimi apo aftësie të kufizuar.",
    "Kandidatët nga komunitetet joshumicë dhe kandidatët me aftësi të kufizuara inkurajohen të aplikojnë; në rast të rezultateve të barabarta përparësi ka kandidati i gjinisë më pak të përfaqësuar.",
];

const SELECTION: &[&str] = &[
    "Kandidatët që plotësojnë kushtet do të ftohen në testim me shkrim dhe në intervistë, me telefon ose me e-mail.",
    "Komisioni përzgjedhës do ta hartojë listën e ngushtë të kandidatëve, të cilët ftohen në intervistë të paktën tri ditë para mbajtjes së saj.",
    "Vetëm kandidatët e përzgjedhur në listën e ngushtë do të kontaktohen për testim dhe intervistë.",
];

/// A job competition: posts in schools, in the health centre, or in the
/// municipal administration.
pub fn konkurs(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let topic = *ctx.rng.pick(JOB_TOPICS);
    let body = topic(ctx, date);
    let word = if ctx.rng.chance(0.3) {
        "K O N K U R S"
    } else {
        "KONKURS"
    };
    assemble(ctx, ActType::Konkurs, "Konkurs", word, body, date)
}

/// Competitions: several posts in schools, in the health centre, or one
/// post in the administration (the most frequent).
const JOB_TOPICS: &[Topic] = &[school_posts, health_posts, single_post, single_post];

/// The directorate concerned, or the Directorate of Administration.
fn hiring_office(ctx: &mut Ctx, code: &str) -> Office {
    if code == ADMINISTRATION || ctx.rng.chance(0.3) {
        dir(ADMINISTRATION)
    } else {
        dir(code)
    }
}

/// The laws a competition is based on.
fn hiring_laws(place: Place, date: NaiveDate) -> &'static str {
    match place {
        Place::School | Place::Kindergarten => "Ligjit Nr. 04/L-032 për Arsimin Parauniversitar, Ligjit Nr. 03/L-068 për Arsimin në Komunat e Republikës së Kosovës dhe Ligjit Nr. 03/L-212 të Punës",
        Place::Health => "Ligjit Nr. 04/L-125 për Shëndetësinë dhe Ligjit Nr. 03/L-212 të Punës",
        Place::Office if date.year() >= 2020 => "Ligjit Nr. 06/L-114 për Zyrtarët Publikë dhe të akteve nënligjore për procedurat e rekrutimit",
        Place::Office => "Ligjit Nr. 03/L-149 për Shërbimin Civil të Republikës së Kosovës dhe të Rregullores për procedurat e rekrutimit në shërbimin civil",
    }
}

fn hiring_preamble(ctx: &mut Ctx, body: &mut Body, place: Place, date: NaiveDate) {
    if ctx.rng.chance(0.8) {
        let laws = hiring_laws(place, date);
        let lead = ctx.pick(&["Në bazë të", "Në mbështetje të"]);
        let who = if ctx.rng.chance(0.5) {
            "Komuna e Gjilanit".to_string()
        } else {
            body.office.name.to_string()
        };
        body.preamble = Some(format!("{lead} {laws}, {who} shpall:"));
    }
}

/// How long the competition is open, where to apply, and the closing notes.
fn hiring_close(ctx: &mut Ctx, body: &mut Body, date: NaiveDate, days: u64, place_to_apply: &str) {
    let (from, to) = (date + Duration::days(1), date + Duration::days(days as i64));
    let (f, t) = two_dates(ctx, from, to);
    let open = match ctx.rng.below(3) {
        0 => format!("Konkursi mbetet i hapur {days} ditë nga dita e publikimit, përkatësisht nga {f} deri më {t}."),
        1 => format!("Afati për aplikim është {days} ditë, nga {f} deri më {t}."),
        _ => format!("Konkursi është i hapur nga {f} deri më {t}, në ora 16:00."),
    };
    body.para(format!("{open} Aplikacionet dorëzohen {place_to_apply}. Aplikacionet e pakompletuara dhe ato që arrijnë pas afatit nuk merren në shqyrtim."));
    let s = ctx.pick(SELECTION);
    body.para(s);
    let e = ctx.pick(EQUAL_CHANCES);
    body.para(e);
    if ctx.rng.chance(0.5) {
        let tel = phone(ctx);
        body.para(format!("Për informata shtesë kandidatët mund të kontaktojnë Zyrën e Personelit në numrin {tel}."));
    }
}

const DOCUMENTS: &[&str] = &[
    "kërkesa me shkrim ose formulari i aplikimit, me shënimin e vendit të punës për të cilin aplikohet",
    "kopja e diplomës, e noterizuar",
    "kopja e letërnjoftimit",
    "dëshmia se kandidati nuk është nën hetime, jo më e vjetër se gjashtë muaj",
    "biografia (CV) dhe dëshmitë për përvojën e punës",
    "certifikatat e trajnimeve dhe të kualifikimeve të tjera, nëse ka",
];

fn documents(ctx: &mut Ctx, body: &mut Body, extra: Option<&str>) {
    let lead = ctx.pick(&[
        "Dokumentet e nevojshme:",
        "Dokumentet që duhet të dorëzohen:",
        "Aplikacionit i bashkëngjiten:",
    ]);
    body.para(lead);
    let k = ctx.rng.range(4, 6) as usize;
    let mut items: Vec<String> = ctx.pick_some(DOCUMENTS, k);
    if let Some(extra) = extra {
        items.insert(items.len().min(2), extra.to_string());
    }
    body.list(&items);
}

fn school_posts(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = hiring_office(ctx, EDUCATION);
    let pool: Vec<&Position> = POSITIONS
        .iter()
        .filter(|p| matches!(p.place, Place::School | Place::Kindergarten))
        .collect();
    let k = ctx.rng.range(3, 6) as usize;
    let chosen = ctx.rng.sample(&pool, k);
    let mut body = Body::new(
        office,
        "për plotësimin e vendeve të punës në institucionet edukativo-arsimore të Komunës së Gjilanit".into(),
    );
    hiring_preamble(ctx, &mut body, Place::School, date);
    let mut table = vec![vec![
        "Nr.".to_string(),
        "Vendi i punës".into(),
        "Institucioni".into(),
        "Orë në javë".into(),
        "Numri".into(),
    ]];
    for (i, p) in chosen.iter().enumerate() {
        let (institution, hours) = match p.place {
            Place::Kindergarten => (format!("{}, Gjilan", ctx.pick(KINDERGARTENS)), 30),
            _ if p.title.contains("klasor") => (
                format!("{}, {}", ctx.pick(PRIMARY_SCHOOLS), ctx.village()),
                24,
            ),
            _ if p.title.starts_with("Psikolog") => (format!("{}, Gjilan", ctx.pick(SCHOOLS)), 40),
            _ => (
                ctx.pick(SCHOOLS).to_string(),
                *ctx.rng.pick(&[8u64, 10, 12, 16, 20, 20, 20]),
            ),
        };
        let n = if ctx.rng.chance(0.75) { 1 } else { 2 };
        table.push(vec![
            format!("{}", i + 1),
            p.title.to_string(),
            institution,
            hours.to_string(),
            n.to_string(),
        ]);
    }
    body.table(table);
    body.para(ctx.pick(&["Kushtet e përgjithshme:", "Kushtet e përgjithshme"]));
    body.para("Kandidatët duhet të jenë shtetas të Republikës së Kosovës, të kenë zotësi të plotë për të vepruar dhe të mos jenë të dënuar me vendim të formës së prerë për vepra penale që i bëjnë të papërshtatshëm për punë në arsim.");
    body.para(ctx.pick(&["Kushtet e veçanta:", "Kualifikimi i kërkuar:"]));
    let items: Vec<String> = chosen
        .iter()
        .map(|p| format!("{}: {}", p.title, p.degree))
        .collect();
    body.list(&items);
    if ctx.rng.chance(0.6) {
        body.para("Përparësi kanë kandidatët me licencë të mësimdhënies dhe me përvojë pune në arsim, sipas Udhëzimit Administrativ për normativin e kuadrit arsimor.");
    }
    documents(ctx, &mut body, None);
    let days = *ctx.rng.pick(&[8u64, 10, 15]);
    let to = ctx.pick(&[
        "në zyrën e pritjes së Drejtorisë për Arsim, në katin e dytë të ndërtesës së Komunës",
        "në Zyrën Pritëse të Komunës së Gjilanit",
        "në sekretarinë e shkollës përkatëse ose në Drejtorinë për Arsim",
    ]);
    hiring_close(ctx, &mut body, date, days, to);
    body
}

fn health_posts(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = hiring_office(ctx, HEALTH);
    let pool: Vec<&Position> = POSITIONS
        .iter()
        .filter(|p| p.place == Place::Health)
        .collect();
    let k = ctx.rng.range(2, 3) as usize;
    let chosen = ctx.rng.sample(&pool, k);
    let mut body = Body::new(
        office,
        "për plotësimin e vendeve të punës në Qendrën Kryesore të Mjekësisë Familjare në Gjilan"
            .into(),
    );
    hiring_preamble(ctx, &mut body, Place::Health, date);
    for (i, p) in chosen.iter().enumerate() {
        let n = ctx.rng.range(1, 3);
        body.para(format!(
            "{}. {} – {} ({}) ekzekutues",
            i + 1,
            p.title,
            n,
            count_word(n)
        ));
        let mut units = Vec::new();
        let places = ctx.villages(n as usize);
        for (j, v) in places.iter().enumerate() {
            units.push(match (j, ctx.rng.below(3)) {
                (0, 0) => "QKMF Gjilan, 1 ekzekutues".to_string(),
                (_, 1) => format!("AMF {v}, 1 ekzekutues"),
                _ => format!("QMF {v}, 1 ekzekutues"),
            });
        }
        body.para(format!("Vendi i punës: {}.", units.join("; ")));
        body.para(format!("Kushtet: {}.", p.degree));
    }
    body.para("Përshkrimi i detyrave sipas vendeve të punës mund të merret në zyrën e personelit të QKMF-së.");
    documents(
        ctx,
        &mut body,
        Some("kopja e licencës së punës, e vërtetuar"),
    );
    if chosen.iter().any(|p| p.title.starts_with("Mjek")) && ctx.rng.chance(0.6) {
        body.para("Kandidatët për mjek të familjes që janë në fazën përfundimtare të specializimit mund të aplikojnë, me kusht që ta dëshmojnë përfundimin e specializimit deri në ditën e intervistës.");
    }
    let street = street_acc(ctx.pick(STREETS));
    let to =
        format!("në arkivin e QKMF-së, në {street}, çdo ditë pune nga ora 08:00 deri në ora 16:00");
    hiring_close(ctx, &mut body, date, 15, &to);
    body
}

fn single_post(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let pool: Vec<&Position> = POSITIONS
        .iter()
        .filter(|p| p.place == Place::Office)
        .collect();
    let p = *ctx.rng.pick(&pool);
    let office = hiring_office(ctx, p.code);
    let n = if ctx.rng.chance(0.8) { 1 } else { 2 };
    let subtitle = if ctx.rng.chance(0.5) {
        format!("për plotësimin e vendit të punës \"{}\"", p.title)
    } else if n == 1 {
        format!("për plotësimin e vendit të punës {}", p.title)
    } else {
        format!("për plotësimin e vendeve të punës {}", p.title)
    };
    let mut body = Body::new(office, subtitle);
    hiring_preamble(ctx, &mut body, Place::Office, date);
    let coefficient = ctx.rng.range(6, 9);
    let kind = ctx.pick(&[
        "me kohë të pacaktuar, me periudhë provuese 12 muaj",
        "me kohë të pacaktuar",
        "me kohë të caktuar, një vit, me mundësi vazhdimi",
    ]);
    if ctx.rng.chance(0.5) {
        body.table(vec![
            vec!["Titulli i vendit të punës".to_string(), p.title.to_string()],
            vec!["Njësia organizative".to_string(), p.unit.to_string()],
            vec!["Koeficienti".to_string(), coefficient.to_string()],
            vec![
                "Numri i ekzekutuesve".to_string(),
                format!("{n} ({})", count_word(n)),
            ],
            vec![
                "Lloji i marrëdhënies së punës".to_string(),
                kind.to_string(),
            ],
            vec!["Vendi".to_string(), "Gjilan".to_string()],
        ]);
    } else {
        body.para(format!("Pozita: {}", p.title));
        if p.unit.starts_with("Zyra") || p.unit.starts_with("Qendra") {
            body.para(format!("Njësia: {}", p.unit));
        } else {
            body.para(format!("Njësia: {}, {}", p.unit, dir(p.code).name));
        }
        body.para(format!("Numri i ekzekutuesve: {n} ({})", count_word(n)));
        body.para(format!("Kohëzgjatja: {kind}"));
    }
    body.para(ctx.pick(&["Detyrat kryesore:", "Përshkrimi i detyrave:"]));
    let mut duties: Vec<String> = p.duties.iter().map(|d| d.to_string()).collect();
    duties.push("kryen edhe detyra të tjera të caktuara nga mbikëqyrësi i drejtpërdrejtë".into());
    body.list(&duties);
    body.para(ctx.pick(&["Kushtet dhe kualifikimet:", "Kualifikimet e kërkuara:"]));
    let years = ctx.rng.range(1, 3);
    body.list(&[
        p.degree.to_string(),
        format!(
            "së paku {} vjet përvojë pune profesionale",
            count_word(years)
        ),
        "njohje e mirë e programeve kompjuterike të zyrës".into(),
        "aftësi për punë në ekip dhe për komunikim me palët".into(),
    ]);
    documents(ctx, &mut body, None);
    let to = if date.year() >= 2020 && ctx.rng.chance(0.5) {
        "përmes portalit elektronik të rekrutimit ose personalisht në Zyrën Pritëse të Komunës"
    } else {
        "personalisht në Zyrën Pritëse të Komunës, ndërsa formulari i aplikimit merret në Zyrën e Personelit ose në ueb-faqen e Komunës"
    };
    hiring_close(ctx, &mut body, date, 15, to);
    body
}
// ---------------------------------------------------------------------------
// Raport
// ---------------------------------------------------------------------------

/// A report: budget execution, the work of a directorate, public lighting,
/// consultations, inspections, waste, taxes, subsidies, schools, health.
/// Its figures add up, and the period it covers ends before its date.
pub fn raport(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let topic = *ctx.rng.pick(REPORT_TOPICS);
    let mut body = topic(ctx, date);
    if ctx.rng.chance(0.2) {
        let note = ctx.pick(&[
            "(i përgatitur për Komitetin për Politikë dhe Financa)",
            "(për shqyrtim në seancën e Kuvendit të Komunës)",
        ]);
        body.blocks.insert(0, Block::Centered(note.into()));
    }
    if ctx.rng.chance(0.5) {
        let bank: &[&str] = if body.office == MAYOR {
            &REPORT_CLOSINGS[..2]
        } else {
            REPORT_CLOSINGS
        };
        let s = ctx.pick(bank);
        body.para(s);
    }
    if ctx.rng.chance(0.35) {
        let who = ctx.person();
        body.para(format!("Përgatiti: {who}"));
    }
    let word = if ctx.rng.chance(0.3) {
        "R A P O R T"
    } else {
        "RAPORT"
    };
    assemble(ctx, ActType::Raport, "Raport", word, body, date)
}

const REPORT_TOPICS: &[Topic] = &[
    budget_execution,
    directorate_work,
    public_lighting,
    consultation_report,
    inspection_report,
    mayor_annual,
    waste_report,
    tax_collection,
    subsidies_report,
    schools_report,
    health_report,
    social_report,
    procurement_report,
];

const REPORT_CLOSINGS: &[&str] = &[
    "Raporti i dërgohet Kryetarit të Komunës dhe Komitetit për Politikë dhe Financa për shqyrtim.",
    "Raporti publikohet në ueb-faqen zyrtare të Komunës, në rubrikën \"Raporte\".",
    "Drejtoria mbetet e gatshme t’u japë sqarime shtesë Kuvendit të Komunës dhe komiteteve të tij.",
];

/// The latest period a report at `date` can cover: its label, how many
/// months it spans, its year.
fn report_period(date: NaiveDate) -> (String, u32, i32) {
    let y = date.year();
    match date.month() {
        1..=3 => (format!("janar – dhjetor {}", y - 1), 12, y - 1),
        4..=6 => (format!("janar – mars {y}"), 3, y),
        7..=9 => (format!("janar – qershor {y}"), 6, y),
        _ => (format!("janar – shtator {y}"), 9, y),
    }
}

/// The year (or, later in the year, the half-year) a work report covers:
/// the subtitle's words and the words inside the text.
fn work_period(ctx: &mut Ctx, date: NaiveDate) -> (String, String) {
    let y = date.year();
    if date.month() >= 7 && ctx.rng.chance(0.4) {
        (
            format!("për periudhën janar – qershor {y}"),
            format!("në gjashtëmujorin e parë të vitit {y}"),
        )
    } else {
        (
            format!("për vitin {}", y - 1),
            format!("gjatë vitit {}", y - 1),
        )
    }
}

/// A whole number of euros for tables ("1.339.612").
fn whole(x: f64) -> String {
    thousands(x.round().max(0.0) as u64)
}

/// Budget lines: name, share of the budget (%), execution over a full year (%).
const BUDGET_LINES: &[(&str, u64, u64, u64, u64)] = &[
    ("Paga dhe mëditje", 55, 60, 95, 100),
    ("Mallra dhe shërbime", 10, 13, 70, 95),
    ("Shpenzime komunale", 2, 3, 90, 108),
    ("Subvencione dhe transfere", 2, 4, 40, 95),
];

fn budget_execution(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(FINANCE);
    let (period, months, year) = report_period(date);
    let part = months as f64 / 12.0;
    let total = (ctx.rng.range(28_000, 42_000) * 1000 + ctx.rng.range(0, 999)) as f64;
    let style = ctx.rng.below(3);
    let mut lines: Vec<(String, f64, f64)> = Vec::new();
    let mut planned = 0.0;
    for (name, lo, hi, elo, ehi) in BUDGET_LINES {
        let plan = (total * ctx.rng.range(*lo, *hi) as f64 / 100.0).round();
        let done = (plan * part * ctx.rng.range(*elo, *ehi) as f64 / 100.0).round();
        planned += plan;
        lines.push((name.to_string(), plan, done));
    }
    let capital = total - planned;
    let rate = if months == 12 {
        ctx.rng.range(65, 92)
    } else {
        ctx.rng.range(25, 75)
    };
    let capital_done = (capital * part * rate as f64 / 100.0).round();
    lines.push(("Investime kapitale".into(), capital, capital_done));
    let spent: f64 = lines.iter().map(|l| l.2).sum();
    let subtitle = if months == 12 {
        format!("për ekzekutimin e buxhetit të Komunës së Gjilanit për vitin {year}")
    } else {
        format!("për realizimin e buxhetit të Komunës së Gjilanit për periudhën {period}")
    };
    let mut body = Body::new(office, subtitle);
    let end = long_date(month_end(year, months));
    body.heading(style, 1, "Hyrje");
    body.para(format!("Ky raport përgatitet në bazë të Ligjit Nr. 03/L-048 për Menaxhimin e Financave Publike dhe Përgjegjësitë dhe i paraqitet Komitetit për Politikë dhe Financa dhe Kuvendit të Komunës. Raporti përfshin të hyrat e arkëtuara dhe shpenzimet e realizuara deri më {end}, sipas të dhënave të Thesarit."));
    body.heading(style, 2, "Të hyrat");
    let own = (ctx.rng.range(5_000, 8_500) * 1000) as f64;
    let collected = (own * part * ctx.rng.range(85, 112) as f64 / 100.0).round();
    let property = (collected * ctx.rng.range(42, 55) as f64 / 100.0).round();
    body.para(format!("Të hyrat vetanake të planifikuara për vitin {year} janë {}. Deri në fund të periudhës janë arkëtuar {}, ose {} % e planit vjetor. Burimi më i madh mbetet tatimi në pronë ({}), i ndjekur nga taksat për leje ndërtimi dhe nga qiratë e pronës komunale.", euros(own), euros(collected), pct(collected, own), euros(property)));
    body.heading(style, 3, "Shpenzimet sipas kategorive ekonomike");
    body.para(format!("Buxheti i përgjithshëm i Komunës për vitin {year} është {}, ndërsa deri në fund të periudhës janë shpenzuar {}, ose {} %.", euros(total), euros(spent), pct(spent, total)));
    let mut table = vec![vec![
        "Kategoria".to_string(),
        "Buxheti vjetor (€)".into(),
        "Realizimi (€)".into(),
        "Realizimi (%)".into(),
    ]];
    for (name, plan, done) in &lines {
        table.push(vec![
            name.clone(),
            whole(*plan),
            whole(*done),
            pct(*done, *plan),
        ]);
    }
    table.push(vec![
        "Gjithsej".into(),
        whole(total),
        whole(spent),
        pct(spent, total),
    ]);
    body.table(table);
    body.heading(style, 4, "Komente");
    let low = lines
        .iter()
        .min_by(|a, b| (a.2 / a.1).total_cmp(&(b.2 / b.1)))
        .map(|l| l.0.clone())
        .unwrap_or_default();
    let v = ctx.villages(2);
    let why = if low == "Investime kapitale" {
        format!("Realizimi i ulët i investimeve kapitale shpjegohet me faktin se shumica e projekteve, si asfaltimi i rrugëve në {} dhe {} dhe renovimi i shkollave, kanë qenë në fazën e prokurimit ose të zbatimit, ndërsa pagesat bëhen pas pranimit teknik të punëve.", v[0], v[1])
    } else {
        format!("Realizimi më i ulët është te kategoria \"{low}\", sepse pagesat për subvencionet dhe për transferet bëhen pas shpalljes së listave përfundimtare të përfituesve dhe pas verifikimit në terren.")
    };
    body.para(format!("Realizimi i pagave dhe i shpenzimeve komunale është në përputhje me dinamikën e planifikuar. {why}"));
    body.heading(style, 5, "Rekomandime");
    body.para(ctx.pick(&[
        "Drejtoria rekomandon që drejtoritë buxhetore t’i përshpejtojnë procedurat e pranimit teknik të punëve dhe që kërkesat për prokurim të dorëzohen në fillim të vitit, për të shmangur grumbullimin e pagesave në muajt e fundit.",
        "Drejtoria rekomandon përmirësimin e planifikimit të investimeve kapitale, ashtu që projektet me dokumentacion të plotë teknik të prokurohen në tremujorin e parë, si dhe forcimin e arkëtimit të tatimit në pronë.",
    ]));
    body
}

/// What each directorate reports having done: a sentence with `{n}` and its range.
fn activities(code: &str) -> &'static [(&'static str, u64, u64)] {
    match code {
        FINANCE => &[
            (
                "janë përpunuar {n} pagesa në sistemin e thesarit",
                3000,
                9000,
            ),
            (
                "janë lëshuar {n} vërtetime për tatimin në pronë",
                1500,
                6000,
            ),
            (
                "janë kryer {n} inspektime në terren për regjistrimin e pronave të reja",
                200,
                900,
            ),
            ("janë hartuar {n} raporte financiare periodike", 4, 12),
        ],
        EDUCATION => &[
            ("janë renovuar {n} objekte shkollore", 3, 12),
            ("janë pajisur {n} kabinete me mjete mësimore", 5, 20),
            ("janë organizuar {n} trajnime për mësimdhënësit", 10, 40),
            (
                "janë transportuar çdo ditë mbi {n} nxënës nga fshatrat",
                1500,
                3500,
            ),
        ],
        ADMINISTRATION => &[
            ("janë protokolluar {n} lëndë", 9000, 25000),
            (
                "janë lëshuar {n} certifikata të gjendjes civile",
                15000,
                40000,
            ),
            ("janë zhvilluar {n} procedura rekrutimi", 8, 30),
            ("janë trajnuar {n} zyrtarë komunalë", 40, 160),
        ],
        SERVICES => &[
            ("janë asfaltuar {n} kilometra rrugë", 5, 25),
            ("janë vendosur {n} ndriçues të rinj LED", 200, 1200),
            ("janë pastruar {n} deponi ilegale", 10, 50),
            (
                "janë riparuar {n} defekte në rrjetin e ujësjellësit",
                100,
                600,
            ),
        ],
        HEALTH => &[
            (
                "janë realizuar mbi {n} vizita mjekësore në QKMF dhe në QMF",
                90000,
                180000,
            ),
            (
                "janë vaksinuar {n} fëmijë sipas kalendarit të vaksinimit",
                2000,
                5000,
            ),
            ("janë trajtuar {n} kërkesa për ndihmë sociale", 300, 1200),
            ("janë kryer {n} inspektime sanitare", 200, 700),
        ],
        URBANISM => &[
            ("janë lëshuar {n} leje ndërtimi", 80, 300),
            (
                "janë pranuar {n} kërkesa për legalizimin e ndërtimeve",
                300,
                1500,
            ),
            ("janë kryer {n} inspektime të ndërtimit", 300, 900),
            ("janë lëshuar {n} kushte ndërtimore", 100, 400),
        ],
        CULTURE => &[
            ("janë organizuar {n} manifestime kulturore", 30, 90),
            ("janë mbështetur {n} klube sportive", 20, 60),
            ("janë financuar {n} projekte të organizatave rinore", 10, 40),
            ("janë renovuar {n} terrene sportive në fshatra", 2, 8),
        ],
        _ => &[
            ("kanë përfituar subvencione {n} fermerë", 200, 900),
            ("janë mbjellë {n} hektarë pemishte të reja", 20, 80),
            ("janë organizuar {n} trajnime për fermerët", 10, 40),
            ("janë rregulluar {n} kilometra kanale ujitëse", 3, 20),
        ],
    }
}

const WORK_PROBLEMS: &[&str] = &[
    "numri i pamjaftueshëm i zyrtarëve në raport me vëllimin e punës",
    "vonesat në procedurat e prokurimit, të cilat i shtyjnë projektet në muajt e fundit të vitit",
    "pajisjet e vjetra dhe mungesa e automjeteve për punë në terren",
    "mjetet e pamjaftueshme buxhetore për kërkesat e shumta të qytetarëve",
    "bashkëpunimi i ngadalshëm me institucionet qendrore për lejet dhe pëlqimet",
];

fn directorate_work(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = ctx.directorate();
    let (span_words, in_text) = work_period(ctx, date);
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për punën e {} {span_words}", genitive(office)),
    );
    body.heading(style, 1, "Hyrje");
    let staff = ctx.rng.range(12, 60);
    body.para(format!("{} ka përgatitur këtë raport për punën e kryer {in_text}, në përputhje me planin vjetor të punës dhe me Statutin e Komunës. Drejtoria ka {staff} të punësuar, të organizuar në sektorë sipas fushave të përgjegjësisë.", office.name));
    body.heading(style, 2, "Aktivitetet kryesore");
    body.para(format!(
        "{}, ndër të tjera:",
        ctx.pick(&["Gjatë periudhës raportuese", "Në këtë periudhë"])
    ));
    let items: Vec<String> = activities(office.code)
        .iter()
        .map(|(text, lo, hi)| text.replace("{n}", &thousands(ctx.rng.range(*lo, *hi))))
        .collect();
    body.list(&items);
    body.heading(style, 3, "Buxheti");
    let budget = (ctx.rng.range(300, 4000) * 1000) as f64;
    let spent = (budget * ctx.rng.range(72, 97) as f64 / 100.0).round();
    let capital = (spent * ctx.rng.range(15, 45) as f64 / 100.0).round();
    body.para(format!("Nga buxheti i ndarë prej {}, janë shpenzuar {}, ose {} %. Prej tyre, {} janë shpenzuar për investime kapitale, ndërsa pjesa tjetër për paga, mallra e shërbime dhe subvencione.", euros(budget), euros(spent), pct(spent, budget), euros(capital)));
    body.heading(style, 4, "Vështirësitë");
    let problems: Vec<String> = ctx.pick_some(WORK_PROBLEMS, 3);
    body.para(format!(
        "Vështirësitë kryesore në punë kanë qenë {}.",
        join_and(&problems)
    ));
    body.heading(style, 5, "Përfundime dhe rekomandime");
    body.para(ctx.pick(&[
        "Drejtoria i ka realizuar shumicën e objektivave të planit të punës. Për periudhën e ardhshme rekomandohet plotësimi i vendeve të lira të punës, digjitalizimi i shërbimeve dhe planifikimi më i hershëm i projekteve kapitale.",
        "Në përgjithësi, objektivat e planit të punës janë përmbushur. Drejtoria rekomandon rritjen e buxhetit për investime, trajnimin e stafit dhe bashkëpunim më të ngushtë me bashkësitë lokale në përcaktimin e prioriteteve.",
    ]));
    body
}

const LIGHTING_PROBLEMS: &[&str] = &[
    "në disa fshatra ka ende rrugë kryesore pa ndriçim",
    "shumë njehsorë janë të vjetër dhe nuk mundësojnë matje të saktë të harxhimit",
    "mungojnë orët astronomike, prandaj në disa zona ndriçimi ndizet me vonesë ose mbetet i ndezur gjatë ditës",
    "kërkesat e qytetarëve për riparime përpunohen me vonesë, sepse kontrata e mirëmbajtjes mbulon vetëm një ekip në terren",
    "shtyllat e dëmtuara nga aksidentet në trafik zëvendësohen ngadalë",
];

fn public_lighting(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(SERVICES);
    let y = date.year();
    let style = ctx.rng.below(3);
    let total = ctx.rng.range(5200, 9000);
    let city = total * ctx.rng.range(55, 65) / 100;
    let led = total * ctx.rng.range(20, 70) / 100;
    let mut body = Body::new(
        office,
        ctx.pick(&[
            "për gjendjen e ndriçimit publik në Komunën e Gjilanit",
            "për mirëmbajtjen dhe shpenzimet e ndriçimit publik",
        ])
        .into(),
    );
    body.heading(style, 1, "Të dhëna të përgjithshme");
    body.para(format!("Rrjeti i ndriçimit publik në Komunën e Gjilanit përbëhet nga {} ndriçues, prej të cilëve {} në qytet dhe {} në fshatra. Deri në fund të vitit {}, me teknologji LED ishin zëvendësuar {} ndriçues, ose {} % e rrjetit.", thousands(total), thousands(city), thousands(total - city), y - 1, thousands(led), pct(led as f64, total as f64)));
    body.heading(style, 2, "Shpenzimet");
    let mut table = vec![vec![
        "Viti".to_string(),
        "Energjia (€)".into(),
        "Mirëmbajtja (€)".into(),
        "Gjithsej (€)".into(),
    ]];
    let mut energy = (ctx.rng.range(380, 460) * 1000 + ctx.rng.range(0, 999)) as f64;
    let mut upkeep = (ctx.rng.range(60, 90) * 1000 + ctx.rng.range(0, 999)) as f64;
    for year in (y - 3)..y {
        table.push(vec![
            year.to_string(),
            whole(energy),
            whole(upkeep),
            whole(energy + upkeep),
        ]);
        energy = (energy * ctx.rng.range(90, 99) as f64 / 100.0).round();
        upkeep = (upkeep * ctx.rng.range(100, 108) as f64 / 100.0).round();
    }
    body.table(table);
    let v = ctx.villages(3);
    body.para(format!("Rënia e shpenzimeve për energji është rezultat i vendosjes së ndriçuesve LED në rrugët kryesore të qytetit dhe në fshatrat {}, ndërsa shpenzimet e mirëmbajtjes janë rritur bashkë me zgjerimin e rrjetit.", join_and(&v)));
    body.heading(style, 3, "Problemet kryesore");
    let problems: Vec<String> = ctx.pick_some(LIGHTING_PROBLEMS, 3);
    body.list(&problems);
    body.heading(style, 4, "Rekomandime");
    let invest = ctx.rng.range(6, 15) as f64 * 100_000.0;
    let years = ctx.rng.range(6, 10);
    body.para(format!("Drejtoria rekomandon hartimin e një projekti shumëvjeçar për zëvendësimin e plotë të rrjetit me ndriçues LED dhe me sistem të menaxhimit në distancë. Sipas vlerësimit paraprak, investimi prej rreth {} do të kthehej brenda {} vjetësh përmes kursimit të energjisë. Po ashtu rekomandohet që kontrata e re e mirëmbajtjes të përfshijë dy ekipe dhe afat prej 48 orësh për riparimin e defekteve.", euros(invest), count_word(years)));
    body
}

fn consultation_report(ctx: &mut Ctx, date: NaiveDate) -> Body {
    // Budgets for next year are consulted on in summer and autumn.
    let budget = (6..=11).contains(&date.month()) && ctx.rng.chance(0.5);
    let (office, subject) = if budget {
        let next = date.year() + 1;
        (
            dir(FINANCE),
            format!("projektbuxhetit të Komunës së Gjilanit për vitin {next}"),
        )
    } else {
        let (name, code) = *ctx.rng.pick(CONSULTED);
        (dir(code), format!("projektrregullores {name}"))
    };
    let style = ctx.rng.below(3);
    let k = ctx.rng.range(4, 6) as usize;
    let places = ctx.villages(k - 1);
    let start = ctx.days_before(date, 35, 60);
    let mut body = Body::new(office, format!("për konsultimin publik të {subject}"));
    body.heading(style, 1, "Hyrje");
    let mut day = start;
    let mut rows = vec![vec![
        "Data".to_string(),
        "Vendi".into(),
        "Pjesëmarrës".into(),
        "Kërkesa".into(),
    ]];
    let (mut people, mut asks) = (0, 0);
    for i in 0..k {
        day = next_workday(ctx.days_after(day, 2, 5));
        let place = if i == 0 {
            "Gjilan, salla e Kuvendit".to_string()
        } else {
            let building = ctx.pick(&[
                "shkolla fillore",
                "shtëpia e kulturës",
                "zyra e bashkësisë lokale",
            ]);
            format!("{}, {building}", places[i - 1])
        };
        let n = if i == 0 {
            ctx.rng.range(45, 90)
        } else {
            ctx.rng.range(15, 45)
        };
        let a = n * ctx.rng.range(20, 35) / 100;
        people += n;
        asks += a;
        rows.push(vec![dotted(day), place, n.to_string(), a.to_string()]);
    }
    rows.push(vec![
        "Gjithsej".into(),
        String::new(),
        people.to_string(),
        asks.to_string(),
    ]);
    let (s, e) = two_dates(ctx, start, day);
    body.para(format!("Në përputhje me nenin 68 të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe me Udhëzimin Administrativ për Standardet Minimale të Konsultimit Publik në Komuna, {} organizoi konsultimin publik të {subject} nga {s} deri më {e}. Ky raport përmbledh takimet e mbajtura, kërkesat e paraqitura dhe mënyrën si janë trajtuar ato.", office.name));
    body.heading(style, 2, "Takimet publike");
    body.table(rows);
    let written = ctx.rng.range(10, 45);
    let all = asks + written;
    body.para(format!("Përveç kërkesave në takime, u pranuan {written} komente me shkrim përmes postës elektronike dhe platformës së konsultimeve publike, gjithsej {all} kërkesa dhe komente."));
    body.heading(style, 3, "Trajtimi i kërkesave");
    let accepted = all * ctx.rng.range(25, 40) / 100;
    let later = all * ctx.rng.range(15, 30) / 100;
    let elsewhere = all * ctx.rng.range(10, 20) / 100;
    let refused = all - accepted - later - elsewhere;
    let later_words = if budget {
        "janë planifikuar për vitet e ardhshme në kornizën afatmesme"
    } else {
        "do të shqyrtohen gjatë zbatimit të rregullores"
    };
    body.para(format!("Nga {all} kërkesa dhe komente, {accepted} janë përfshirë në dokumentin përfundimtar, {later} {later_words}, {elsewhere} nuk janë në kompetencë të Komunës dhe u janë përcjellë institucioneve përkatëse, ndërsa {refused} nuk janë pranuar, me arsyetim për secilën."));
    if budget {
        body.para(format!("Kërkesat më të shpeshta kishin të bënin me asfaltimin e rrugëve rurale, ndriçimin publik në fshatra, furnizimin me ujë të pijshëm në {} dhe ndërtimin e çerdheve.", join_and(&places[..2])));
    } else {
        body.para("Shumica e komenteve kërkonin qartësim të kritereve, afate më të shkurtra për përgjigjen e administratës dhe gjoba më të ulëta për shkeljet e para.");
    }
    body.heading(style, 4, "Përfundim");
    body.para("Pjesëmarrja e qytetarëve ishte më e madhe se në konsultimet e mëparshme. Rekomandohet që takimet në fshatra të mbahen në orët e pasdites, për të mundësuar pjesëmarrjen e të punësuarve dhe të grave.");
    body
}

/// Fields of municipal inspection.
const INSPECTION_FIELDS: &[&str] = &[
    "Ndërtimi",
    "Tregu dhe hapësira publike",
    "Higjiena dhe shëndeti publik",
    "Shërbimet komunale",
];

fn inspection_report(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = MAYOR;
    let (span_words, in_text) = work_period(ctx, date);
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për punën e Inspektoratit komunal {span_words}"),
    );
    let inspectors = ctx.rng.range(12, 24);
    body.heading(style, 1, "Hyrje");
    body.para(format!("Inspektorati komunal, me {inspectors} inspektorë, ka mbikëqyrur {in_text} zbatimin e ligjeve dhe të rregulloreve komunale në fushën e ndërtimit, të tregut, të higjienës dhe të shërbimeve komunale. Raporti përmbledh inspektimet e kryera dhe masat e shqiptuara."));
    body.heading(style, 2, "Inspektimet sipas fushave");
    let mut table = vec![vec![
        "Fusha".to_string(),
        "Inspektime".into(),
        "Urdhëresa".into(),
        "Gjoba".into(),
        "Vlera e gjobave (€)".into(),
    ]];
    let (mut ti, mut tw, mut tf, mut tv) = (0, 0, 0, 0.0);
    for field in INSPECTION_FIELDS {
        let i = ctx.rng.range(150, 900);
        let w = i * ctx.rng.range(20, 45) / 100;
        let f = w * ctx.rng.range(15, 40) / 100;
        let value = (f * ctx.rng.range(5, 30) * 10) as f64;
        ti += i;
        tw += w;
        tf += f;
        tv += value;
        table.push(vec![
            field.to_string(),
            i.to_string(),
            w.to_string(),
            f.to_string(),
            whole(value),
        ]);
    }
    table.push(vec![
        "Gjithsej".into(),
        ti.to_string(),
        tw.to_string(),
        tf.to_string(),
        whole(tv),
    ]);
    body.table(table);
    let demolished = ctx.rng.range(3, 20);
    let closed = ctx.rng.range(5, 30);
    let complaints = ctx.rng.range(150, 600);
    body.para(format!("Nga {ti} inspektime, në {tw} raste janë lëshuar urdhëresa për eliminimin e parregullsive, ndërsa në {tf} raste janë shqiptuar gjoba në vlerë të përgjithshme prej {}. Janë rrënuar {demolished} objekte të ndërtuara pa leje në hapësirë publike dhe janë mbyllur përkohësisht {closed} lokale për shkelje të kushteve higjieno-sanitare.", euros(tv)));
    body.para(format!("Inspektorati ka pranuar {complaints} ankesa të qytetarëve, shumica për ndërtime në fqinjësi, për zhurmë dhe për hedhje të mbeturinave. Në aksionet e përbashkëta me Policinë e Kosovës u kontrolluan tregjet dhe shitja në rrugë."));
    body.heading(style, 3, "Rekomandime");
    body.para(ctx.pick(&[
        "Rekomandohet shtimi i numrit të inspektorëve të ndërtimit, sigurimi i dy automjeteve për terren dhe krijimi i regjistrit elektronik të inspektimeve, i cili do ta lehtësonte përcjelljen e zbatimit të urdhëresave.",
        "Rekomandohet përshpejtimi i procedurave të ekzekutimit të vendimeve për rrënim dhe bashkëpunim më i ngushtë me gjykatën për arkëtimin e gjobave të papaguara.",
    ]));
    body
}

fn mayor_annual(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = MAYOR;
    let year = date.year() - 1;
    let signer = ctx.person();
    let female = is_female(&signer);
    let of_mayor = if female { "Kryetares" } else { "Kryetarit" };
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për punën e {of_mayor} të Komunës dhe të ekzekutivit komunal për vitin {year}"),
    );
    body.signer = Some(signer);
    body.heading(style, 1, "Hyrje");
    body.para(format!("Në përputhje me Ligjin Nr. 03/L-040 për Vetëqeverisjen Lokale dhe me Statutin e Komunës, ekzekutivi komunal i paraqet Kuvendit të Komunës raportin për punën e vitit {year}. Raporti përmbledh realizimin e buxhetit, projektet kapitale dhe shërbimet ndaj qytetarëve."));
    body.heading(style, 2, "Financat");
    let total = (ctx.rng.range(28_000, 42_000) * 1000) as f64;
    let spent = (total * ctx.rng.range(85, 96) as f64 / 100.0).round();
    let own = (ctx.rng.range(5_000, 8_500) * 1000) as f64;
    body.para(format!("Buxheti i Komunës për vitin {year} ishte {}, prej të cilit janë shpenzuar {}, ose {} %. Të hyrat vetanake arritën në {}, ndërsa investimet kapitale përbënin rreth një të katërtën e shpenzimeve.", euros(total), euros(spent), pct(spent, total), euros(own)));
    body.heading(style, 3, "Infrastruktura");
    let km = ctx.rng.range(8, 30);
    let v = ctx.villages(3);
    let water = ctx.rng.range(2, 6);
    body.para(format!("Janë asfaltuar {km} kilometra rrugë, kryesisht në fshatrat {}. Në {} fshatra është zgjeruar rrjeti i ujësjellësit, ndërsa ndriçimi publik LED është vendosur në lagjet kryesore të qytetit.", join_and(&v), count_word(water)));
    body.heading(style, 4, "Arsimi, shëndetësia dhe mirëqenia");
    let schools = ctx.rng.range(3, 9);
    let grants = ctx.rng.range(80, 200);
    body.para(format!("Janë renovuar {schools} shkolla dhe është ndërtuar një çerdhe e re, janë ndarë {grants} bursa për studentë dhe janë furnizuar qendrat e mjekësisë familjare me barna dhe pajisje. Fermerët kanë përfituar subvencione për pemishte, serra dhe mekanizëm bujqësor."));
    body.heading(style, 5, "Sfidat dhe përfundimi");
    body.para(ctx.pick(&[
        "Sfidat kryesore mbeten menaxhimi i mbeturinave, furnizimi i rregullt me ujë gjatë verës dhe largimi i të rinjve. Ekzekutivi do t’i japë përparësi investimeve në këto fusha në vitin e ardhshëm, në bashkëpunim me Kuvendin e Komunës.",
        "Përkundër vonesave në disa projekte për shkak të procedurave të prokurimit, shumica e zotimeve të vitit janë përmbushur. Ekzekutivi fton Kuvendin e Komunës që raportin ta shqyrtojë dhe të japë rekomandimet e veta.",
    ]));
    body
}

fn waste_report(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(SERVICES);
    let year = date.year() - 1;
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për grumbullimin dhe largimin e mbeturinave në vitin {year}"),
    );
    body.heading(style, 1, "Të dhëna të përgjithshme");
    let households = ctx.rng.range(24_000, 32_000);
    let served = households * ctx.rng.range(75, 95) / 100;
    body.para(format!("Shërbimi i grumbullimit të mbeturinave mbulon qytetin dhe shumicën e fshatrave. Nga {} amvisëri të regjistruara, shërbimi u ofrohet {} amvisërive, ose {} %.", thousands(households), thousands(served), pct(served as f64, households as f64)));
    let operator = ctx.operator();
    let trucks = ctx.rng.range(10, 22);
    body.para(format!("Grumbullimin e kryen operatori {operator}, sipas kontratës me Komunën, me {trucks} kamionë. Në qytet mbeturinat grumbullohen çdo ditë, ndërsa në fshatra një deri në dy herë në javë; të gjitha dërgohen në deponinë sanitare rajonale."));
    body.heading(style, 2, "Sasia e mbeturinave");
    let mut table = vec![vec!["Tremujori".to_string(), "Mbeturina (tonë)".into()]];
    let mut tons = 0;
    for q in ["I", "II", "III", "IV"] {
        // Summer, when the emigrants come home, is the busiest quarter.
        let t = if q == "III" {
            ctx.rng.range(4700, 5400)
        } else {
            ctx.rng.range(3000, 4600)
        };
        tons += t;
        table.push(vec![format!("Tremujori {q}"), thousands(t)]);
    }
    table.push(vec!["Gjithsej".into(), thousands(tons)]);
    body.table(table);
    let billed = (served * ctx.rng.range(50, 70)) as f64;
    let paid = (billed * ctx.rng.range(45, 75) as f64 / 100.0).round();
    body.para(format!("Sasia më e madhe e mbeturinave grumbullohet gjatë verës, kur rritet numri i banorëve për shkak të ardhjes së bashkatdhetarëve. Për shërbimin janë faturuar {}, ndërsa janë arkëtuar {}, ose {} %.", euros(billed), euros(paid), pct(paid, billed)));
    body.heading(style, 3, "Deponitë ilegale");
    let dumps = ctx.rng.range(15, 60);
    let containers = ctx.rng.range(50, 250);
    let v = ctx.villages(2);
    body.para(format!("Gjatë vitit janë pastruar {dumps} deponi ilegale, shumica përgjatë lumenjve dhe rrugëve që lidhin fshatrat {} me qytetin. Janë vendosur {containers} kontejnerë të rinj në lagjet me banesa kolektive dhe në qendrat e fshatrave.", join_and(&v)));
    body.heading(style, 4, "Rekomandime");
    body.para(ctx.pick(&[
        "Rekomandohet zgjerimi i shërbimit në fshatrat e pambuluara, fushata vetëdijesimi për ndarjen e mbeturinave dhe gjoba më të rrepta për hedhjen e mbeturinave në vende të palejuara.",
        "Rekomandohet përmirësimi i arkëtimit të tarifës përmes lidhjes së faturës me shërbimet komunale, si dhe hapja e një qendre për grumbullimin e mbeturinave vëllimore dhe të riciklueshme.",
    ]));
    body
}

fn tax_collection(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(FINANCE);
    let year = date.year() - 1;
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për faturimin dhe arkëtimin e tatimit në pronë për vitin {year}"),
    );
    body.heading(style, 1, "Hyrje");
    let properties = ctx.rng.range(38_000, 52_000);
    let new = ctx.rng.range(400, 1500);
    body.para(format!("Në regjistrin e tatimit në pronë janë {} prona, prej tyre {} të regjistruara për herë të parë gjatë vitit {year}, kryesisht pas inspektimeve në terren dhe pas lëshimit të lejeve të ndërtimit.", thousands(properties), thousands(new)));
    body.para(format!("Tatimi në pronë mbetet burimi kryesor i të hyrave vetanake të Komunës. Faturat për vitin {year} u janë dërguar tatimpaguesve me postë, ndërsa afatet për pagesën e dy kësteve kanë qenë 30 qershori dhe 31 tetori."));
    body.heading(style, 2, "Faturimi dhe arkëtimi");
    let mut table = vec![vec![
        "Kategoria".to_string(),
        "Faturuar (€)".into(),
        "Arkëtuar (€)".into(),
        "Arkëtimi (%)".into(),
    ]];
    let (mut tb, mut tp) = (0.0, 0.0);
    for (name, lo, hi, rlo, rhi) in [
        ("Ekonomitë familjare", 1200, 2000, 55, 75),
        ("Bizneset", 700, 1300, 70, 90),
        ("Toka bujqësore", 80, 200, 30, 55),
        ("Pronat e tjera", 50, 150, 40, 70),
    ] {
        let b = (ctx.rng.range(lo, hi) * 1000 + ctx.rng.range(0, 999)) as f64;
        let p = (b * ctx.rng.range(rlo, rhi) as f64 / 100.0).round();
        tb += b;
        tp += p;
        table.push(vec![name.to_string(), whole(b), whole(p), pct(p, b)]);
    }
    table.push(vec!["Gjithsej".into(), whole(tb), whole(tp), pct(tp, tb)]);
    body.table(table);
    let debts = (ctx.rng.range(150, 500) * 1000) as f64;
    body.para(format!("Përveç tatimit të vitit {year}, janë arkëtuar edhe {} nga borxhet e viteve të mëparshme, pas njoftimeve të dërguara tatimpaguesve dhe marrëveshjeve për pagesë me këste.", euros(debts)));
    body.heading(style, 3, "Përfundime");
    body.para(ctx.pick(&[
        "Arkëtimi më i ulët vazhdon të jetë te toka bujqësore, ku shumë prona janë ende të regjistruara në emër të pronarëve të ndjerë. Rekomandohet bashkëpunim me Zyrën Kadastrale për përditësimin e pronësisë dhe fillimi i procedurave të përmbarimit për borxhlitë e mëdhenj.",
        "Rekomandohet vazhdimi i inspektimeve në terren për regjistrimin e pronave të reja, dërgimi i faturave me kohë dhe mundësimi i pagesës elektronike për të gjithë tatimpaguesit.",
    ]));
    body
}

fn subsidies_report(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(AGRICULTURE);
    let year = date.year() - 1;
    let style = ctx.rng.below(3);
    let k = ctx.rng.range(3, 5) as usize;
    let measures = ctx.rng.sample(SUBSIDY_MEASURES, k);
    let mut body = Body::new(
        office,
        format!("për ndarjen dhe monitorimin e subvencioneve bujqësore për vitin {year}"),
    );
    body.heading(style, 1, "Hyrje");
    body.para(format!("Raporti përmbledh zbatimin e programit komunal për subvencionimin e bujqësisë në vitin {year}: aplikacionet e pranuara, përfituesit, mjetet e shpenzuara dhe rezultatet e monitorimit në terren."));
    body.heading(style, 2, "Subvencionet sipas masave");
    let mut table = vec![vec![
        "Masa".to_string(),
        "Aplikacione".into(),
        "Përfitues".into(),
        "Vlera (€)".into(),
    ]];
    let (mut ta, mut tb, mut tv) = (0, 0, 0.0);
    for (_, _, label) in &measures {
        let a = ctx.rng.range(40, 250);
        let b = a * ctx.rng.range(30, 70) / 100;
        let v = (b * ctx.rng.range(6, 40) * 50) as f64;
        ta += a;
        tb += b;
        tv += v;
        table.push(vec![
            label.to_string(),
            a.to_string(),
            b.to_string(),
            whole(v),
        ]);
    }
    table.push(vec![
        "Gjithsej".into(),
        ta.to_string(),
        tb.to_string(),
        whole(tv),
    ]);
    body.table(table);
    body.para(format!("Nga {ta} aplikacione, subvencion kanë marrë {tb} fermerë, ose {} %, me vlerë të përgjithshme prej {}. Aplikacionet e refuzuara nuk i plotësonin kushtet për sipërfaqen minimale ose nuk kishin dokumentacion të plotë.", pct(tb as f64, ta as f64), euros(tv)));
    body.heading(style, 3, "Monitorimi");
    let checked = tb * ctx.rng.range(60, 100) / 100;
    let returned = ctx.rng.range(0, 6);
    let outcome = match returned {
        0 => "Në të gjitha rastet investimi ishte realizuar sipas marrëveshjes.".to_string(),
        1 => "Në një rast investimi nuk ishte realizuar sipas marrëveshjes dhe përfituesit i është kërkuar kthimi i mjeteve.".to_string(),
        n => format!("Në {n} raste investimi nuk ishte realizuar sipas marrëveshjes dhe përfituesve u është kërkuar kthimi i mjeteve."),
    };
    body.para(format!(
        "Zyrtarët e Drejtorisë kanë verifikuar në terren {checked} përfitues. {outcome}"
    ));
    body.heading(style, 4, "Rekomandime");
    body.para(ctx.pick(&[
        "Rekomandohet që thirrja për subvencione të shpallet më herët, para sezonit të mbjelljes, dhe që kriteret t’u japin më shumë pikë fermerëve të rinj dhe grave fermere.",
        "Rekomandohet rritja e fondit për ujitje dhe për serra, ku kërkesa është më e madhe se mjetet në dispozicion, si dhe trajnime të detyrueshme për përfituesit e pemishteve të reja.",
    ]));
    body
}

fn schools_report(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(EDUCATION);
    let sy = school_year(date);
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për gjendjen e arsimit parauniversitar në fillim të vitit shkollor {sy}"),
    );
    body.heading(style, 1, "Hyrje");
    body.para(format!("Raporti paraqet gjendjen e institucioneve edukativo-arsimore të Komunës së Gjilanit në fillim të vitit shkollor {sy}: numrin e nxënësve, të paraleleve dhe të mësimdhënësve, si dhe kushtet në të cilat zhvillohet mësimi."));
    body.heading(style, 2, "Të dhënat sipas niveleve");
    let mut table = vec![vec![
        "Niveli".to_string(),
        "Institucione".into(),
        "Nxënës".into(),
        "Paralele".into(),
        "Mësimdhënës".into(),
    ]];
    let (mut ti, mut tn, mut tp, mut tm) = (0, 0, 0, 0);
    for (name, ilo, ihi, nlo, nhi, size) in [
        ("Parashkollor", 4, 8, 600, 1200, 20),
        ("Fillor dhe i mesëm i ulët", 30, 40, 9000, 13000, 24),
        ("I mesëm i lartë", 5, 8, 4000, 6500, 28),
    ] {
        let i = ctx.rng.range(ilo, ihi);
        let n = ctx.rng.range(nlo, nhi);
        let p = n / size + ctx.rng.range(0, 10);
        let m = p * ctx.rng.range(13, 18) / 10;
        ti += i;
        tn += n;
        tp += p;
        tm += m;
        table.push(vec![
            name.to_string(),
            i.to_string(),
            thousands(n),
            p.to_string(),
            m.to_string(),
        ]);
    }
    table.push(vec![
        "Gjithsej".into(),
        ti.to_string(),
        thousands(tn),
        tp.to_string(),
        tm.to_string(),
    ]);
    body.table(table);
    let drop = ctx.rng.range(2, 6);
    body.para(format!("Mesatarisht, një paralele ka {} nxënës. Krahasuar me vitin shkollor paraprak, numri i nxënësve është zvogëluar për rreth {drop} %, sidomos në shkollat e fshatrave, për shkak të shpërnguljes së familjeve.", decimal(tn as f64 / tp as f64)));
    body.heading(style, 3, "Kushtet e mësimit");
    let v = ctx.villages(2);
    let gyms = ctx.rng.range(4, 12);
    body.para(format!("Në shkollat e qytetit mësimi zhvillohet në dy ndërrime, ndërsa {gyms} shkolla në fshatra, ndër to në {}, nuk kanë sallë të edukatës fizike. Transporti falas u sigurohet nxënësve që banojnë më larg se katër kilometra nga shkolla.", join_and(&v)));
    body.heading(style, 4, "Rekomandime");
    body.para(ctx.pick(&[
        "Rekomandohet racionalizimi i rrjetit të shkollave me numër të vogël nxënësish, ndërtimi i sallave të sportit dhe investime në kabinetet e shkencave natyrore dhe të informatikës.",
        "Rekomandohet plotësimi i normës së mësimdhënësve me konkurse të rregullta, trajnimi i tyre për kurrikulën e re dhe zgjerimi i kapaciteteve në institucionet parashkollore.",
    ]));
    body
}

fn health_report(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(HEALTH);
    let year = date.year() - 1;
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për punën e Qendrës Kryesore të Mjekësisë Familjare për vitin {year}"),
    );
    body.heading(style, 1, "Hyrje");
    let staff = ctx.rng.range(280, 420);
    let doctors = staff * ctx.rng.range(20, 28) / 100;
    body.para(format!("Qendra Kryesore e Mjekësisë Familjare në Gjilan, me qendrat dhe ambulancat në fshatra, ka pasur gjatë vitit {year} gjithsej {staff} të punësuar, prej tyre {doctors} mjekë. Raporti përmbledh shërbimet e ofruara dhe sfidat e sistemit të kujdesit parësor."));
    body.heading(style, 2, "Shërbimet sipas njësive");
    let mut table = vec![vec![
        "Njësia".to_string(),
        "Vizita".into(),
        "Shërbime të tjera".into(),
    ]];
    let v = ctx.villages(3);
    let mut units = vec!["QKMF Gjilan".to_string(), "Emergjenca".to_string()];
    units.extend(v.iter().map(|x| format!("QMF {x}")));
    let (mut tv, mut ts) = (0, 0);
    for (i, unit) in units.iter().enumerate() {
        let visits = if i == 0 {
            ctx.rng.range(60_000, 95_000)
        } else {
            ctx.rng.range(8_000, 30_000)
        };
        let other = visits * ctx.rng.range(30, 70) / 100;
        tv += visits;
        ts += other;
        table.push(vec![unit.clone(), thousands(visits), thousands(other)]);
    }
    table.push(vec!["Gjithsej".into(), thousands(tv), thousands(ts)]);
    body.table(table);
    let coverage = decimal(ctx.rng.range(880, 975) as f64 / 10.0);
    body.para(format!("Shërbimet e tjera përfshijnë analizat laboratorike, vaksinimin, vizitat në shtëpi dhe shërbimet e infermierisë. Mbulueshmëria me vaksinim e fëmijëve sipas kalendarit ishte {coverage} %."));
    let sessions = ctx.rng.range(20, 80);
    body.para(format!("Në kuadër të promovimit të shëndetit janë mbajtur {sessions} ligjërata në shkolla dhe në bashkësitë lokale, për ushqyerjen e shëndetshme, për parandalimin e diabetit dhe për shëndetin e nënës dhe të fëmijës."));
    body.heading(style, 3, "Sfidat");
    body.para(ctx.pick(&[
        "Sfidat kryesore janë mungesa e mjekëve në qendrat e fshatrave, furnizimi i parregullt me barna nga lista esenciale dhe pajisjet e vjetra diagnostike.",
        "Numri i madh i vizitave në Emergjencë tregon se qytetarët shpesh anashkalojnë mjekun e familjes; po ashtu mungojnë automjetet për vizitat në shtëpi dhe hapësirat në disa ambulanca.",
    ]));
    body.heading(style, 4, "Rekomandime");
    body.para("Rekomandohet punësimi i mjekëve të familjes për qendrat në fshatra, përmirësimi i planifikimit të barnave në bashkëpunim me Ministrinë e Shëndetësisë dhe renovimi i ambulancave me kushte më të këqija.");
    body
}

fn social_report(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = dir(HEALTH);
    let year = date.year() - 1;
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për ndihmat sociale dhe punën e Qendrës për Punë Sociale për vitin {year}"),
    );
    body.heading(style, 1, "Skema e ndihmës sociale");
    let families = ctx.rng.range(1200, 2200);
    let members = families * ctx.rng.range(35, 48) / 10;
    let new = families * ctx.rng.range(5, 15) / 100;
    body.para(format!("Në fund të vitit {year}, në skemën e ndihmës sociale ishin {} familje me {} anëtarë. Gjatë vitit janë pranuar {new} kërkesa të reja, ndërsa familjet e tjera kanë kaluar në rivlerësim sipas afateve ligjore.", thousands(families), thousands(members)));
    body.heading(style, 2, "Rastet e shërbimeve sociale");
    let mut table = vec![vec!["Lloji i rastit".to_string(), "Numri i rasteve".into()]];
    let mut total = 0;
    for (name, lo, hi) in [
        ("Fëmijë pa përkujdesje prindërore", 10, 40),
        ("Dhunë në familje", 40, 120),
        ("Fëmijë në konflikt me ligjin", 30, 90),
        ("Të moshuar pa përkujdesje familjare", 20, 60),
        ("Kontestet për kujdestari pas shkurorëzimit", 60, 160),
    ] {
        let n = ctx.rng.range(lo, hi);
        total += n;
        table.push(vec![name.to_string(), n.to_string()]);
    }
    table.push(vec!["Gjithsej".into(), total.to_string()]);
    body.table(table);
    let aid = ctx.rng.range(120, 400);
    let amount = (aid * ctx.rng.range(150, 400)) as f64;
    body.para(format!("Nga fondi komunal për raste sociale janë ndarë {aid} ndihma të njëhershme në vlerë të përgjithshme prej {}, kryesisht për trajtim mjekësor dhe për familjet e prekura nga zjarret dhe vërshimet.", euros(amount)));
    let homes = ctx.rng.range(15, 60);
    body.para(format!("Qendra ka ofruar kujdes në shtëpi për {homes} të moshuar dhe persona me aftësi të kufizuara, në bashkëpunim me organizatat joqeveritare, dhe ka përgatitur raporte sociale për gjykatën në të gjitha rastet e kujdestarisë."));
    body.heading(style, 3, "Përfundime");
    body.para(ctx.pick(&[
        "Qendra për Punë Sociale punon me numër të pamjaftueshëm të punëtorëve socialë në raport me numrin e rasteve. Rekomandohet punësimi i së paku dy punëtorëve socialë dhe hapja e një qendre ditore për të moshuarit.",
        "Rastet e dhunës në familje janë në rritje, prandaj rekomandohet bashkëpunim më i ngushtë me policinë, me shkollat dhe me strehimoret, si dhe mbështetje financiare për OJQ-të që ofrojnë shërbime për viktimat.",
    ]));
    body
}

fn procurement_report(ctx: &mut Ctx, date: NaiveDate) -> Body {
    let office = PROCUREMENT;
    let year = date.year() - 1;
    let style = ctx.rng.below(3);
    let mut body = Body::new(
        office,
        format!("për aktivitetet e prokurimit të Komunës së Gjilanit për vitin {year}"),
    );
    body.heading(style, 1, "Hyrje");
    body.para(format!("Në përputhje me Ligjin Nr. 04/L-042 për Prokurimin Publik, Zyra e Prokurimit paraqet raportin vjetor për kontratat e nënshkruara gjatë vitit {year}, sipas llojit të procedurës."));
    body.heading(style, 2, "Kontratat sipas procedurave");
    let mut table = vec![vec![
        "Procedura".to_string(),
        "Kontrata".into(),
        "Vlera (€)".into(),
    ]];
    let (mut tc, mut tv) = (0, 0.0);
    for (name, clo, chi, vlo, vhi) in [
        ("Procedurë e hapur", 40, 90, 60_000, 250_000),
        ("Procedurë me vlerë të vogël", 30, 80, 5_000, 40_000),
        ("Procedurë me vlerë minimale", 100, 300, 200, 1_000),
        ("Procedurë e negociuar pa publikim", 1, 6, 5_000, 60_000),
    ] {
        let c = ctx.rng.range(clo, chi);
        let v = (c * ctx.rng.range(vlo, vhi)) as f64;
        tc += c;
        tv += v;
        table.push(vec![name.to_string(), c.to_string(), whole(v)]);
    }
    table.push(vec!["Gjithsej".into(), tc.to_string(), whole(tv)]);
    body.table(table);
    let cancelled = ctx.rng.range(5, 25);
    let complaints = ctx.rng.range(3, 20);
    let upheld = complaints * ctx.rng.range(10, 40) / 100;
    let outcome = match upheld {
        0 => "asnjëra nuk është aprovuar".to_string(),
        1 => "njëra është aprovuar dhe procedura është rivlerësuar".to_string(),
        n => format!("{n} janë aprovuar dhe procedurat janë rivlerësuar"),
    };
    body.para(format!("Gjatë vitit janë anuluar {cancelled} procedura, kryesisht për shkak të mungesës së ofertave të përgjegjshme. Operatorët ekonomikë kanë paraqitur {complaints} ankesa në Organin Shqyrtues të Prokurimit, prej të cilave {outcome}."));
    let v = ctx.villages(2);
    let days = ctx.rng.range(35, 70);
    body.para(format!("Kontratat me vlerë më të madhe kanë qenë ato për asfaltimin e rrugëve në {}, për grumbullimin e mbeturinave dhe për transportin e nxënësve. Kohëzgjatja mesatare e një procedure të hapur, nga publikimi i njoftimit deri te nënshkrimi i kontratës, ishte {days} ditë.", join_and(&v)));
    body.heading(style, 3, "Përfundime dhe rekomandime");
    body.para(ctx.pick(&[
        "Të gjitha procedurat janë zhvilluar përmes platformës së prokurimit elektronik. Rekomandohet që drejtoritë t’i dorëzojnë kërkesat me specifikime të plota teknike në tremujorin e parë dhe që për furnizimet e përsëritura të lidhen kontrata kornizë.",
        "Rekomandohet planifikimi më i saktë i nevojave në planin vjetor të prokurimit, trajnimi i anëtarëve të komisioneve të vlerësimit dhe përcjellja më e rreptë e zbatimit të kontratave nga menaxherët e kontratave.",
    ]));
    body
}

#[cfg(test)]
mod tests {
    #[test]
    fn primary_schools_are_the_shfmu_of_the_world() {
        let shfmu: Vec<&str> = super::SCHOOLS
            .iter()
            .copied()
            .filter(|s| s.starts_with("SHFMU"))
            .collect();
        assert_eq!(super::PRIMARY_SCHOOLS, shfmu.as_slice());
    }

    use super::*;
    use crate::ingest::dates::find_dates;
    use crate::ingest::header;

    fn dates() -> Vec<NaiveDate> {
        (0..24u32)
            .map(|i| ymd(2015 + (i % 12) as i32, 1 + (i * 5) % 12, 1 + (i * 7) % 28))
            .collect()
    }

    /// Every topic, on many dates: 150–600 words, a header that reads back,
    /// and (outside reports) deadlines ("deri më …") after the act's date.
    fn topics_fit(topics: &[Topic], kind: ActType, label: &str, word: &str) {
        let mut bad = Vec::new();
        for (t, topic) in topics.iter().enumerate() {
            let mut ctx = Ctx::new(t as u64);
            for date in dates() {
                let body = topic(&mut ctx, date);
                let draft = assemble(&mut ctx, kind, label, word, body, date);
                let text = draft.plain_text();
                let words = draft.word_count();
                if !(150..=600).contains(&words) {
                    bad.push(format!("{label} topic {t}: {words} words\n{text}"));
                }
                let read = header::read(&text);
                if (read.act_type, read.date, read.number.clone())
                    != (Some(kind), Some(date), draft.number.clone())
                {
                    bad.push(format!("{label} topic {t}: read back {read:?}\n{text}"));
                }
                if kind != ActType::Raport {
                    for (range, d) in find_dates(&text) {
                        let lead = text.get(..range.start).unwrap_or("");
                        if lead.ends_with("deri më ") && d <= date {
                            bad.push(format!(
                                "{label} topic {t}: deadline {d} not after {date}\n{text}"
                            ));
                        }
                    }
                }
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n\n"));
    }

    #[test]
    fn notice_topics_fit() {
        topics_fit(NOTICE_TOPICS, ActType::Njoftim, "Njoftim", "N J O F T I M");
    }

    #[test]
    fn announcement_topics_fit() {
        topics_fit(
            ANNOUNCEMENT_TOPICS,
            ActType::Shpallje,
            "Shpallje",
            "SH P A L L J E",
        );
    }

    #[test]
    fn job_topics_fit() {
        topics_fit(JOB_TOPICS, ActType::Konkurs, "Konkurs", "KONKURS");
    }

    #[test]
    fn report_topics_fit() {
        topics_fit(REPORT_TOPICS, ActType::Raport, "Raport", "R A P O R T");
    }

    #[test]
    fn report_tables_add_up() {
        let mut ctx = Ctx::new(5);
        for date in dates() {
            let body = budget_execution(&mut ctx, date);
            let rows = body.blocks.iter().find_map(|b| match b {
                Block::Table(rows) => Some(rows.clone()),
                _ => None,
            });
            let rows = rows.unwrap_or_default();
            let number = |s: &str| s.replace('.', "").parse::<u64>().unwrap_or(0);
            let (lines, total) = rows[1..].split_at(rows.len() - 2);
            for column in [1, 2] {
                let sum: u64 = lines.iter().map(|r| number(&r[column])).sum();
                assert_eq!(sum, number(&total[0][column]), "{rows:?}");
            }
        }
    }

    /// Prints one draft of every topic of a kind, for reading:
    /// `KIND=raport cargo test --lib notices::tests::print_topics -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn print_topics() {
        let kind = std::env::var("KIND").unwrap_or_default();
        let (topics, kind, label) = match kind.as_str() {
            "shpallje" => (ANNOUNCEMENT_TOPICS, ActType::Shpallje, "SHPALLJE"),
            "konkurs" => (JOB_TOPICS, ActType::Konkurs, "KONKURS"),
            "raport" => (REPORT_TOPICS, ActType::Raport, "RAPORT"),
            _ => (NOTICE_TOPICS, ActType::Njoftim, "NJOFTIM"),
        };
        let mut ctx = Ctx::new(3);
        for (i, topic) in topics.iter().enumerate() {
            let date = dates()[i % 24];
            let body = topic(&mut ctx, date);
            let d = assemble(&mut ctx, kind, label, label, body, date);
            eprintln!(
                "==== {i}: {} ({} words)\n{}\n",
                d.title,
                d.word_count(),
                d.plain_text()
            );
        }
    }
}
