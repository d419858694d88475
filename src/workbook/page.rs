//! A sheet of the workbook as it is filled in on screen and printed as a questionnaire: the
//! columns to fill in yellow, text wrapped at the top of its cell, a bold header row that is
//! frozen, filtered and repeated on every printed page, landscape A4 fit to one page wide
//! with the project, the sheet and the page number on every page.

use std::ops::Range;

use rust_xlsxwriter::{DataValidation, FilterCondition, Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

use crate::domain::text::{one_line, spreadsheet_cell};

/// The colour of the cells to fill in (a light yellow that prints as a light grey).
const TO_FILL: u32 = 0xFFF2CC;
/// The paper: A4 (Excel's paper size 9).
const A4: u8 = 9;

/// What every printed page of the workbook says, and the one municipality shown, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Print {
    /// Left in the page header: the project.
    pub project: String,
    /// Right in the page header: the measurement.
    pub measurement: String,
    /// The municipality (as its cells name it) the sheets are filtered on.
    pub municipality: Option<String>,
}

/// The height of one line of text in a row, in points (Calibri 11).
const LINE: f64 = 15.0;

/// A sheet being written: its cells in the columns `fill` yellow, the others plain, each
/// row as high as its longest wrapped text needs.
pub struct Page<'a> {
    sheet: &'a mut Worksheet,
    widths: Vec<f64>,
    fill: Range<u16>,
    given: Format,
    to_fill: Format,
    /// Per row with more than one line, how many lines its text takes.
    lines: rustc_hash::FxHashMap<u32, usize>,
}

