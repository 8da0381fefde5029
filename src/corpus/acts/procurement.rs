//! Procurement: the contract notices (and contract award notices) the
//! Procurement Office publishes, and the contracts the municipality signs
//! with economic operators, under the Law on Public Procurement
//! (Ligji Nr. 04/L-042, amended by 04/L-237, 05/L-068 and 05/L-092).
//!
//! Both kinds draw from one bank of [`Subject`]s: what is procured, with its
//! own technical details, place, obligations, capacity requirements, value
//! range and duration. A draft resolves a subject's placeholders once
//! ([`Fill`]), so villages, schools and quantities agree across the page.

use chrono::{Datelike, Duration, Months, NaiveDate};

use super::super::draft::{count_words, Block, Contract, Draft};
use super::super::grammar::{
    self, capitalize, euro_words, join_and, lower_first, mayor_title, street_nom,
};
use super::super::world::{
    dotted, euros, long_date, next_workday, thousands, Ctx, Person, PROCUREMENT, QUARTERS, SCHOOLS,
};
use crate::model::ActType;

// ---------------------------------------------------------------------------
// Subjects
// ---------------------------------------------------------------------------

/// The three kinds of contract the law knows; the code ends the
/// procurement number's third group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Works,
    Services,
    Supplies,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Supplies => "1",
            Kind::Services => "2",
            Kind::Works => "5",
        }
    }

    /// The line under a notice's title ("PUNË").
    fn notice_line(self) -> &'static [&'static str] {
        match self {
            Kind::Works => &["PUNË", "Punë"],
            Kind::Services => &["SHËRBIME", "Shërbime"],
            Kind::Supplies => &["FURNIZIME", "Furnizime", "FURNIZIM"],
        }
    }

    /// The contract type field of a notice.
    fn notice_type(self) -> &'static [&'static str] {
        match self {
            Kind::Works => &["Punë – ekzekutim", "Punë", "Punë publike – ekzekutim"],
            Kind::Services => &[
                "Shërbime",
                "Shërbime – kategoria e shërbimeve të përgjithshme",
            ],
            Kind::Supplies => &["Furnizim", "Furnizim – blerje", "Furnizime"],
        }
    }

    /// "KONTRATË PËR PUNË", and the title's "për punë".
    fn contract_word(self) -> (&'static str, &'static str) {
        match self {
            Kind::Works => ("PUNË", "punë"),
            Kind::Services => ("SHËRBIME", "shërbime"),
            Kind::Supplies => ("FURNIZIM", "furnizim"),
        }
    }

    /// The documents a contract's object refers to.
    fn documents(self) -> &'static [&'static str] {
        match self {
            Kind::Works => &[
                "sipas paramasës, parallogarisë dhe projektit teknik",
                "sipas projektit kryesor dhe paramasës",
            ],
            Kind::Services => &[
                "sipas termave të referencës",
                "sipas specifikacionit të shërbimeve",
            ],
            Kind::Supplies => &[
                "sipas specifikacionit teknik",
                "sipas specifikacionit teknik dhe listës së çmimeve",
            ],
        }
    }
}

