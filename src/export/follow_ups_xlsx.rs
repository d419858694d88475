//! Every action as an Excel workbook (rust_xlsxwriter): one table with filters on every
//! column and Dutch titles, the dates as dates (shown `dd/mm/jjjj`), the status as a word,
//! each text wrapped with its lines kept, neutralised as a spreadsheet cell; printed landscape
//! A4, one page wide, the header row on every page.

use jiff::civil::Date;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Table, TableColumn, Workbook, Worksheet, XlsxError};

use crate::domain::text::{FORMULA_PREFIXES, lines};
use crate::domain::{Dataset, Workspace};

use super::follow_up_rows::{DUE, MEETING_DATE, Row, TITLES, rows};

/// All actions as the bytes of an `.xlsx` file.
pub fn render(dataset: &Dataset, workspace: &Workspace) -> Result<Vec<u8>, String> {
    build(&rows(dataset, workspace)).map_err(|e| format!("XLSX schrijven mislukt: {e}"))
}

fn build(rows: &[Row]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Acties")?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let date_format = wrap.clone().set_num_format("dd/mm/yyyy");
    for (index, row) in rows.iter().enumerate() {
        write_row(sheet, u32::try_from(index + 1).unwrap_or(u32::MAX), row, &date_format, &wrap)?;
    }
    let columns: Vec<TableColumn> = TITLES.iter().map(|h| TableColumn::new().set_header(*h)).collect();
    let last_row = u32::try_from(rows.len().max(1)).unwrap_or(u32::MAX);
    let last_column = u16::try_from(TITLES.len() - 1).unwrap_or(0);
    sheet.add_table(0, 0, last_row, last_column, &Table::new().set_columns(&columns))?;
    for (column, width) in [6, 44, 10, 11, 20, 18, 32, 24, 12].into_iter().enumerate() {
        sheet.set_column_width(u16::try_from(column).unwrap_or(0), width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0).set_print_gridlines(true);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_footer("&LAlle acties&RPagina &P van &N");
    workbook.save_to_buffer()
}

fn write_row(sheet: &mut Worksheet, at: u32, row: &Row, date_format: &Format, wrap: &Format) -> Result<(), XlsxError> {
    // Ids stay far below 2^53, so the spreadsheet's number holds them exactly.
    #[allow(clippy::cast_precision_loss)]
    sheet.write_number(at, 0, row.id as f64)?;
    for (index, text) in row.texts.iter().enumerate() {
        let column = u16::try_from(index + 1).unwrap_or(0);
        let date = match index {
            DUE => Some(row.due),
            MEETING_DATE => Some(row.meeting_date),
            _ => None,
        };
        match date {
            Some(Some(date)) => write_date(sheet, at, column, date, date_format)?,
            Some(None) => {}
            None => {
                sheet.write_string_with_format(at, column, cell_lines(text), wrap)?;
            }
        }
    }
    Ok(())
}

fn write_date(sheet: &mut Worksheet, at: u32, column: u16, date: Date, format: &Format) -> Result<(), XlsxError> {
    let year = u16::try_from(date.year()).unwrap_or(1900);
    let (month, day) = (u8::try_from(date.month()).unwrap_or(1), u8::try_from(date.day()).unwrap_or(1));
    sheet.write_datetime_with_format(at, column, ExcelDateTime::from_ymd(year, month, day)?, format)?;
    Ok(())
}

/// A cell's text with its lines kept (see [`lines`]), with a `'` in front when it starts
/// with a formula prefix, as [`crate::domain::text::spreadsheet_cell`] does for one line.
fn cell_lines(text: &str) -> String {
    let clean = lines(text);
    if clean.trim_start().starts_with(FORMULA_PREFIXES) { format!("'{clean}") } else { clean.into_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_keeps_its_lines_and_no_formula() {
        assert_eq!(cell_lines("een\r\ntwee"), "een\ntwee");
        assert_eq!(cell_lines("=1+1\nx"), "'=1+1\nx");
        assert_eq!(cell_lines("a\u{202E}b"), "a\u{FFFD}b");
    }
}
