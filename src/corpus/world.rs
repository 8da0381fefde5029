//! The municipality the generator writes about: its people, villages,
//! companies, offices and their numbering, its Assembly sessions, and the
//! acts already written (so later acts can cite and amend earlier ones).
//!
//! Every name here is invented for arkiva or is a common Albanian first
//! name, surname or place name; no real company or official is meant.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::draft::Block;
use super::grammar::{honorific, is_female};
use super::rng::Rng;
use crate::model::ActType;

pub const MUNICIPALITY: &str = "Gjilan";

pub const MALE_NAMES: &[&str] = &[
    "Arben",
    "Agim",
    "Besnik",
    "Blerim",
    "Burim",
    "Driton",
    "Fatmir",
    "Fitim",
    "Gëzim",
    "Ilir",
    "Jeton",
    "Kushtrim",
    "Labinot",
    "Lulzim",
    "Mentor",
    "Naim",
    "Petrit",
    "Qëndrim",
    "Rexhep",
    "Shpend",
    "Taulant",
    "Valon",
    "Visar",
    "Xhevdet",
    "Ylber",
    "Zenel",
    "Afrim",
    "Bekim",
    "Dardan",
    "Egzon",
    "Florent",
    "Genc",
    "Hajrullah",
    "Ismet",
    "Muhamet",
    "Nexhat",
    "Sabri",
];
pub const FEMALE_NAMES: &[&str] = &[
    "Arbnora", "Blerta", "Dafina", "Donika", "Drita", "Edona", "Fjolla", "Flaka", "Gresa", "Hana",
    "Kaltrina", "Lindita", "Merita", "Mimoza", "Njomza", "Qendresa", "Rina", "Shqipe", "Teuta",
    "Valbona", "Vjosa", "Yllka", "Zana", "Albulena", "Besa", "Elira", "Jehona",
];
pub const SURNAMES: &[&str] = &[
    "Ademi",
    "Ajeti",
    "Aliu",
    "Bajrami",
    "Berisha",
    "Bytyqi",
    "Dërmaku",
    "Elezi",
    "Fazliu",
    "Gashi",
    "Hajdari",
    "Halili",
    "Haliti",
    "Hasani",
    "Hoxha",
    "Ibrahimi",
    "Ismaili",
    "Jashari",
    "Kadriu",
    "Krasniqi",
    "Kurteshi",
    "Latifi",
    "Maliqi",
    "Mehmeti",
    "Morina",
    "Murati",
    "Mustafa",
    "Osmani",
    "Qerimi",
    "Rama",
    "Ramadani",
    "Rexhepi",
    "Salihu",
    "Selimi",
    "Shabani",
    "Sylejmani",
    "Tahiri",
    "Veliu",
    "Xhemaili",
    "Zeqiri",
];

/// Villages and quarters of the municipality.
pub const VILLAGES: &[&str] = &[
    "Livoç i Epërm",
    "Livoç i Poshtëm",
    "Malishevë",
    "Përlepnicë",
    "Zhegër",
    "Velekincë",
    "Pidiq",
    "Dobërçan",
    "Bresalc",
    "Ponesh",
    "Uglar",
    "Pogragjë",
    "Lladovë",
    "Muçibabë",
    "Haxhaj",
    "Kmetoc",
    "Stubëll",
    "Gumnishtë",
    "Capar",
    "Cërrnicë",
    "Gadish",
    "Kusar",
    "Llovcë",
    "Shillovë",
    "Zhegocë",
    "Nasalë",
    "Përlepnica e Epërme",
    "Koretin",
];
pub const QUARTERS: &[&str] = &[
    "Arbëria",
    "Dardania",
    "Kodra e Dëshmorëve",
    "Lagjja e Re",
    "Bregu i Diellit",
    "Qendra",
    "Lagjja e Spitalit",
    "Iliria",
];
pub const STREETS: &[&str] = &[
    "Bulevardi i Pavarësisë",
    "Rruga \"Adem Jashari\"",
    "Rruga \"Skënderbeu\"",
    "Rruga \"Idriz Seferi\"",
    "Rruga \"Zija Shemsiu\"",
    "Rruga \"Abdullah Tahiri\"",
    "Rruga \"Ismail Qemali\"",
    "Rruga \"Lidhja e Prizrenit\"",
    "Rruga \"Dëshmorët e Kombit\"",
    "Rruga \"Mulla Idrizi\"",
];
/// Invented schools (SHFMU = primary and lower secondary school).
pub const SCHOOLS: &[&str] = &[
    "SHFMU \"Rilindja\"",
    "SHFMU \"Agimi\"",
    "SHFMU \"Dituria\"",
    "SHFMU \"Ardhmëria\"",
    "SHFMU \"Drita e Diturisë\"",
    "SHFMU \"Vëllazërimi\"",
    "SHML \"Shpresa\"",
    "SHML Ekonomike \"Progresi\"",
    "Gjimnazi \"Horizonti\"",
];