/// How long a contract runs.
#[derive(Debug, Clone, Copy)]
enum Term {
    /// Calendar days from signing, drawn in a range.
    Days(u64, u64),
    /// Months, one of a few usual lengths.
    Months(&'static [u32]),
    /// A school year (1 September – 30 June).
    SchoolYear,
    /// A winter season (until 15 March).
    Winter,
}

/// Whether a notice may split the contract into lots, and how lots are named.
#[derive(Debug, Clone, Copy)]
enum Lots {
    None,
    /// One lot per village of the draft; `{v}` is the village.
    Villages(&'static str),
    Named(&'static [&'static str]),
}

/// What the contractor guarantees after delivery.
#[derive(Debug, Clone, Copy)]
enum Warranty {
    None,
    /// The defects period of works.
    Works,
    Text(&'static str),
}

/// One thing the municipality procures. Templates use `{villages}`,
/// `{village}`, `{schools}`, `{school}`, `{quarters}`, `{quarter}`, `{km}`,
/// `{qty}`, `{schoolyear}`, `{winter}`, and in contract clauses `{op}` (the
/// operator's defined name) and `{opd}` (its oblique form).
struct Subject {
    kind: Kind,
    /// The title, nominative ("Asfaltimi i rrugëve …").
    name: &'static str,
    /// After "për" ("asfaltimin e rrugëve …").
    purpose: &'static str,
    /// Where the contract is carried out.
    site: &'static str,
    /// What the contractor does, accusative ("përgatitjen e …").
    scope: &'static str,
    /// An obligation proper to this subject.
    duty: &'static str,
    /// The technical capacity a notice asks for.
    capacity: &'static str,
    /// Plausible contract values, EUR.
    value: (u64, u64),
    /// Range of `{qty}`.
    qty: (u64, u64),
    term: Term,
    lots: Lots,
    /// The office whose contract manager follows the contract.
    manager: &'static str,
    warranty: Warranty,
}

const DSP: &str = "Drejtoria për Shërbime Publike";
const EDUCATION: &str = "Drejtoria për Arsim";
const ADMINISTRATION: &str = "Drejtoria e Administratës";
const HEALTH: &str = "Drejtoria për Shëndetësi dhe Mirëqenie Sociale";
const URBANISM: &str = "Drejtoria për Urbanizëm";
const CULTURE: &str = "Drejtoria për Kulturë, Rini dhe Sport";

const SUBJECTS: &[Subject] = &[
    Subject {
        kind: Kind::Works,
        name: "Asfaltimi i rrugëve në fshatrat {villages}",
        purpose: "asfaltimin e rrugëve në fshatrat {villages}",
        site: "fshatrat {villages}, Komuna e Gjilanit",
        scope: "përgatitjen e bazamentit me zhavorr të fraksionuar, shtrimin e shtresës bituminoze BNS 22 dhe të asfaltbetonit AB 11, ndërtimin e rigolave anësore dhe sinjalizimin horizontal e vertikal, në gjatësi të përgjithshme prej {km} km",
        duty: "{op} paraqet atestet e laboratorit të akredituar për materialet e përdorura, vendos sinjalizimin e përkohshëm gjatë punimeve dhe mban librin ndërtimor, të cilin e nënshkruan mbikëqyrësi i punëve.",
        capacity: "përvojë në punë të ngjashme gjatë tri viteve të fundit; fabrikë asfalti në distancë deri në 60 km ose kontratë për furnizim me asfalt; inxhinier i ndërtimit dhe gjeodet në ekip",
        value: (80_000, 450_000),
        qty: (0, 0),
        term: Term::Days(60, 150),
        lots: Lots::Villages("rruga në fshatin {v}"),
        manager: DSP,
        warranty: Warranty::Works,
    },
    Subject {
        kind: Kind::Services,
        name: "Mirëmbajtja e ndriçimit publik në qytet dhe në fshatra",
        purpose: "mirëmbajtjen e rrjetit të ndriçimit publik në qytetin e Gjilanit dhe në fshatra",
        site: "qyteti i Gjilanit dhe fshatrat e komunës",
        scope: "ndërrimin e llambave dhe të ndriçuesve të dëmtuar, riparimin e kabllove, të shtyllave dhe të kutive matëse, si dhe ndërhyrjet emergjente brenda 24 orëve nga njoftimi, në rreth {qty} pika ndriçimi",
        duty: "{op} mban në gatishmëri të përhershme një automjet me platformë hidraulike dhe një ekip prej së paku dy elektricistësh, edhe gjatë fundjavave dhe festave zyrtare, dhe i dorëzon menaxherit të kontratës raport mujor për ndërhyrjet e kryera.",
        capacity: "licencë për kryerjen e punëve elektrike; së paku një automjet me platformë për punë në lartësi; dy elektricistë të kualifikuar",
        value: (30_000, 150_000),
        qty: (3_000, 7_000),
        term: Term::Months(&[12, 24, 36]),
        lots: Lots::None,
        manager: DSP,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Services,
        name: "Transporti i nxënësve për vitin shkollor {schoolyear}",
        purpose: "shërbimin e transportit të nxënësve për vitin shkollor {schoolyear}",
        site: "linjat nga fshatrat {villages} deri te shkollat përkatëse",
        scope: "transportin e përditshëm të nxënësve nga fshatrat {villages} deri te shkollat {schools} dhe kthimin e tyre, sipas linjave dhe orareve të përcaktuara në aneksin e kontratës",
        duty: "{op} përdor vetëm automjete të regjistruara për transport udhëtarësh, me kontroll teknik të vlefshëm dhe me sigurim për udhëtarët, dhe siguron përcjellës në linjat ku udhëtojnë nxënës të klasave 1–3.",
        capacity: "licencë për transport rrugor të udhëtarëve; së paku {qty} autobusë ose minibusë jo më të vjetër se 15 vjet",
        value: (60_000, 320_000),
        qty: (4, 12),
        term: Term::SchoolYear,
        lots: Lots::Villages("linja {v} – shkolla"),
        manager: EDUCATION,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim me dru për ngrohje për shkollat",
        purpose: "furnizimin e shkollave me dru për ngrohje për sezonin dimëror {winter}",
        site: "depot e shkollave fillore dhe të mesme të komunës, sipas listës në dosjen e tenderit",
        scope: "furnizimin me {qty} metër kub dru ahu të thata, të prera në gjatësi 25–33 cm, me lagështi jo më të madhe se 25 %, të dorëzuara dhe të vendosura në depot e shkollave {schools} dhe të shkollave të tjera sipas listës",
        duty: "Drutë dorëzohen me fletëdërgesë, të cilën e nënshkruan drejtori i shkollës ose personi i autorizuar prej tij, ndërsa sasia matet në prani të menaxherit të kontratës; drutë e njoma ose të kalbura kthehen në llogari të {opd}.",
        capacity: "dëshmi për prejardhjen e ligjshme të drurit nga Agjencia Pyjore e Kosovës; së paku dy kamionë për transport",
        value: (25_000, 140_000),
        qty: (400, 1_600),
        term: Term::Days(30, 60),
        lots: Lots::None,
        manager: EDUCATION,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim me pelet për ngrohjen e shkollave dhe të çerdheve",
        purpose: "furnizimin me pelet për ngrohjen e shkollave dhe të institucioneve parashkollore",
        site: "kaldajat e shkollave dhe të çerdheve publike në Gjilan",
        scope: "furnizimin me {qty} tonë pelet druri të klasës A1, në thasë prej 15 kg ose në formë të derdhur, për kaldajat e shkollave {schools} dhe të çerdheve publike, sipas porosive të drejtorëve të shkollave",
        duty: "Me çdo dërgesë {op} paraqet certifikatën e cilësisë dhe analizën laboratorike për vlerën kalorike, lagështinë dhe përqindjen e hirit të peletit.",
        capacity: "certifikatë e cilësisë EN plus A1 ose ekuivalente; depo e mbyllur për ruajtjen e peletit; së paku një kamion me vinç",
        value: (40_000, 180_000),
        qty: (150, 700),
        term: Term::Months(&[6, 12]),
        lots: Lots::None,
        manager: EDUCATION,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim me ushqim për institucionet parashkollore",
        purpose: "furnizimin me ushqim të institucioneve parashkollore publike",
        site: "institucionet parashkollore publike në Gjilan, sipas listës në dosjen e tenderit",
        scope: "furnizimin e rregullt me bukë dhe produkte brumi, qumësht dhe nënprodukte të tij, mish e vezë, fruta dhe perime të freskëta, sipas menysë javore të miratuar nga nutricionisti, për rreth {qty} fëmijë",
        duty: "Ushqimi transportohet me automjete frigoriferike të certifikuara nga Agjencia e Ushqimit dhe Veterinarisë, ndërsa produktet me afat të skaduar ose me ambalazh të dëmtuar {op} i zëvendëson brenda së njëjtës ditë.",
        capacity: "certifikatë nga Agjencia e Ushqimit dhe Veterinarisë për objektin dhe për automjetet e transportit; së paku një automjet frigoriferik",
        value: (50_000, 200_000),
        qty: (350, 750),
        term: Term::Months(&[12]),
        lots: Lots::Named(&[
            "Bukë dhe produkte brumi",
            "Qumësht dhe produkte qumështi",
            "Mish, peshk dhe vezë",
            "Fruta dhe perime",
        ]),
        manager: EDUCATION,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Services,
        name: "Grumbullimi dhe transporti i mbeturinave në zonat rurale",
        purpose: "grumbullimin dhe transportin e mbeturinave komunale në zonat rurale",
        site: "fshatrat {villages} dhe vendbanimet e tjera rurale",
        scope: "grumbullimin e mbeturinave komunale nga ekonomitë familjare dhe institucionet publike në fshatrat {villages}, si dhe transportin e tyre në deponinë sanitare rajonale, një herë në javë, ndërsa gjatë muajve të verës dy herë në javë",
        duty: "{op} pastron hapësirën përreth kontejnerëve pas zbrazjes dhe mban evidencë ditore për sasinë e mbeturinave të transportuara, të vërtetuar nga operatori i deponisë.",
        capacity: "licencë për grumbullimin dhe transportin e mbeturinave jo të rrezikshme; së paku {qty} kamionë kompaktorë dhe një kamion me vinç për kontejnerë",
        value: (60_000, 260_000),
        qty: (2, 5),
        term: Term::Months(&[12, 24, 36]),
        lots: Lots::Villages("zona e fshatit {v}"),
        manager: DSP,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim me material shpenzues për zyre",
        purpose: "furnizimin me material shpenzues për zyre për nevojat e administratës komunale",
        site: "depoja e administratës komunale, Gjilan",
        scope: "furnizimin me letër fotokopjuese A4 dhe A3, dosje, mjete shkrimi, tonerë për printerë e fotokopje dhe material tjetër zyre, sipas porosive të drejtorive komunale, për rreth {qty} zyrtarë",
        duty: "{op} i realizon porositë brenda tri ditëve pune; tonerët duhet të jenë origjinalë ose ekuivalentë, me garanci të prodhuesit për cilësinë e shtypit.",
        capacity: "dëshmi për së paku dy furnizime të ngjashme gjatë tri viteve të fundit; depo në territorin e Kosovës",
        value: (6_000, 45_000),
        qty: (250, 450),
        term: Term::Months(&[12, 24]),
        lots: Lots::None,
        manager: ADMINISTRATION,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim me pajisje të teknologjisë informative",
        purpose: "furnizimin me pajisje të teknologjisë informative për administratën komunale",
        site: "objekti i administratës komunale dhe Qendra për Shërbime Qytetare, Gjilan",
        scope: "furnizimin dhe instalimin e {qty} kompjuterëve të tavolinës me monitorë 24 inç, të kompjuterëve portativë dhe të printerëve multifunksionalë, si dhe të një serveri me sistem rezervë për ruajtjen e të dhënave, me licencat përkatëse",
        duty: "{op} i instalon pajisjet në zyrat përkatëse, i lidh ato me rrjetin e brendshëm të komunës dhe e trajnon stafin e teknologjisë informative për administrimin e serverit.",
        capacity: "autorizim nga prodhuesi ose nga distributori zyrtar për pajisjet e ofertuara; servis i autorizuar në Kosovë",
        value: (20_000, 120_000),
        qty: (15, 80),
        term: Term::Days(20, 45),
        lots: Lots::None,
        manager: ADMINISTRATION,
        warranty: Warranty::Text("Pajisjet kanë garanci prej së paku 36 muajsh nga dita e pranimit. Gjatë kësaj periudhe {op} i riparon ose i zëvendëson pajisjet me defekt brenda pesë ditëve pune, pa kompensim shtesë."),
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim me barna dhe material medicinal për QKMF",
        purpose: "furnizimin me barna dhe material medicinal shpenzues për Qendrën Kryesore të Mjekësisë Familjare",
        site: "farmacia e QKMF-së në Gjilan",
        scope: "furnizimin me barna nga Lista Esenciale e Barnave, material sanitar shpenzues, reagjentë laboratorikë dhe material stomatologjik për QKMF-në në Gjilan dhe për qendrat e mjekësisë familjare në fshatrat {villages}",
        duty: "Në çastin e dorëzimit, afati i përdorimit i barnave nuk mund të jetë më i shkurtër se 75 % e afatit të tyre të përgjithshëm, ndërsa {op} i transporton barnat në temperaturën e kërkuar nga prodhuesi.",
        capacity: "licencë nga Agjencia Kosovare për Produkte dhe Pajisje Medicinale për tregtim me shumicë; farmacist i diplomuar në marrëdhënie pune",
        value: (40_000, 250_000),
        qty: (0, 0),
        term: Term::Months(&[12, 24]),
        lots: Lots::Named(&[
            "Barna esenciale",
            "Material sanitar shpenzues",
            "Reagjentë laboratorikë",
            "Material stomatologjik",
        ]),
        manager: HEALTH,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Services,
        name: "Pastrimi i borës dhe kripëzimi i rrugëve në sezonin dimëror {winter}",
        purpose: "pastrimin e borës dhe kripëzimin e rrugëve në sezonin dimëror {winter}",
        site: "rrugët e qytetit dhe rrugët lokale për fshatrat {villages}",
        scope: "pastrimin e borës me plugje dhe kripëzimin e rrugëve kryesore të qytetit, të rrugëve për fshatrat {villages} dhe të oborreve të shkollave, me gatishmëri 24-orëshe gjatë gjithë sezonit dimëror",
        duty: "{op} mban në gatishmëri së paku {qty} kamionë me plug dhe shpërndarës kripe, si dhe rezervë prej së paku 200 tonësh kripë industriale, dhe fillon punën brenda dy orëve nga urdhri i menaxherit të kontratës.",
        capacity: "së paku {qty} kamionë me plug dhe shpërndarës kripe; një ngarkues; depo e mbuluar për kripë",
        value: (40_000, 180_000),
        qty: (4, 9),
        term: Term::Winter,
        lots: Lots::Named(&[
            "Zona e qytetit",
            "Zona lindore e fshatrave",
            "Zona perëndimore e fshatrave",
        ]),
        manager: DSP,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Works,
        name: "Ndërtimi i aneksit të {school} në fshatin {village}",
        purpose: "ndërtimin e aneksit të {school} në fshatin {village}",
        site: "fshati {village}, parcela e shkollës",
        scope: "ndërtimin e aneksit përdhesë dhe kat me {qty} klasa mësimore, nyje sanitare dhe kabinet të informatikës, përfshirë themelet, konstruksionin prej betoni të armuar, kulmin, instalimet elektrike dhe ato të ujësjellësit e të kanalizimit",
        duty: "{op} e organizon punën në mënyrë që të mos pengohet procesi mësimor dhe e rrethon kantierin me gardh të sigurt, të ndarë nga oborri i shkollës.",
        capacity: "licencë për punë ndërtimore; përvojë në ndërtimin e objekteve të ngjashme publike; inxhinier ndërtimi, arkitekt dhe inxhinier elektrik në ekip",
        value: (150_000, 600_000),
        qty: (4, 8),
        term: Term::Days(150, 300),
        lots: Lots::None,
        manager: DSP,
        warranty: Warranty::Works,
    },
    Subject {
        kind: Kind::Works,
        name: "Ndërtimi i rrjetit të kanalizimit në fshatin {village}",
        purpose: "ndërtimin e rrjetit të kanalizimit fekal në fshatin {village}",
        site: "fshati {village}",
        scope: "gërmimin e kanalit, shtrirjen e gypave PVC me diametër 250 dhe 315 mm në gjatësi prej {km} km, ndërtimin e pusetave të kontrollit dhe lidhjen e rrjetit me kolektorin kryesor, si dhe kthimin e shtresës së rrugës në gjendjen e mëparshme",
        duty: "Para mbulimit të gypave {op} bën provën e hermetizimit në prani të mbikëqyrësit dhe e evidenton atë në librin ndërtimor.",
        capacity: "përvojë në punë të ngjashme infrastrukturore; së paku dy ekskavatorë dhe një kamion kiper; inxhinier hidroteknik",
        value: (80_000, 350_000),
        qty: (0, 0),
        term: Term::Days(90, 180),
        lots: Lots::None,
        manager: DSP,
        warranty: Warranty::Works,
    },
    Subject {
        kind: Kind::Works,
        name: "Zgjerimi i rrjetit të ujësjellësit në fshatrat {villages}",
        purpose: "zgjerimin e rrjetit të ujësjellësit në fshatrat {villages}",
        site: "fshatrat {villages}",
        scope: "shtrirjen e gypave PE-HD me diametër 90–160 mm në gjatësi prej {km} km, vendosjen e hidrantëve dhe të valvulave, ndërtimin e pusetave dhe lidhjen e ekonomive familjare me njehsorë uji",
        duty: "Para lëshimit në përdorim, rrjeti dezinfektohet dhe cilësia e ujit vërtetohet nga Instituti i Shëndetit Publik; {op} e koordinon çdo ndërprerje të furnizimit me kompaninë rajonale të ujësjellësit.",
        capacity: "përvojë në ndërtimin e rrjeteve të ujësjellësit; makinë për saldimin e gypave PE-HD; inxhinier hidroteknik",
        value: (70_000, 300_000),
        qty: (0, 0),
        term: Term::Days(90, 150),
        lots: Lots::Villages("rrjeti në fshatin {v}"),
        manager: DSP,
        warranty: Warranty::Works,
    },
    Subject {
        kind: Kind::Works,
        name: "Renovimi i sallës së sporteve të {school}",
        purpose: "renovimin e sallës së sporteve të {school}",
        site: "salla e sporteve e {school}",
        scope: "zëvendësimin e dyshemesë me parket sportiv elastik, renovimin e zhveshtoreve dhe të nyjeve sanitare, ndërrimin e dyerve dhe të dritareve me profile alumini, lyerjen e mureve dhe riparimin e kulmit, në sipërfaqe prej {qty} m²",
        duty: "{op} vendos dysheme sportive të certifikuar për basketboll, hendboll dhe volejboll dhe i vizaton vijat e fushave sipas rregullave të federatave përkatëse.",
        capacity: "përvojë në renovimin e objekteve sportive ose arsimore; certifikatë e prodhuesit për dyshemenë sportive",
        value: (60_000, 250_000),
        qty: (600, 1_400),
        term: Term::Days(60, 120),
        lots: Lots::None,
        manager: CULTURE,
        warranty: Warranty::Works,
    },
    Subject {
        kind: Kind::Services,
        name: "Mirëmbajtja e parqeve dhe e hapësirave të gjelbra",
        purpose: "mirëmbajtjen e parqeve dhe të hapësirave të gjelbra publike",
        site: "parku i qytetit, lagjet {quarters} dhe sheshet publike",
        scope: "kositjen e barit, krasitjen e drunjve dhe të shkurreve, mbjelljen e luleve sezonale, ujitjen dhe pastrimin e shtigjeve në parkun e qytetit, në lagjet {quarters} dhe në sheshet publike, në sipërfaqe prej rreth {qty} m²",
        duty: "{op} përdor vetëm preparate të lejuara për mbrojtjen e bimëve dhe i largon mbeturinat e gjelbra brenda së njëjtës ditë.",
        capacity: "së paku dy kositëse traktorike dhe një automjet me cisternë uji; agronom ose inxhinier i hortikulturës në ekip",
        value: (30_000, 120_000),
        qty: (40_000, 120_000),
        term: Term::Months(&[12, 24]),
        lots: Lots::None,
        manager: DSP,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim me derivate për automjetet zyrtare",
        purpose: "furnizimin me derivate të naftës për automjetet zyrtare të komunës",
        site: "pikat e shitjes së operatorit ekonomik në territorin e komunës",
        scope: "furnizimin me naftë (diesel) dhe benzinë pa plumb për rreth {qty} automjete zyrtare dhe makineri të komunës, me kartela elektronike, në pikat e shitjes së operatorit ekonomik",
        duty: "{op} dorëzon çdo muaj raportin e detajuar të furnizimeve sipas automjetit, targës dhe shoferit; çmimi i derivateve nuk mund të jetë më i lartë se çmimi me pakicë në pompë në ditën e furnizimit.",
        capacity: "licencë për tregtimin e derivateve të naftës; së paku dy pika shitjeje në territorin e komunës",
        value: (60_000, 220_000),
        qty: (25, 60),
        term: Term::Months(&[12, 24]),
        lots: Lots::Named(&["Naftë (diesel)", "Benzinë pa plumb"]),
        manager: ADMINISTRATION,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Services,
        name: "Shërbimet e shtypit për nevojat e komunës",
        purpose: "shërbimet e shtypit dhe të printimit për nevojat e administratës komunale",
        site: "objekti i administratës komunale, Gjilan",
        scope: "shtypjen e broshurave, fletëpalosjeve, ftesave, certifikatave, posterëve dhe të publikimeve të tjera të komunës, përfshirë Buletinin Zyrtar, sipas porosive dhe kampioneve të miratuara",
        duty: "Çdo punë shtypi realizohet pas miratimit me shkrim të provës së shtypit nga Zyra për Informim, ndërsa {op} e realizon porosinë brenda pesë ditëve pune.",
        capacity: "makineri për shtyp ofset dhe digjital; dëshmi për punë të ngjashme gjatë dy viteve të fundit",
        value: (5_000, 35_000),
        qty: (0, 0),
        term: Term::Months(&[12, 24]),
        lots: Lots::None,
        manager: "Zyra për Informim",
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Services,
        name: "Sigurimi fizik i objekteve komunale",
        purpose: "shërbimet e sigurimit fizik të objekteve komunale",
        site: "objekti i administratës komunale, QKMF-ja, depoja komunale dhe objektet e kulturës",
        scope: "sigurimin fizik 24-orësh të objektit të administratës komunale, të QKMF-së, të depos komunale dhe të objekteve të kulturës, me gjithsej {qty} roje të licencuara, sipas planit të sigurisë",
        duty: "Rojet e {opd} duhet të jenë të licencuara, të pajisura me uniformë dhe me mjete komunikimi, dhe mbajnë libër të ngjarjeve për çdo ndërrim.",
        capacity: "licencë për ofrimin e shërbimeve të sigurisë private; së paku {qty} roje me certifikatë të vlefshme",
        value: (60_000, 250_000),
        qty: (10, 26),
        term: Term::Months(&[12, 24, 36]),
        lots: Lots::None,
        manager: ADMINISTRATION,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Services,
        name: "Hartimi i planit rregullues të hollësishëm për zonën \"{quarter}\"",
        purpose: "hartimin e planit rregullues të hollësishëm për zonën \"{quarter}\"",
        site: "zona \"{quarter}\", qyteti i Gjilanit",
        scope: "analizën e gjendjes ekzistuese dhe hartimin e skicës, të projekt-planit dhe të planit përfundimtar rregullues të hollësishëm për një sipërfaqe prej rreth {qty} hektarësh, përfshirë organizimin e dëgjimeve publike dhe përgatitjen e materialit për Kuvendin e Komunës",
        duty: "{op} e harton planin në përputhje me Ligjin Nr. 04/L-174 për Planifikimin Hapësinor dhe me udhëzimet administrative përkatëse, dhe dokumentet i dorëzon në formë të shtypur dhe elektronike.",
        capacity: "ekip me planifikues urban, arkitekt, inxhinier të trafikut dhe ekspert të mjedisit; përvojë në hartimin e së paku dy planeve të ngjashme",
        value: (20_000, 90_000),
        qty: (15, 70),
        term: Term::Days(180, 300),
        lots: Lots::None,
        manager: URBANISM,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim me material higjienik për shkollat",
        purpose: "furnizimin e shkollave me material higjienik dhe të pastrimit",
        site: "shkollat fillore dhe të mesme të komunës, sipas listës",
        scope: "furnizimin me detergjentë, dezinfektues, letër higjienike, sapun të lëngshëm, qese për mbeturina dhe mjete pastrimi për {qty} shkolla fillore dhe të mesme, sipas sasive të përcaktuara në specifikacion",
        duty: "{op} i dorëzon produktet drejtpërdrejt në shkolla, me fletëdërgesë për secilën shkollë, dhe për çdo dezinfektues paraqet fletën e të dhënave të sigurisë.",
        capacity: "dëshmi për furnizime të ngjashme; certifikata të cilësisë për dezinfektuesit e ofertuar",
        value: (15_000, 70_000),
        qty: (25, 45),
        term: Term::Months(&[12]),
        lots: Lots::None,
        manager: EDUCATION,
        warranty: Warranty::None,
    },
    Subject {
        kind: Kind::Works,
        name: "Rregullimi i shtratit të përroit në fshatin {village}",
        purpose: "rregullimin e shtratit të përroit dhe të kanaleve atmosferike në fshatin {village}",
        site: "fshati {village}",
        scope: "pastrimin dhe zgjerimin e shtratit të përroit në gjatësi prej {km} km, ndërtimin e mureve mbrojtëse me gurë dhe beton, si dhe vendosjen e gypave të tejkalimit nën rrugët lokale",
        duty: "{op} i kryen punët në shtratin e përroit vetëm gjatë periudhës me prurje të ulëta dhe e largon dheun e tepërt në vendin e caktuar nga menaxheri i kontratës.",
        capacity: "së paku një ekskavator me zinxhirë dhe dy kamionë kiper; inxhinier hidroteknik ose i ndërtimit",
        value: (40_000, 160_000),
        qty: (0, 0),
        term: Term::Days(60, 120),
        lots: Lots::None,
        manager: DSP,
        warranty: Warranty::Works,
    },
    Subject {
        kind: Kind::Supplies,
        name: "Furnizim dhe montim i pajisjeve për këndet e lojërave",
        purpose: "furnizimin dhe montimin e pajisjeve për këndet e lojërave për fëmijë",
        site: "lagjet {quarters} dhe fshati {village}",
        scope: "furnizimin dhe montimin e lëkundëseve, rrëshqitëseve, karuseleve dhe bankave, si dhe shtrimin e dyshemesë së gomuar mbrojtëse, në {qty} kënde lojërash në lagjet {quarters} dhe në fshatin {village}",
        duty: "Pajisjet duhet të jenë të certifikuara sipas standardit EN 1176, ndërsa {op} i ankoron ato në beton dhe dorëzon udhëzimet për mirëmbajtjen e tyre.",
        capacity: "certifikatë EN 1176 për pajisjet e ofertuara; dëshmi për montime të ngjashme",
        value: (15_000, 80_000),
        qty: (3, 8),
        term: Term::Days(30, 60),
        lots: Lots::None,
        manager: CULTURE,
        warranty: Warranty::Text("Për pajisjet dhe për montimin e tyre {op} jep garanci prej 24 muajsh nga dita e pranimit."),
    },
];

/// A subject's placeholders, resolved once per draft.
struct Fill {
    villages: Vec<&'static str>,
    schools: String,
    school: &'static str,
    quarters: String,
    quarter: &'static str,
    km: String,
    qty: String,
    school_start: i32,
    school_from_signing: bool,
    winter_end: i32,
}

impl Fill {
    fn new(ctx: &mut Ctx, date: NaiveDate, subject: &Subject) -> Fill {
        let count = ctx.rng.range(2, 3) as usize;
        let villages: Vec<&'static str> = ctx
            .rng
            .sample(super::super::world::VILLAGES, count)
            .into_iter()
            .copied()
            .collect();
        let school_count = ctx.rng.range(2, 3) as usize;
        let schools: Vec<&str> = ctx
            .rng
            .sample(SCHOOLS, school_count)
            .into_iter()
            .copied()
            .collect();
        let primary: Vec<&'static str> = SCHOOLS
            .iter()
            .copied()
            .filter(|s| s.starts_with("SHFMU"))
            .collect();
        let school = *ctx.rng.pick(&primary);
        let quarters: Vec<&str> = ctx.rng.sample(QUARTERS, 2).into_iter().copied().collect();
        let quarter = *ctx.rng.pick(QUARTERS);
        let tenths = ctx.rng.range(12, 85);
        let qty = ctx.rng.range(subject.qty.0, subject.qty.1);
        let (year, month) = (date.year(), date.month());
        Fill {
            villages,
            schools: join_and(&schools),
            school,
            quarters: join_and(&quarters),
            quarter,
            km: format!("{},{}", tenths / 10, tenths % 10),
            qty: thousands(qty),
            school_start: if month == 1 { year - 1 } else { year },
            school_from_signing: month >= 9 || month == 1,
            winter_end: if month >= 3 { year + 1 } else { year },
        }
    }

