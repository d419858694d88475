//! `regie template`: the workbook of a dataset as the app shows it (rust_xlsxwriter).

use rust_xlsxwriter::{DataValidation, Format, Workbook, Worksheet, XlsxError};

use super::words::{BESTUREN, VERDICTS, besturen_word, yes_no};
use super::{
    ACTORS, ACTORS_HEADER, CLASSIFICATION, CLASSIFICATION_HEADER, FIGURES, FINDINGS, FINDINGS_COUNTED, FINDINGS_HEADER,
    RELATIONS, RELATIONS_HEADER, ROLE_SPLIT, figures_header, role_split_header,
};
use crate::domain::text::spreadsheet_cell;
use crate::domain::{Bestuur, Dataset, Taak};

/// The workbook's bytes: `Bevindingen` (one row per finding, municipality by municipality in
/// questionnaire order), then the classification, the role split, "Enkele cijfers", the
/// actors and their relations.
pub fn template(dataset: &Dataset) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // Fast deflate: a 60 000-row workbook in well under a second, a little larger on disk.
    workbook.set_zip_compression_level(1);
    findings_sheet(workbook.add_worksheet(), dataset)?;
    classification_sheet(workbook.add_worksheet(), dataset)?;
    role_split_sheet(workbook.add_worksheet(), dataset)?;
    figures_sheet(workbook.add_worksheet(), dataset)?;
    actors_sheet(workbook.add_worksheet(), dataset)?;
    relations_sheet(workbook.add_worksheet(), dataset)?;
    workbook.save_to_buffer()
}

/// A text cell, neutralised as every spreadsheet cell regie writes.
fn put(sheet: &mut Worksheet, row: u32, column: u16, text: &str) -> Result<(), XlsxError> {
    sheet.write_string(row, column, spreadsheet_cell(text))?;
    Ok(())
}

/// Name, bold header row with these columns and widths, frozen, with an autofilter over
/// `rows` data rows.
fn header(sheet: &mut Worksheet, name: &str, columns: &[(&str, f64)], rows: u32) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let bold = Format::new().set_bold();
    for (column, (title, width)) in columns.iter().enumerate() {
        let column = column as u16;
        sheet.write_string_with_format(0, column, *title, &bold)?;
        sheet.set_column_width(column, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.max(1), columns.len().saturating_sub(1) as u16)?;
    Ok(())
}

/// A drop-down list on one column of the data rows.
fn drop_down(sheet: &mut Worksheet, column: u16, rows: u32, words: &[&str]) -> Result<(), XlsxError> {
    let validation = DataValidation::new()
        .allow_list_strings(words)?
        .set_error_title("Ongeldige waarde")?
        .set_error_message(format!("Kies uit: {}.", words.join(", ")))?;
    sheet.add_data_validation(1, column, rows.max(1), column, &validation)?;
    Ok(())
}

fn findings_sheet(sheet: &mut Worksheet, dataset: &Dataset) -> Result<(), XlsxError> {
    let widths = [22.0, 10.0, 90.0, 11.0, 11.0, 60.0, 40.0];
    let titles = FINDINGS_HEADER.iter().copied().chain([FINDINGS_COUNTED]);
    let columns: Vec<(&str, f64)> = titles.zip(widths).collect();
    let mut row = 0;
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        for (i, indicator) in dataset.indicators().iter().enumerate() {
            for &f in dataset.cell_findings(m, i) {
                let finding = &dataset.findings()[f];
                row += 1;
                put(sheet, row, 0, &municipality.name)?;
                put(sheet, row, 1, &indicator.id)?;
                put(sheet, row, 2, &indicator.question)?;
                put(sheet, row, 3, besturen_word(finding.bestuur))?;
                put(sheet, row, 4, finding.verdict.label())?;
                put(sheet, row, 5, &finding.note)?;
                put(sheet, row, 6, &counted(indicator))?;
            }
        }
    }
    header(sheet, FINDINGS, &columns, row)?;
    drop_down(sheet, 3, row, &BESTUREN)?;
    drop_down(sheet, 4, row, &VERDICTS)
}

/// Whether the report counts the question: `ja (rapport r. 171)`, or `geen telling in het
/// rapport` for a question of the appendix it gives no count for (answerable all the same);
/// empty where the dataset does not say.
fn counted(indicator: &crate::domain::Indicator) -> String {
    match &indicator.report {
        Some(report) if report.counted => format!("ja ({})", report.source),
        _ if indicator.appendix.is_some() || indicator.elsewhere.is_some() || indicator.report.is_some() => {
            "geen telling in het rapport".to_string()
        }
        _ => String::new(),
    }
}

