//! Assembly sessions in writing: invitations (with the agenda), minutes
//! (agenda items, debate, votes), and press releases — after a session,
//! giving both position and opposition, or on the Mayor's activities.
//!
//! The three kinds draw their agenda items from one bank of topics
//! ([`TOPICS`]), each with its own presenter, gist and arguments for and
//! against, so an invitation, the minutes and a press release speak the
//! same language about the same kind of business. Every name is invented
//! (`Ctx::person`); no political party is named.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::super::draft::{count_words, Block, Draft};
use super::super::grammar::{capitalize, lower_first, mayor_title};
use super::super::world::{
    dotted, euros, long_date, ordinal, weekday_on, Ctx, Person, Session, ASSEMBLY, INFORMATION,
    QUARTERS, SCHOOLS, STREETS, SURNAMES, VILLAGES,
};
use crate::model::ActType;

/// Seats in the Municipal Assembly of Gjilan.
const SEATS: u32 = 35;

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

/// Roles of councillors of the governing side (masculine, feminine).
const POSITION_ROLES: &[(&str, &str)] = &[
    ("asamblisti i pozitës", "asamblistja e pozitës"),
    (
        "shefi i grupit të asamblistëve të pozitës",
        "shefja e grupit të asamblistëve të pozitës",
    ),
    (
        "këshilltari nga radhët e pozitës",
        "këshilltarja nga radhët e pozitës",
    ),
    (
        "asamblisti i grupit që e mbështet ekzekutivin",
        "asamblistja e grupit që e mbështet ekzekutivin",
    ),
];

/// Roles of councillors of the opposition (masculine, feminine).
const OPPOSITION_ROLES: &[(&str, &str)] = &[
    ("asamblisti i opozitës", "asamblistja e opozitës"),
    (
        "shefi i grupit të asamblistëve të opozitës",
        "shefja e grupit të asamblistëve të opozitës",
    ),
    (
        "këshilltari nga radhët e opozitës",
        "këshilltarja nga radhët e opozitës",
    ),
    ("asamblisti opozitar", "asamblistja opozitare"),
];

/// A councillor who speaks: the person, "asamblisti i opozitës, z. X",
/// and "asamblisti X" for sentences that already name the side.
struct Speaker {
    person: Person,
    full: String,
    plain: String,
}

fn speaker(ctx: &mut Ctx, roles: &[(&'static str, &'static str)]) -> Speaker {
    let person = Person::new(ctx);
    let (m, f) = *ctx.rng.pick(roles);
    let role = person.g(m, f);
    let named = person.named(ctx);
    let full = format!("{role}, {named}");
    let plain = format!("{} {}", person.g("asamblisti", "asamblistja"), person.name);
    Speaker {
        person,
        full,
        plain,
    }
}

/// Who presents an agenda item, in the forms sentences need.
struct Presenter {
    female: bool,
    /// "drejtori për arsim, z. Gëzim Ademi".
    full: String,
    /// "drejtori Ademi".
    short: String,
}

/// A topic's `by` when the Mayor presents it.
const MAYOR_PRESENTS: &str = "@mayor";
/// A topic's `by` when the chair of the Assembly presents it.
const CHAIR_PRESENTS: &str = "@chair";

fn presenter(ctx: &mut Ctx, by: &str, mayor: &Person, chair: &Person) -> Presenter {
    match by {
        MAYOR_PRESENTS => Presenter {
            female: mayor.female,
            full: format!("{}, {}", mayor_title(mayor.female), mayor.named(ctx)),
            short: format!("{} {}", mayor.g("Kryetari", "Kryetarja"), mayor.surname()),
        },
        CHAIR_PRESENTS => Presenter {
            female: chair.female,
            full: format!("{}, {}", chair_title(chair), chair.named(ctx)),
            short: format!("{} {}", chair.g("kryesuesi", "kryesuesja"), chair.surname()),
        },
        directorate => {
            let p = Person::new(ctx);
            let role = p.g("drejtori", "drejtoresha");
            Presenter {
                female: p.female,
                full: format!("{role} {directorate}, {}", p.named(ctx)),
                short: format!("{role} {}", p.surname()),
            }
        }
    }
}

/// "kryesuesi i Kuvendit" / "kryesuesja e Kuvendit".
fn chair_title(chair: &Person) -> &'static str {
    chair.g("kryesuesi i Kuvendit", "kryesuesja e Kuvendit")
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/// Replaces `{key}` tokens in a template.
fn render(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in pairs {
        out = out.replace(key, value);
    }
    out
}

/// A date inside prose ("26.03.2015", "26 mars 2015"), never with "më".
fn prose_date(ctx: &mut Ctx, date: NaiveDate) -> String {
    if ctx.rng.chance(0.55) {
        dotted(date)
    } else {
        long_date(date)
    }
}

/// Weekends and the fixed public holidays of Kosovo, when no meeting is held.
fn is_weekend(date: NaiveDate) -> bool {
    const HOLIDAYS: &[(u32, u32)] = &[
        (1, 1),
        (1, 2),
        (1, 7),
        (2, 17),
        (4, 9),
        (5, 1),
        (5, 9),
        (12, 25),
    ];
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        || HOLIDAYS.contains(&(date.month(), date.day()))
}

fn weekday_on_or_after(mut date: NaiveDate) -> NaiveDate {
    while is_weekend(date) {
        date += Duration::days(1);
    }
    date
}

fn weekday_on_or_before(mut date: NaiveDate) -> NaiveDate {
    while is_weekend(date) {
        date -= Duration::days(1);
    }
    date
}

/// Starting and closing times of a meeting, "10:00" and "13:40".
fn meeting_hours(ctx: &mut Ctx) -> (String, String) {
    let (h, m) = *ctx
        .rng
        .pick(&[(9, 0), (9, 30), (10, 0), (10, 0), (10, 15), (11, 0)]);
    let end_h = h + ctx.rng.range(2, 4);
    let end_m = *ctx.rng.pick(&[5, 10, 20, 25, 35, 40, 50, 55]);
    (format!("{h:02}:{m:02}"), format!("{end_h:02}:{end_m:02}"))
}

/// "mbledhjen e 5-të të rregullt" (the session as an object).
fn session_acc(s: &Session) -> String {
    let kind = if s.extraordinary {
        "të jashtëzakonshme"
    } else {
        "të rregullt"
    };
    format!("mbledhjen e {} {kind}", ordinal(s.ordinal))
}

/// "mbledhja e 5-të e rregullt" (the session as a subject).
fn session_nom(s: &Session) -> String {
    let kind = if s.extraordinary {
        "e jashtëzakonshme"
    } else {
        "e rregullt"
    };
    format!("mbledhja e {} {kind}", ordinal(s.ordinal))
}

const PLACES: &[&str] = &[
    "në sallën e Kuvendit të Komunës",
    "në sallën e Kuvendit të Komunës",
    "në sallën e madhe të Kuvendit të Komunës",
    "në sallën e mbledhjeve të Kuvendit të Komunës, në katin e dytë të objektit të Komunës",
];

/// A quarter whose name reads well after "lagjja".
fn quarter(ctx: &mut Ctx) -> &'static str {
    let good: Vec<&'static str> = QUARTERS
        .iter()
        .copied()
        .filter(|q| !q.starts_with("Lagjja") && *q != "Qendra")
        .collect();
    if good.is_empty() {
        "Arbëria"
    } else {
        good[ctx.rng.below(good.len())]
    }
}

// ---------------------------------------------------------------------------
// Topics of Assembly business
// ---------------------------------------------------------------------------

/// The kind of business an agenda item brings; it fixes how the item is
/// named in each grammatical case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Decision,
    Regulation,
    Report,
    Info,
    Budget,
}

impl Kind {
    /// As the agenda names it: "Propozim-vendimi".
    fn head(self) -> &'static str {
        match self {
            Kind::Decision => "Propozim-vendimi",
            Kind::Regulation => "Propozim-rregullorja",
            Kind::Report => "Raporti",
            Kind::Info => "Informata",
            Kind::Budget => "Propozim-buxheti",
        }
    }

    /// As the object of a verb: "propozim-vendimin".
    fn head_acc(self) -> &'static str {
        match self {
            Kind::Decision => "propozim-vendimin",
            Kind::Regulation => "propozim-rregulloren",
            Kind::Report => "raportin",
            Kind::Info => "informatën",
            Kind::Budget => "propozim-buxhetin",
        }
    }

    /// After "shqyrtimi i" or "ndaj": "propozim-vendimit".
    fn head_gen(self) -> &'static str {
        match self {
            Kind::Decision => "propozim-vendimit",
            Kind::Regulation => "propozim-rregullores",
            Kind::Report => "raportit",
            Kind::Info => "informatës",
            Kind::Budget => "propozim-buxhetit",
        }
    }

    /// What the Assembly adopts, as an object: "vendimin".
    fn adopted(self) -> &'static str {
        match self {
            Kind::Decision => "vendimin",
            Kind::Regulation => "rregulloren",
            Kind::Report => "raportin",
            Kind::Info => "informatën",
            Kind::Budget => "propozim-buxhetin",
        }
    }

    /// What the Assembly adopts, as a subject: "vendimi".
    fn adopted_nom(self) -> &'static str {
        match self {
            Kind::Decision => "vendimi",
            Kind::Regulation => "rregullorja",
            Kind::Report => "raporti",
            Kind::Info => "informata",
            Kind::Budget => "propozim-buxheti",
        }
    }

    fn votable(self) -> bool {
        self != Kind::Info
    }
}

/// One kind of Assembly business. Text fields may hold `{v}`, `{v2}`
/// (villages), `{s}` (school), `{st}` (street), `{q}` (quarter), `{e}`
/// (an amount in `amount`), `{n}` (3–12), `{N}` (40–180), `{K}` (300–900),
/// `{pct}` (35–48), `{p}` (18–30), `{y}`, `{py}`, `{ny}` (years).
/// `pro` and `con` read both as reported speech ("tha se …") and as a quote.
struct Topic {
    kind: Kind,
    subject: &'static str,
    /// The presenting directorate ("për arsim"), or the Mayor or the chair.
    by: &'static str,
    gist: &'static str,
    pro: &'static str,
    con: &'static str,
    amount: (u32, u32),
    /// Months when the item comes up (inclusive; may wrap around January).
    months: (u32, u32),
}

const ANY: (u32, u32) = (1, 12);
const SMALL: (u32, u32) = (20_000, 80_000);