    fn schoolyear(&self) -> String {
        format!("{}/{}", self.school_start, self.school_start + 1)
    }

    fn winter(&self) -> String {
        format!("{}/{}", self.winter_end - 1, self.winter_end)
    }

    fn apply(&self, template: &str) -> String {
        template
            .replace("{villages}", &join_and(&self.villages))
            .replace("{village}", self.villages[0])
            .replace("{schools}", &self.schools)
            .replace("{school}", self.school)
            .replace("{quarters}", &self.quarters)
            .replace("{quarter}", self.quarter)
            .replace("{km}", &self.km)
            .replace("{qty}", &self.qty)
            .replace("{schoolyear}", &self.schoolyear())
            .replace("{winter}", &self.winter())
    }

    /// A contract clause: placeholders plus the operator's defined name.
    fn clause(&self, template: &str, party: &Party) -> String {
        self.apply(template)
            .replace("{op}", party.nom)
            .replace("{opd}", party.obl)
    }
}

/// The term, resolved: a number of days or months, or a season.
#[derive(Debug, Clone, Copy)]
enum Span {
    Days(u64),
    Months(u32),
    SchoolYear,
    Winter,
}

fn resolve_term(ctx: &mut Ctx, term: Term) -> Span {
    match term {
        Term::Days(lo, hi) => Span::Days(ctx.rng.range(lo / 5, hi / 5) * 5),
        Term::Months(options) => Span::Months(*ctx.rng.pick(options)),
        Term::SchoolYear => Span::SchoolYear,
        Term::Winter => Span::Winter,
    }
}

// ---------------------------------------------------------------------------
// Procedures, values, parties
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Procedure {
    Open,
    Restricted,
    SmallValue,
    Negotiated,
    Quotation,
}

impl Procedure {
    /// As the register writes it.
    fn register(self) -> &'static str {
        match self {
            Procedure::Open => "Procedurë e hapur",
            Procedure::Restricted => "Procedurë e kufizuar",
            Procedure::SmallValue => "Procedurë me vlerë të vogël",
            Procedure::Negotiated => "Procedurë e negociuar pa publikim të njoftimit",
            Procedure::Quotation => "Kuotim i çmimeve",
        }
    }