const COMPANY_WORDS: &[&str] = &[
    "Asfalti",
    "Drita",
    "Ndërtimi",
    "Morava",
    "Karadaku",
    "Ilirët",
    "Alba-Trans",
    "Euro-Ing",
    "Kosova Lindore",
    "Graniti",
    "Betoni Plus",
    "Eko-Pastrimi",
    "Ujëvara",
    "Energjia",
    "Gurra",
    "Rruga e Re",
    "Arkitekti",
    "Projekti-G",
    "Fidani",
    "Agro-Morava",
    "Libri Shkollor",
    "Higjiena",
    "Bregu",
    "Dardan-Com",
    "Shkëndija",
    "Vllaznia",
    "Kulla",
    "Zana-Trade",
];
const COMPANY_FORMS: &[&str] = &["SH.P.K.", "Sh.p.k.", "L.L.C.", "SH.A."];
const COMPANY_PREFIXES: &[&str] = &["N.T.P.", "N.P.T.", "N.SH.", ""];

/// An issuing body: its name as metadata records it, its header line, and
/// the code its act numbers carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Office {
    pub name: &'static str,
    pub header: &'static str,
    pub code: &'static str,
}

pub const ASSEMBLY: Office = Office {
    name: "Kuvendi i Komunës",
    header: "KUVENDI I KOMUNËS",
    code: "01",
};
pub const MAYOR: Office = Office {
    name: "Kryetari i Komunës",
    header: "KRYETARI I KOMUNËS",
    code: "02",
};
pub const INFORMATION: Office = Office {
    name: "Zyra për Informim",
    header: "ZYRA PËR INFORMIM",
    code: "03",
};
pub const PROCUREMENT: Office = Office {
    name: "Zyra e Prokurimit",
    header: "ZYRA E PROKURIMIT",
    code: "653",
};
pub const DIRECTORATES: &[Office] = &[
    Office {
        name: "Drejtoria për Buxhet dhe Financa",
        header: "DREJTORIA PËR BUXHET DHE FINANCA",
        code: "04",
    },
    Office {
        name: "Drejtoria për Arsim",
        header: "DREJTORIA PËR ARSIM",
        code: "05",
    },
    Office {
        name: "Drejtoria e Administratës",
        header: "DREJTORIA E ADMINISTRATËS",
        code: "06",
    },
    Office {
        name: "Drejtoria për Shërbime Publike",
        header: "DREJTORIA PËR SHËRBIME PUBLIKE",
        code: "07",
    },
    Office {
        name: "Drejtoria për Shëndetësi dhe Mirëqenie Sociale",
        header: "DREJTORIA PËR SHËNDETËSI DHE MIRËQENIE SOCIALE",
        code: "08",
    },
    Office {
        name: "Drejtoria për Urbanizëm",
        header: "DREJTORIA PËR URBANIZËM",
        code: "09",
    },
    Office {
        name: "Drejtoria për Bujqësi, Pylltari dhe Zhvillim Rural",
        header: "DREJTORIA PËR BUJQËSI, PYLLTARI DHE ZHVILLIM RURAL",
        code: "11",
    },
    Office {
        name: "Drejtoria për Kulturë, Rini dhe Sport",
        header: "DREJTORIA PËR KULTURË, RINI DHE SPORT",
        code: "10",
    },
];

/// The protocol book of procurement numbers, apart from the offices' books.
const PROCUREMENT_BOOK: &str = "prokurim";

/// An act already written, for citations and amendments.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    pub kind: ActType,
    pub number: String,
    pub date: NaiveDate,
    pub title: String,
    pub issuer: &'static str,
}

/// A session of the Municipal Assembly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Session {
    pub date: NaiveDate,
    /// The ordinal within its year ("mbledhja e 5-të").
    pub ordinal: u32,
    pub extraordinary: bool,
}

