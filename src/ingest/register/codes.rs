//! The code tables of the Procurement Regulatory Commission's (KRPP) annual
//! report on signed contracts: the numbers that coded columns hold, and the
//! Albanian names they stand for.
//!
//! Source: the legend ("Udhëzime për plotësimin e raportit") printed under
//! the table in the KRPP form itself (the Gjilan 2015 report `.xlsx` in the
//! corpus carries it), cross-checked against the rows of the registers; see
//! `docs/registers.md` for where each table comes from. Owns only the tables
//! and reading a coded cell; knows nothing of rows or columns.

/// A coded column of the KRPP annual report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeTable {
    /// Column 1: where the money comes from.
    BudgetType,
    /// Column 3: goods, services, works…
    ProcurementType,
    /// Column 4: the value class of the procurement.
    ValueClass,
    /// Column 5: the procedure used.
    Procedure,
    /// Column 20: whether the operator is local or foreign.
    OperatorOrigin,
    /// Column 23: the time limit for receiving tenders.
    Deadline,
    /// Column 24: the criterion the contract was awarded on.
    AwardCriterion,
}

impl CodeTable {
    /// `(code, Albanian name)` pairs, as the form's legend lists them.
    pub fn entries(self) -> &'static [(u8, &'static str)] {
        match self {
            CodeTable::BudgetType => &[
                (1, "Të hyrat vetanake"),
                (2, "Buxheti i Konsoliduar i Kosovës"),
                (3, "Donacion"),
            ],
            CodeTable::ProcurementType => &[
                (1, "Furnizim"),
                (2, "Shërbime"),
                (3, "Shërbime këshillimi"),
                (4, "Konkurs projektimi"),
                (5, "Punë"),
                (6, "Punë me koncesion"),
                (7, "Pronë e paluajtshme"),
            ],
            CodeTable::ValueClass => &[
                (1, "Vlerë e madhe"),
                (2, "Vlerë e mesme"),
                (3, "Vlerë e vogël"),
                (4, "Vlerë minimale"),
            ],
            CodeTable::Procedure => &[
                (1, "Procedura e hapur"),
                (2, "Procedura e kufizuar"),
                (3, "Konkurs projektimi"),
                (
                    4,
                    "Procedura e negociuar pas publikimit të njoftimit të kontratës",
                ),
                (
                    5,
                    "Procedura e negociuar pa publikimin e njoftimit të kontratës",
                ),
                (6, "Procedura e kuotimit të çmimeve"),
                (7, "Procedura e vlerës minimale"),
            ],
            CodeTable::OperatorOrigin => &[(1, "vendor"), (2, "jo vendor")],
            CodeTable::Deadline => &[(1, "Afat kohor normal"), (2, "Afat kohor i shkurtuar")],
            CodeTable::AwardCriterion => &[
                (1, "Çmimi më i ulët"),
                (2, "Tenderi ekonomikisht më i favorshëm"),
            ],
        }
    }

    /// The name of one code, `None` for a code the table does not have.
    pub fn name(self, code: u8) -> Option<&'static str> {
        self.entries()
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, name)| *name)
    }
}

/// A coded cell read: the code as written (when the cell is a code) and the
/// name (from the table, or the cell itself when it is written out).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Coded {
    pub name: Option<String>,
    pub code: Option<String>,
}

/// Reads a coded cell: `2` or `02` is a code (its name from the table; a
/// code the table lacks keeps its code and has no name), several codes
/// (`1+2`, `1,2`, `1&2`: a project paid from two budgets) are each named and
/// joined with ` + `, and anything else is a name written out.
pub fn read(table: CodeTable, cell: &str) -> Coded {
    let cell = cell.trim();
    if cell.is_empty() {
        return Coded::default();
    }
    let Some(codes) = split_codes(cell) else {
        return Coded {
            name: Some(cell.to_owned()),
            code: None,
        };
    };
    let names: Option<Vec<&str>> = codes.iter().map(|c| table.name(*c)).collect();
    Coded {
        name: names.map(|n| n.join(" + ")),
        code: Some(cell.to_owned()),
    }
}

/// The numbers of a cell made only of small codes and separators, `None`
/// for any other text. A code is one or two digits (`01` is 1).
fn split_codes(cell: &str) -> Option<Vec<u8>> {
    let parts: Vec<&str> = cell
        .split(['+', ',', '&', '/', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        return None;
    }
    parts
        .iter()
        .map(|p| {
            if p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse::<u8>().ok()
            } else {
                None
            }
        })
        .collect()
}

/// True for a cell that is one small code (`1`…`99`): what the coded
/// columns of a register without a header hold.
pub fn is_code(cell: &str) -> bool {
    split_codes(cell.trim()).is_some_and(|c| c.len() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_named_and_kept() {
        let c = read(CodeTable::Procedure, "1");
        assert_eq!(c.name.as_deref(), Some("Procedura e hapur"));
        assert_eq!(c.code.as_deref(), Some("1"));
        let c = read(CodeTable::ProcurementType, "05");
        assert_eq!(c.name.as_deref(), Some("Punë"));
        assert_eq!(c.code.as_deref(), Some("05"));
    }

    #[test]
    fn unknown_code_keeps_code_without_name() {
        let c = read(CodeTable::ValueClass, "9");
        assert_eq!(c.name, None);
        assert_eq!(c.code.as_deref(), Some("9"));
    }

    #[test]
    fn several_budget_codes() {
        for cell in ["1+2", "1,2", "1&2"] {
            let c = read(CodeTable::BudgetType, cell);
            assert_eq!(
                c.name.as_deref(),
                Some("Të hyrat vetanake + Buxheti i Konsoliduar i Kosovës"),
                "{cell}"
            );
        }
    }

    #[test]
    fn written_out_name_is_the_name() {
        let c = read(CodeTable::Procedure, "Procedura e hapur");
        assert_eq!(c.name.as_deref(), Some("Procedura e hapur"));
        assert_eq!(c.code, None);
        assert!(is_code("3") && !is_code("1+2") && !is_code("Punë") && !is_code("123"));
    }
}