    /// As a form field writes it ("e hapur").
    fn short(self) -> &'static str {
        match self {
            Procedure::Open => "e hapur",
            Procedure::Restricted => "e kufizuar",
            Procedure::SmallValue => "me vlerë të vogël",
            Procedure::Negotiated => "e negociuar pa publikim të njoftimit për kontratë",
            Procedure::Quotation => "kuotim i çmimeve",
        }
    }

    /// A procedure fitting the value; `published` excludes the one that
    /// publishes no contract notice.
    fn choose(ctx: &mut Ctx, kind: Kind, value: f64, published: bool) -> Procedure {
        let large = match kind {
            Kind::Works => 500_000.0,
            _ => 125_000.0,
        };
        let draw = ctx.rng.below(100);
        if value < 10_000.0 {
            if draw < 65 {
                Procedure::SmallValue
            } else {
                Procedure::Quotation
            }
        } else if value > large {
            if draw < 80 {
                Procedure::Open
            } else {
                Procedure::Restricted
            }
        } else if !published && draw < 8 {
            Procedure::Negotiated
        } else if kind == Kind::Supplies && value < 60_000.0 && draw < 30 {
            Procedure::Quotation
        } else {
            Procedure::Open
        }
    }
}

/// The award criterion, as a notice writes it.
fn criterion(ctx: &mut Ctx, kind: Kind) -> String {
    const LOWEST: &[&str] = &["Çmimi më i lirë", "Çmimi më i ulët", "çmimi më i lirë"];
    const MEAT: &[&str] = &[
        "Tenderi ekonomikisht më i favorshëm – çmimi 60 pikë, metodologjia dhe plani i punës 30 pikë, përvoja e ekipit kryesor 10 pikë",
        "Tenderi ekonomikisht më i favorshëm – çmimi 70 pikë, afati i realizimit 20 pikë, garancia 10 pikë",
        "tenderi ekonomikisht më i favorshëm (çmimi 80 pikë, cilësia teknike 20 pikë)",
    ];
    let meat = match kind {
        Kind::Services => 0.35,
        Kind::Works => 0.15,
        Kind::Supplies => 0.2,
    };
    if ctx.rng.chance(meat) {
        (*ctx.rng.pick(MEAT)).into()
    } else {
        (*ctx.rng.pick(LOWEST)).into()
    }
}

/// A contract value in a subject's range: whole tens, or with cents.
fn contract_value(ctx: &mut Ctx, range: (u64, u64)) -> f64 {
    let base = ctx.rng.range(range.0, range.1);
    if ctx.rng.chance(0.6) {
        base as f64 + ctx.rng.below(100) as f64 / 100.0
    } else {
        (base / 10 * 10) as f64
    }
}

/// An estimated value: rounded, a little above what contracts come to.
fn estimate_above(ctx: &mut Ctx, value: f64) -> f64 {
    let raised = value * (1.0 + ctx.rng.range(2, 15) as f64 / 100.0);
    round_to(raised, if raised < 20_000.0 { 500.0 } else { 1_000.0 })
}

fn round_to(value: f64, step: f64) -> f64 {
    ((value / step).ceil() * step).max(step)
}

/// The operator's defined name in the contract, in the forms clauses need:
/// nominative, oblique (dative/genitive) and accusative.
struct Party {
    nom: &'static str,
    obl: &'static str,
    acc: &'static str,
}

const PARTIES: &[Party] = &[
    Party {
        nom: "Operatori ekonomik",
        obl: "Operatorit ekonomik",
        acc: "Operatorin ekonomik",
    },
    Party {
        nom: "Kontraktuesi",
        obl: "Kontraktuesit",
        acc: "Kontraktuesin",
    },
];
const SUPPLIER: Party = Party {
    nom: "Furnizuesi",
    obl: "Furnizuesit",
    acc: "Furnizuesin",
};
const PROVIDER: Party = Party {
    nom: "Ofruesi i shërbimit",
    obl: "Ofruesit të shërbimit",
    acc: "Ofruesin e shërbimit",
};

fn party(ctx: &mut Ctx, kind: Kind) -> &'static Party {
    match (kind, ctx.rng.below(3)) {
        (Kind::Supplies, 0) => &SUPPLIER,
        (Kind::Services, 0) => &PROVIDER,
        _ => ctx.rng.pick(PARTIES),
    }
}

/// An economic operator: its name, seat, NUI and representative.
struct Operator {
    name: String,
    seat: String,
    nui: String,
    rep: Person,
    /// The representative's role, indefinite and definite ("drejtor", "drejtori").
    role: (&'static str, &'static str),
}

const ROLES_MALE: &[(&str, &str)] = &[
    ("drejtor", "drejtori"),
    ("drejtor ekzekutiv", "drejtori ekzekutiv"),
    ("pronar", "pronari"),
    ("menaxher", "menaxheri"),
];
const ROLES_FEMALE: &[(&str, &str)] = &[
    ("drejtoreshë", "drejtoresha"),
    ("drejtoreshë ekzekutive", "drejtoresha ekzekutive"),
    ("pronare", "pronarja"),
    ("menaxhere", "menaxherja"),
];
const TOWNS: &[&str] = &[
    "Prishtinë",
    "Ferizaj",
    "Kamenicë",
    "Viti",
    "Novobërdë",
    "Ranillug",
];
/// Street names that every town has.
const OTHER_STREETS: &[&str] = &[
    "rruga \"Adem Jashari\"",
    "rruga \"Skënderbeu\"",
    "rruga \"Dëshmorët e Kombit\"",
    "rruga \"Ismail Qemali\"",
];

impl Operator {
    fn new(ctx: &mut Ctx) -> Operator {
        let name = ctx.operator();
        let seat = seat(ctx);
        let nui = format!("81{:07}", ctx.rng.range(0, 9_999_999));
        let rep = Person::new(ctx);
        let role = *ctx
            .rng
            .pick(if rep.female { ROLES_FEMALE } else { ROLES_MALE });
        Operator {
            name,
            seat,
            nui,
            rep,
            role,
        }
    }

    /// "Arben Gashi, drejtor".
    fn signer(&self) -> String {
        format!("{}, {}", self.rep.name, self.role.0)
    }
}

/// Where an operator has its seat, after "me seli në".
fn seat(ctx: &mut Ctx) -> String {
    let number = ctx.rng.range(1, 120);
    match ctx.rng.below(6) {
        0..=2 => {
            let street = ctx.rng.pick(super::super::world::STREETS);
            let street = street_nom(street);
            if ctx.rng.chance(0.3) {
                format!("Gjilan, {street} p.n.")
            } else {
                format!("Gjilan, {street} nr. {number}")
            }
        }
        3 => format!("fshatin {}, Gjilan", ctx.village()),
        _ => format!(
            "{}, {} nr. {number}",
            ctx.rng.pick(TOWNS),
            ctx.rng.pick(OTHER_STREETS)
        ),
    }
}

/// The municipality's signatory: the Mayor, sometimes the chief
/// administrative officer. Returns (role, who).
fn signatory(ctx: &mut Ctx) -> (&'static str, Person) {
    let who = Person::new(ctx);
    let role = if ctx.rng.chance(0.8) {
        mayor_title(who.female)
    } else {
        who.g(
            "Zyrtari Kryesor Administrativ",
            "Zyrtarja Kryesore Administrative",
        )
    };
    (role, who)
}

// ---------------------------------------------------------------------------
// Contracts
// ---------------------------------------------------------------------------

/// A contract signed with an economic operator (issued by the Procurement
/// Office, signed by the Mayor and the operator).
pub fn kontrate(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let subject = ctx.rng.pick(SUBJECTS);
    let fill = Fill::new(ctx, date, subject);
    let number = ctx.procurement_number(date, subject.kind.code());
    let value = contract_value(ctx, subject.value);
    let procedure = Procedure::choose(ctx, subject.kind, value, false);
    let operator = Operator::new(ctx);
    let party = party(ctx, subject.kind);
    let (authority_role, authority) = signatory(ctx);
    let name = fill.apply(subject.name);
    let purpose = fill.apply(subject.purpose);

    let label = ctx.pick(&[
        "Nr. i prokurimit:",
        "Nr. i prokurimit:",
        "Nr. i prokurimit",
        "Numri i prokurimit:",
    ]);
    let mut blocks = ctx.header(PROCUREMENT, Some(&format!("{label} {number}")), date);
    if ctx.rng.chance(0.35) {
        signing_date_line(&mut blocks, date);
    }

    let title = contract_title(ctx, &mut blocks, subject.kind, &name, &purpose);
    if ctx.rng.chance(0.5) {
        let label = ctx.pick(&["Lloji i procedurës", "Procedura"]);
        blocks.push(Block::Para(format!("{label}: {}", procedure.short())));
    }
    blocks.push(Block::Gap);
    if ctx.rng.chance(0.3) {
        let award = ctx.days_before(date, 8, 30);
        blocks.push(Block::Para(format!(
            "Në mbështetje të Ligjit Nr. 04/L-042 për Prokurimin Publik në Republikën e Kosovës, {}, si dhe të vendimit të autoritetit kontraktues për dhënien e kontratës të datës {}, palët lidhin këtë kontratë.",
            amendments(date),
            dotted(award)
        )));
    }
    parties(
        ctx,
        &mut blocks,
        date,
        &operator,
        party,
        authority_role,
        &authority,
    );

    let mut articles = articles(ctx, subject, &fill, party, value, date);
    fit_articles(&mut articles, count_words(&blocks));
    render_articles(ctx, &mut blocks, articles);
    signatures(
        ctx,
        &mut blocks,
        party,
        &operator,
        authority_role,
        &authority,
    );

    let contract = Contract {
        operator: operator.name,
        value_eur: value,
        procurement_number: number,
        procedure: procedure.register().into(),
        subject: name,
    };
    procurement_draft(ActType::Kontrate, date, title, blocks, contract)
}

