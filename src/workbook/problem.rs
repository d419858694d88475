//! A problem in a workbook, at its cell (`FILE.xlsx!Bevindingen!E7: message`) or, when the
//! file is no workbook or one of another project, at the file (`FILE.csv: message`).

use std::fmt;

use crate::domain::text::one_line;

/// One problem of an import, at a sheet's cell or at the whole file (sheet and cell empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// The workbook as the user named it.
    pub file: String,
    /// The sheet; empty for a problem of the whole file.
    pub sheet: String,
    /// The cell, e.g. `E7`; empty for a problem of the whole file.
    pub cell: String,
    /// What is wrong, in Dutch.
    pub message: String,
}

impl CellProblem {
    /// A problem at the cell in zero-based `row` and `column` of `sheet`.
    pub fn at(file: &str, sheet: &str, row: u32, column: u32, message: impl Into<String>) -> CellProblem {
        CellProblem {
            file: file.to_string(),
            sheet: sheet.to_string(),
            cell: cell_name(row, column),
            message: message.into(),
        }
    }

    /// A problem of the whole file: no workbook, or one made for another project.
    pub fn whole_file(file: &str, message: impl Into<String>) -> CellProblem {
        CellProblem { file: file.to_string(), sheet: String::new(), cell: String::new(), message: message.into() }
    }
}

/// Shown on one line, user text neutralised.
impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.sheet.is_empty() {
            return write!(f, "{}: {}", one_line(&self.file), one_line(&self.message));
        }
        write!(f, "{}!{}!{}: {}", one_line(&self.file), one_line(&self.sheet), self.cell, one_line(&self.message))
    }
}

/// The spreadsheet name of a zero-based cell: (6, 4) → `E7`.
pub fn cell_name(row: u32, column: u32) -> String {
    format!("{}{}", column_name(column), row + 1)
}

/// The letters of a zero-based column: 0 → `A`, 26 → `AA`.
pub fn column_name(column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_in_a_spreadsheet() {
        assert_eq!(cell_name(6, 4), "E7");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(9, 26), "AA10");
        assert_eq!(cell_name(0, 701), "ZZ1");
        assert_eq!(cell_name(0, 702), "AAA1");
    }
}