const TOPICS: &[Topic] = &[
    Topic {
        kind: Kind::Decision,
        subject: "për subvencionimin e fermerëve për vitin {y}",
        by: "për bujqësi, pylltari dhe zhvillim rural",
        gist: "programi ka vlerë prej {e} dhe përfshin subvencione për qumështin, serrat, mbjelljet pranverore dhe blerjen e mekanizimit bujqësor",
        pro: "mbështetja për fermerët është investim në prodhimin vendor dhe në mbajtjen e të rinjve në fshat",
        con: "kriteret favorizojnë fermerët e mëdhenj, ndërsa pagesat e vitit të kaluar kanë vonuar me muaj",
        amount: (120_000, 400_000),
        months: (1, 5),
    },
    Topic {
        kind: Kind::Decision,
        subject: "për caktimin e normave të tatimit në pronë për vitin {ny}",
        by: "për buxhet dhe financa",
        gist: "normat mbeten brenda kufijve që lejon ligji, për pronat banesore ruhet norma e vitit paraprak, ndërsa për pronat komerciale parashihet një rritje e lehtë",
        pro: "të hyrat nga tatimi në pronë janë burimi kryesor i investimeve në rrugë, ujësjellës dhe ndriçim publik",
        con: "qytetarët nuk shohin investime në lagjet e tyre në raport me tatimin që paguajnë çdo vit",
        amount: SMALL,
        months: (9, 12),
    },
    Topic {
        kind: Kind::Decision,
        subject: "për ndarjen e bursave për studentët e dalluar për vitin akademik {y}/{ny}",
        by: "për arsim",
        gist: "janë paraparë {N} bursa me vlerë të përgjithshme prej {e}, të ndara sipas suksesit në studime dhe gjendjes sociale të studentëve",
        pro: "bursat i motivojnë studentët dhe e shpërblejnë suksesin në studime",
        con: "numri i bursave është i vogël, ndërsa studentët nga familjet me asistencë sociale duhet të kenë përparësi",
        amount: (40_000, 120_000),
        months: (9, 12),
    },
    Topic {
        kind: Kind::Decision,
        subject: "për dhënien në shfrytëzim afatgjatë të pronës komunale në {v} për ndërtimin e një qendre rinore",
        by: "për kadastër dhe pronë",
        gist: "parcela ka sipërfaqe prej {n} arësh dhe shfrytëzuesi obligohet ta ruajë destinimin publik të saj",
        pro: "fshati {v} nuk ka asnjë hapësirë ku të rinjtë mund të mblidhen dhe të merren me aktivitete",
        con: "kontrata duhet të ketë afat më të shkurtër dhe klauzolë për kthimin e pronës nëse projekti nuk realizohet",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për emërtimin e rrugëve të reja në lagjen \"{q}\"",
        by: "për urbanizëm",
        gist: "Komisioni për emërtimin e rrugëve ka propozuar {n} emra, kryesisht të mësuesve, veprimtarëve dhe dëshmorëve të lagjes",
        pro: "emërtimi u lehtëson qytetarëve adresimin, shërbimet postare dhe ndërhyrjet e shërbimeve emergjente",
        con: "disa emra nuk janë konsultuar as me banorët e lagjes, as me familjet e personaliteteve",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për miratimin e Planit Rregullues të Hollësishëm për zonën \"{q}\"",
        by: "për urbanizëm",
        gist: "plani përfshin rreth {n} hektarë dhe është hartuar pas dy dëgjimeve publike, me hapësira për banim kolektiv, një shkollë dhe një park",
        pro: "plani u jep fund ndërtimeve pa leje dhe krijon rregull në zhvillimin e lagjes",
        con: "dendësia e lejuar e ndërtimit është shumë e lartë, ndërsa hapësirat e gjelbra janë zvogëluar krahasuar me draftin e parë",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për caktimin e pagesës mujore në institucionet parashkollore publike",
        by: "për arsim",
        gist: "pagesa caktohet sipas të ardhurave të familjes, ndërsa fëmija i tretë nga e njëjta familje lirohet nga pagesa",
        pro: "çerdhja nuk duhet të jetë luks dhe nënat e reja duhet të kenë mundësi të punësohen",
        con: "problemi kryesor nuk është pagesa, por mungesa e vendeve, pasi listat e pritjes janë gjithnjë e më të gjata",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për ndarjen e subvencioneve për organizatat joqeveritare për vitin {y}",
        by: "për kulturë, rini dhe sport",
        gist: "në thirrjen publike kanë aplikuar {N} organizata, ndërsa fondi i përgjithshëm arrin {e}",
        pro: "organizatat e shoqërisë civile ofrojnë shërbime që Komuna nuk arrin t’i ofrojë vetë",
        con: "kriteret e vlerësimit nuk janë publikuar me kohë dhe disa organizata përfitojnë çdo vit pa raportuar për shpenzimet",
        amount: (30_000, 90_000),
        months: (2, 6),
    },
    Topic {
        kind: Kind::Decision,
        subject: "për mbështetjen financiare të klubeve sportive për sezonin {y}/{ny}",
        by: "për kulturë, rini dhe sport",
        gist: "mbështetje do të marrin {n} klube, sipas rezultateve dhe numrit të sportistëve të rinj që kanë të regjistruar, me fond të përgjithshëm prej {e}",
        pro: "sporti është mënyra më e mirë për t’i mbajtur të rinjtë larg rrugës dhe varësive",
        con: "pjesa më e madhe e mjeteve shkon te futbolli, ndërsa sportet individuale dhe klubet e vajzave mbeten anash",
        amount: (40_000, 150_000),
        months: (6, 10),
    },
    Topic {
        kind: Kind::Decision,
        subject: "për dhënien me qira të lokaleve afariste në tregun e gjelbër",
        by: "për buxhet dhe financa",
        gist: "në ankand ofrohen {n} lokale, me çmim fillestar që llogaritet për metër katror sipas zonës",
        pro: "ankandi publik është mënyra më transparente për dhënien e pronës komunale dhe sjell të hyra shtesë",
        con: "qiramarrësit aktualë nuk janë njoftuar me kohë dhe rrezikojnë të mbeten pa vend pune",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për shpronësimin e pronave të paluajtshme për zgjerimin e rrugës Gjilan–{v}",
        by: "për kadastër dhe pronë",
        gist: "shpronësimi prek {n} parcela, ndërsa kompensimi i përgjithshëm për pronarët vlerësohet në {e}",
        pro: "zgjerimi i rrugës është i domosdoshëm për sigurinë në trafik dhe për transportin e nxënësve",
        con: "çmimi i kompensimit është nën vlerën e tregut dhe pronarët nuk janë dëgjuar sa duhet",
        amount: (80_000, 400_000),
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për miratimin e listës së projekteve për asfaltimin e rrugëve në {v} dhe {v2}",
        by: "për shërbime publike",
        gist: "lista përfshin rreth {n} kilometra rrugë lokale, me vlerë të parashikuar prej {e}",
        pro: "banorët e këtyre fshatrave kanë pritur për vite me radhë për rrugë të asfaltuara",
        con: "lista është hartuar pa kritere të qarta dhe fshatrat në zonën malore janë lënë sërish anash",
        amount: (150_000, 900_000),
        months: (2, 9),
    },
    Topic {
        kind: Kind::Decision,
        subject: "për bashkëfinancimin e projektit të ujësjellësit për fshatrat {v} dhe {v2}",
        by: "për shërbime publike",
        gist: "pjesëmarrja e Komunës arrin {e}, ndërsa pjesa tjetër sigurohet nga donatorët dhe kompania rajonale e ujësjellësit",
        pro: "uji i pijshëm është nevoja më e madhe e fshatrave dhe ky projekt pritet prej kohësh",
        con: "Komuna duhet të kërkojë garanci që kompania rajonale do ta mirëmbajë rrjetin pas përfundimit të punimeve",
        amount: (100_000, 600_000),
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për ndarjen e ndihmave të njëhershme për familjet në nevojë sociale",
        by: "për shëndetësi dhe mirëqenie sociale",
        gist: "ndihmat, në vlerë të përgjithshme prej {e}, do t’u ndahen rreth {N} familjeve, sipas listave të Qendrës për Punë Sociale",
        pro: "familjet pa asnjë të ardhur nuk mund të presin dhe ndihma vjen në kohën kur nevojitet më shumë",
        con: "ndihmat e njëhershme nuk e zgjidhin varfërinë dhe nevojitet një program i qëndrueshëm punësimi",
        amount: SMALL,
        months: (10, 3),
    },
    Topic {
        kind: Kind::Decision,
        subject: "për themelimin e Këshillit Komunal për Siguri në Bashkësi",
        by: "për administratë dhe personel",
        gist: "këshilli do të ketë {n} anëtarë, përfshirë përfaqësues të policisë, të shkollave, të komuniteteve dhe të shoqërisë civile",
        pro: "siguria në lagje dhe para shkollave kërkon bashkëpunim të përhershëm me policinë",
        con: "këshillat e mëparshëm janë mbledhur rrallë dhe kanë mbetur vetëm në letër",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për rishikimin e buxhetit të Komunës për vitin {y}",
        by: "për buxhet dhe financa",
        gist: "rishikimi shton {e} nga të hyrat vetanake të bartura, kryesisht për projekte kapitale në arsim dhe infrastrukturë",
        pro: "mjetet e bartura duhet të shpenzohen për projekte që qytetarët i presin",
        con: "rishikimi tregon planifikim të dobët, ndërsa projektet e vitit paraprak ende nuk kanë përfunduar",
        amount: (300_000, 2_000_000),
        months: (3, 9),
    },
    Topic {
        kind: Kind::Decision,
        subject: "për ndryshimin e destinimit të objektit të ish-shkollës në {v} në qendër kulturore",
        by: "për kulturë, rini dhe sport",
        gist: "objekti nuk përdoret për mësim që prej {n} vitesh, ndërsa rinovimi i tij do të kushtojë rreth {e}",
        pro: "fshati fiton një hapësirë për shoqërinë kulturore-artistike dhe për bibliotekën",
        con: "pa një plan për mirëmbajtjen dhe për personelin, objekti rrezikon të mbetet sërish i mbyllur",
        amount: (30_000, 120_000),
        months: ANY,
    },
    Topic {
        kind: Kind::Decision,
        subject: "për miratimin e Planit të punës së Kuvendit për vitin {y}",
        by: CHAIR_PRESENTS,
        gist: "plani parasheh të paktën njëmbëdhjetë mbledhje të rregullta dhe shqyrtimin e të gjitha akteve që kërkohen me ligj",
        pro: "plani i punës e bën Kuvendin më të parashikueshëm dhe u jep kohë asamblistëve të përgatiten",
        con: "plani nuk parasheh asnjë mbledhje tematike për punësimin dhe për ndotjen e ajrit",
        amount: SMALL,
        months: (1, 3),
    },
    Topic {
        kind: Kind::Regulation,
        subject: "për taksat, tarifat dhe gjobat komunale",
        by: "për buxhet dhe financa",
        gist: "rregullorja e re ul taksën për regjistrimin e bizneseve të reja dhe rrit gjobat për hedhjen e mbeturinave në vende të paligjshme",
        pro: "taksat nuk janë ndryshuar për shumë vite, ndërsa shpenzimet e mirëmbajtjes së qytetit janë rritur ndjeshëm",
        con: "rritja e taksës për shfrytëzimin e hapësirës publike do t’i dëmtojë bizneset e vogla në qendër të qytetit",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Regulation,
        subject: "për menaxhimin e mbeturinave komunale",
        by: "për shërbime publike",
        gist: "rregullorja përcakton orarin e grumbullimit, obligimet e ekonomive familjare dhe gjobat për deponitë e egra",
        pro: "qyteti dhe fshatrat nuk mund të mbahen të pastra pa rregulla të qarta dhe pa gjoba",
        con: "shumë fshatra ende nuk kanë shërbim të rregullt të grumbullimit, prandaj gjobat janë të padrejta për banorët e tyre",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Regulation,
        subject: "për rendin në trafik dhe parkimin në qendër të qytetit",
        by: "për shërbime publike",
        gist: "parashihen {N} vende të reja parkimi me pagesë dhe një zonë këmbësore përgjatë rrugës {st}",
        pro: "qendra e qytetit është bllokuar nga automjetet dhe këmbësorët nuk kanë hapësirë",
        con: "para se të vendoset pagesa, Komuna duhet të ndërtojë parking publik dhe të përmirësojë transportin urban",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Report,
        subject: "për realizimin e buxhetit për periudhën janar – qershor {y}",
        by: "për buxhet dhe financa",
        gist: "buxheti është realizuar në masën {pct} për qind, ndërsa investimet kapitale kanë filluar të përshpejtohen pas përfundimit të procedurave të prokurimit",
        pro: "realizimi është në nivelin e viteve të kaluara dhe pagesat ndaj operatorëve bëhen pa vonesë",
        con: "investimet kapitale janë realizuar shumë pak dhe shumë projekte kanë mbetur në letër",
        amount: SMALL,
        months: (7, 10),
    },
    Topic {
        kind: Kind::Report,
        subject: "për punën e Kryetarit të Komunës për vitin {py}",
        by: MAYOR_PRESENTS,
        gist: "gjatë vitit janë përfunduar {n} projekte kapitale, janë asfaltuar rrugë në disa fshatra dhe janë hapur dy çerdhe të reja",
        pro: "rezultatet janë të dukshme në çdo lagje të qytetit dhe në shumicën e fshatrave",
        con: "raporti numëron projekte të nisura në mandatet e kaluara dhe hesht për premtimet e parealizuara",
        amount: SMALL,
        months: (1, 4),
    },
    Topic {
        kind: Kind::Report,
        subject: "për auditimin e pasqyrave financiare të Komunës për vitin {py}",
        by: "për buxhet dhe financa",
        gist: "Komuna ka marrë opinion të pamodifikuar me theksim të çështjes, ndërsa për rekomandimet e dhëna është hartuar plan veprimi me afate dhe përgjegjës",
        pro: "opinioni i auditimit është përmirësuar krahasuar me vitet e mëparshme",
        con: "{n} rekomandime të vitit paraprak mbeten të pazbatuara, sidomos ato për menaxhimin e pasurisë dhe për pagesat e vonuara",
        amount: SMALL,
        months: (6, 10),
    },
    Topic {
        kind: Kind::Report,
        subject: "për gjendjen e arsimit parauniversitar në fillim të vitit shkollor {y}/{ny}",
        by: "për arsim",
        gist: "në klasën e parë janë regjistruar {K} nxënës, ndërsa transporti është siguruar për të gjithë nxënësit që banojnë larg shkollës",
        pro: "mësimi ka filluar pa probleme dhe të gjitha shkollat janë furnizuar me lëndë djegëse për dimër",
        con: "shkollat në fshatra po zbrazen, ndërsa në qytet disa shkolla punojnë me nga tri ndërrime",
        amount: SMALL,
        months: (9, 11),
    },
    Topic {
        kind: Kind::Info,
        subject: "për pastrimin e borës dhe mirëmbajtjen dimërore të rrugëve",
        by: "për shërbime publike",
        gist: "gjatë reshjeve të fundit janë angazhuar {n} operatorë të kontraktuar dhe janë shpërndarë rreth {N} tonë kripë",
        pro: "rrugët kryesore dhe ato drejt shkollave janë pastruar brenda ditës",
        con: "në fshatrat e largëta, si {v}, bora nuk është pastruar me ditë të tëra",
        amount: SMALL,
        months: (12, 2),
    },
    Topic {
        kind: Kind::Info,
        subject: "për furnizimin me ujë të pijshëm gjatë verës në fshatrat {v} dhe {v2}",
        by: "për shërbime publike",
        gist: "reduktimet janë shkaktuar nga rritja e konsumit dhe nga defektet në rrjetin e vjetër, ndërsa banorët janë paralajmëruar të mos e përdorin ujin e pijshëm për ujitje",
        pro: "kompania rajonale e ka rritur kapacitetin e pompimit dhe reduktimet janë shkurtuar",
        con: "banorët i paguajnë faturat rregullisht, por mbeten pa ujë pikërisht në ditët më të nxehta",
        amount: SMALL,
        months: (6, 9),
    },
    Topic {
        kind: Kind::Info,
        subject: "për punën e Qendrës Kryesore të Mjekësisë Familjare",
        by: "për shëndetësi dhe mirëqenie sociale",
        gist: "qendra dhe ambulancat në fshatra kanë shtuar orarin e punës, ndërsa gjatë këtij viti janë punësuar {n} mjekë të rinj",
        pro: "shërbimet e urgjencës janë përmirësuar dhe pritjet në sportele janë shkurtuar",
        con: "mungojnë barnat esenciale, prandaj pacientët detyrohen t’i blejnë në barnatore private",
        amount: SMALL,
        months: ANY,
    },
    Topic {
        kind: Kind::Info,
        subject: "për gjendjen e ndotjes së ajrit dhe masat për sezonin e ngrohjes",
        by: "për urbanizëm",
        gist: "stacioni matës në qytet ka regjistruar tejkalime të grimcave të imta gjatë {n} ditëve të muajit të kaluar, kryesisht nga djegia e qymyrit dhe e mbeturinave",
        pro: "Komuna ka filluar subvencionimin e izolimit të shtëpive dhe zëvendësimin e kaldajave në shkolla",
        con: "masat janë të vonuara dhe nuk ka asnjë inspektim të djegies së mbeturinave në lagjet periferike",
        amount: SMALL,
        months: (11, 2),
    },
    Topic {
        kind: Kind::Budget,
        subject: "për vitin {ny}",
        by: "për buxhet dhe financa",
        gist: "buxheti arrin {e}, prej të cilave rreth {p} për qind janë të dedikuara për investime kapitale",
        pro: "buxheti është rezultat i dëgjimeve publike në qytet dhe në fshatra",
        con: "mungojnë mjetet për zonën industriale dhe për punësim, ndërsa shpenzimet për mallra e shërbime rriten",
        amount: (28_000_000, 42_000_000),
        months: (6, 9),
    },
];

/// An agenda item drawn from a topic, with its placeholders filled.
struct Item {
    kind: Kind,
    subject: String,
    by: &'static str,
    gist: String,
    pro: String,
    con: String,
}

