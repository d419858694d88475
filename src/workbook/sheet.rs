//! Reading one sheet of a workbook (calamine) as rows of text cells.

use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};

use super::problem::CellProblem;
use crate::domain::text::{FORMULA_PREFIXES, one_line};

/// The rows of a sheet from the first row on, each with its first `width` cells as text
/// (empty for an empty cell), read through [`one_line`] and trimmed.
pub fn read_rows(path: &Path, shown: &str, sheet: &str, width: u32) -> Result<Vec<Vec<String>>, CellProblem> {
    let problem = |message: String| CellProblem::at(shown, sheet, 0, 0, message);
    let mut workbook: Xlsx<_> = open_workbook(path)
        .map_err(|error| problem(format!("het bestand is geen leesbaar XLSX-werkboek ({error})")))?;
    if !workbook.sheet_names().iter().any(|name| name == sheet) {
        return Err(problem(format!("het blad {sheet} ontbreekt in het werkboek")));
    }
    let range = workbook.worksheet_range(sheet).map_err(|error| problem(format!("blad niet te lezen ({error})")))?;
    let Some((last, _)) = range.end() else { return Ok(Vec::new()) };
    let rows = (0..=last).map(|row| (0..width).map(|column| text(range.get_value((row, column)))).collect()).collect();
    Ok(rows)
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