/// The generator's state: randomness, numbering, and what was written.
pub struct Ctx {
    pub rng: Rng,
    counters: HashMap<(&'static str, i32), u32>,
    pub earlier: Vec<Earlier>,
}

impl Ctx {
    pub fn new(seed: u64) -> Ctx {
        Ctx {
            rng: Rng::new(seed),
            counters: HashMap::new(),
            earlier: Vec::new(),
        }
    }

    pub fn person(&mut self) -> String {
        let first = if self.rng.chance(0.5) {
            self.rng.pick(MALE_NAMES)
        } else {
            self.rng.pick(FEMALE_NAMES)
        };
        format!("{first} {}", self.rng.pick(SURNAMES))
    }

    pub fn village(&mut self) -> &'static str {
        VILLAGES[self.rng.below(VILLAGES.len())]
    }

    /// `k` distinct villages, in the order of [`VILLAGES`].
    ///
    /// ```
    /// # use arkiva::corpus::world::{Ctx, VILLAGES};
    /// let picked = Ctx::new(7).villages(3);
    /// assert_eq!(picked.len(), 3);
    /// assert!(picked.iter().all(|v| VILLAGES.contains(&v.as_str())));
    /// ```
    pub fn villages(&mut self, k: usize) -> Vec<String> {
        self.pick_some(VILLAGES, k)
    }