impl Item {
    /// As the agenda lists it.
    fn agenda(&self) -> String {
        format!("{} {}", self.kind.head(), self.subject)
    }

    /// What the Assembly adopted, as an object: "vendimin për …".
    fn adopted(&self) -> String {
        format!("{} {}", self.kind.adopted(), self.subject)
    }

    /// "propozim-vendimit për …", after "shqyrtimi i".
    fn under_review(&self) -> String {
        format!("{} {}", self.kind.head_gen(), self.subject)
    }
}

/// Values for the placeholders of one topic or one press release.
struct Fill(Vec<(&'static str, String)>);

impl Fill {
    fn new(ctx: &mut Ctx, year: i32, amount: (u32, u32)) -> Fill {
        let pair = ctx.rng.sample(VILLAGES, 2);
        let v = pair.first().map_or("Zhegër", |s| **s);
        let v2 = pair.get(1).map_or("Pidiq", |s| **s);
        let lo = u64::from(amount.0 / 100);
        let hi = u64::from(amount.1 / 100);
        let e = ctx.rng.range(lo, hi) as f64 * 100.0;
        let st = ctx.rng.pick(STREETS).replace("Rruga ", "");
        Fill(vec![
            ("{v2}", v2.to_string()),
            ("{v}", v.to_string()),
            ("{s}", ctx.rng.pick(SCHOOLS).to_string()),
            ("{st}", st),
            ("{q}", quarter(ctx).to_string()),
            ("{e}", euros(e)),
            ("{n}", ctx.rng.range(3, 12).to_string()),
            ("{N}", ctx.rng.range(40, 180).to_string()),
            ("{K}", ctx.rng.range(300, 900).to_string()),
            ("{pct}", ctx.rng.range(35, 48).to_string()),
            ("{p}", ctx.rng.range(18, 30).to_string()),
            ("{y}", year.to_string()),
            ("{py}", (year - 1).to_string()),
            ("{ny}", (year + 1).to_string()),
            ("{op}", ctx.operator()),
            ("{fam}", ctx.rng.pick(SURNAMES).to_string()),
        ])
    }

    fn with(mut self, key: &'static str, value: String) -> Fill {
        self.0.insert(0, (key, value));
        self
    }

    fn apply(&self, template: &str) -> String {
        let mut out = template.to_string();
        for (key, value) in &self.0 {
            out = out.replace(key, value);
        }
        out
    }
}

fn in_season(months: (u32, u32), month: u32) -> bool {
    let (lo, hi) = months;
    if lo <= hi {
        (lo..=hi).contains(&month)
    } else {
        month >= lo || month <= hi
    }
}

/// `k` distinct items for a session in `date`'s month, in random order;
/// `votable` keeps only items the Assembly votes on.
fn draw_items(ctx: &mut Ctx, date: NaiveDate, k: usize, votable: bool) -> Vec<Item> {
    let pool: Vec<&Topic> = TOPICS
        .iter()
        .filter(|t| in_season(t.months, date.month()) && (!votable || t.kind.votable()))
        .collect();
    let mut chosen: Vec<&Topic> = ctx.rng.sample(&pool, k).into_iter().copied().collect();
    ctx.rng.shuffle(&mut chosen);
    chosen
        .into_iter()
        .map(|t| {
            let fill = Fill::new(ctx, date.year(), t.amount);
            Item {
                kind: t.kind,
                subject: fill.apply(t.subject),
                by: t.by,
                gist: fill.apply(t.gist),
                pro: fill.apply(t.pro),
                con: fill.apply(t.con),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Votes and outcomes
// ---------------------------------------------------------------------------

/// How the Assembly disposed of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Passed { yes: u32, no: u32, abstain: u32 },
    Unanimous(u32),
    Failed { yes: u32, no: u32, abstain: u32 },
    Postponed,
    Withdrawn,
    Noted,
}

fn passed(ctx: &mut Ctx, present: u32) -> Outcome {
    let out = ctx.rng.range(0, 2) as u32;
    let mut no = ctx.rng.range(0, 10) as u32;
    let mut abstain = ctx.rng.range(0, 6) as u32;
    if no + abstain + out + 2 > present / 2 {
        no /= 2;
        abstain /= 2;
    }
    if no + abstain == 0 {
        abstain = 1;
    }
    let yes = present - out - no - abstain;
    Outcome::Passed { yes, no, abstain }
}

fn failed(ctx: &mut Ctx, present: u32) -> Outcome {
    let yes = ctx.rng.range(9, u64::from(present / 2)) as u32;
    let rest = present - yes - ctx.rng.range(0, 2) as u32;
    let abstain = ctx.rng.range(0, u64::from(rest / 3)) as u32;
    Outcome::Failed {
        yes,
        no: rest - abstain,
        abstain,
    }
}

fn unanimous(ctx: &mut Ctx, present: u32) -> Outcome {
    Outcome::Unanimous(present - ctx.rng.range(0, 2) as u32)
}

/// Any outcome an agenda item may have in the minutes.
fn decide(ctx: &mut Ctx, kind: Kind, present: u32) -> Outcome {
    if !kind.votable() {
        return Outcome::Noted;
    }
    match ctx.rng.below(100) {
        0..=51 => passed(ctx, present),
        52..=71 => unanimous(ctx, present),
        72..=80 => failed(ctx, present),
        81..=90 => Outcome::Postponed,
        _ => Outcome::Withdrawn,
    }
}

/// An outcome with a vote, for the item a press release leads with.
fn decide_vote(ctx: &mut Ctx, present: u32) -> Outcome {
    match ctx.rng.below(100) {
        0..=62 => passed(ctx, present),
        63..=84 => unanimous(ctx, present),
        _ => failed(ctx, present),
    }
}

/// "24 vota për, 3 kundër dhe 2 abstenime", with the zeros left out.
fn tally(yes: u32, no: u32, abstain: u32) -> String {
    let y = if yes == 1 {
        "1 votë për".to_string()
    } else {
        format!("{yes} vota për")
    };
    let b = if abstain == 1 {
        "1 abstenim".to_string()
    } else {
        format!("{abstain} abstenime")
    };
    match (no, abstain) {
        (0, 0) => y,
        (0, _) => format!("{y}, asnjë kundër dhe {b}"),
        (_, 0) => format!("{y} dhe {no} kundër"),
        _ => format!("{y}, {no} kundër dhe {b}"),
    }
}

/// Why an item was postponed or withdrawn.
const DELAY_REASONS: &[&str] = &[
    "mungonte rekomandimi i Komitetit për Politikë dhe Financa",
    "materiali nuk ishte përkthyer në gjuhën serbe, siç e kërkon ligji për përdorimin e gjuhëve",
    "asamblistët kërkuan një analizë shtesë të kostos dhe të ndikimit buxhetor",
    "nuk ishte përmbyllur konsultimi publik i paraparë me ligj",
    "duhej të merrej paraprakisht mendimi i ministrisë përgjegjëse për pushtetin lokal",
    "në material u vërejtën pasaktësi në listën e parcelave dhe të shumave",
];

/// The sentence that records an item's outcome in the minutes.
fn outcome_sentence(ctx: &mut Ctx, item: &Item, outcome: Outcome, by: &Presenter) -> String {
    let head = item.kind.head();
    let head_l = lower_first(head);
    let adopted = item.kind.adopted();
    match outcome {
        Outcome::Passed { yes, no, abstain } => {
            let t = tally(yes, no, abstain);
            match ctx.rng.below(5) {
                0 => format!("{head} u miratua me {t}."),
                1 => format!("Me {t}, Kuvendi e miratoi {adopted}."),
                2 => format!("Në votim, {head_l} mori {t} dhe u miratua."),
                3 if no > 1 && abstain > 1 => format!(
                    "Për propozimin votuan {yes} asamblistë, kundër ishin {no}, ndërsa {abstain} abstenuan, kështu që {head_l} u miratua."
                ),
                _ => format!("{head} kaloi me {t}."),
            }
        }
        Outcome::Unanimous(yes) => match ctx.rng.below(3) {
            0 => format!("{head} u miratua njëzëri, me {yes} vota për."),
            1 => format!("Kuvendi e miratoi njëzëri {adopted}, me {yes} vota për."),
            _ => format!(
                "Të gjithë {yes} asamblistët e pranishëm në sallë votuan për, dhe {head_l} u miratua njëzëri."
            ),
        },
        Outcome::Failed { yes, no, abstain } => {
            let t = tally(yes, no, abstain);
            match ctx.rng.below(3) {
                0 => format!("{head} nuk u miratua, pasi mori vetëm {t}."),
                1 => format!(
                    "Propozimi nuk mori shumicën e nevojshme të votave ({t}) dhe nuk u miratua."
                ),
                _ => format!(
                    "Në votim, {head_l} mori {t} dhe kështu nuk u miratua; propozuesi do ta rishqyrtojë materialin."
                ),
            }
        }
        Outcome::Postponed => {
            let reason = *ctx.rng.pick(DELAY_REASONS);
            match ctx.rng.below(3) {
                0 => format!(
                    "Pas diskutimit, Kuvendi vendosi që pika të shtyhet për mbledhjen e ardhshme, sepse {reason}."
                ),
                1 => format!(
                    "Me propozim të kryesisë, shqyrtimi i kësaj pike u shty për mbledhjen e ardhshme, pasi {reason}."
                ),
                _ => format!("Pika u shty për mbledhjen e ardhshme, pasi {reason}."),
            }
        }
        Outcome::Withdrawn => {
            let reason = *ctx.rng.pick(DELAY_REASONS);
            match ctx.rng.below(2) {
                0 => format!(
                    "Para votimit, {} e tërhoqi materialin nga rendi i ditës, me arsyetimin se {reason}.",
                    by.short
                ),
                _ => format!("Pika u tërhoq nga propozuesi, pasi {reason}."),
            }
        }
        Outcome::Noted => match ctx.rng.below(3) {
            0 => "Kuvendi e mori në dijeni informatën.".into(),
            1 => "Informata u mor në dijeni, pa votim.".into(),
            _ => "Asamblistët e morën në dijeni informatën dhe kërkuan që në mbledhjen e ardhshme të raportohet për masat e ndërmarra.".into(),
        },
    }
}

// ---------------------------------------------------------------------------
// Debate
// ---------------------------------------------------------------------------

const GIST_FORMS: &[&str] = &[
    "{P}, e prezantoi {obj}, duke theksuar se {gist}.",
    "Materialin e prezantoi {p}, {icili} sqaroi se {gist}.",
    "{P}, informoi se {gist}.",
    "Në hyrje të pikës, {p}, tha se {gist}.",
];

const PRO_FORMS: &[&str] = &[
    "{Who}, {backs}, duke theksuar se {arg}.",
    "Nga radhët e pozitës, {plain} vlerësoi se {arg}.",
    "{Who}, tha se {arg}.",
    "Në mbështetje të propozimit foli {who}, {sipas} {arg}.",
    "{Who}, kujtoi se {arg}.",
];

const CON_FORMS: &[&str] = &[
    "{Who}, e kritikoi {obj}, duke theksuar se {arg}.",
    "Nga opozita, {plain} vlerësoi se {arg}.",
    "{Who}, kërkoi sqarime dhe tha se {arg}.",
    "{Who}, u shpreh {kritik} ndaj {gen}, me arsyetimin se {arg}.",
    "{Who}, vuri në dukje se {arg}.",
];

const REPLIES: &[&str] = &[
    "vërejtjet do të merren parasysh gjatë zbatimit",
    "materiali është shqyrtuar dhe është rekomanduar nga Komiteti për Politikë dhe Financa",
    "drejtoria do t’u dorëzojë asamblistëve një informatë të hollësishme brenda një muaji",
    "mjetet janë planifikuar brenda kornizës buxhetore dhe nuk i rrezikojnë projektet e tjera",
    "komentet e qytetarëve nga konsultimi publik janë pasqyruar në raportin që u është dërguar asamblistëve",
];

const AMENDMENTS: &[&str] = &[
    "për rishpërndarjen e një pjese të mjeteve në favor të fshatrave",
    "që lista e përfituesve të publikohet në faqen zyrtare të Komunës",
    "që drejtoria të raportojë para Kuvendit çdo tre muaj për zbatimin",
    "për shkurtimin e afatit të zbatimit",
];

fn gist_sentence(ctx: &mut Ctx, item: &Item, by: &Presenter) -> String {
    let icili = if by.female { "e cila" } else { "i cili" };
    let form = *ctx.rng.pick(GIST_FORMS);
    render(
        form,
        &[
            ("{P}", &capitalize(&by.full)),
            ("{p}", &by.full),
            ("{obj}", item.kind.head_acc()),
            ("{icili}", icili),
            ("{gist}", &item.gist),
        ],
    )
}

fn side_sentence(ctx: &mut Ctx, forms: &[&str], who: &Speaker, item: &Item, arg: &str) -> String {
    let backs = if item.kind.votable() {
        format!("e mbështeti {}", item.kind.head_acc())
    } else {
        "e vlerësoi të dobishme informatën".to_string()
    };
    let p = &who.person;
    let form = *ctx.rng.pick(forms);
    render(
        form,
        &[
            ("{Who}", &capitalize(&who.full)),
            ("{who}", &who.full),
            ("{plain}", &who.plain),
            ("{backs}", &backs),
            ("{obj}", item.kind.head_acc()),
            ("{gen}", item.kind.head_gen()),
            ("{sipas}", p.g("sipas të cilit", "sipas së cilës")),
            ("{kritik}", p.g("kritik", "kritike")),
            ("{arg}", arg),
        ],
    )
}

/// Presentation, position, opposition, perhaps a reply or an amendment,
/// and the outcome.
fn debate(ctx: &mut Ctx, item: &Item, outcome: Outcome, by: &Presenter) -> String {
    let mut s = vec![gist_sentence(ctx, item, by)];
    let pos = speaker(ctx, POSITION_ROLES);
    let opp = speaker(ctx, OPPOSITION_ROLES);
    let pro = side_sentence(ctx, PRO_FORMS, &pos, item, &item.pro);
    let con = side_sentence(ctx, CON_FORMS, &opp, item, &item.con);
    if ctx.rng.chance(0.4) {
        s.push(con);
        s.push(pro);
    } else {
        s.push(pro);
        s.push(con);
    }
    let voted = matches!(
        outcome,
        Outcome::Passed { .. } | Outcome::Unanimous(_) | Outcome::Failed { .. }
    );
    if voted && ctx.rng.chance(0.3) {
        let reply = *ctx.rng.pick(REPLIES);
        let lead = if ctx.rng.chance(0.5) {
            format!("{} u përgjigj", capitalize(&by.short))
        } else {
            format!("Në replikë, {} sqaroi", by.short)
        };
        s.push(format!("{lead} se {reply}."));
    }
    if voted && ctx.rng.chance(0.25) {
        let amendment = *ctx.rng.pick(AMENDMENTS);
        let end = if ctx.rng.chance(0.6) {
            "por amendamenti nuk mori shumicën e nevojshme"
        } else {
            "të cilin propozuesi e pranoi"
        };
        s.push(format!(
            "{} propozoi një amendament {amendment}, {end}.",
            capitalize(&opp.plain)
        ));
    }
    s.push(outcome_sentence(ctx, item, outcome, by));
    s.join(" ")
}

/// The outcome alone, when the minutes must stay short.
fn short_body(ctx: &mut Ctx, item: &Item, outcome: Outcome, by: &Presenter) -> String {
    let head = item.kind.head();
    match outcome {
        Outcome::Passed { yes, no, abstain } => {
            let t = tally(yes, no, abstain);
            match ctx.rng.below(4) {
                0 => format!("Pa diskutim, {} u miratua me {t}.", lower_first(head)),
                1 => format!(
                    "Pas një diskutimi të shkurtër, {} u miratua me {t}.",
                    lower_first(head)
                ),
                2 => format!("{head} u miratua pa diskutim, me {t}."),
                _ => format!("Nuk pati diskutime. {head} u miratua me {t}."),
            }
        }
        _ => outcome_sentence(ctx, item, outcome, by),
    }
}

// ---------------------------------------------------------------------------
// Standing agenda items
// ---------------------------------------------------------------------------

const OPENING: &str = "Konstatimi i prezencës dhe miratimi i rendit të ditës";
const VARIA: &str = "Të ndryshme";
const QUESTIONS: &[&str] = &[
    "Pyetjet e asamblistëve",
    "Pyetjet dhe përgjigjet e asamblistëve",
    "Pyetje dhe përgjigje",
];

/// "Miratimi i procesverbalit nga mbledhja e 4-të e rregullt".
fn previous_minutes(ctx: &mut Ctx, s: &Session) -> String {
    let lead = *ctx.rng.pick(&[
        "Miratimi i procesverbalit nga mbledhja",
        "Shqyrtimi dhe miratimi i procesverbalit nga mbledhja",
    ]);
    if s.extraordinary {
        format!("{lead} e mëparshme")
    } else if s.ordinal > 1 {
        format!("{lead} e {} e rregullt", ordinal(s.ordinal - 1))
    } else {
        format!("{lead} e fundit e vitit {}", s.date.year() - 1)
    }
}

/// Councillors' questions and the answers (question, answer).
const QUESTION_BANK: &[(&str, &str)] = &[
    (
        "pyeti pse ende nuk kanë filluar punimet për asfaltimin e rrugës në {v}",
        "procedura e prokurimit është në fazën e vlerësimit dhe punimet pritet të fillojnë brenda muajit të ardhshëm",
    ),
    (
        "kërkoi informata për grumbullimin e mbeturinave në {v}, ku, sipas banorëve, kamioni nuk ka kaluar për dy javë",
        "operatori ka marrë vërejtje me shkrim dhe orari i grumbullimit është rikthyer",
    ),
    (
        "pyeti për vonesat në ndërtimin e çerdhes në lagjen \"{q}\"",
        "kontraktori ka marrë vërejtje dhe afati i ri i përfundimit është fundi i vitit",
    ),
    (
        "kërkoi që linja e autobusit urban të zgjatet deri në {v}",
        "kërkesa do të shqyrtohet gjatë hartimit të orarit të ri të transportit urban",
    ),
    (
        "pyeti për ndriçimin publik në rrugën {st}, ku shumë llamba nuk punojnë prej muajsh",
        "ndriçimi do të riparohet përmes kontratës së mirëmbajtjes që është në fuqi",
    ),
    (
        "kërkoi sqarim për ngrohjen në {s}, ku nxënësit kanë mësuar me xhaketa",
        "është siguruar sasia e nevojshme e lëndës djegëse dhe kaldaja është riparuar",
    ),
    (
        "pyeti kur do të publikohen rezultatet e konkursit për mësimdhënës",
        "komisioni ka përfunduar intervistat dhe rezultatet do të publikohen brenda javës",
    ),
    (
        "kërkoi informata për qentë endacakë në lagjen \"{q}\"",
        "Komuna ka kontraktuar një operator për strehimin dhe sterilizimin e tyre",
    ),
];

fn questions_body(ctx: &mut Ctx, mayor: &Person, asked: usize) -> String {
    let n = if asked > 1 {
        1 + ctx.rng.below(asked)
    } else {
        1
    };
    let picked: Vec<&(&str, &str)> = ctx.rng.sample(QUESTION_BANK, n);
    let mut out = Vec::new();
    for (q, a) in picked {
        let fill = Fill::new(ctx, 2000, SMALL);
        let roles = if ctx.rng.chance(0.7) {
            OPPOSITION_ROLES
        } else {
            POSITION_ROLES
        };
        let asker = speaker(ctx, roles);
        let who = if ctx.rng.chance(0.5) {
            capitalize(&asker.plain)
        } else {
            format!("{},", capitalize(&asker.full))
        };
        out.push(format!("{who} {}.", fill.apply(q)));
        let answerer = if ctx.rng.chance(0.5) {
            format!("{} {}", mayor.g("Kryetari", "Kryetarja"), mayor.surname())
        } else {
            let d = Person::new(ctx);
            let role = d.g("Drejtori përgjegjës", "Drejtoresha përgjegjëse");
            format!("{role}, {},", d.name)
        };
        out.push(format!("{answerer} u përgjigj se {}.", fill.apply(a)));
    }
    out.join(" ")
}

const VARIA_BANK: &[&str] = &[
    "{Kryetari} informoi asamblistët se ka filluar asfaltimi i rrugës Gjilan–{v}.",
    "Një asamblist nga komuniteti serb kërkoi që materialet e mbledhjeve të dërgohen me kohë edhe në gjuhën serbe; {kryesuesi} premtoi se Zyra e Kuvendit do ta përmirësojë përkthimin.",
    "Nën këtë pikë nuk pati diskutime.",
    "Asamblistët u njoftuan se mbledhja e ardhshme e Komitetit për Politikë dhe Financa do të mbahet javën e ardhshme.",
    "U kërkua që mbledhjet e Kuvendit të transmetohen drejtpërdrejt në faqen zyrtare të Komunës, ndërsa {kryesuesi} tha se kërkesa do t’i përcillet administratës.",
    "{Kryetari} informoi se punimet për ndriçimin publik në {v} do të përfundojnë brenda muajit.",
];

fn varia_body(ctx: &mut Ctx, mayor: &Person, chair: &Person) -> String {
    let fill = Fill::new(ctx, 2000, SMALL);
    let kryetari = format!("{} {}", mayor.g("Kryetari", "Kryetarja"), mayor.surname());
    let template = *ctx.rng.pick(VARIA_BANK);
    let text = fill.apply(template);
    render(
        &text,
        &[
            ("{Kryetari}", &kryetari),
            ("{kryesuesi}", chair_title(chair)),
        ],
    )
}

fn numbered(ctx: &mut Ctx, lines: &[String]) -> Vec<Block> {
    let style = ctx.rng.below(3);
    let last = lines.len();
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let end = if i + 1 == last { "." } else { ";" };
            let text = match style {
                0 => format!("{}. {line}{end}", i + 1),
                1 => format!("{}) {line}{end}", i + 1),
                _ => format!("{}. {line}", i + 1),
            };
            Block::Para(text)
        })
        .collect()
}

// ---------------------------------------------------------------------------
// FTESË — invitations
// ---------------------------------------------------------------------------

/// The first regular session after `date`.
fn next_session(ctx: &mut Ctx, date: NaiveDate) -> Session {
    let mut s = ctx.session_before(date + Duration::days(40));
    loop {
        let before = ctx.session_before(s.date - Duration::days(1));
        if before.date <= date {
            return s;
        }
        s = before;
    }
}

/// An invitation to the next session of the Assembly (regular when one is
/// close, otherwise extraordinary) or to a committee preparing it.
pub fn ftese(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let next = next_session(ctx, date);
    let gap = (next.date - date).num_days();
    if (3..=14).contains(&gap) {
        return session_invitation(ctx, date, next);
    }
    if gap > 14 && ctx.rng.chance(0.5) {
        return committee_invitation(ctx, date, next);
    }
    let day = weekday_on_or_after(ctx.days_after(date, 5, 10));
    let extraordinary = Session {
        date: day,
        ordinal: ctx.rng.range(1, 3) as u32,
        extraordinary: true,
    };
    session_invitation(ctx, date, extraordinary)
}

const SALUTATIONS: &[&str] = &[
    "I nderuar asamblist, e nderuar asambliste,",
    "Të nderuar anëtarë të Kuvendit,",
    "Të nderuar këshilltarë,",
    "Të nderuar asamblistë,",
];

const INVITATION_FORMS: &[&str] = &[
    "Në mbështetje të nenit 43 të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe të nenit {art} të Rregullores së punës së Kuvendit të Komunës, ju ftoj në {session} të Kuvendit të Komunës, e cila do të mbahet {wd}, më {d}, me fillim në ora {t}, {place}.",
    "Në pajtim me nenin 43 të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe me Rregulloren e punës së Kuvendit, thërras {session} të Kuvendit të Komunës së Gjilanit, e cila do të mbahet {wd}, më {d}, duke filluar nga ora {t}, {place}.",
    "Bazuar në nenin 43 të Ligjit për Vetëqeverisjen Lokale dhe në nenin {art} të Rregullores së punës së Kuvendit, ju ftoj që të merrni pjesë në {session} të Kuvendit, e cila do të mbahet {wd}, më {d}, {place}, me fillim në ora {t}.",
];

const MATERIALS: &[&str] = &[
    "Materialet për mbledhje janë bashkëngjitur kësaj ftese dhe janë dërguar edhe në adresat tuaja elektronike.",
    "Materialet për pikat e rendit të ditës janë dërguar në adresat elektronike të asamblistëve. Materiali për pikën {k} do të shpërndahet në ditën e mbledhjes, pas shqyrtimit në Komitetin për Politikë dhe Financa.",
    "Materialet mund t’i tërhiqni në Zyrën e Kuvendit çdo ditë pune nga ora 08:00 deri në ora 16:00, ndërsa janë të qasshme edhe në sistemin elektronik të Kuvendit.",
    "Të gjitha materialet, në gjuhën shqipe dhe në gjuhën serbe, janë publikuar edhe në faqen zyrtare të Komunës.",
];

const ATTENDANCE: &[&str] = &[
    "Ju lutemi që mungesën e mundshme ta arsyetoni paraprakisht në Zyrën e Kuvendit, në telefonin 0280 320 102.",
    "Në rast pamundësie për të marrë pjesë, ju lutemi të lajmëroni me kohë Zyrën e Kuvendit.",
    "Ju lutemi të jeni të pranishëm në kohë.",
    "Prania juaj është e domosdoshme për sigurimin e kuorumit.",
];

/// Why an extraordinary session is called, in a clause after "me qëllim që".
const URGENCY: &[&str] = &[
    "{item} të shqyrtohet para skadimit të afatit ligjor",
    "{item} të shqyrtohet pa vonesë, për të mos rrezikuar fillimin e punimeve",
    "{item} të shqyrtohet para fillimit të procedurave të prokurimit",
];

fn session_invitation(ctx: &mut Ctx, date: NaiveDate, s: Session) -> Draft {
    let number = ctx.number(ASSEMBLY, date);
    let line = ctx.number_line(&number);
    let mut blocks = ctx.header(ASSEMBLY, Some(&line), date);
    let chair = Person::new(ctx);
    let full_name = ctx.rng.chance(0.5);
    let subtitle = if full_name {
        format!("për {} të Kuvendit të Komunës së Gjilanit", session_acc(&s))
    } else {
        format!("për {} të Kuvendit të Komunës", session_acc(&s))
    };
    if ctx.rng.chance(0.5) {
        blocks.push(Block::Para(
            (*ctx.rng.pick(&[
                "Për: Anëtarët e Kuvendit të Komunës së Gjilanit",
                "Anëtarëve të Kuvendit të Komunës",
                "Për: Asamblistët e Kuvendit të Komunës",
            ]))
            .to_string(),
        ));
        if ctx.rng.chance(0.5) {
            blocks.push(Block::Para("Për dijeni: Kryetarit të Komunës, drejtorëve të drejtorive komunale, Zyrës së OSBE-së në Gjilan dhe mediave".into()));
        }
        blocks.push(Block::Gap);
    }
    let word = if ctx.rng.chance(0.3) {
        "F T E S Ë"
    } else {
        "FTESË"
    };
    blocks.push(Block::Title(word.into()));
    blocks.push(Block::Centered(subtitle.clone()));
    blocks.push(Block::Gap);
    blocks.push(Block::Para((*ctx.rng.pick(SALUTATIONS)).into()));

    let (start, _) = meeting_hours(ctx);
    let when = prose_date(ctx, s.date);
    let art = ctx.rng.range(24, 32).to_string();
    let session = session_acc(&s);
    let place = *ctx.rng.pick(PLACES);
    let form = *ctx.rng.pick(INVITATION_FORMS);
    blocks.push(Block::Para(render(
        form,
        &[
            ("{art}", &art),
            ("{session}", &session),
            ("{wd}", weekday_on(s.date)),
            ("{d}", &when),
            ("{t}", &start),
            ("{place}", place),
        ],
    )));

    let total = if s.extraordinary {
        ctx.rng.range(4, 6)
    } else {
        ctx.rng.range(5, 10)
    } as usize;
    let agenda = invitation_agenda(ctx, &s, total);
    if s.extraordinary {
        let requester = *ctx.rng.pick(&[
            "Kryetarit të Komunës",
            "një të tretës së anëtarëve të Kuvendit",
            "Kryetarit të Komunës, pas rekomandimit të Komitetit për Politikë dhe Financa",
        ]);
        let first = agenda
            .iter()
            .find(|l| l.starts_with("Propozim") || l.starts_with("Raport"))
            .map(|l| lower_first(l))
            .unwrap_or_else(|| "rendi i ditës".into());
        let why = ctx.rng.pick(URGENCY).replace("{item}", &first);
        blocks.push(Block::Para(format!(
            "Mbledhja e jashtëzakonshme thirret me kërkesë të {requester}, me qëllim që {why}."
        )));
    }
    match ctx.rng.below(3) {
        0 => {
            blocks.push(Block::Para("Për mbledhjen propozoj këtë".into()));
            blocks.push(Block::Centered("R E N D  D I T E".into()));
        }
        1 => blocks.push(Block::Para("Për mbledhjen propozohet ky rend dite:".into())),
        _ => blocks.push(Block::Para("Mbledhja do të ketë këtë rend dite:".into())),
    }
    blocks.extend(numbered(ctx, &agenda));
    blocks.push(Block::Gap);

    let k = (2 + ctx.rng.below(agenda.len().saturating_sub(2).max(1))).to_string();
    blocks.push(Block::Para(ctx.rng.pick(MATERIALS).replace("{k}", &k)));
    if (2020..=2021).contains(&date.year()) && ctx.rng.chance(0.6) {
        blocks.push(Block::Para("Duke pasur parasysh masat në fuqi kundër COVID-19, pjesëmarrësit janë të obliguar të mbajnë maskë mbrojtëse dhe të respektojnë distancën fizike gjatë gjithë kohës së mbledhjes.".into()));
    } else if ctx.rng.chance(0.35) {
        blocks.push(Block::Para("Mbledhja është e hapur për publikun. Mediat dhe qytetarët mund ta ndjekin edhe drejtpërdrejt në faqen zyrtare të Kuvendit në rrjetet sociale.".into()));
    }
    blocks.push(Block::Para((*ctx.rng.pick(ATTENDANCE)).into()));
    blocks.push(Block::Gap);
    blocks.push(Block::Para(
        (*ctx.rng.pick(&["Me respekt,", "Me nderime,"])).into(),
    ));
    blocks.push(Block::Right(
        chair
            .g(
                "Kryesuesi i Kuvendit të Komunës",
                "Kryesuesja e Kuvendit të Komunës",
            )
            .into(),
    ));
    blocks.push(Block::Right(chair.name.clone()));

    let title = format!("Ftesë {subtitle}");
    assembly_draft(ActType::Ftese, number, date, title, blocks)
}

/// The agenda of a session: standing items around `total` in all.
fn invitation_agenda(ctx: &mut Ctx, s: &Session, total: usize) -> Vec<String> {
    let mut front = Vec::new();
    if ctx.rng.chance(0.25) {
        front.push(OPENING.to_string());
    }
    if !s.extraordinary || ctx.rng.chance(0.3) {
        front.push(previous_minutes(ctx, s));
    }
    if !s.extraordinary && ctx.rng.chance(0.55) {
        front.push((*ctx.rng.pick(QUESTIONS)).to_string());
    }
    let varia = !s.extraordinary && ctx.rng.chance(0.75);
    let fixed = front.len() + usize::from(varia);
    let k = total.saturating_sub(fixed).max(2);
    let mut agenda = front;
    agenda.extend(draw_items(ctx, s.date, k, false).iter().map(Item::agenda));
    if varia {
        agenda.push(VARIA.into());
    }
    agenda
}

/// Committees that meet before a session, with their legal basis and
/// what they take up besides the session's items.
const COMMUNITY_ITEMS: &[&str] = &[
    "Shqyrtimi i raportit për zbatimin e ligjit për përdorimin e gjuhëve në administratën komunale",
    "Informata për projektet infrastrukturore në vendbanimet ku jetojnë komunitetet joshumicë",
    "Shqyrtimi i kërkesës për transportin e nxënësve nga komunitetet joshumicë",
    "Shqyrtimi i propozimeve të komuniteteve për buxhetin e vitit të ardhshëm",
    "Informata e Zyrës Komunale për Komunitete dhe Kthim për kthimin e familjeve të zhvendosura",
    "Shqyrtimi i qasjes së komuniteteve në shërbimet shëndetësore dhe sociale",
];

fn committee_invitation(ctx: &mut Ctx, date: NaiveDate, next: Session) -> Draft {
    let finance = ctx.rng.chance(0.65);
    let (committee, article) = if finance {
        ("Komiteti për Politikë dhe Financa", 51)
    } else {
        ("Komiteti për Komunitete", 53)
    };
    let committee_gen = committee.replacen("Komiteti", "Komitetit", 1);
    let number = ctx.number(ASSEMBLY, date);
    let line = ctx.number_line(&number);
    let mut blocks = ctx.header(ASSEMBLY, Some(&line), date);
    let at = blocks.len().min(3);
    blocks.insert(at, Block::Centered(committee.into()));
    blocks.push(Block::Para(format!("Anëtarëve të {committee_gen}")));
    blocks.push(Block::Gap);

    let subtitle = format!("për mbledhjen e {committee_gen}");
    blocks.push(Block::Title("FTESË".into()));
    blocks.push(Block::Centered(subtitle.clone()));
    blocks.push(Block::Gap);
    blocks.push(Block::Para("Të nderuar anëtarë të Komitetit,".into()));

    let meeting = weekday_on_or_after(ctx.days_after(date, 3, 7));
    let (start, _) = meeting_hours(ctx);
    let when = prose_date(ctx, meeting);
    let room = *ctx.rng.pick(&[
        "në sallën e vogël të Kuvendit (kati i parë)",
        "në sallën e Kuvendit të Komunës",
        "në zyrën e kryesuesit të Kuvendit",
    ]);
    blocks.push(Block::Para(format!(
        "Në bazë të nenit {article} të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale dhe të Rregullores së punës së Kuvendit, ju ftoj në mbledhjen e {committee_gen}, e cila do të mbahet {}, më {when}, në ora {start}, {room}.",
        weekday_on(meeting)
    )));
    blocks.push(Block::Para(
        (*ctx.rng.pick(&[
            "Për mbledhjen propozoj këtë rend pune:",
            "Për mbledhjen propozohet ky rend dite:",
        ]))
        .into(),
    ));

    let k = ctx.rng.range(3, 5) as usize;
    let mut agenda: Vec<String> = if finance {
        draw_items(ctx, next.date, k, false)
            .iter()
            .map(|i| format!("Shqyrtimi i {}", i.under_review()))
            .collect()
    } else {
        let mut a: Vec<String> = ctx
            .rng
            .sample(COMMUNITY_ITEMS, k - 1)
            .into_iter()
            .map(|s| s.to_string())
            .collect();
        if let Some(i) = draw_items(ctx, next.date, 1, false).first() {
            a.push(format!("Shqyrtimi i {}", i.under_review()));
        }
        a
    };
    agenda.push(VARIA.into());
    blocks.extend(numbered(ctx, &agenda));
    blocks.push(Block::Gap);

    let session_day = prose_date(ctx, next.date);
    blocks.push(Block::Para(format!(
        "Materialet janë dërguar në adresat tuaja elektronike. Pas shqyrtimit, Komiteti do t’i përcjellë rekomandimet e tij për mbledhjen e {} të rregullt të Kuvendit, që do të mbahet më {session_day}.",
        ordinal(next.ordinal)
    )));
    if ctx.rng.chance(0.6) {
        blocks.push(Block::Para("Në mbledhje janë të ftuar edhe drejtorët e drejtorive përkatëse, të cilët do t’u përgjigjen pyetjeve të anëtarëve.".into()));
    }
    blocks.push(Block::Para((*ctx.rng.pick(ATTENDANCE)).into()));
    blocks.push(Block::Gap);
    blocks.push(Block::Para("Me respekt,".into()));
    let chair = Person::new(ctx);
    let role = if finance {
        chair.g(
            "Kryesuesi i Kuvendit dhe i Komitetit për Politikë dhe Financa",
            "Kryesuesja e Kuvendit dhe e Komitetit për Politikë dhe Financa",
        )
    } else {
        chair.g(
            "Kryesuesi i Komitetit për Komunitete",
            "Kryesuesja e Komitetit për Komunitete",
        )
    };
    blocks.push(Block::Right(role.into()));
    blocks.push(Block::Right(chair.name.clone()));

    let title = format!("Ftesë {subtitle}");
    assembly_draft(ActType::Ftese, number, date, title, blocks)
}

/// A draft the Assembly issues.
fn assembly_draft(
    kind: ActType,
    number: String,
    date: NaiveDate,
    title: String,
    blocks: Vec<Block>,
) -> Draft {
    Draft::new(kind, Some(number), date, ASSEMBLY.name, title, blocks)
}

// ---------------------------------------------------------------------------
// PROCESVERBAL — minutes
// ---------------------------------------------------------------------------

/// The session the minutes of `date` record: the last regular one, or an
/// extraordinary one a few days before when the regular one is long past.
fn minuted_session(ctx: &mut Ctx, date: NaiveDate) -> Session {
    let s = ctx.session_before(date);
    let gap = (date - s.date).num_days();
    if gap <= 12 || ctx.rng.chance(0.4) {
        return s;
    }
    let day = weekday_on_or_before(ctx.days_before(date, 1, 6));
    Session {
        date: day,
        ordinal: ctx.rng.range(1, 3) as u32,
        extraordinary: true,
    }
}

/// A paragraph of the minutes to be laid out under its agenda heading.
enum Entry {
    Frame(String),
    Business(Item),
}

/// Most words the minutes may reach; items are cut short to stay below.
const MINUTES_MAX: usize = 480;
/// Words kept for the closing sentence and the signatures.
const CLOSING_RESERVE: usize = 25;

/// Minutes of a session: attendance, agenda, each item with its debate and
/// vote, closing and signatures.
pub fn procesverbal(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let s = minuted_session(ctx, date);
    let number = ctx.number(ASSEMBLY, date);
    let line = ctx.number_line(&number);
    let mut blocks = ctx.header(ASSEMBLY, Some(&line), date);
    let chair = Person::new(ctx);
    let mayor = Person::new(ctx);
    let (start, end) = meeting_hours(ctx);
    let place = *ctx.rng.pick(PLACES);

    let subject = format!("nga {} e Kuvendit të Komunës së Gjilanit", session_nom(&s));
    let held = prose_date(ctx, s.date);
    let subtitle = match ctx.rng.below(3) {
        0 => format!("{subject}, e mbajtur më {held}"),
        1 => format!("{subject}, e mbajtur më {held}, {place}, me fillim në ora {start}"),
        _ => format!("{subject}, e mbajtur {} më {held}", weekday_on(s.date)),
    };
    blocks.push(Block::Title(
        (if ctx.rng.chance(0.15) {
            "P R O C E S V E R B A L"
        } else {
            "PROCESVERBAL"
        })
        .into(),
    ));
    blocks.push(Block::Centered(subtitle));
    blocks.push(Block::Gap);

    let present = ctx.rng.range(27, u64::from(SEATS)) as u32;
    blocks.push(Block::Para(opening(
        ctx, &s, &chair, &mayor, present, &start, place,
    )));

    // The agenda: standing items and business.
    let mut entries = Vec::new();
    if !s.extraordinary || ctx.rng.chance(0.3) {
        entries.push(Entry::Frame(previous_minutes(ctx, &s)));
    }
    if !s.extraordinary && ctx.rng.chance(0.5) {
        entries.push(Entry::Frame((*ctx.rng.pick(QUESTIONS)).into()));
    }
    let k = if s.extraordinary {
        ctx.rng.range(2, 3)
    } else {
        ctx.rng.range(3, 5)
    } as usize;
    entries.extend(
        draw_items(ctx, s.date, k, false)
            .into_iter()
            .map(Entry::Business),
    );
    if !s.extraordinary && ctx.rng.chance(0.6) {
        entries.push(Entry::Frame(VARIA.into()));
    }
    let agenda: Vec<String> = entries
        .iter()
        .map(|e| match e {
            Entry::Frame(t) => t.clone(),
            Entry::Business(i) => i.agenda(),
        })
        .collect();

    // How items are headed: 0 "Pika 3 e rendit të ditës: …", 1 "Pika 3 e
    // rendit të ditës" alone, 2 "Pika 3 – …".
    let heading = ctx.rng.below(3);
    let list_agenda = heading == 1 || ctx.rng.chance(0.5);
    if s.extraordinary {
        let first = entries.iter().find_map(|e| match e {
            Entry::Business(i) => Some(i.under_review()),
            Entry::Frame(_) => None,
        });
        if let Some(first) = first {
            let by = if ctx.rng.chance(0.6) {
                format!(
                    "të {}",
                    mayor.g("Kryetarit të Komunës", "Kryetares së Komunës")
                )
            } else {
                "të një të tretës së anëtarëve të Kuvendit".to_string()
            };
            blocks.push(Block::Para(format!(
                "Mbledhja e jashtëzakonshme u thirr me kërkesë {by}, me qëllim të shqyrtimit të {first}."
            )));
        }
    }
    let yes = present - ctx.rng.range(0, 7) as u32;
    let agenda_vote = if yes == present {
        "njëzëri".to_string()
    } else {
        format!("me {}", tally(yes, 0, present - yes))
    };
    if list_agenda {
        let intro = match ctx.rng.below(3) {
            0 => format!(
                "Pas konstatimit të kuorumit, {} propozoi rendin e ditës, i cili u miratua {agenda_vote}:",
                chair_title(&chair)
            ),
            1 => format!("Rendi i ditës, i propozuar me ftesë, u miratua {agenda_vote}:"),
            _ => format!(
                "{} propozoi këtë rend dite, i cili u miratua {agenda_vote}:",
                capitalize(chair.g("kryesuesi", "kryesuesja"))
            ),
        };
        blocks.push(Block::Para(intro));
        blocks.extend(numbered(ctx, &agenda));
    } else {
        let sentence = match ctx.rng.below(4) {
            0 => format!("Rendi i ditës, i propozuar me ftesë, u miratua {agenda_vote}."),
            1 => format!("Rendi i ditës u miratua pa ndryshime, {agenda_vote}."),
            2 => format!(
                "Pas konstatimit të kuorumit, rendi i ditës, ashtu siç ishte dërguar në ftesë, u miratua {agenda_vote}."
            ),
            _ => format!(
                "Rendi i ditës u plotësua me një pikë të re, me propozim të {}, dhe u miratua {agenda_vote}.",
                mayor.g("Kryetarit të Komunës", "Kryetares së Komunës")
            ),
        };
        blocks.push(Block::Para(sentence));
    }
    blocks.push(Block::Gap);

    // Every item gets a short body and, where there is more to say, a full
    // one; full bodies are then let in, in random order, while the minutes
    // stay within MINUTES_MAX.
    let mut sections = Vec::new();
    for (i, (entry, text)) in entries.iter().zip(&agenda).enumerate() {
        let n = i + 1;
        let heading_line = match heading {
            0 => format!("Pika {n} e rendit të ditës: {text}"),
            1 => format!("Pika {n} e rendit të ditës"),
            _ => format!("Pika {n} – {text}"),
        };
        let (short, full) = match entry {
            Entry::Frame(t) if t == VARIA => (varia_body(ctx, &mayor, &chair), None),
            Entry::Frame(t) if QUESTIONS.contains(&t.as_str()) => (
                questions_body(ctx, &mayor, 1),
                Some(questions_body(ctx, &mayor, 2)),
            ),
            Entry::Frame(_) => (minutes_approval(ctx, present), None),
            Entry::Business(item) => {
                let outcome = decide(ctx, item.kind, present);
                let by = presenter(ctx, item.by, &mayor, &chair);
                let full = debate(ctx, item, outcome, &by);
                (short_body(ctx, item, outcome, &by), Some(full))
            }
        };
        sections.push((heading_line, short, full));
    }
    let count = |s: &str| s.split_whitespace().count();
    let mut total = count_words(&blocks)
        + CLOSING_RESERVE
        + sections
            .iter()
            .map(|(h, short, _)| count(h) + count(short))
            .sum::<usize>();
    let mut order: Vec<usize> = (0..sections.len()).collect();
    ctx.rng.shuffle(&mut order);
    let mut use_full = vec![false; sections.len()];
    for i in order {
        if let Some(full) = &sections[i].2 {
            let grown = total + count(full) - count(&sections[i].1);
            if grown <= MINUTES_MAX {
                total = grown;
                use_full[i] = true;
            }
        }
    }
    for ((heading_line, short, full), full_wanted) in sections.into_iter().zip(use_full) {
        blocks.push(Block::Para(heading_line));
        let body = match full {
            Some(full) if full_wanted => full,
            _ => short,
        };
        blocks.push(Block::Para(body));
    }

    let closing = match ctx.rng.below(3) {
        0 => format!("Mbledhja përfundoi në ora {end}."),
        1 => format!("Me shterimin e rendit të ditës, mbledhja përfundoi në ora {end}."),
        _ => format!(
            "{} e mbylli mbledhjen në ora {end}.",
            capitalize(chair_title(&chair))
        ),
    };
    blocks.push(Block::Para(closing));
    blocks.push(Block::Gap);
    signatures(ctx, &mut blocks, &chair);

    let title = format!("Procesverbal {subject}");
    assembly_draft(ActType::Procesverbal, number, date, title, blocks)
}

/// Who chaired, who was present and absent, who else attended.
fn opening(
    ctx: &mut Ctx,
    s: &Session,
    chair: &Person,
    mayor: &Person,
    present: u32,
    start: &str,
    place: &str,
) -> String {
    let chair_named = format!("{}, {}", chair_title(chair), chair.named(ctx));
    let mayor_named = format!("{}, {}", mayor_title(mayor.female), mayor.named(ctx));
    let guests = match ctx.rng.below(3) {
        0 => format!("{mayor_named}, drejtorët e drejtorive komunale dhe përfaqësues të mediave lokale"),
        1 => format!("{mayor_named}, nënkryetari i Komunës, drejtorët e drejtorive, përfaqësues të OSBE-së dhe të shoqërisë civile"),
        _ => format!("{mayor_named}, me bashkëpunëtorët e {}, përfaqësues të OSBE-së dhe gazetarë", mayor.g("tij", "saj")),
    };
    let absent = SEATS - present;
    let absences = absences(ctx, absent);
    // "të gjithë 35 anëtarët" rather than "35 nga 35".
    let all = absent == 0;
    let members = if all {
        format!("të gjithë {SEATS} anëtarët e Kuvendit")
    } else {
        format!("{present} nga {SEATS} anëtarët e Kuvendit")
    };
    let councillors = if all {
        format!("të gjithë {SEATS} asamblistët")
    } else {
        format!("{present} asamblistë")
    };
    let quorum = if all {
        format!("të gjithë {SEATS} asamblistët")
    } else {
        format!("{present} nga gjithsej {SEATS} asamblistë")
    };
    let when = prose_date(ctx, s.date);
    match ctx.rng.below(3) {
        0 => format!(
            "Mbledhjen e kryesoi {chair_named}. Në mbledhje ishin të pranishëm {members}.{absences} Mbledhjen e ndoqën edhe {guests}."
        ),
        1 => format!(
            "Mbledhja u mbajt {place} dhe filloi në ora {start}. E kryesoi {chair_named}. Të pranishëm ishin {councillors}.{absences} Në mbledhje morën pjesë edhe {guests}."
        ),
        _ => format!(
            "Më {when}, në mbledhje morën pjesë {quorum}, prandaj {chair_named}, konstatoi se ekziston kuorumi i nevojshëm për punë.{absences} Në sallë ishin edhe {guests}."
        ),
    }
}

fn absences(ctx: &mut Ctx, absent: u32) -> String {
    match absent {
        0 => String::new(),
        1 => {
            let p = Person::new(ctx);
            let why = *ctx.rng.pick(&["me arsyetim", "pa arsyetim"]);
            format!(
                " Mungoi {why} {} {}.",
                p.g("asamblisti", "asamblistja"),
                p.name
            )
        }
        _ => {
            let a = Person::new(ctx);
            let b = Person::new(ctx);
            let more = match absent {
                2 => String::new(),
                3 => ", ndërsa një asamblist tjetër nuk ishte në sallë".to_string(),
                _ => format!(
                    ", ndërsa {} asamblistë të tjerë nuk ishin në sallë",
                    absent - 2
                ),
            };
            format!(
                " Me arsyetim munguan asamblistët {} dhe {}{more}.",
                a.name, b.name
            )
        }
    }
}

fn minutes_approval(ctx: &mut Ctx, present: u32) -> String {
    let abstain = ctx.rng.range(0, 4) as u32;
    let yes = present - abstain - ctx.rng.range(0, 2) as u32;
    let t = tally(yes, 0, abstain);
    match ctx.rng.below(4) {
        0 => format!("Procesverbali nga mbledhja e kaluar u miratua me {t}, pa vërejtje."),
        1 => format!("U miratua pa diskutim, me {t}."),
        2 => "Procesverbali u miratua njëzëri, pa vërejtje.".into(),
        _ => {
            let who = speaker(ctx, OPPOSITION_ROLES);
            format!(
                "{} kërkoi që në procesverbal të saktësohet diskutimi i {} për buxhetin; me këtë vërejtje, procesverbali u miratua me {t}.",
                capitalize(&who.plain),
                who.person.g("tij", "saj")
            )
        }
    }
}

fn signatures(ctx: &mut Ctx, blocks: &mut Vec<Block>, chair: &Person) {
    let recorder = Person::new(ctx);
    let rec_title = recorder.g("Procesmbajtësi", "Procesmbajtësja");
    let chair_role = chair.g("Kryesuesi i Kuvendit", "Kryesuesja e Kuvendit");
    match ctx.rng.below(3) {
        0 => blocks.push(Block::Table(vec![
            vec![format!("{rec_title}:"), format!("{chair_role}:")],
            vec![recorder.name.clone(), chair.name.clone()],
        ])),
        1 => {
            blocks.push(Block::Para(format!("{rec_title}: {}", recorder.name)));
            blocks.push(Block::Right(chair_role.into()));
            blocks.push(Block::Right(chair.name.clone()));
        }
        _ => {
            let official = recorder.g("zyrtar i Kuvendit", "zyrtare e Kuvendit");
            blocks.push(Block::Table(vec![
                vec!["Procesverbalin e mbajti:".into(), format!("{chair_role}:")],
                vec![format!("{}, {official}", recorder.name), chair.name.clone()],
            ]));
        }
    }
}

// ---------------------------------------------------------------------------
// KOMUNIKATË PËR MEDIA — press releases
// ---------------------------------------------------------------------------

/// A press release: after a session of the Assembly (held that day or the
/// day before), or on an activity of the Mayor.
pub fn komunikate(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let number = ctx.rng.chance(0.5).then(|| ctx.number(INFORMATION, date));
    let line = number.as_ref().map(|n| ctx.number_line(n));
    let mut blocks = ctx.header(INFORMATION, line.as_deref(), date);
    blocks.push(Block::Title("KOMUNIKATË PËR MEDIA".into()));

    let (headline, body) = match reported_session(ctx, date) {
        Some((s, when)) => session_release(ctx, &s, when),
        None => mayor_release(ctx, date),
    };
    blocks.push(Block::Centered(headline.clone()));
    blocks.push(Block::Gap);
    blocks.extend(body);
    blocks.push(Block::Gap);
    match ctx.rng.below(3) {
        0 => blocks.push(Block::Right(INFORMATION.name.into())),
        1 => blocks.push(Block::Para(
            "Për më shumë informata: Zyra për Informim, tel. 0280 320 110".into(),
        )),
        _ => {
            blocks.push(Block::Right(INFORMATION.name.into()));
            blocks.push(Block::Right("Komuna e Gjilanit".into()));
        }
    }

    let title = format!("Komunikatë për media: {headline}");
    Draft::new(
        ActType::Komunikate,
        number,
        date,
        INFORMATION.name,
        title,
        blocks,
    )
}

/// The session a release of `date` reports, and "sot" or "dje".
fn reported_session(ctx: &mut Ctx, date: NaiveDate) -> Option<(Session, &'static str)> {
    let s = ctx.session_before(date);
    if s.date == date {
        return Some((s, "sot"));
    }
    if s.date + Duration::days(1) == date {
        return Some((s, "dje"));
    }
    let yesterday = date - Duration::days(1);
    let (day, when) = if !is_weekend(date) && ctx.rng.chance(0.4) {
        (date, "sot")
    } else if !is_weekend(yesterday) && ctx.rng.chance(0.2) {
        (yesterday, "dje")
    } else {
        return None;
    };
    Some((
        Session {
            date: day,
            ordinal: ctx.rng.range(1, 3) as u32,
            extraordinary: true,
        },
        when,
    ))
}

const OPPOSITION_LINES: &[&str] = &[
    "Këshilltarët e opozitës kritikuan propozimin, duke theksuar se {con}.",
    "Asamblistët e opozitës {voted}. \"{Con}\", tha {who}.",
    "Nga opozita, {who}, tha se {con} dhe paralajmëroi se grupi i {tij} do të kërkojë raportim të rregullt për zbatimin.",
];

const POSITION_LINES: &[&str] = &[
    "Nga radhët e pozitës u theksua se {pro}.",
    "\"{Pro}\", u shpreh {who}.",
    "{Who}, tha se {pro}.",
];

/// Position lines that answer the opposition, for when it spoke first.
const POSITION_REPLIES: &[&str] = &[
    "{Who}, u kundërpërgjigj se {pro}.",
    "Në përgjigje, nga radhët e pozitës u theksua se {pro}.",
];

/// What the position says for any proposal, when the proposal's own
/// argument has been quoted already.
const POSITION_POINTS: &[&str] = &[
    "propozimi është shqyrtuar dhe është rekomanduar nga Komiteti për Politikë dhe Financa",
    "qytetarët e kanë kërkuar këtë zgjidhje prej kohësh",
    "propozimi ka kaluar në konsultim publik dhe komentet e qytetarëve janë marrë parasysh",
    "vendimi do t’u shërbejë drejtpërdrejt qytetarëve dhe do të zbatohet pa vonesë",
];

/// Closing remarks of a session release.
const SESSION_NOTES: &[&str] = &[
    "Mbledhjen e ndoqën edhe përfaqësues të OSBE-së, të shoqërisë civile dhe të mediave lokale.",
    "Mbledhja u transmetua drejtpërdrejt në faqen zyrtare të Kuvendit në rrjetet sociale.",
    "Të gjitha aktet e miratuara do të publikohen në faqen zyrtare të Komunës pas verifikimit të ligjshmërisë nga ministria përgjegjëse për pushtetin lokal.",
    "Asamblistët nga komunitetet joshumicë kërkuan që materialet për mbledhjet e ardhshme të përkthehen me kohë edhe në gjuhën serbe dhe turke.",
];

/// What the opposition asked for when it voted for an item too.
const REQUESTS: &[&str] = &[
    "zbatimi të monitorohet nga Kuvendi",
    "lista e përfituesve të publikohet në faqen zyrtare të Komunës",
    "Kuvendi të informohet çdo tre muaj për ecurinë",
    "në vitin e ardhshëm të ndahen më shumë mjete për fshatrat",
];

const MAYOR_NEWS: &[&str] = &[
    "fillimin e asfaltimit të rrugës Gjilan–{v}",
    "përfundimin e afërt të ndriçimit publik në fshatin {v}",
    "nënshkrimin e kontratës për rinovimin e {s}",
    "hapjen e thirrjes për subvencione bujqësore",
];

fn session_release(ctx: &mut Ctx, s: &Session, when: &str) -> (String, Vec<Block>) {
    let present = ctx.rng.range(27, u64::from(SEATS)) as u32;
    let extra = ctx.rng.range(1, 3) as usize;
    let mut items = draw_items(ctx, s.date, extra + 2, false);
    let main = match items.iter().position(|i| i.kind.votable()) {
        Some(at) => items.remove(at),
        None => match draw_items(ctx, s.date, 1, true).pop() {
            Some(item) => item,
            None => return mayor_release(ctx, s.date),
        },
    };
    items.truncate(extra);
    let outcome = decide_vote(ctx, present);
    let mayor = Person::new(ctx);
    let chair = Person::new(ctx);
    let by = presenter(ctx, main.by, &mayor, &chair);
    let (headline, lead) = release_lead(ctx, s, when, &main, outcome);
    let mut body = vec![Block::Para(lead)];

    // What the proposal brings, in the presenter's words.
    let icili = if by.female { "e cila" } else { "i cili" };
    let gist = match ctx.rng.below(3) {
        0 => format!(
            "{}, {icili} e prezantoi materialin, sqaroi se {}.",
            capitalize(&by.full),
            main.gist
        ),
        1 => format!("Gjatë prezantimit, {}, tha se {}.", by.full, main.gist),
        _ => format!("Siç sqaroi {}, {}.", by.full, main.gist),
    };
    let quoted = ctx.rng.chance(0.5);
    let quote = if quoted {
        format!(" \"{}\", deklaroi {}.", capitalize(&main.pro), by.short)
    } else {
        String::new()
    };
    let pro = if quoted {
        (*ctx.rng.pick(POSITION_POINTS)).to_string()
    } else {
        main.pro.clone()
    };
    body.push(Block::Para(format!("{gist}{quote}")));

    // Opposition and position, in either order.
    let opp = speaker(ctx, OPPOSITION_ROLES);
    let pos = speaker(ctx, POSITION_ROLES);
    let opposition = if let Outcome::Unanimous(_) = outcome {
        format!(
            "Edhe opozita e mbështeti propozimin, por {}, kërkoi që {}.",
            opp.full,
            ctx.rng.pick(REQUESTS)
        )
    } else {
        let voted = match outcome {
            Outcome::Passed { no, .. } | Outcome::Failed { no, .. } if no >= 5 => "votuan kundër",
            _ => "abstenuan ose votuan kundër",
        };
        let form = *ctx.rng.pick(OPPOSITION_LINES);
        render(
            form,
            &[
                ("{voted}", voted),
                ("{Con}", &capitalize(&main.con)),
                ("{con}", &main.con),
                ("{who}", &opp.full),
                ("{tij}", opp.person.g("tij", "saj")),
            ],
        )
    };
    let opposition_first = ctx.rng.chance(0.5);
    let lines = if opposition_first && ctx.rng.chance(0.6) {
        POSITION_REPLIES
    } else {
        POSITION_LINES
    };
    let form = *ctx.rng.pick(lines);
    let position = render(
        form,
        &[
            ("{Pro}", &capitalize(&pro)),
            ("{pro}", &pro),
            ("{Who}", &capitalize(&pos.full)),
            ("{who}", &pos.full),
        ],
    );
    if opposition_first {
        body.push(Block::Para(opposition));
        body.push(Block::Para(position));
    } else {
        body.push(Block::Para(position));
        body.push(Block::Para(opposition));
    }

    // The rest of the session.
    if !items.is_empty() {
        let mut sentences = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let o = decide(ctx, item.kind, present);
            sentences.push(other_outcome(i, item, o));
        }
        body.push(Block::Para(sentences.join(" ")));
    }
    let fill = Fill::new(ctx, s.date.year(), SMALL);
    let template = *ctx.rng.pick(MAYOR_NEWS);
    let news = fill.apply(template);
    let mut endings = vec![
        format!(
            "Në fund të mbledhjes, {}, {}, informoi asamblistët për {news}.",
            mayor_title(mayor.female),
            mayor.name
        ),
        (*ctx.rng.pick(SESSION_NOTES)).to_string(),
    ];
    if ctx.rng.chance(0.5) {
        endings.reverse();
    }
    for (i, ending) in endings.into_iter().enumerate() {
        if count_words(&body) < RELEASE_BODY || (i == 0 && ctx.rng.chance(0.4)) {
            body.push(Block::Para(ending));
        }
    }
    (headline, body)
}

/// "Për votuan 24 asamblistë, kundër ishin 3, ndërsa 2 abstenuan."
fn vote_sentence(yes: u32, no: u32, abstain: u32) -> String {
    let against = match no {
        0 => "askush nuk votoi kundër".to_string(),
        1 => "kundër ishte 1".to_string(),
        _ => format!("kundër ishin {no}"),
    };
    match abstain {
        0 => format!("Për votuan {yes} asamblistë, ndërsa {against}."),
        1 => format!("Për votuan {yes} asamblistë, {against}, ndërsa 1 abstenoi."),
        _ => format!("Për votuan {yes} asamblistë, {against}, ndërsa {abstain} abstenuan."),
    }
}

/// The headline and the opening paragraph of a session release.
fn release_lead(
    ctx: &mut Ctx,
    s: &Session,
    when: &str,
    main: &Item,
    outcome: Outcome,
) -> (String, String) {
    let session = session_acc(s);
    let adopted = main.adopted();
    let proposal = format!("{} {}", main.kind.head_acc(), main.subject);
    match outcome {
        Outcome::Failed { yes, no, abstain } => {
            let headline = match ctx.rng.below(2) {
                0 => format!("Nuk kalon {}", lower_first(&main.agenda())),
                _ => format!("Kuvendi rrëzoi {proposal}"),
            };
            let lead = format!(
                "Kuvendi i Komunës së Gjilanit, në {session} të mbajtur {when}, nuk e miratoi {proposal}, pasi propozimi nuk mori shumicën e nevojshme. {}",
                vote_sentence(yes, no, abstain)
            );
            (headline, lead)
        }
        Outcome::Unanimous(yes) => (
            format!("Kuvendi miratoi njëzëri {adopted}"),
            format!(
                "Kuvendi i Komunës së Gjilanit mbajti {when} {session}, në të cilën miratoi njëzëri, me {yes} vota për, {adopted}."
            ),
        ),
        Outcome::Passed { yes, no, abstain } => {
            let t = tally(yes, no, abstain);
            let headline = match ctx.rng.below(3) {
                0 if no >= 5 => format!("Kuvendi miratoi {adopted}, opozita kundër"),
                1 => format!("Miratohet {} {}", main.kind.adopted_nom(), main.subject),
                _ => format!("Kuvendi i Komunës miratoi {adopted}"),
            };
            let lead = match ctx.rng.below(3) {
                0 => format!(
                    "Kuvendi i Komunës së Gjilanit mbajti {when} {session}, në të cilën, ndër të tjera, miratoi {adopted}. {}",
                    vote_sentence(yes, no, abstain)
                ),
                1 => format!(
                    "Në {session}, të mbajtur {when}, Kuvendi i Komunës së Gjilanit miratoi me {t} {adopted}."
                ),
                _ => format!(
                    "Asamblistët e Komunës së Gjilanit miratuan {when}, në {session}, {adopted}, me {t}."
                ),
            };
            (headline, lead)
        }
        _ => (
            format!("Kuvendi shqyrtoi {proposal}"),
            format!("Kuvendi i Komunës së Gjilanit mbajti {when} {session}."),
        ),
    }
}

/// One sentence on an item other than the lead one.
fn other_outcome(index: usize, item: &Item, o: Outcome) -> String {
    let lead = match index {
        0 => "Në të njëjtën mbledhje",
        1 => "Gjithashtu",
        _ => "Po ashtu",
    };
    match o {
        Outcome::Passed { yes, no, abstain } => format!(
            "{lead}, Kuvendi miratoi edhe {}, me {}.",
            item.adopted(),
            tally(yes, no, abstain)
        ),
        Outcome::Unanimous(_) => format!(
            "{lead}, njëzëri u miratua {} {}.",
            item.kind.adopted_nom(),
            item.subject
        ),
        Outcome::Failed { yes, .. } => format!(
            "{lead}, {} nuk mori shumicën e nevojshme, pasi për të votuan vetëm {yes} asamblistë.",
            lower_first(&item.agenda())
        ),
        Outcome::Postponed => format!(
            "{lead}, shqyrtimi i {} u shty për mbledhjen e ardhshme.",
            item.under_review()
        ),
        Outcome::Withdrawn => format!(
            "{lead}, {} u tërhoq nga rendi i ditës nga propozuesi.",
            lower_first(&item.agenda())
        ),
        Outcome::Noted => format!(
            "{lead}, asamblistët u njoftuan me informatën {}.",
            item.subject
        ),
    }
}

/// An activity of the Mayor worth a press release. Text fields take the
/// placeholders of [`Topic`] and `{op}` (a company), `{fam}` (a surname),
/// `{when}`, `{Mayor}` ("Kryetari i Komunës së Gjilanit, z. X"), `{Kryetari}`
/// ("Kryetari"/"Kryetarja"), `{mayor}` ("Kryetari i Komunës, X,"), `{surname}`.
struct Activity {
    headline: &'static str,
    lead: &'static str,
    detail: &'static str,
    quote: &'static str,
    extra: &'static str,
    amount: (u32, u32),
    months: (u32, u32),
    /// Sentences that may round off the release.
    context: &'static [&'static str],
}

const ACTIVITIES: &[Activity] = &[
    Activity {
        headline: "U përurua objekti i rinovuar i {s} në {v}",
        lead: "{Mayor} përuroi {when} objektin e rinovuar të {s} në {v}, ku mësim ndjekin rreth {K} nxënës.",
        detail: "Punimet, me vlerë prej {e}, i ka kryer operatori {op} dhe kanë përfshirë ndërrimin e kulmit, të dyerve dhe të dritareve, sistemin e ri të ngrohjes dhe rregullimin e oborrit të shkollës. Shkolla është pajisur edhe me një kabinet të informatikës.",
        quote: "Investimi në arsim është investimi më i mirë që mund të bëjmë. Nxënësit e këtij fshati meritojnë kushte të njëjta me ata të qytetit",
        extra: "Drejtori i shkollës falënderoi Komunën dhe prindërit për mirëkuptimin gjatë muajve të punimeve, kur mësimi u zhvillua në ndërrime.",
        amount: (80_000, 400_000),
        months: ANY,
        context: INVESTMENT,
    },
    Activity {
        headline: "Përfundon asfaltimi i rrugës kryesore në {v}",
        lead: "{Mayor} inspektoi {when} punimet e përfunduara në rrugën kryesore të fshatit {v}, e cila u asfaltua në gjatësi prej rreth {n} kilometrash.",
        detail: "Vlera e projektit arrin {e}, ndërsa punimet i ka kryer {op}. Përveç asfaltimit, janë ndërtuar kanalet atmosferike dhe trotuari pranë shkollës së fshatit, ndërsa në muajt në vijim do të vendoset edhe ndriçimi publik.",
        quote: "Kjo rrugë ishte kërkesa e parë e banorëve në çdo takim që kemi pasur. Sot e mbajmë premtimin",
        extra: "Banorët e fshatit e falënderuan Komunën dhe kërkuan që në vazhdim të asfaltohen edhe rrugicat e lagjeve.",
        amount: (150_000, 700_000),
        months: (4, 11),
        context: INVESTMENT,
    },
    Activity {
        headline: "{Kryetari} {surname} takoi fermerët nga {v}: mbështetje për grumbullimin e qumështit",
        lead: "{Mayor} u takua {when} me një grup fermerësh nga {v} dhe fshatrat përreth, me të cilët diskutoi për problemet me grumbullimin dhe shitjen e qumështit.",
        detail: "Fermerët kërkuan që Komuna të ndihmojë në blerjen e tankeve ftohëse dhe të ndikojë që pagesat nga pikat grumbulluese të bëhen me kohë. {Kryetari} {surname} tha se në programin e subvencioneve për këtë vit janë paraparë {e} për sektorin e blegtorisë.",
        quote: "Fermerët janë shtylla e ekonomisë së Gjilanit. Nuk do t’i lëmë vetëm as në prodhim, as në treg",
        extra: "Takimi u mbajt në oborrin e një ferme familjare, ku fermerët shfaqën edhe makineritë e blera me subvencionet e vitit të kaluar.",
        amount: (60_000, 200_000),
        months: ANY,
        context: MEETING,
    },
    Activity {
        headline: "Nënshkruhet kontrata për ndërtimin e ujësjellësit në {v}",
        lead: "{Mayor} dhe përfaqësuesi i operatorit ekonomik {op} nënshkruan {when} kontratën për ndërtimin e rrjetit të ujësjellësit në fshatin {v}, me vlerë prej {e}.",
        detail: "Projekti përfshin ndërtimin e një rezervuari të ri dhe shtrirjen e gypave deri te çdo shtëpi e fshatit, ndërsa afati për përfundimin e punimeve është {n} muaj nga dita e fillimit. Pas përfundimit, rrjeti do t’i dorëzohet për menaxhim kompanisë rajonale të ujësjellësit.",
        quote: "Pas shumë vitesh pritjeje, banorët e këtij fshati do të kenë ujë të pijshëm në shtëpitë e tyre",
        extra: "Në nënshkrim ishin të pranishëm edhe përfaqësues të këshillit të fshatit, të cilët premtuan bashkëpunim gjatë punimeve.",
        amount: (200_000, 800_000),
        months: ANY,
        context: INVESTMENT,
    },
    Activity {
        headline: "Dy automjete të reja emergjente për Qendrën Kryesore të Mjekësisë Familjare",
        lead: "{Mayor} vizitoi {when} Qendrën Kryesore të Mjekësisë Familjare, ku ia dorëzoi shërbimit të urgjencës dy automjete të reja emergjente, të blera me {e} nga buxheti komunal.",
        detail: "Gjatë vizitës, drejtori i qendrës informoi se vjetërsia e automjeteve ka qenë problemi kryesor i shërbimit, sidomos për ndërhyrjet në fshatrat e largëta si {v}. Në planin e këtij viti është paraparë edhe rinovimi i ambulancës në {v2}.",
        quote: "Shëndeti i qytetarëve nuk pret. Me këto automjete, ekipet e urgjencës do të arrijnë më shpejt te çdo pacient",
        extra: "Komuna ka paraparë edhe punësimin e {n} mjekëve dhe infermierëve të rinj gjatë këtij viti.",
        amount: (90_000, 180_000),
        months: ANY,
        context: INVESTMENT,
    },
    Activity {
        headline: "{N} studentë të dalluar marrin bursat komunale",
        lead: "Në një ceremoni të mbajtur {when} në sallën e Kuvendit, {mayor} ua ndau bursat {N} studentëve të dalluar nga Komuna e Gjilanit.",
        detail: "Vlera e përgjithshme e bursave arrin {e}. Përparësi në vlerësim kanë pasur studentët me notë mesatare mbi nëntë, studentët me aftësi të kufizuara dhe ata nga familjet që marrin asistencë sociale. Bursat do të paguhen në dy këste, në muajin dhjetor dhe në muajin mars.",
        quote: "Ju jeni krenaria e këtij qyteti. Bursa është një shenjë e vogël e mirënjohjes sonë dhe një nxitje që të vazhdoni me të njëjtin përkushtim",
        extra: "Në emër të studentëve, një studente e mjekësisë falënderoi Komunën dhe tha se bursa do t’i ndihmojë shumë familjes së saj.",
        amount: (40_000, 120_000),
        months: (10, 12),
        context: CEREMONY,
    },
    Activity {
        headline: "{Kryetari} {surname} takoi përfaqësuesit e bizneseve: zona industriale prioritet",
        lead: "{Mayor} priti {when} përfaqësuesit e shoqatave të biznesit në Gjilan, me të cilët diskutoi për taksat komunale, procedurat e lejeve dhe zhvillimin e zonës industriale.",
        detail: "Bizneset kërkuan shkurtimin e afateve për lejet e ndërtimit dhe një sportel të vetëm për regjistrim. {Kryetari} {surname} informoi se në zonën industriale janë rregulluar rrugët e brendshme dhe se së shpejti do të shpallet thirrja për dhënien e parcelave në shfrytëzim.",
        quote: "Vendet e punës i krijojnë bizneset, jo Komuna. Detyra jonë është t’ua lehtësojmë rrugën",
        extra: "U ra dakord që takime të tilla të mbahen çdo tre muaj, ndërsa propozimet e bizneseve të shqyrtohen gjatë hartimit të buxhetit për vitin {ny}.",
        amount: SMALL,
        months: ANY,
        context: MEETING,
    },
    Activity {
        headline: "Komuna e Gjilanit gati për sezonin dimëror",
        lead: "{Mayor} mbajti {when} një takim me operatorët e kontraktuar për mirëmbajtjen dimërore të rrugëve, ku u shqyrtua gatishmëria për sezonin e ri.",
        detail: "Për pastrimin e borës janë angazhuar {n} operatorë me {N} automjete dhe makineri, ndërsa në depot komunale janë siguruar rezerva të kripës dhe të zhavorrit. Përparësi do të kenë rrugët drejt shkollave, Qendrës Kryesore të Mjekësisë Familjare dhe fshatrave malore si {v} dhe {v2}.",
        quote: "Asnjë fshat nuk do të mbetet i izoluar. Operatorët janë të obliguar të dalin në terren që në orët e para të reshjeve",
        extra: "Qytetarët mund të lajmërojnë rrugët e papastruara në telefonin e shërbimit komunal 0280 320 150.",
        amount: SMALL,
        months: (10, 12),
        context: MEETING,
    },
    Activity {
        headline: "U hap parku i ri për fëmijë në lagjen \"{q}\"",
        lead: "{Mayor} përuroi {when} parkun e ri për fëmijë në lagjen \"{q}\", të ndërtuar në një hapësirë që deri vonë shërbente si deponi e egër.",
        detail: "Parku ka kënde lojërash për mosha të ndryshme, shtigje për ecje, ndriçim me llamba LED dhe mbi {N} fidanë të mbjellë. Investimi prej {e} është financuar nga buxheti komunal, ndërsa mirëmbajtjen do ta bëjë ndërmarrja publike për parqe.",
        quote: "Fëmijët e kësaj lagjeje tani kanë një vend të sigurt për lojë, afër shtëpive të tyre",
        extra: "Banorët u thirrën ta ruajnë parkun si pronë të përbashkët.",
        amount: (40_000, 150_000),
        months: (4, 10),
        context: INVESTMENT,
    },
    Activity {
        headline: "Familja {fam} nga {v} pajiset me shtëpi të re",
        lead: "{Mayor} ia dorëzoi {when} çelësat e shtëpisë së re familjes {fam} nga fshati {v}, e cila deri tani jetonte në kushte të rënda.",
        detail: "Shtëpia është ndërtuar me {e} nga buxheti i Drejtorisë për Shëndetësi dhe Mirëqenie Sociale dhe është pajisur me mobilie dhe pajisje elementare. Familja, me {n} anëtarë, ishte përzgjedhur nga komisioni komunal për strehim social, sipas gjendjes ekonomike dhe numrit të fëmijëve. Këtë vit Komuna planifikon të ndërtojë edhe disa shtëpi të tjera për familjet në nevojë.",
        quote: "Askush në Gjilan nuk duhet të jetojë pa kulm mbi kokë. Kjo është përgjegjësia jonë e përbashkët",
        extra: "Kryefamiljari falënderoi Komunën dhe fqinjët që e ndihmuan familjen gjatë viteve të vështira.",
        amount: (25_000, 45_000),
        months: ANY,
        context: CEREMONY,
    },
    Activity {
        headline: "Ndriçim i ri publik me LED në {v} dhe {v2}",
        lead: "{Mayor} shënoi {when} fillimin e punimeve për ndriçimin publik me llamba LED në fshatrat {v} dhe {v2}.",
        detail: "Projekti, me vlerë prej {e}, përfshin vendosjen e {N} shtyllave të reja dhe zëvendësimin e llambave të vjetra, çka pritet ta ulë shpenzimin e energjisë elektrike për rreth gjysmën. Punimet i kryen {op} dhe duhet të përfundojnë brenda {n} javësh.",
        quote: "Rrugët e ndriçuara janë më të sigurta për fëmijët dhe për këdo që kthehet vonë në shtëpi",
        extra: "Në vitin {ny}, ndriçimi me LED do të shtrihet edhe në fshatra të tjera.",
        amount: (60_000, 250_000),
        months: ANY,
        context: INVESTMENT,
    },
    Activity {
        headline: "Aksion i mbjelljes së fidanëve me nxënësit e {s}",
        lead: "Në kuadër të aksionit për një Gjilan më të gjelbër, {mayor} mori pjesë {when} në mbjelljen e mbi {N} fidanëve, bashkë me nxënësit dhe mësimdhënësit e {s}.",
        detail: "Fidanët janë mbjellë në oborrin e shkollës dhe përgjatë rrugës {st}, ndërsa aksioni do të vazhdojë edhe në parqet e qytetit dhe në zonat e pyllëzuara mbi {v}. Fidanët janë siguruar nga Drejtoria për Bujqësi, Pylltari dhe Zhvillim Rural, e cila këtë pranverë planifikon të mbjellë gjithsej rreth {K}0 fidanë në të gjithë komunën.",
        quote: "Çdo fidan që mbjellim sot është ajër më i pastër për fëmijët tanë nesër",
        extra: "Nxënësit morën përsipër t’i ujitin dhe t’i mbrojnë fidanët gjatë verës.",
        amount: SMALL,
        months: (3, 5),
        context: CEREMONY,
    },
    Activity {
        headline: "{Kryetari} {surname} priti bashkatdhetarët në takimin tradicional me mërgatën",
        lead: "{Mayor} priti {when} në një takim tradicional bashkatdhetarët nga Gjilani që jetojnë dhe punojnë jashtë vendit, të cilët po kalojnë pushimet verore në vendlindje.",
        detail: "Në takim u diskutua për mundësitë e investimeve të mërgatës në bujqësi dhe turizëm, si dhe për procedurat në sportelet komunale. {Kryetari} {surname} informoi se gjatë verës sportelet e gjendjes civile punojnë edhe të shtunave, për t’u shërbyer më shpejt bashkatdhetarëve.",
        quote: "Mërgata ka qenë gjithmonë krah i fortë i Gjilanit. Dyert e Komunës janë të hapura për çdo ide dhe investim",
        extra: "Disa bashkatdhetarë shprehën interes për të investuar në përpunimin e frutave në fshatin {v}.",
        amount: SMALL,
        months: (7, 8),
        context: MEETING,
    },
    Activity {
        headline: "Ndërtimi i çerdhes së re në lagjen \"{q}\" në fazën përfundimtare",
        lead: "{Mayor} vizitoi {when} kantierin e çerdhes së re në lagjen \"{q}\", ku punimet kanë hyrë në fazën përfundimtare.",
        detail: "Çerdhja do të ketë kapacitet për rreth {N} fëmijë, me dhoma gjumi, kuzhinë dhe oborr të rregulluar për lojë. Vlera e investimit arrin {e}, ndërsa operatori {op} ka afat t’i përfundojë punimet brenda {n} javësh.",
        quote: "Çdo vend i ri në çerdhe është një nënë më shumë që mund të kthehet në punë",
        extra: "Regjistrimi i fëmijëve në çerdhen e re pritet të hapet pas pranimit teknik të objektit.",
        amount: (300_000, 900_000),
        months: ANY,
        context: INVESTMENT,
    },
];

/// Sentences that round off a release on an investment.
const INVESTMENT: &[&str] = &[
    "Projekti është pjesë e planit të investimeve kapitale për vitin {y}, të miratuar nga Kuvendi i Komunës në kuadër të buxhetit komunal.",
    "Komuna e Gjilanit do të vazhdojë t’i informojë qytetarët për ecurinë e projekteve përmes faqes zyrtare dhe rrjeteve sociale.",
    "Në aktivitet morën pjesë edhe drejtorë të drejtorive komunale, anëtarë të Kuvendit të Komunës dhe banorë të zonës.",
    "{Kryetari} {surname} theksoi se Komuna do të vazhdojë me investime të ngjashme edhe në vendbanimet e tjera, sipas prioriteteve që qytetarët i kanë shprehur në dëgjimet publike për buxhetin.",
];

/// Sentences that round off a release on a meeting.
const MEETING: &[&str] = &[
    "Në takim morën pjesë edhe drejtorë të drejtorive përkatëse, të cilët iu përgjigjën pyetjeve të pjesëmarrësve.",
    "{Kryetari} {surname} premtoi se kërkesat e paraqitura do të shqyrtohen nga drejtoritë përkatëse dhe se pjesëmarrësit do të njoftohen për ecurinë e tyre.",
    "Komuna e Gjilanit do të vazhdojë praktikën e takimeve të drejtpërdrejta me qytetarët dhe me grupet e interesit.",
];

/// Sentences that round off a release on a ceremony or a public action.
const CEREMONY: &[&str] = &[
    "Aktivitetin e ndoqën edhe drejtorë të drejtorive komunale, anëtarë të Kuvendit të Komunës dhe përfaqësues të mediave lokale.",
    "Komuna e Gjilanit do ta mbështesë këtë nismë edhe në vitet në vijim.",
    "Komuna e Gjilanit fton qytetarët, bizneset dhe organizatat e shoqërisë civile që t’i bashkohen kësaj nisme me kontributin e tyre.",
    "{Kryetari} {surname} falënderoi të gjithë ata që kontribuuan në organizimin e aktivitetit.",
];

/// Words a release on the Mayor's activity should reach before the
/// rounding-off sentences stop.
const RELEASE_BODY: usize = 200;

fn mayor_release(ctx: &mut Ctx, date: NaiveDate) -> (String, Vec<Block>) {
    let pool: Vec<&Activity> = ACTIVITIES
        .iter()
        .filter(|a| in_season(a.months, date.month()))
        .collect();
    let activity = if pool.is_empty() {
        &ACTIVITIES[0]
    } else {
        pool[ctx.rng.below(pool.len())]
    };
    let mayor = Person::new(ctx);
    let when = if ctx.rng.chance(0.7) { "sot" } else { "dje" };
    let kryetari = mayor.g("Kryetari", "Kryetarja");
    let fill = Fill::new(ctx, date.year(), activity.amount)
        .with(
            "{Mayor}",
            format!(
                "{} së Gjilanit, {},",
                mayor_title(mayor.female),
                mayor.named(ctx)
            ),
        )
        .with(
            "{mayor}",
            format!("{}, {},", mayor_title(mayor.female), mayor.name),
        )
        .with("{Kryetari}", kryetari.into())
        .with("{surname}", mayor.surname().into())
        .with("{when}", when.into());

    let headline = fill.apply(activity.headline);
    let attribution = match ctx.rng.below(3) {
        0 => format!("tha {kryetari} {}", mayor.surname()),
        1 => format!("deklaroi {kryetari} {}", mayor.name),
        _ => format!("u shpreh {kryetari} me këtë rast"),
    };
    let quote = format!("\"{}\", {attribution}.", fill.apply(activity.quote));
    let mut body = vec![Block::Para(fill.apply(activity.lead))];
    if ctx.rng.chance(0.5) {
        body.push(Block::Para(fill.apply(activity.detail)));
        body.push(Block::Para(quote));
    } else {
        body.push(Block::Para(quote));
        body.push(Block::Para(fill.apply(activity.detail)));
    }
    if ctx.rng.chance(0.7) {
        body.push(Block::Para(fill.apply(activity.extra)));
    }
    let mut context: Vec<&&str> = ctx.rng.sample(activity.context, 3);
    if ctx.rng.chance(0.5) {
        context.reverse();
    }
    for sentence in context {
        if count_words(&body) > RELEASE_BODY {
            break;
        }
        body.push(Block::Para(fill.apply(sentence)));
    }
    (headline, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_leave_out_zeros() {
        assert_eq!(tally(24, 3, 2), "24 vota për, 3 kundër dhe 2 abstenime");
        assert_eq!(tally(30, 0, 1), "30 vota për, asnjë kundër dhe 1 abstenim");
        assert_eq!(tally(31, 0, 0), "31 vota për");
    }

    #[test]
    fn votes_never_exceed_the_seats() {
        let mut ctx = Ctx::new(9);
        for present in 27..=SEATS {
            for _ in 0..200 {
                match decide(&mut ctx, Kind::Decision, present) {
                    Outcome::Passed { yes, no, abstain } => {
                        assert!(yes + no + abstain <= present);
                        assert!(yes > no + abstain);
                    }
                    Outcome::Failed { yes, no, abstain } => {
                        assert!(yes + no + abstain <= present);
                        assert!(yes <= present / 2);
                    }
                    Outcome::Unanimous(yes) => assert!(yes <= present),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn invitations_come_before_the_meeting() {
        let mut ctx = Ctx::new(4);
        let d = NaiveDate::from_ymd_opt(2019, 3, 20).unwrap_or_default();
        let next = next_session(&mut ctx, d);
        assert!(next.date > d);
        assert_eq!(
            next.date,
            NaiveDate::from_ymd_opt(2019, 3, 28).unwrap_or_default()
        );
    }
}