/// A draft of the Procurement Office, numbered with its procurement number.
fn procurement_draft(
    kind: ActType,
    date: NaiveDate,
    title: String,
    blocks: Vec<Block>,
    contract: Contract,
) -> Draft {
    let number = Some(contract.procurement_number.clone());
    let mut draft = Draft::new(kind, number, date, PROCUREMENT.name, title, blocks);
    draft.contract = Some(contract);
    draft
}

/// The title line and subtitle; returns the title as metadata records it.
fn contract_title(
    ctx: &mut Ctx,
    blocks: &mut Vec<Block>,
    kind: Kind,
    name: &str,
    purpose: &str,
) -> String {
    match ctx.rng.below(4) {
        0 => {
            let (upper, lower) = kind.contract_word();
            blocks.push(Block::Title(format!("KONTRATË PËR {upper}")));
            blocks.push(Block::Centered(name.to_string()));
            format!("Kontratë për {lower}: {name}")
        }
        choice => {
            let word = ["KONTRATË", "KONTRATA", "K O N T R A T Ë"][choice - 1];
            blocks.push(Block::Title(word.into()));
            blocks.push(Block::Centered(format!("për {purpose}")));
            format!("Kontratë për {purpose}")
        }
    }
}

/// Writes the header's date as the signing date instead of "Gjilan, …".
fn signing_date_line(blocks: &mut [Block], date: NaiveDate) {
    for block in blocks.iter_mut() {
        if let Block::Para(line) = block {
            if line.starts_with("Gjilan, ") {
                *line = format!("Data e nënshkrimit: {}", dotted(date));
                return;
            }
        }
    }
}

/// The amending laws in force at a date.
fn amendments(date: NaiveDate) -> &'static str {
    if date.year() < 2016 {
        "i ndryshuar dhe plotësuar me Ligjin Nr. 04/L-237"
    } else {
        "i ndryshuar dhe plotësuar me Ligjin Nr. 04/L-237, Ligjin Nr. 05/L-068 dhe Ligjin Nr. 05/L-092"
    }
}

/// The parties, in one of three layouts.
fn parties(
    ctx: &mut Ctx,
    blocks: &mut Vec<Block>,
    date: NaiveDate,
    operator: &Operator,
    party: &Party,
    role: &str,
    authority: &Person,
) {
    let op = format!(
        "{}, me seli në {}, NUI {}",
        operator.name, operator.seat, operator.nui
    );
    let rep = format!("{}, {}", operator.role.1, operator.rep.styled());
    match ctx.rng.below(3) {
        0 => {
            let opening = ctx.pick(&[
                "Kjo kontratë lidhet ndërmjet:",
                "Kontratë e lidhur ndërmjet:",
                "Palët kontraktuese janë:",
            ]);
            blocks.push(Block::Para((*opening).into()));
            blocks.push(Block::Para(format!(
                "Autoritetit kontraktues: Komuna e Gjilanit, me seli në Bulevardin e Pavarësisë, Gjilan, e përfaqësuar nga {role}, {} (në tekstin e mëtejmë: Autoriteti kontraktues),",
                authority.styled()
            )));
            blocks.push(Block::Para("dhe".into()));
            blocks.push(Block::Para(format!(
                "Operatorit ekonomik: {op}, i përfaqësuar nga {rep} (në tekstin e mëtejmë: {}).",
                party.nom
            )));
        }
        1 => {
            blocks.push(Block::Para("PALËT KONTRAKTUESE".into()));
            blocks.push(Block::Para(format!(
                "1. Komuna e Gjilanit, e përfaqësuar nga {role}, {} (Autoriteti kontraktues);",
                authority.styled()
            )));
            blocks.push(Block::Para(format!(
                "2. {op}, i përfaqësuar nga {rep} ({}).",
                party.nom
            )));
        }
        _ => {
            let when = dotted(date);
            blocks.push(Block::Para(format!(
                "Kjo kontratë është lidhur më {when} ndërmjet Komunës së Gjilanit, që përfaqësohet nga {role}, {} (në tekstin e mëtejmë: Autoriteti kontraktues), dhe operatorit ekonomik {op}, që përfaqësohet nga {rep} (në tekstin e mëtejmë: {}).",
                authority.styled(),
                party.nom
            )));
        }
    }
}

/// An article: its heading and text.
struct Article {
    heading: &'static str,
    text: String,
    /// May be left out when the contract runs long.
    optional: bool,
}

fn article(heading: &'static str, text: String) -> Article {
    Article {
        heading,
        text,
        optional: false,
    }
}

/// Longest a contract gets, in words, leaving room for the signatures.
const CONTRACT_WORDS: usize = 520;

/// Leaves out optional articles, last first, until the contract fits.
fn fit_articles(articles: &mut Vec<Article>, words_before: usize) {
    let words = |list: &[Article]| -> usize {
        list.iter()
            .map(|a| a.text.split_whitespace().count() + 4)
            .sum()
    };
    while words_before + words(articles) > CONTRACT_WORDS {
        match articles.iter().rposition(|a| a.optional) {
            Some(i) => {
                articles.remove(i);
            }
            None => break,
        }
    }
}

/// The articles of a contract: four always, some of the others.
fn articles(
    ctx: &mut Ctx,
    subject: &Subject,
    fill: &Fill,
    party: &Party,
    value: f64,
    date: NaiveDate,
) -> Vec<Article> {
    let kind = subject.kind;
    let op = party.nom;
    let scope = fill.clause(subject.scope, party);
    // One "sipas …" per sentence: scopes that name their own basis take no other.
    let docs = if scope.contains("sipas") {
        String::new()
    } else {
        format!(", {}", ctx.rng.pick(kind.documents()))
    };
    let mut list = Vec::new();

    let object = match ctx.rng.below(3) {
        0 => format!(
            "{op} merr përsipër {scope}{docs}. Dosja e tenderit dhe tenderi i {} janë pjesë përbërëse e kësaj kontrate.",
            party.obl
        ),
        1 => format!(
            "Kontrata ka për objekt {}. {op} kryen {scope}{docs}.",
            fill.apply(subject.purpose),
        ),
        _ => format!(
            "Me këtë kontratë {op} obligohet të kryejë {scope}. Vendi i realizimit: {}.",
            fill.apply(subject.site)
        ),
    };
    list.push(article(
        ctx.pick(&["Objekti i kontratës", "Lënda e kontratës", "Objekti"]),
        object,
    ));
    list.push(article(
        ctx.pick(&["Vlera e kontratës", "Çmimi dhe vlera", "Vlera"]),
        value_text(ctx, value, party, date),
    ));
    let term = resolve_term(ctx, subject.term);
    list.push(article(
        ctx.pick(&["Afati i realizimit", "Kohëzgjatja", "Afati"]),
        term_text(
            ctx,
            term,
            kind,
            fill,
            party,
            date,
            &fill.apply(subject.site),
        ),
    ));
    list.push(article(
        ctx.pick(&["Pagesa", "Pagesat", "Mënyra e pagesës"]),
        payment_text(ctx, kind, party),
    ));

    list.extend(optional_articles(ctx, subject, fill, party, value));
    let disputes = ctx.pick(&["Mosmarrëveshjet që mund të lindin nga kjo kontratë palët përpiqen t'i zgjidhin me marrëveshje. Në të kundërtën, kontestin e zgjidh Gjykata Themelore në Gjilan.",
        "Kontestet eventuale zgjidhen me marrëveshje, ndërsa në të kundërtën nga gjykata kompetente në Gjilan.",
        "Për çdo kontest që nuk zgjidhet me marrëveshje brenda 30 ditëve, kompetente është Gjykata Themelore në Gjilan.",
    ]);
    let copies = ctx.pick(&["Kontrata është hartuar në katër kopje të njëjta, nga dy për secilën palë.",
        "Kontrata hartohet në gjashtë kopje, katër për Autoritetin kontraktues dhe dy për palën tjetër.",
        "Kontrata është përpiluar në pesë kopje, prej të cilave tri i mban Autoriteti kontraktues.",
    ]);
    let law = "Për çështjet që nuk rregullohen me këtë kontratë zbatohen dispozitat e Ligjit për Marrëdhëniet e Detyrimeve dhe të Ligjit për Prokurimin Publik.";
    if ctx.rng.chance(0.5) {
        list.push(article("Zgjidhja e kontesteve", disputes.into()));
        list.push(article(
            "Dispozitat përfundimtare",
            format!("{law} Kontrata hyn në fuqi ditën e nënshkrimit nga të dyja palët. {copies}"),
        ));
    } else {
        list.push(article(
            "Dispozitat përfundimtare",
            format!("{disputes} {copies}"),
        ));
    }
    list
}

/// Some of the articles contracts may carry, at most a few of them, in the
/// usual order.
fn optional_articles(
    ctx: &mut Ctx,
    subject: &Subject,
    fill: &Fill,
    party: &Party,
    value: f64,
) -> Vec<Article> {
    let mut chosen = Vec::new();
    if ctx.rng.chance(0.7) {
        chosen.push(duty_article(ctx, subject, fill, party));
    }
    if ctx.rng.chance(0.6) {
        chosen.push(security_article(ctx, party, value));
    }
    if let Some(a) = warranty_article(ctx, subject, fill, party) {
        chosen.push(a);
    }
    if ctx.rng.chance(0.4) {
        chosen.push(supervision_article(ctx, subject, party));
    }
    if ctx.rng.chance(0.55) {
        chosen.push(article(
            ctx.pick(&["Penalet", "Penalitetet", "Dënimet kontraktuese"]),
            penalty_text(ctx, subject.kind, party),
        ));
    }
    if ctx.rng.chance(0.2) {
        chosen.push(article("Forca madhore", FORCE_MAJEURE.into()));
    }
    if ctx.rng.chance(0.25) {
        chosen.push(article(
            "Zgjidhja e kontratës",
            format!("Autoriteti kontraktues mund ta zgjidhë kontratën në mënyrë të njëanshme nëse {}, pas dy vërejtjeve me shkrim, vazhdon të mos i përmbushë detyrimet, duke e aktivizuar garancinë e ekzekutimit.", party.nom),
        ));
    }
    let keep = ctx.rng.range(1, 3) as usize;
    while chosen.len() > keep {
        let drop = ctx.rng.below(chosen.len());
        chosen.remove(drop);
    }
    for a in &mut chosen {
        a.optional = true;
    }
    chosen
}

const FORCE_MAJEURE: &str = "Asnjëra palë nuk mban përgjegjësi për mospërmbushjen e detyrimeve kur kjo shkaktohet nga forca madhore, si fatkeqësitë natyrore, zjarri ose epidemitë, me kusht që pala tjetër të njoftohet me shkrim brenda pesë ditëve.";

fn duty_article(ctx: &mut Ctx, subject: &Subject, fill: &Fill, party: &Party) -> Article {
    let mut text = fill.clause(subject.duty, party);
    if ctx.rng.chance(0.4) {
        text.push_str(&format!(
            " {} respekton rregullat e sigurisë dhe të shëndetit në punë dhe përgjigjet për dëmet që u shkakton palëve të treta gjatë zbatimit të kontratës.",
            party.nom
        ));
    }
    let heading = ctx.pick(&[
        "Detyrimet e operatorit ekonomik",
        "Detyrimet e kontraktuesit",
        "Obligimet e operatorit ekonomik",
    ]);
    article(heading, text)
}