    /// One entry of a bank of phrases or names, drawn as `ctx.rng.pick` draws.
    ///
    /// ```
    /// # use arkiva::corpus::world::{Ctx, STREETS};
    /// let street = Ctx::new(7).pick(STREETS);
    /// assert!(STREETS.contains(&street));
    /// ```
    pub fn pick(&mut self, bank: &[&'static str]) -> &'static str {
        self.rng.pick::<&str>(bank)
    }

    /// `k` distinct entries of a bank, in the bank's order, as owned strings.
    ///
    /// ```
    /// # use arkiva::corpus::world::Ctx;
    /// let two = Ctx::new(7).pick_some(&["a", "b", "c"], 2);
    /// assert_eq!(two.len(), 2);
    /// assert!(two[0] < two[1]);
    /// ```
    pub fn pick_some(&mut self, bank: &[&str], k: usize) -> Vec<String> {
        self.rng
            .sample(bank, k)
            .into_iter()
            .map(|s| s.to_string())
            .collect()
    }

    /// A day `lo..=hi` days after `date` (deadlines, announced events).
    ///
    /// ```
    /// # use arkiva::corpus::world::Ctx;
    /// # use chrono::NaiveDate;
    /// let date = NaiveDate::from_ymd_opt(2019, 3, 1).unwrap_or_default();
    /// let deadline = Ctx::new(7).days_after(date, 10, 20);
    /// assert!((10..=20).contains(&(deadline - date).num_days()));
    /// ```
    pub fn days_after(&mut self, date: NaiveDate, lo: u64, hi: u64) -> NaiveDate {
        date + Duration::days(self.rng.range(lo, hi) as i64)
    }

    /// A day `lo..=hi` days before `date` (what an act looks back on).
    ///
    /// ```
    /// # use arkiva::corpus::world::Ctx;
    /// # use chrono::NaiveDate;
    /// let date = NaiveDate::from_ymd_opt(2019, 3, 1).unwrap_or_default();
    /// let held = Ctx::new(7).days_before(date, 2, 5);
    /// assert!((2..=5).contains(&(date - held).num_days()));
    /// ```
    pub fn days_before(&mut self, date: NaiveDate, lo: u64, hi: u64) -> NaiveDate {
        date - Duration::days(self.rng.range(lo, hi) as i64)
    }

    pub fn operator(&mut self) -> String {
        let prefix = self.rng.pick(COMPANY_PREFIXES);
        let word = self.rng.pick(COMPANY_WORDS);
        let form = self.rng.pick(COMPANY_FORMS);
        if prefix.is_empty() {
            format!("\"{word}\" {form}")
        } else {
            format!("{prefix} \"{word}\" {form}")
        }
    }

    pub fn directorate(&mut self) -> Office {
        *self.rng.pick(DIRECTORATES)
    }

    /// The next sequence number of an office in a year, rising by uneven
    /// steps as a real protocol book does.
    fn next_seq(&mut self, office: &'static str, year: i32) -> u32 {
        let base = if office == PROCUREMENT_BOOK {
            10
        } else {
            1000 + (year as u32 % 7) * 370
        };
        let step = self.rng.range(3, 60) as u32;
        let counter = self.counters.entry((office, year)).or_insert(base);
        *counter += step;
        *counter
    }

    /// A registry number in the shape the office uses, as metadata records it.
    pub fn number(&mut self, office: Office, date: NaiveDate) -> String {
        let year = date.year();
        let yy = year % 100;
        let seq = self.next_seq(office.name, year);
        match office.code {
            "01" | "02" => format!("{} Nr. 016-{seq}/{yy:02}", office.code),
            "653" => self.procurement_number(date, "1"),
            code => match self.rng.below(3) {
                0 => format!("{code}-016/{year}-{seq:03}"),
                1 => format!("{code}-{}-{seq}/{yy:02}", 100 + self.rng.below(400)),
                _ => format!("{code}-{}/{year}-{seq}", 100 + self.rng.below(300)),
            },
        }
    }

    /// A procurement number: municipality code, year, sequence, and a code
    /// for the kind of contract (1 supply, 2 services, 5 works).
    pub fn procurement_number(&mut self, date: NaiveDate, kind: &str) -> String {
        let yy = date.year() % 100;
        // Unique within a year at any scale: ids of register rows hang on it.
        let seq = self.next_seq(PROCUREMENT_BOOK, date.year());
        format!("653-{yy:02}-{seq:03}-{kind}{}1", self.rng.range(1, 3))
    }

    /// Remembers an act so later ones can cite or amend it.
    pub fn remember(&mut self, earlier: Earlier) {
        self.earlier.push(earlier);
    }

    /// An earlier act of a kind, from before `date`, if any.
    pub fn earlier_of(&mut self, kind: ActType, before: NaiveDate) -> Option<Earlier> {
        let candidates: Vec<&Earlier> = self
            .earlier
            .iter()
            .filter(|e| e.kind == kind && e.date < before)
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let i = self.rng.below(candidates.len());
        Some(candidates[i].clone())
    }

    /// The Assembly session on or just before `date`: the last Thursday of
    /// the month (or of the month before), its ordinal the month's number.
    pub fn session_before(&mut self, date: NaiveDate) -> Session {
        let mut session = last_thursday(date.year(), date.month());
        if session > date {
            let previous = date.with_day(1).unwrap_or(date) - Duration::days(1);
            session = last_thursday(previous.year(), previous.month());
        }
        Session {
            date: session,
            ordinal: session.month(),
            extraordinary: false,
        }
    }

    /// The header block most acts open with, in one of the layouts offices use.
    pub fn header(
        &mut self,
        office: Office,
        number_line: Option<&str>,
        date: NaiveDate,
    ) -> Vec<Block> {
        let mut blocks = match self.rng.below(3) {
            0 => vec![
                Block::Centered(
                    "REPUBLIKA E KOSOVËS / REPUBLIKA KOSOVA / REPUBLIC OF KOSOVO".into(),
                ),
                Block::Centered(
                    "KOMUNA E GJILANIT / OPŠTINA GNJILANE / MUNICIPALITY OF GJILAN".into(),
                ),
            ],
            1 => vec![
                Block::Centered(
                    "REPUBLIKA E KOSOVËS – REPUBLIKA KOSOVA – REPUBLIC OF KOSOVO".into(),
                ),
                Block::Centered(
                    "KOMUNA E GJILANIT – OPŠTINA GNJILANE – MUNICIPALITY OF GJILAN".into(),
                ),
            ],
            _ => vec![
                Block::Centered("Republika e Kosovës".into()),
                Block::Centered("Komuna e Gjilanit".into()),
            ],
        };
        blocks.push(Block::Centered(office.header.into()));
        blocks.push(Block::Gap);
        if let Some(line) = number_line {
            blocks.push(Block::Para(line.into()));
        }
        blocks.push(Block::Para(format!("Gjilan, {}", self.written_date(date))));
        blocks.push(Block::Gap);
        blocks
    }

    /// A date in one of the shapes offices write.
    pub fn written_date(&mut self, date: NaiveDate) -> String {
        match self.rng.below(5) {
            0 | 1 => dotted(date),
            2 => date.format("%d/%m/%Y").to_string(),
            3 => format!("më {}", long_date(date)),
            _ => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
        }
    }

    /// How the header writes a number: the codes of the Assembly and the
    /// Mayor are part of it, other offices put a label before it.
    pub fn number_line(&mut self, number: &str) -> String {
        if number.contains("Nr.") {
            return number.to_string();
        }
        let label = *self.rng.pick(&["Nr.", "Nr.:", "Nr. prot.", "Numri:"]);
        format!("{label} {number}")
    }
}

/// The directorate of [`DIRECTORATES`] with an office code.
///
/// ```
/// # use arkiva::corpus::world::directorate;
/// assert_eq!(directorate("05").map(|o| o.name), Some("Drejtoria për Arsim"));
/// assert_eq!(directorate("99"), None);
/// ```
pub fn directorate(code: &str) -> Option<Office> {
    DIRECTORATES.iter().copied().find(|o| o.code == code)
}

/// An invented person whose gender the text must agree with.
///
/// ```
/// # use arkiva::corpus::world::{Ctx, Person};
/// let p = Person::new(&mut Ctx::new(7));
/// let role = p.g("drejtori", "drejtoresha");
/// assert_eq!(role == "drejtoresha", p.female);
/// assert_eq!(p.styled(), format!("{} {}", p.honorific(), p.name));
/// ```
pub struct Person {
    pub name: String,
    pub female: bool,
}

impl Person {
    /// A person drawn as [`Ctx::person`] draws one.
    pub fn new(ctx: &mut Ctx) -> Person {
        let name = ctx.person();
        let female = is_female(&name);
        Person { name, female }
    }

    /// The masculine or the feminine form of a word: `p.g("drejtori", "drejtoresha")`.
    pub fn g(&self, male: &'static str, female: &'static str) -> &'static str {
        if self.female {
            female
        } else {
            male
        }
    }

    /// The last word of the name.
    pub fn surname(&self) -> &str {
        self.name.rsplit(' ').next().unwrap_or(&self.name)
    }

    /// "z." or "znj.".
    pub fn honorific(&self) -> &'static str {
        honorific(self.female)
    }

