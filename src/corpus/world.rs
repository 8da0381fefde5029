//! The municipality the generator writes about: its people, villages,
//! companies, offices and their numbering, its Assembly sessions, and the
//! acts already written (so later acts can cite and amend earlier ones).
//!
//! Every name here is invented for arkiva or is a common Albanian first
//! name, surname or place name; no real company or official is meant.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::draft::Block;
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
            0 | 1 => date.format("%d.%m.%Y").to_string(),
            2 => date.format("%d/%m/%Y").to_string(),
            3 => format!(
                "më {} {} {}",
                date.day(),
                month_name(date.month()),
                date.year()
            ),
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

fn last_thursday(year: i32, month: u32) -> NaiveDate {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    let mut day = first_next.unwrap_or(NaiveDate::MIN) - Duration::days(1);
    while day.weekday() != Weekday::Thu {
        day -= Duration::days(1);
    }
    day
}

/// Euros as Kosovo offices write them: `180.000,00 €`.
pub fn euros(value: f64) -> String {
    let cents = (value * 100.0).round() as i64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{grouped},{frac:02} €")
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
