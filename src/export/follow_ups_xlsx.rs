//! Every action as an Excel workbook (rust_xlsxwriter): one table with filters on every
//! column, the dates as dates (shown `dd/mm/jjjj`), the status as a word, each text cell
//! through [`spreadsheet_cell`].

use jiff::civil::Date;
use rust_xlsxwriter::{ExcelDateTime, Format, Table, TableColumn, Workbook, Worksheet, XlsxError};

use crate::domain::text::spreadsheet_cell;
use crate::domain::{Dataset, Workspace};

use super::follow_up_rows::{DUE, HEADER, MEETING_DATE, Row, rows};

/// All actions as the bytes of an `.xlsx` file.
pub fn render(dataset: &Dataset, workspace: &Workspace) -> Result<Vec<u8>, String> {
    build(&rows(dataset, workspace)).map_err(|e| format!("XLSX schrijven mislukt: {e}"))
}

fn build(rows: &[Row]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Acties")?;
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    for (index, row) in rows.iter().enumerate() {
        write_row(sheet, u32::try_from(index + 1).unwrap_or(u32::MAX), row, &date_format)?;
    }
    let columns: Vec<TableColumn> = HEADER.iter().map(|h| TableColumn::new().set_header(*h)).collect();
    let last_row = u32::try_from(rows.len().max(1)).unwrap_or(u32::MAX);
    let last_column = u16::try_from(HEADER.len() - 1).unwrap_or(0);
    sheet.add_table(0, 0, last_row, last_column, &Table::new().set_columns(&columns))?;
    for (column, width) in [8, 50, 10, 12, 24, 24, 40, 28, 14].into_iter().enumerate() {
        sheet.set_column_width(u16::try_from(column).unwrap_or(0), width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    workbook.save_to_buffer()
}

fn write_row(sheet: &mut Worksheet, at: u32, row: &Row, date_format: &Format) -> Result<(), XlsxError> {
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
                sheet.write_string(at, column, spreadsheet_cell(text))?;
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