    /// "z. Arben Gashi".
    pub fn styled(&self) -> String {
        format!("{} {}", self.honorific(), self.name)
    }

    /// "z. Arben Gashi" or, as often, the bare name.
    pub fn named(&self, ctx: &mut Ctx) -> String {
        if ctx.rng.chance(0.6) {
            self.styled()
        } else {
            self.name.clone()
        }
    }
}

// ---------------------------------------------------------------------------
// Dates and numbers as offices write them
// ---------------------------------------------------------------------------

/// The name of a month (1–12), in lower case as dates write it: "mars".
pub fn month_name(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
        "tetor", "nëntor", "dhjetor",
    ];
    MONTHS[(month as usize).saturating_sub(1) % 12]
}

/// "5-të", "1-rë": the Albanian ordinal suffix.
pub fn ordinal(n: u32) -> String {
    if n == 1 {
        "1-rë".into()
    } else {
        format!("{n}-të")
    }
}

/// A date with dots, the shape most acts use.
///
/// ```
/// # use arkiva::corpus::world::dotted;
/// # use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2018, 8, 6).unwrap_or_default();
/// assert_eq!(dotted(d), "06.08.2018");
/// ```
pub fn dotted(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// A date in words, as prose writes it after "më".
///
/// ```
/// # use arkiva::corpus::world::long_date;
/// # use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2018, 8, 6).unwrap_or_default();
/// assert_eq!(long_date(d), "6 gusht 2018");
/// ```
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// The day of the week as an adverb of time: "të enjten" (on Thursday).
///
/// ```
/// # use arkiva::corpus::world::weekday_on;
/// # use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2019, 2, 28).unwrap_or_default();
/// assert_eq!(weekday_on(d), "të enjten");
/// ```
pub fn weekday_on(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "të hënën",
        Weekday::Tue => "të martën",
        Weekday::Wed => "të mërkurën",
        Weekday::Thu => "të enjten",
        Weekday::Fri => "të premten",
        Weekday::Sat => "të shtunën",
        Weekday::Sun => "të dielën",
    }
}

/// `date`, or the Monday after it when it falls on a weekend.
///
/// ```
/// # use arkiva::corpus::world::next_workday;
/// # use chrono::NaiveDate;
/// let saturday = NaiveDate::from_ymd_opt(2019, 3, 2).unwrap_or_default();
/// let monday = NaiveDate::from_ymd_opt(2019, 3, 4).unwrap_or_default();
/// assert_eq!(next_workday(saturday), monday);
/// assert_eq!(next_workday(monday), monday);
/// ```
pub fn next_workday(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => date + Duration::days(2),
        Weekday::Sun => date + Duration::days(1),
        _ => date,
    }
}