fn security_article(ctx: &mut Ctx, party: &Party, value: f64) -> Article {
    let op = party.nom;
    let pct = *ctx.rng.pick(&[5u32, 10, 10]);
    let text = if ctx.rng.chance(0.5) {
        format!(
            "{op} dorëzon garancinë e ekzekutimit në vlerë prej {pct} % të vlerës së kontratës ({}), me vlefshmëri deri 30 ditë pas përfundimit të kontratës.",
            euros(value * pct as f64 / 100.0)
        )
    } else {
        format!(
            "Brenda 10 ditëve nga nënshkrimi i kontratës {op} i dorëzon Autoritetit kontraktues garanci bankare për ekzekutimin e kontratës prej {pct} % të vlerës së saj. Garancia aktivizohet nëse {op} nuk i përmbush detyrimet kontraktuese."
        )
    };
    article("Garancia e ekzekutimit", text)
}

fn warranty_article(
    ctx: &mut Ctx,
    subject: &Subject,
    fill: &Fill,
    party: &Party,
) -> Option<Article> {
    let text = match subject.warranty {
        Warranty::None => return None,
        Warranty::Works => {
            let months = *ctx.rng.pick(&[12u32, 24, 24, 36]);
            format!(
                "Periudha e garancisë për punët e kryera është {months} muaj nga dita e pranimit teknik. Të metat e vërejtura gjatë kësaj periudhe {} i eviton në llogari të vet, brenda afatit që i cakton menaxheri i kontratës.",
                party.nom
            )
        }
        Warranty::Text(text) => fill.clause(text, party),
    };
    ctx.rng
        .chance(0.85)
        .then(|| article("Periudha e garancisë", text))
}

fn supervision_article(ctx: &mut Ctx, subject: &Subject, party: &Party) -> Article {
    let manager = Person::new(ctx);
    let (who, officer, which) = if manager.female {
        ("menaxherja e kontratës", "zyrtare e", "e cila")
    } else {
        ("menaxheri i kontratës", "zyrtar i", "i cili")
    };
    let text = match ctx.rng.below(2) {
        0 => format!(
            "Zbatimin e kontratës e mbikëqyr {who}, {}, {officer} {}, {which} harton raporte për zbatimin e kontratës dhe verifikon faturat para pagesës.",
            manager.styled(),
            grammar::genitive_of(subject.manager)
        ),
        _ => format!(
            "Për mbikëqyrjen e zbatimit të kontratës, {} cakton menaxherin e kontratës, i cili e përfaqëson Autoritetin kontraktues në komunikimin e përditshëm me {}.",
            subject.manager, party.acc
        ),
    };
    let heading = ctx.pick(&[
        "Mbikëqyrja",
        "Menaxhimi i kontratës",
        "Mbikëqyrja dhe cilësia",
    ]);
    article(heading, text)
}

/// The value article: amount, words, and what it covers.
fn value_text(ctx: &mut Ctx, value: f64, party: &Party, date: NaiveDate) -> String {
    let amount = euros(value);
    let words = euro_words(value);
    let mut text = match ctx.rng.below(3) {
        0 => format!("Vlera e përgjithshme e kontratës është {amount} ({words}), përfshirë TVSH-në."),
        1 => format!(
            "Vlera e kontratës është {amount} ({words}) dhe përfshin të gjitha shpenzimet e {}, përfshirë transportin dhe tatimet.",
            party.obl
        ),
        _ => {
            let offer = ctx.days_before(date, 20, 60);
            format!(
                "Çmimi i kontratës, sipas tenderit të {} të datës {}, është {amount} ({words}). Çmimet njësi janë fikse gjatë gjithë kohëzgjatjes së kontratës.",
                party.obl,
                dotted(offer)
            )
        }
    };
    if ctx.rng.chance(0.3) {
        let estimate = estimate_above(ctx, value);
        text.push_str(&format!(
            " Vlera e parashikuar e kontratës ka qenë {}.",
            euros(estimate)
        ));
    }
    text
}

/// The term article.
fn term_text(
    ctx: &mut Ctx,
    term: Span,
    kind: Kind,
    fill: &Fill,
    party: &Party,
    date: NaiveDate,
    site: &str,
) -> String {
    let op = party.nom;
    match term {
        Span::Days(days) => match (kind, ctx.rng.below(2)) {
            (Kind::Works, 0) => {
                let mut text = format!("{op} i kryen punët brenda {days} ditëve kalendarike nga dita e futjes në punë, e cila përcaktohet me urdhër me shkrim të menaxherit të kontratës.");
                if ctx.rng.chance(0.5) {
                    text.push_str(" Koha kur punët nuk mund të kryhen për shkak të kushteve atmosferike nuk llogaritet në afat, me kusht që të evidentohet në librin ndërtimor.");
                }
                text
            }
            (Kind::Works, _) => format!("Afati për përfundimin e punëve është {days} ditë kalendarike nga dita e nënshkrimit të kontratës, përkatësisht deri më {}.", dotted(date + Duration::days(days as i64))),
            (Kind::Supplies, _) => format!("Mallrat dorëzohen brenda {days} ditëve nga dita e nënshkrimit të kontratës. Vendi i dorëzimit: {}.", lower_first(site)),
            (Kind::Services, _) => format!("Shërbimet kryhen brenda {days} ditëve nga dita e nënshkrimit të kontratës, sipas dinamikës së përcaktuar në termat e referencës."),
        },
        Span::Months(months) => match ctx.rng.below(3) {
            0 => format!("Kontrata lidhet për një periudhë prej {months} muajsh, duke filluar nga dita e nënshkrimit."),
            1 => {
                let end = date
                    .checked_add_months(Months::new(months))
                    .unwrap_or(date + Duration::days(30 * months as i64));
                format!(
                    "Kontrata vlen {months} muaj nga dita e nënshkrimit, përkatësisht deri më {}.",
                    long_date(end)
                )
            }
            _ => format!(
                "Kohëzgjatja e kontratës është {months} muaj. {} sipas nevojave dhe porosive me shkrim të Autoritetit kontraktues.",
                if kind == Kind::Supplies { "Furnizimet bëhen" } else { "Shërbimet kryhen" }
            ),
        },
        Span::SchoolYear => {
            let from = if fill.school_from_signing {
                "dita e nënshkrimit".to_string()
            } else {
                format!("1 shtatori {}", fill.school_start)
            };
            format!(
                "Kontrata vlen për vitin shkollor {}, përkatësisht nga {from} deri më 30 qershor {}, përjashtuar pushimet shkollore.",
                fill.schoolyear(),
                fill.school_start + 1
            )
        }
        Span::Winter => {
            let start = NaiveDate::from_ymd_opt(fill.winter_end - 1, 11, 15).unwrap_or(date);
            let from = if date < start {
                format!("15 nëntori {}", fill.winter_end - 1)
            } else {
                "dita e nënshkrimit".to_string()
            };
            format!(
                "Kontrata vlen për sezonin dimëror {}, nga {from} deri më 15 mars {}. Gjatë kësaj periudhe {op} është në gatishmëri 24 orë në ditë, shtatë ditë në javë.",
                fill.winter(),
                fill.winter_end
            )
        }
    }
}

fn payment_text(ctx: &mut Ctx, kind: Kind, party: &Party) -> String {
    let op = party.nom;
    let mut text = match (kind, ctx.rng.below(2)) {
        (Kind::Works, 0) => "Pagesat bëhen në bazë të situacioneve të përkohshme, të verifikuara nga mbikëqyrësi i punëve, brenda 30 ditëve nga pranimi i faturës. Pagesa përfundimtare prej 10 % bëhet pas pranimit teknik të punëve.".to_string(),
        (Kind::Works, _) => format!("Autoriteti kontraktues i paguan {} punët e kryera sipas situacioneve mujore, të nënshkruara nga menaxheri i kontratës, brenda 30 ditëve nga pranimi i faturës së rregullt. Situacioni përfundimtar paguhet pas pranimit teknik të punëve.", party.obl),
        (Kind::Services, 0) => "Pagesa bëhet çdo muaj, brenda 30 ditëve nga pranimi i faturës dhe i raportit mujor të verifikuar nga menaxheri i kontratës.".to_string(),
        (Kind::Services, _) => format!("{op} e paraqet faturën në fund të çdo muaji, së bashku me raportin për shërbimet e kryera. Autoriteti kontraktues e paguan faturën brenda 30 ditëve, pasi menaxheri i kontratës të ketë konfirmuar se shërbimi është kryer sipas kontratës."),
        (Kind::Supplies, 0) => "Pagesa bëhet pas çdo dorëzimi, brenda 30 ditëve nga pranimi i faturës, në bazë të fletëdërgesës dhe të procesverbalit të pranimit të mallit.".to_string(),
        (Kind::Supplies, _) => "Autoriteti kontraktues paguan vetëm sasitë e porositura dhe të pranuara, me çmimet njësi të tenderit, brenda 30 ditëve nga pranimi i faturës së rregullt.".to_string(),
    };
    if ctx.rng.chance(0.35) {
        text.push_str(&format!(
            " Pagesat bëhen me transfer bankar në llogarinë e {} të shënuar në tender.",
            party.obl
        ));
    }
    text
}

fn penalty_text(ctx: &mut Ctx, kind: Kind, party: &Party) -> String {
    let op = party.nom;
    if kind == Kind::Services && ctx.rng.chance(0.6) {
        let amount = ctx.rng.range(5, 30) * 10;
        return format!("Për çdo rast kur shërbimi nuk është kryer sipas orarit ose standardeve të kontratës, {} i zbritet {amount} € nga fatura mujore, përveç në rastet e forcës madhore.", party.obl);
    }
    let rate = ctx.pick(&["0,1", "0,2", "0,5"]);
    match ctx.rng.below(2) {
        0 => format!("Për çdo ditë vonese pa arsye të justifikuar, {op} paguan penale prej {rate} % të vlerës së kontratës, por jo më shumë se 10 % e saj."),
        _ => format!("Nëse {op} e tejkalon afatin e kontratës, Autoriteti kontraktues zbret nga pagesa {rate} % të vlerës së kontratës për çdo ditë vonese. Kur penalet arrijnë 10 % të vlerës, Autoriteti kontraktues mund ta zgjidhë kontratën."),
    }
}

/// Numbers the articles in one of the layouts offices use.
fn render_articles(ctx: &mut Ctx, blocks: &mut Vec<Block>, articles: Vec<Article>) {
    let style = ctx.rng.below(4);
    for (i, a) in articles.into_iter().enumerate() {
        let n = i + 1;
        match style {
            0 => blocks.push(Block::Para(format!("Neni {n} – {}", a.heading))),
            1 => blocks.push(Block::Para(format!("Neni {n}: {}", a.heading))),
            2 => {
                blocks.push(Block::Centered(format!("Neni {n}")));
                blocks.push(Block::Centered(a.heading.into()));
            }
            _ => blocks.push(Block::Centered(format!("Neni {n}"))),
        }
        blocks.push(Block::Para(a.text));
    }
}

