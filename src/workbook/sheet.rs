//! Reading the sheets of a workbook (calamine) as rows of text cells, and checking a header.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Range, Reader, Sheets, open_workbook_auto_from_rs};

use super::problem::{CellProblem, column_name};
use crate::domain::text::{FORMULA_PREFIXES, one_line, spreadsheet_cell};

/// An open workbook (`.xlsx`, `.ods`, also `.xls`), read one sheet at a time.
pub struct Book {
    workbook: Sheets<Cursor<Vec<u8>>>,
    shown: String,
}

/// The first bytes of a zip archive (`.xlsx`, `.ods`) and of an OLE file (`.xls`).
const MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"\xD0\xCF\x11\xE0"];

impl Book {
    /// Opens the workbook at `path` (`shown` in messages), whatever its name ends in: the
    /// content says what it is. A file that is no workbook is refused at the file, in words
    /// a user can act on.
    pub fn open(path: &Path, shown: &str) -> Result<Book, CellProblem> {
        let refuse = |message: &str| CellProblem::whole_file(shown, message);
        let bytes = std::fs::read(path).map_err(|error| {
            refuse(match error.kind() {
                std::io::ErrorKind::NotFound => "het bestand bestaat niet",
                std::io::ErrorKind::PermissionDenied => "geen toegang tot het bestand",
                _ if path.is_dir() => "dit is een map, geen werkboek",
                _ => "het bestand is niet te lezen",
            })
        })?;
        if !MAGIC.iter().any(|magic| bytes.starts_with(magic)) {
            return Err(refuse(
                "dit is geen werkboek (een CSV- of tekstbestand?); regie leest .xlsx en .ods: \
                 bewaar het in Excel of LibreOffice Calc als werkboek",
            ));
        }
        let workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| {
            refuse("dit is geen leesbaar werkboek (.xlsx of .ods): beschadigd of een ander soort bestand")
        })?;
        Ok(Book { workbook, shown: shown.to_string() })
    }

    /// Whether the workbook has a sheet of this name.
    pub fn has(&self, sheet: &str) -> bool {
        self.workbook.sheet_names().iter().any(|name| name == sheet)
    }

    /// The rows of a sheet from the first row on, each with its first `width` cells as text
    /// (empty for an empty cell), read through [`one_line`] and trimmed; `None` when the
    /// workbook has no such sheet. A formula or an error value in those cells is a problem at
    /// its cell: regie reads what was typed, not what a formula made of it.
    pub fn rows(&mut self, sheet: &str, width: u32) -> Result<Option<Vec<Vec<String>>>, Vec<CellProblem>> {
        if !self.has(sheet) {
            return Ok(None);
        }
        let unreadable =
            |shown: &str| vec![CellProblem::whole_file(shown, format!("het blad {sheet} is niet te lezen"))];
        let range = self.workbook.worksheet_range(sheet).map_err(|_| unreadable(&self.shown))?;
        // A reader that keeps no formulas (none of the formats regie reads) has none to refuse.
        let formulas = self.workbook.worksheet_formula(sheet).unwrap_or_default();
        let problems = computed(&range, &formulas, width, &self.shown, sheet);
        if !problems.is_empty() {
            return Err(problems);
        }
        let Some((last, _)) = range.end() else { return Ok(Some(Vec::new())) };
        let rows = (0..=last).map(|row| (0..width).map(|column| text(range.get_value((row, column)))).collect());
        Ok(Some(rows.collect()))
    }
}

/// The cells among the first `width` columns that a formula or an error fills, each a problem
/// at its cell, in row order.
fn computed(range: &Range<Data>, formulas: &Range<String>, width: u32, file: &str, sheet: &str) -> Vec<CellProblem> {
    let absolute = |start: Option<(u32, u32)>, row: usize, column: usize| {
        let (top, left) = start.unwrap_or_default();
        (top + row as u32, left + column as u32)
    };
    let mut found: Vec<(u32, u32, String)> = Vec::new();
    for (row, column, formula) in formulas.used_cells().filter(|(_, _, f)| !f.trim().is_empty()) {
        let shown: String = formula.trim_start_matches("of:").trim_start_matches('=').chars().take(40).collect();
        let (row, column) = absolute(formulas.start(), row, column);
        found.push((
            row,
            column,
            format!("de cel bevat een formule (={shown}); typ de waarde zelf in, regie leest geen formules"),
        ));
    }
    for (row, column, cell) in range.used_cells() {
        let Data::Error(error) = cell else { continue };
        let (row, column) = absolute(range.start(), row, column);
        if !found.iter().any(|(r, c, _)| (*r, *c) == (row, column)) {
            found.push((row, column, format!("de cel toont een fout ({error}); typ de waarde zelf in")));
        }
    }
    found.retain(|(_, column, _)| *column < width);
    found.sort();
    found.into_iter().map(|(row, column, message)| CellProblem::at(file, sheet, row, column, message)).collect()
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