impl<'a> Page<'a> {
    /// A page on `sheet` with columns of these `widths` (in characters), of which `fill` are
    /// to be filled in.
    pub fn new(sheet: &'a mut Worksheet, widths: &[f64], fill: Range<u16>) -> Page<'a> {
        let given = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let to_fill =
            given.clone().set_background_color(TO_FILL).set_border(FormatBorder::Thin).set_border_color(0xBFBFBF);
        Page { sheet, widths: widths.to_vec(), fill, given, to_fill, lines: Default::default() }
    }

    /// Remembers how many lines `text` takes wrapped in `column` of `row`. Spreadsheets do
    /// not all grow a row to its wrapped text when they open a file (Calc does not), so the
    /// height is written.
    fn measure(&mut self, row: u32, column: u16, text: &str) {
        let width = self.widths.get(usize::from(column)).copied().unwrap_or(10.0);
        let lines = wrapped_lines(text, width);
        if lines > 1 {
            let most = self.lines.entry(row).or_default();
            *most = (*most).max(lines);
        }
    }

    fn format(&self, column: u16) -> &Format {
        if self.fill.contains(&column) { &self.to_fill } else { &self.given }
    }

    /// A text cell, neutralised as every spreadsheet cell regie writes.
    pub fn text(&mut self, row: u32, column: u16, text: &str) -> Result<(), XlsxError> {
        let format = self.format(column).clone();
        let text = spreadsheet_cell(text);
        self.measure(row, column, &text);
        self.sheet.write_string_with_format(row, column, text.as_ref(), &format)?;
        Ok(())
    }

    /// A number cell.
    pub fn number(&mut self, row: u32, column: u16, value: f64) -> Result<(), XlsxError> {
        let format = self.format(column).clone();
        self.sheet.write_number_with_format(row, column, value, &format)?;
        Ok(())
    }

    /// A drop-down list on one column of `rows` data rows.
    pub fn drop_down(&mut self, column: u16, rows: u32, words: &[&str]) -> Result<(), XlsxError> {
        let validation = DataValidation::new()
            .allow_list_strings(words)?
            .set_error_title("Ongeldige waarde")?
            .set_error_message(format!("Kies uit: {}.", words.join(", ")))?;
        self.sheet.add_data_validation(1, column, rows.max(1), column, &validation)?;
        Ok(())
    }

    /// Names the sheet, writes the header row with these titles over `rows` data rows, and
    /// sets it up for print; filtered on the municipality of `print` in column
    /// `municipality`, when both are given.
    pub fn finish(
        mut self,
        name: &str,
        titles: &[&str],
        rows: u32,
        print: &Print,
        municipality: Option<u16>,
    ) -> Result<(), XlsxError> {
        for (column, title) in titles.iter().enumerate() {
            self.measure(0, column as u16, title);
        }
        let columns: Vec<(&str, f64)> = titles.iter().copied().zip(self.widths.iter().copied()).collect();
        let sheet = &mut *self.sheet;
        sheet.set_name(name)?;
        for (&row, &lines) in &self.lines {
            sheet.set_row_height(row, LINE * lines as f64)?;
        }
        let bold =
            Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top).set_border_bottom(FormatBorder::Thin);
        let bold_to_fill = bold.clone().set_background_color(TO_FILL);
        for (column, (title, width)) in columns.iter().enumerate() {
            let column = column as u16;
            let format = if self.fill.contains(&column) { &bold_to_fill } else { &bold };
            sheet.write_string_with_format(0, column, *title, format)?;
            sheet.set_column_width(column, *width)?;
            if self.fill.contains(&column) {
                // The empty cells to fill in yellow too.
                sheet.set_column_format(column, &self.to_fill)?;
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        let last = columns.len().saturating_sub(1) as u16;
        sheet.autofilter(0, 0, rows.max(1), last)?;
        if let (Some(column), Some(shown)) = (municipality, &print.municipality) {
            sheet.filter_column(column, &FilterCondition::new().add_list_filter(spreadsheet_cell(shown).as_ref()))?;
        }
        sheet.set_landscape().set_paper_size(A4).set_print_fit_to_pages(1, 0).set_print_gridlines(true);
        sheet.set_repeat_rows(0, 0)?;
        sheet.set_margins(0.4, 0.4, 0.6, 0.6, 0.25, 0.25);
        let fill: Vec<&str> = self.fill.clone().filter_map(|c| columns.get(usize::from(c)).map(|(t, _)| *t)).collect();
        sheet.set_header(format!("&L{}&C&A&R{}", header_text(&print.project), header_text(&print.measurement)));
        let footer = format!("&LIn te vullen: de gele kolommen ({})&RPagina &P van &N", header_text(&fill.join(", ")));
        sheet.set_footer(footer);
        Ok(())
    }
}

/// How many lines `text` takes wrapped at word boundaries in a column `width` characters
/// wide (a character of a column's width is a digit, wider than most letters).
fn wrapped_lines(text: &str, width: f64) -> usize {
    let room = (width.max(1.0)) as usize;
    let mut lines = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let length = word.chars().count();
        if used > 0 && used + 1 + length > room {
            lines += 1 + length / room;
            used = length % room;
        } else if used == 0 && length > room {
            lines += length / room;
            used = length % room;
        } else {
            used += usize::from(used > 0) + length;
        }
    }
    lines
}

/// Text for a page header or footer: on one line, `&` doubled (a lone `&` starts a code),
/// short enough that header and footer stay under Excel's 255 characters.
fn header_text(text: &str) -> String {
    one_line(text).chars().take(80).collect::<String>().replace('&', "&&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_text_counts_its_lines() {
        assert_eq!(wrapped_lines("kort", 10.0), 1);
        assert_eq!(wrapped_lines("een twee drie vier", 8.0), 3, "'een twee' and 'drie vier' are 9 wide");
        assert_eq!(wrapped_lines("een twee drie vier", 9.0), 2);
    }

    #[test]
    fn header_text_is_one_short_line_without_codes() {
        assert_eq!(header_text("Zuid & West\nVlaanderen"), "Zuid && West Vlaanderen");
        assert_eq!(header_text(&"x".repeat(300)).len(), 80);
    }
}