fn signatures(
    ctx: &mut Ctx,
    blocks: &mut Vec<Block>,
    party: &Party,
    operator: &Operator,
    role: &str,
    authority: &Person,
) {
    blocks.push(Block::Gap);
    let rows = match ctx.rng.below(3) {
        0 => vec![
            vec![
                "Për Autoritetin kontraktues".to_string(),
                format!("Për {}", party.acc),
            ],
            vec![role.to_string(), capitalize(operator.role.1)],
            vec![authority.name.clone(), operator.rep.name.clone()],
        ],
        1 => vec![
            vec!["Autoriteti kontraktues".to_string(), party.nom.to_string()],
            vec![
                format!("{}, {}", authority.name, lower_role(role)),
                operator.signer(),
            ],
            vec![
                "______________________".into(),
                "______________________".into(),
            ],
        ],
        _ => vec![
            vec!["Komuna e Gjilanit".to_string(), operator.name.clone()],
            vec![role.to_string(), capitalize(operator.role.1)],
            vec![authority.name.clone(), operator.rep.name.clone()],
        ],
    };
    blocks.push(Block::Table(rows));
}

/// "Kryetari i Komunës" → "Kryetar i Komunës", as signatures write it.
fn lower_role(role: &str) -> String {
    role.replacen("Kryetari ", "Kryetar ", 1)
        .replacen("Kryetarja ", "Kryetare ", 1)
        .replacen("Zyrtari ", "Zyrtar ", 1)
        .replacen("Zyrtarja ", "Zyrtare ", 1)
}

// ---------------------------------------------------------------------------
// Notices
// ---------------------------------------------------------------------------

/// A contract notice, or (about a third of the time) a contract award
/// notice, issued by the Procurement Office.
pub fn njoftim_per_kontrate(ctx: &mut Ctx, date: NaiveDate) -> Draft {
    let award = ctx.rng.chance(0.3);
    let subject = ctx.rng.pick(SUBJECTS);
    let fill = Fill::new(ctx, date, subject);
    let kind = subject.kind;
    let number = ctx.procurement_number(date, kind.code());
    let drawn = contract_value(ctx, subject.value);
    let estimate = estimate_above(ctx, drawn);
    let procedure = Procedure::choose(ctx, kind, estimate, !award);
    let name = fill.apply(subject.name);
    let fmt = ctx.pick(&["%d.%m.%Y", "%d/%m/%Y", "%d.%m.%Y"]);
    let day = |d: NaiveDate| d.format(fmt).to_string();

    let number_in_header = ctx.rng.chance(0.6);
    let nr_label = ctx.pick(&["Nr. i prokurimit:", "Nr i Prokurimit:", "Nr. i prokurimit"]);
    let nr_line = format!("{nr_label} {number}");
    let mut blocks = ctx.header(
        PROCUREMENT,
        number_in_header.then_some(nr_line.as_str()),
        date,
    );
    let (word, label) = if award {
        *ctx.rng.pick(&[
            (
                "NJOFTIM PËR DHËNIE TË KONTRATËS",
                "Njoftim për dhënie të kontratës",
            ),
            (
                "NJOFTIM PËR DHËNIEN E KONTRATËS",
                "Njoftim për dhënien e kontratës",
            ),
        ])
    } else {
        ("NJOFTIM PËR KONTRATË", "Njoftim për kontratë")
    };
    blocks.push(Block::Title(word.into()));
    if ctx.rng.chance(0.7) {
        blocks.push(Block::Centered((*ctx.rng.pick(kind.notice_line())).into()));
    }
    if ctx.rng.chance(0.7) {
        let article = if award { "" } else { "nenit 40 të " };
        blocks.push(Block::Centered(format!(
            "Sipas {article}Ligjit Nr. 04/L-042 për Prokurimin Publik në Republikën e Kosovës, {}",
            amendments(date)
        )));
    }
    blocks.push(Block::Gap);
    blocks.push(Block::Para(format!(
        "Data e përgatitjes së njoftimit: {}",
        day(date)
    )));
    if !number_in_header || ctx.rng.chance(0.3) {
        blocks.push(Block::Para(nr_line.clone()));
    }

    let style = ctx.rng.below(3);
    let mut sections = vec![
        authority_section(ctx),
        object_section(ctx, subject, &fill, &name, estimate, award),
    ];
    let mut contract_value_eur = estimate;
    let mut winner = String::new();
    if award {
        let (section, value, operator) =
            award_sections(ctx, subject, procedure, estimate, date, &day);
        sections.extend(section);
        contract_value_eur = value;
        winner = operator;
    } else {
        if ctx.rng.chance(0.75) {
            sections.push(conditions_section(ctx, subject, &fill, estimate));
        }
        let (procedure_section, extra) =
            procedure_section(ctx, kind, procedure, estimate, date, &day);
        sections.push(procedure_section);
        if let Some(extra) = extra {
            sections.push(extra);
        }
    }
    render_sections(&mut blocks, &sections, style);
    if ctx.rng.chance(0.3) {
        let officer = Person::new(ctx);
        let role = if officer.female {
            "Menaxhere e prokurimit"
        } else {
            "Menaxher i prokurimit"
        };
        blocks.push(Block::Gap);
        blocks.push(Block::Right(role.into()));
        blocks.push(Block::Right(officer.name));
    }

    let title = format!("{label}: {name}");
    let contract = Contract {
        operator: winner,
        value_eur: contract_value_eur,
        procurement_number: number,
        procedure: procedure.register().into(),
        subject: name,
    };
    procurement_draft(ActType::NjoftimPerKontrate, date, title, blocks, contract)
}

/// One field of the notice form.
struct Field {
    label: &'static str,
    value: String,
    /// Lines listed under the field (lots).
    extra: Vec<String>,
}

fn field(label: &'static str, value: String) -> Field {
    Field {
        label,
        value,
        extra: Vec::new(),
    }
}

struct Section {
    roman: &'static str,
    heading: &'static str,
    fields: Vec<Field>,
    /// Free paragraphs after the fields.
    notes: Vec<String>,
}

fn section(roman: &'static str, heading: &'static str, fields: Vec<Field>) -> Section {
    Section {
        roman,
        heading,
        fields,
        notes: Vec::new(),
    }
}

fn authority_section(ctx: &mut Ctx) -> Section {
    let contact = Person::new(ctx);
    let role = match (ctx.rng.chance(0.6), contact.female) {
        (true, false) => "menaxher i prokurimit",
        (true, true) => "menaxhere e prokurimit",
        (false, false) => "zyrtar i prokurimit",
        (false, true) => "zyrtare e prokurimit",
    };
    let phone = format!("0280 320 {}", ctx.rng.range(100, 180));
    let mut fields = vec![
        field(
            ctx.pick(&["Emri zyrtar", "Emri", "Emri i autoritetit kontraktues"]),
            (ctx.pick(&["Komuna e Gjilanit", "Komuna e Gjilanit – Zyra e Prokurimit"])).into(),
        ),
        field(
            ctx.pick(&["Adresa postare", "Adresa"]),
            "Rr. \"Bulevardi i Pavarësisë\" p.n., 60000 Gjilan".into(),
        ),
    ];
    if ctx.rng.chance(0.5) {
        fields.push(field(
            "Personi kontaktues",
            format!("{}, {role}", contact.name),
        ));
        fields.push(field("Telefoni", phone));
        fields.push(field(
            ctx.pick(&["E-posta", "E-mail"]),
            "prokurimi.gjilan@rks-gov.net".into(),
        ));
    } else {
        fields.push(field(
            "Personi kontaktues",
            format!(
                "{}, {role}, tel. {phone}, e-mail: prokurimi.gjilan@rks-gov.net",
                contact.name
            ),
        ));
    }
    if ctx.rng.chance(0.4) {
        fields.push(field(
            "Lloji i autoritetit kontraktues",
            (ctx.pick(&["Niveli lokal", "Komunë"])).into(),
        ));
    }
    if ctx.rng.chance(0.4) {
        fields.push(field(
            "Kontrata përfshin prokurim të përbashkët",
            "Jo".into(),
        ));
    }
    section("I", "AUTORITETI KONTRAKTUES", fields)
}

fn object_section(
    ctx: &mut Ctx,
    subject: &Subject,
    fill: &Fill,
    name: &str,
    estimate: f64,
    award: bool,
) -> Section {
    let kind = subject.kind;
    let mut fields = vec![
        field(
            ctx.pick(&[
                "Titulli i kontratës",
                "Titulli",
                "Titulli i kontratës i dhënë nga autoriteti kontraktues",
            ]),
            name.to_string(),
        ),
        field(
            "Lloji i kontratës",
            (*ctx.rng.pick(kind.notice_type())).into(),
        ),
        field(
            match kind {
                Kind::Works => "Vendi i kryerjes së punëve",
                Kind::Supplies => "Vendi i dorëzimit",
                Kind::Services => "Vendi i ofrimit të shërbimeve",
            },
            fill.apply(subject.site),
        ),
    ];
    let scope = fill.apply(subject.scope);
    let description = match ctx.rng.below(2) {
        0 => format!("Kontrata përfshin {scope}."),
        _ => format!(
            "Operatori ekonomik do të kryejë {scope}{}.",
            if scope.contains("sipas") {
                String::new()
            } else {
                format!(", {}", ctx.rng.pick(kind.documents()))
            }
        ),
    };
    fields.push(field(
        ctx.pick(&["Përshkrimi i shkurtër i kontratës", "Përshkrimi"]),
        description,
    ));
    if !award {
        fields.push(lots_field(ctx, subject, fill, estimate));
        if matches!(subject.term, Term::Months(_)) && ctx.rng.chance(0.35) {
            fields.push(field(
                "Kontratë kornizë",
                "Po, me një operator ekonomik".into(),
            ));
        }
        fields.push(field("Vlera e parashikuar e kontratës", euros(estimate)));
    }
    let term = resolve_term(ctx, subject.term);
    fields.push(field(
        if kind == Kind::Supplies && matches!(term, Span::Days(_)) {
            "Afati i dorëzimit"
        } else {
            "Kohëzgjatja e kontratës"
        },
        term_short(term, fill),
    ));
    section("II", "OBJEKTI I KONTRATËS", fields)
}

/// "Ndarja në llote: Jo", or the lots with their estimated values.
fn lots_field(ctx: &mut Ctx, subject: &Subject, fill: &Fill, estimate: f64) -> Field {
    let names: Vec<String> = match subject.lots {
        Lots::None => Vec::new(),
        Lots::Villages(template) => fill
            .villages
            .iter()
            .map(|v| template.replace("{v}", v))
            .collect(),
        Lots::Named(names) => names.iter().map(|n| n.to_string()).collect(),
    };
    if names.len() < 2 || ctx.rng.chance(0.45) || estimate < 20_000.0 {
        return field("Ndarja në llote", "Jo".into());
    }
    let weights: Vec<u64> = names.iter().map(|_| ctx.rng.range(6, 14)).collect();
    let total: u64 = weights.iter().sum();
    let mut left = estimate;
    let mut extra = Vec::new();
    for (i, (name, w)) in names.iter().zip(&weights).enumerate() {
        let share = if i + 1 == names.len() {
            left
        } else {
            (estimate * *w as f64 / total as f64 / 500.0).round() * 500.0
        };
        left -= share;
        extra.push(format!(
            "– Lloti {}: {} – {}",
            i + 1,
            capitalize(name),
            euros(share)
        ));
    }
    Field {
        label: "Ndarja në llote",
        value: "Po".into(),
        extra,
    }
}