fn classification_sheet(sheet: &mut Worksheet, dataset: &Dataset) -> Result<(), XlsxError> {
    let widths = [22.0, 15.0, 18.0, 8.0, 12.0, 18.0];
    let columns: Vec<(&str, f64)> = CLASSIFICATION_HEADER.into_iter().zip(widths).collect();
    let rows = dataset.municipalities().len() as u32;
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        let row = m as u32 + 1;
        put(sheet, row, 0, &municipality.name)?;
        if let Some(c) = dataset.classification(m) {
            let lde = c.lde_erkenning.map_or("geen", |b| besturen_word(b.into()));
            put(sheet, row, 1, lde)?;
            put(sheet, row, 2, yes_no(c.bewust_geen_actor))?;
            put(sheet, row, 3, yes_no(c.visie))?;
            put(sheet, row, 4, yes_no(c.slagkracht))?;
        }
        put(sheet, row, 5, dataset.klasse(m).map_or("", |k| k.label()))?;
    }
    header(sheet, CLASSIFICATION, &columns, rows)?;
    drop_down(sheet, 1, rows, &["geen", "gemeente", "ocmw"])?;
    for column in 2..=4 {
        drop_down(sheet, column, rows, &["ja", "nee"])?;
    }
    Ok(())
}

fn role_split_sheet(sheet: &mut Worksheet, dataset: &Dataset) -> Result<(), XlsxError> {
    let widths = [22.0, 10.0, 15.0].into_iter().chain(std::iter::repeat(14.0));
    let columns: Vec<(&str, f64)> = role_split_header().into_iter().zip(widths).collect();
    let rows = dataset.municipalities().len() as u32;
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        let row = m as u32 + 1;
        put(sheet, row, 0, &municipality.name)?;
        let Some(split) = dataset.role_split(m) else { continue };
        put(sheet, row, 1, split.trekker.code())?;
        put(sheet, row, 2, yes_no(split.geformaliseerd))?;
        for (t, taak) in Taak::ALL.iter().enumerate() {
            put(sheet, row, t as u16 + 3, taak.holder(split).map_or("", |b| b.code()))?;
        }
    }
    header(sheet, ROLE_SPLIT, &columns, rows)?;
    drop_down(sheet, 1, rows, &["G", "O", "G+O"])?;
    drop_down(sheet, 2, rows, &["ja", "nee"])?;
    for t in 0..Taak::ALL.len() as u16 {
        drop_down(sheet, t + 3, rows, &["G", "O", "G+O"])?;
    }
    Ok(())
}

fn figures_sheet(sheet: &mut Worksheet, dataset: &Dataset) -> Result<(), XlsxError> {
    let widths = [22.0, 11.0].into_iter().chain(std::iter::repeat(20.0));
    let columns: Vec<(&str, f64)> = figures_header().into_iter().zip(widths).collect();
    let mut row = 0;
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        for bestuur in [Bestuur::Gemeente, Bestuur::Ocmw].into_iter().filter(|b| municipality.besturen.contains(b)) {
            row += 1;
            put(sheet, row, 0, &municipality.name)?;
            put(sheet, row, 1, besturen_word(bestuur.into()))?;
            let Some(split) = dataset.role_split(m) else { continue };
            for (f, (_, values)) in split.cijfers.fields().iter().enumerate() {
                if let Some(value) = values.get(&bestuur) {
                    sheet.write_number(row, f as u16 + 2, *value)?;
                }
            }
        }
    }
    header(sheet, FIGURES, &columns, row)
}

fn actors_sheet(sheet: &mut Worksheet, dataset: &Dataset) -> Result<(), XlsxError> {
    let columns: Vec<(&str, f64)> = ACTORS_HEADER.into_iter().zip([18.0, 30.0, 24.0, 10.0, 60.0]).collect();
    for (a, actor) in dataset.actors().iter().enumerate() {
        let row = a as u32 + 1;
        put(sheet, row, 0, &actor.id)?;
        put(sheet, row, 1, &actor.name)?;
        let vormen: Vec<&str> = actor.vormen.iter().map(|v| v.label()).collect();
        put(sheet, row, 2, &vormen.join(", "))?;
        put(sheet, row, 3, actor.scope.label())?;
        put(sheet, row, 4, &actor.activity)?;
    }
    header(sheet, ACTORS, &columns, dataset.actors().len() as u32)
}

fn relations_sheet(sheet: &mut Worksheet, dataset: &Dataset) -> Result<(), XlsxError> {
    let columns: Vec<(&str, f64)> = RELATIONS_HEADER.into_iter().zip([18.0, 22.0, 16.0, 11.0]).collect();
    let mut row = 0;
    for actor in dataset.actors() {
        for relation in &actor.relations {
            row += 1;
            let name = dataset.municipality(&relation.municipality).map_or(relation.municipality.as_str(), |m| &m.name);
            put(sheet, row, 0, &actor.id)?;
            put(sheet, row, 1, name)?;
            put(sheet, row, 2, relation.kind.label())?;
            put(sheet, row, 3, besturen_word(relation.bestuur))?;
        }
    }
    header(sheet, RELATIONS, &columns, row)
}