/// The last day of a month.
///
/// ```
/// # use arkiva::corpus::world::month_end;
/// # use chrono::NaiveDate;
/// assert_eq!(month_end(2020, 2), NaiveDate::from_ymd_opt(2020, 2, 29).unwrap_or_default());
/// ```
pub fn month_end(year: i32, month: u32) -> NaiveDate {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    first_next.unwrap_or_default() - Duration::days(1)
}

fn last_thursday(year: i32, month: u32) -> NaiveDate {
    let mut day = month_end(year, month);
    while day.weekday() != Weekday::Thu {
        day -= Duration::days(1);
    }
    day
}

/// A whole number with its thousands grouped by dots.
///
/// ```
/// # use arkiva::corpus::world::thousands;
/// assert_eq!(thousands(1_339_612), "1.339.612");
/// assert_eq!(thousands(840), "840");
/// ```
pub fn thousands(n: u64) -> String {
    group_thousands(&n.to_string())
}

/// Puts a dot before every third character from the right.
fn group_thousands(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Euros as Kosovo offices write them: `180.000,00 €`.
pub fn euros(value: f64) -> String {
    let cents = (value * 100.0).round() as i64;
    let (whole, frac) = (cents / 100, cents % 100);
    format!("{},{frac:02} €", group_thousands(&whole.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_are_written_the_kosovo_way() {
        assert_eq!(euros(180000.0), "180.000,00 €");
        assert_eq!(euros(24500.5), "24.500,50 €");
        assert_eq!(euros(999.0), "999,00 €");
    }

    #[test]
    fn numbers_group_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1.000");
        assert_eq!(thousands(85_000), "85.000");
        assert_eq!(thousands(1_200_000), "1.200.000");
    }

    #[test]
    fn dates_in_the_shapes_offices_write() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
        assert_eq!(dotted(d(2019, 3, 7)), "07.03.2019");
        assert_eq!(long_date(d(2019, 3, 7)), "7 mars 2019");
        assert_eq!(long_date(d(2021, 12, 25)), "25 dhjetor 2021");
        let week: Vec<&str> = (4..=10).map(|day| weekday_on(d(2019, 3, day))).collect();
        assert_eq!(
            week,
            [
                "të hënën",
                "të martën",
                "të mërkurën",
                "të enjten",
                "të premten",
                "të shtunën",
                "të dielën"
            ]
        );
        assert_eq!(next_workday(d(2019, 3, 9)), d(2019, 3, 11));
        assert_eq!(next_workday(d(2019, 3, 10)), d(2019, 3, 11));
        assert_eq!(next_workday(d(2019, 3, 8)), d(2019, 3, 8));
        assert_eq!(month_end(2019, 12), d(2019, 12, 31));
        assert_eq!(month_end(2019, 2), d(2019, 2, 28));
    }

    #[test]
    fn people_agree_with_their_gender() {
        // A first name is never both.
        assert!(MALE_NAMES.iter().all(|m| !FEMALE_NAMES.contains(m)));
        let mut ctx = Ctx::new(2);
        for _ in 0..50 {
            let p = Person::new(&mut ctx);
            let first = p.name.split(' ').next().unwrap_or("");
            assert_eq!(p.female, FEMALE_NAMES.contains(&first), "{}", p.name);
            assert_eq!(p.styled(), format!("{} {}", p.g("z.", "znj."), p.name));
            assert!(p.name.ends_with(p.surname()));
        }
        assert_eq!(
            directorate("05").map(|o| o.name),
            Some("Drejtoria për Arsim")
        );
        assert_eq!(directorate("99"), None);
    }

    #[test]
    fn sessions_are_last_thursdays_on_or_before() {
        let mut ctx = Ctx::new(1);
        let d = NaiveDate::from_ymd_opt(2019, 3, 10).unwrap();
        let s = ctx.session_before(d);
        assert_eq!(s.date, NaiveDate::from_ymd_opt(2019, 2, 28).unwrap());
        assert_eq!(s.ordinal, 2);
    }

    #[test]
    fn numbers_have_office_shapes() {
        let mut ctx = Ctx::new(3);
        let d = NaiveDate::from_ymd_opt(2019, 3, 10).unwrap();
        assert!(ctx.number(ASSEMBLY, d).starts_with("01 Nr. 016-"));
        assert!(ctx.number(ASSEMBLY, d).ends_with("/19"));
        assert!(ctx.number(PROCUREMENT, d).starts_with("653-19-"));
    }
}
