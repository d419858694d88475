//! Reading the sheets of a workbook (calamine) as rows of text cells, and checking a header.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};

use super::problem::{CellProblem, column_name};
use crate::domain::text::{FORMULA_PREFIXES, one_line, spreadsheet_cell};

/// An open workbook, read one sheet at a time.
pub struct Book {
    workbook: Xlsx<BufReader<File>>,
    shown: String,
}

impl Book {
    /// Opens the workbook at `path` (`shown` in messages).
    pub fn open(path: &Path, shown: &str) -> Result<Book, CellProblem> {
        let workbook = open_workbook(path).map_err(|error| {
            // Said at the first sheet, where the whole workbook starts.
            let message = format!("het bestand is geen leesbaar XLSX-werkboek ({error})");
            CellProblem::at(shown, super::FINDINGS, 0, 0, message)
        })?;
        Ok(Book { workbook, shown: shown.to_string() })
    }

    /// The rows of a sheet from the first row on, each with its first `width` cells as text
    /// (empty for an empty cell), read through [`one_line`] and trimmed; `None` when the
    /// workbook has no such sheet.
    pub fn rows(&mut self, sheet: &str, width: u32) -> Result<Option<Vec<Vec<String>>>, CellProblem> {
        if !self.workbook.sheet_names().iter().any(|name| name == sheet) {
            return Ok(None);
        }
        let range = self
            .workbook
            .worksheet_range(sheet)
            .map_err(|error| CellProblem::at(&self.shown, sheet, 0, 0, format!("blad niet te lezen ({error})")))?;
        let Some((last, _)) = range.end() else { return Ok(Some(Vec::new())) };
        let rows = (0..=last).map(|row| (0..width).map(|column| text(range.get_value((row, column)))).collect());
        Ok(Some(rows.collect()))
    }
}

/// A cell as text: numbers without a needless `.0`, yes/no for booleans.
fn text(cell: Option<&Data>) -> String {
    let raw = match cell {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(text)) => text.clone(),
        Some(Data::Float(number)) if number.fract() == 0.0 && number.abs() < 1e15 => format!("{}", *number as i64),
        Some(Data::Bool(value)) => super::words::yes_no(*value).to_string(),
        Some(other) => other.to_string(),
    };
    one_line(&raw).trim().to_string()
}

/// Text without the `'` that [`crate::domain::text::spreadsheet_cell`] puts before a formula
/// prefix.
pub fn unescape(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.trim_start().starts_with(FORMULA_PREFIXES) => rest,
        _ => text,
    }
}

/// The text a cell asks for: the current one when the cell shows it as the template wrote it
/// (on one line, with a `'` before a formula prefix), else the cell's text.
pub fn cell_text(current: &str, cell: &str) -> String {
    if spreadsheet_cell(current).trim() == cell { current.to_string() } else { unescape(cell).to_string() }
}

/// The header row must start with `expected`, exactly; a problem per column that does not;
/// an empty sheet is one problem.
pub fn check_header(rows: &[Vec<String>], expected: &[&str], file: &str, sheet: &str) -> Result<(), Vec<CellProblem>> {
    let all = expected.join(", ");
    let Some(head) = rows.first() else {
        return Err(vec![CellProblem::at(file, sheet, 0, 0, format!("het blad is leeg; verwacht de kopregel {all}"))]);
    };
    let problems: Vec<CellProblem> = expected
        .iter()
        .enumerate()
        .filter(|(c, expected)| head.get(*c).map(|h| h.trim()) != Some(**expected))
        .map(|(c, expected)| {
            let found = head.get(c).map_or("", String::as_str);
            let message =
                format!("kolom {} heet '{found}'; verwacht '{expected}' (kopregel: {all})", column_name(c as u32));
            CellProblem::at(file, sheet, 0, c as u32, message)
        })
        .collect();
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}
