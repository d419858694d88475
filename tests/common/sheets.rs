//! The sheet `Bevindingen` read and written as a person's spreadsheet would, for the tests
//! that fill in a workbook by hand.

use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::Workbook;

/// The rows of the sheet `Bevindingen` as text.
pub fn read_findings(workbook: &Path) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(workbook).unwrap_or_else(|e| panic!("{e}"));
    let range = book.worksheet_range("Bevindingen").unwrap_or_else(|e| panic!("{e}"));
    let text = |cell: &Data| match cell {
        Data::String(text) => text.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    };
    range.rows().map(|row| row.iter().map(text).collect()).collect()
}

/// Writes rows as the sheet `Bevindingen` of a new workbook.
pub fn write_findings(workbook: &Path, rows: &[Vec<String>]) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Bevindingen").unwrap_or_else(|e| panic!("{e}"));
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, text).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    book.save(workbook).unwrap_or_else(|e| panic!("{e}"));
}