/// The term as a form field writes it.
fn term_short(term: Span, fill: &Fill) -> String {
    match term {
        Span::Days(days) => format!("{days} ditë kalendarike nga nënshkrimi i kontratës"),
        Span::Months(months) => format!("{months} muaj nga nënshkrimi i kontratës"),
        Span::SchoolYear => format!("viti shkollor {}", fill.schoolyear()),
        Span::Winter => format!(
            "sezoni dimëror {}, deri më 15 mars {}",
            fill.winter(),
            fill.winter_end
        ),
    }
}

fn conditions_section(ctx: &mut Ctx, subject: &Subject, fill: &Fill, estimate: f64) -> Section {
    let mut fields = Vec::new();
    let security = if estimate >= 50_000.0 && ctx.rng.chance(0.8) {
        let amount = round_to(estimate * ctx.rng.range(10, 20) as f64 / 1_000.0, 100.0);
        format!(
            "Po, në vlerë prej {}, me vlefshmëri {} ditë",
            euros(amount),
            ctx.rng.pick(&[90, 120, 120])
        )
    } else {
        "Nuk kërkohet".into()
    };
    fields.push(field("Sigurimi i tenderit", security));
    if ctx.rng.chance(0.5) {
        fields.push(field(
            "Garancia e ekzekutimit",
            format!("{} % e vlerës së kontratës", ctx.rng.pick(&[5, 10, 10])),
        ));
    }
    fields.push(field(
        "Kërkesat e përshtatshmërisë",
        (ctx.pick(&["dëshmi e regjistrimit të biznesit dhe certifikatat nga administrata tatimore dhe nga gjykata",
            "deklarata nën betim sipas nenit 65 të LPP-së; certifikatë e regjistrimit të biznesit",
            "dëshmi se operatori ekonomik nuk është në procedurë falimentimi dhe i ka paguar tatimet dhe kontributet pensionale",
        ]))
        .into(),
    ));
    if ctx.rng.chance(0.5) {
        let turnover = round_to(estimate * ctx.rng.range(12, 20) as f64 / 10.0, 5_000.0);
        fields.push(field(
            "Kapaciteti ekonomik dhe financiar",
            format!(
                "qarkullim vjetor jo më i vogël se {} në tri vitet e fundit",
                euros(turnover)
            ),
        ));
    }
    fields.push(field(
        ctx.pick(&["Kapaciteti teknik dhe profesional", "Kapaciteti teknik"]),
        fill.apply(subject.capacity),
    ));
    let heading = ctx.pick(&[
        "INFORMATAT LIGJORE, EKONOMIKE, FINANCIARE DHE TEKNIKE",
        "KUSHTET",
        "KUSHTET PËR PJESËMARRJE",
    ]);
    section("III", heading, fields)
}

/// Procedure, deadlines, and sometimes a section of further information.
fn procedure_section(
    ctx: &mut Ctx,
    kind: Kind,
    procedure: Procedure,
    estimate: f64,
    date: NaiveDate,
    day: &dyn Fn(NaiveDate) -> String,
) -> (Section, Option<Section>) {
    let days = match procedure {
        Procedure::SmallValue | Procedure::Quotation => ctx.rng.range(10, 15),
        _ if estimate > 125_000.0 => ctx.rng.range(30, 45),
        _ => ctx.rng.range(20, 30),
    };
    let deadline = next_workday(date + Duration::days(days as i64));
    let hour = ctx.rng.range(10, 14);
    let electronic = date.year() >= 2016;
    let mut fields = vec![
        field("Lloji i procedurës", capitalize(procedure.short())),
        field("Kriteri për dhënie të kontratës", criterion(ctx, kind)),
    ];
    let what = if procedure == Procedure::Restricted {
        "Afati kohor për pranimin e kërkesave për pjesëmarrje"
    } else {
        "Afati kohor për pranimin e tenderëve"
    };
    let how = if electronic && ctx.rng.chance(0.5) {
        ", vetëm në formë elektronike përmes platformës e-prokurimi"
    } else {
        ""
    };
    fields.push(field(
        what,
        format!("{}, ora {hour}:00{how}", day(deadline)),
    ));
    if procedure != Procedure::Restricted {
        let place = if electronic {
            "përmes platformës e-prokurimi".to_string()
        } else {
            format!(
                "në zyrën nr. {} të Zyrës së Prokurimit",
                ctx.rng.range(5, 30)
            )
        };
        fields.push(field(
            "Hapja e tenderëve",
            format!("{}, ora {hour}:15, {place}", day(deadline)),
        ));
    }
    fields.push(field(
        "Vlefshmëria e tenderit",
        format!("{} ditë", ctx.rng.pick(&[60, 90, 90, 120])),
    ));
    if ctx.rng.chance(0.4) {
        fields.push(field(
            "Gjuha e tenderit",
            (ctx.pick(&["shqip", "shqip ose serbisht", "shqip dhe anglisht"])).into(),
        ));
    }
    let procedure_section = section("IV", "PROCEDURA", fields);

    if !ctx.rng.chance(0.6) {
        return (procedure_section, None);
    }
    let mut notes = Vec::new();
    notes.push(if electronic {
        "Dosja e tenderit mund të shkarkohet nga platforma e prokurimit elektronik. Tenderët e dorëzuar në formë fizike nuk pranohen.".to_string()
    } else {
        format!(
            "Dosja e tenderit mund të merret në Zyrën e Prokurimit, kati II, zyra {}, çdo ditë pune nga ora 08:00 deri në ora 16:00.",
            ctx.rng.range(5, 30)
        )
    });
    if kind == Kind::Works && days > 14 && ctx.rng.chance(0.6) {
        let visit = next_workday(ctx.days_after(date, 5, days / 2));
        notes.push(format!(
            "Vizita në terren organizohet më {}, në ora 10:00, me nisje nga objekti i Komunës. Operatorët ekonomikë që dëshirojnë të marrin pjesë lajmërohen paraprakisht me e-mail.",
            day(visit)
        ));
    } else {
        notes.push((ctx.pick(&["Operatorët ekonomikë mund të kërkojnë sqarime me shkrim deri në 10 ditë para afatit për pranimin e tenderëve.",
            "Autoriteti kontraktues rezervon të drejtën të kontrollojë kapacitetet e ofertuesve para dhënies së kontratës.",
            "Kërkesat për sqarime u përgjigjen të gjithë operatorëve ekonomikë që e kanë shkarkuar dosjen e tenderit, pa e zbuluar burimin e kërkesës.",
        ]))
        .into());
    }
    let mut extra = section("V", "INFORMATA SHTESË", Vec::new());
    extra.notes = notes;
    (procedure_section, Some(extra))
}

/// The procedure and award sections of an award notice; also the value and
/// the winning operator.
fn award_sections(
    ctx: &mut Ctx,
    subject: &Subject,
    procedure: Procedure,
    estimate: f64,
    date: NaiveDate,
    day: &dyn Fn(NaiveDate) -> String,
) -> (Vec<Section>, f64, String) {
    let value = estimate * ctx.rng.range(78, 99) as f64 / 100.0 + ctx.rng.below(100) as f64 / 100.0;
    let value = (value * 100.0).round() / 100.0;
    let tenders = ctx.rng.range(1, 9);
    let responsive = ctx.rng.range(1, tenders);
    let signed = ctx.days_before(date, 1, 8);
    let lowest_price = ctx.rng.chance(0.75);
    let mut fields = vec![
        field("Lloji i procedurës", capitalize(procedure.short())),
        field(
            "Kriteri për dhënie të kontratës",
            if lowest_price {
                (ctx.pick(&["Çmimi më i lirë", "Çmimi më i ulët"])).into()
            } else {
                "Tenderi ekonomikisht më i favorshëm".into()
            },
        ),
    ];
    if procedure == Procedure::Negotiated {
        fields.push(field(
            "Arsyetimi",
            "rast urgjent, i shkaktuar nga ngjarje që autoriteti kontraktues nuk ka mundur t'i parashikojë".into(),
        ));
    } else {
        let published = ctx.days_before(signed, 30, 75);
        fields.push(field(
            "Data e publikimit të njoftimit për kontratë",
            day(published),
        ));
    }
    fields.push(field("Numri i tenderëve të pranuar", tenders.to_string()));
    if ctx.rng.chance(0.6) {
        fields.push(field(
            "Numri i tenderëve të përgjegjshëm",
            responsive.to_string(),
        ));
    }

    let operator = Operator::new(ctx);
    let mut award = vec![
        field("Data e nënshkrimit të kontratës", day(signed)),
        field(
            ctx.pick(&[
                "Emri dhe adresa e operatorit ekonomik të cilit i është dhënë kontrata",
                "Operatori ekonomik fitues",
            ]),
            format!("{}, me seli në {}", operator.name, operator.seat),
        ),
        field("Vlera totale e kontratës", euros(value)),
    ];
    if ctx.rng.chance(0.5) {
        award.push(field("Vlera e parashikuar e kontratës", euros(estimate)));
    }
    if tenders >= 2 && ctx.rng.chance(0.7) {
        let low = if lowest_price {
            value
        } else {
            value * ctx.rng.range(88, 98) as f64 / 100.0
        };
        let high = value * ctx.rng.range(105, 140) as f64 / 100.0;
        award.push(field(
            "Tenderi me çmimin më të ulët / më të lartë",
            format!("{} / {}", euros(low), euros(high)),
        ));
    }
    if ctx.rng.chance(0.4) {
        award.push(field(
            "Nënkontraktimi",
            (ctx.pick(&["Jo", "Po, deri në 20 % të vlerës së kontratës"])).into(),
        ));
    }
    let mut award_section = section("V", "DHËNIA E KONTRATËS", award);
    if ctx.rng.chance(0.5) {
        award_section.notes.push(format!(
            "Kontrata është nënshkruar pas kalimit të afatit pezullues, pa ankesa në Organin Shqyrtues të Prokurimit. Zbatimin e saj e mbikëqyr {}.",
            subject.manager
        ));
    }
    (
        vec![section("IV", "PROCEDURA", fields), award_section],
        value,
        operator.name,
    )
}

/// Lays the sections out in one of the form's styles.
fn render_sections(blocks: &mut Vec<Block>, sections: &[Section], style: usize) {
    for s in sections {
        blocks.push(Block::Para(match style {
            1 => format!("SEKSIONI {} – {}", s.roman, s.heading),
            _ => format!("SEKSIONI {}: {}", s.roman, s.heading),
        }));
        for (i, f) in s.fields.iter().enumerate() {
            let n = i + 1;
            blocks.push(Block::Para(match style {
                0 => format!("{}.{n}) {}: {}", s.roman, f.label, f.value),
                1 => format!("{}.{n} {}: {}", s.roman, f.label, f.value),
                _ => format!("{}: {}", f.label, f.value),
            }));
            blocks.extend(f.extra.iter().map(|l| Block::Para(l.clone())));
        }
        blocks.extend(s.notes.iter().map(|n| Block::Para(n.clone())));
        blocks.push(Block::Gap);
    }
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------
