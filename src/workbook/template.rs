//! `regie template`: the workbook of a dataset as the app shows it (rust_xlsxwriter).

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::origin::Origin;
use super::page::{Page, Print};
use super::words::{BESTUREN, VERDICTS, besturen_word, yes_no};
use super::{
    ACTORS, ACTORS_HEADER, CLASSIFICATION, CLASSIFICATION_HEADER, FIGURES, FINDINGS, FINDINGS_COUNTED, FINDINGS_HEADER,
    RELATIONS, RELATIONS_HEADER, ROLE_SPLIT, figures_header, role_split_header,
};
use crate::domain::{Bestuur, Dataset, Taak};

/// The workbook's bytes: `Bevindingen` (one row per finding, municipality by municipality in
/// questionnaire order), then the classification, the role split, "Enkele cijfers", the
/// actors and their relations, and the hidden sheet that names the project (id `project`,
/// as its workspace records it) and the measurement. Every sheet prints as a questionnaire;
/// with `municipality` (an index) the sheets show only that municipality's rows (the others
/// are there, filtered out, and read back as they are).
pub fn template(dataset: &Dataset, project: Option<&str>, municipality: Option<usize>) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // Fast deflate: a 60 000-row workbook in well under a second, a little larger on disk.
    workbook.set_zip_compression_level(1);
    let origin = Origin::of(dataset, project);
    let print = Print {
        project: origin.title.clone(),
        measurement: origin.measurement_name.clone(),
        municipality: municipality.and_then(|m| dataset.municipalities().get(m)).map(|m| m.name.clone()),
    };
    findings_sheet(workbook.add_worksheet(), dataset, &print)?;
    classification_sheet(workbook.add_worksheet(), dataset, &print)?;
    role_split_sheet(workbook.add_worksheet(), dataset, &print)?;
    figures_sheet(workbook.add_worksheet(), dataset, &print)?;
    actors_sheet(workbook.add_worksheet(), dataset, &print)?;
    relations_sheet(workbook.add_worksheet(), dataset, &print)?;
    origin.write(&mut workbook)?;
    workbook.save_to_buffer()
}

fn findings_sheet(sheet: &mut Worksheet, dataset: &Dataset, print: &Print) -> Result<(), XlsxError> {
    // The question wrapped beside the columns to fill in; all of it one page wide.
    let widths = [13.0, 8.0, 56.0, 10.0, 10.0, 40.0, 28.0];
    let titles: Vec<&str> = FINDINGS_HEADER.iter().copied().chain([FINDINGS_COUNTED]).collect();
    let mut page = Page::new(sheet, &widths, 3..6);
    let mut row = 0;
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        for (i, indicator) in dataset.indicators().iter().enumerate() {
            for &f in dataset.cell_findings(m, i) {
                let finding = &dataset.findings()[f];
                row += 1;
                page.text(row, 0, &municipality.name)?;
                page.text(row, 1, &indicator.id)?;
                page.text(row, 2, &indicator.question)?;
                page.text(row, 3, besturen_word(finding.bestuur))?;
                page.text(row, 4, finding.verdict.label())?;
                page.text(row, 5, &finding.note)?;
                page.text(row, 6, &counted(indicator))?;
            }
        }
    }
    page.drop_down(3, row, &BESTUREN)?;
    page.drop_down(4, row, &VERDICTS)?;
    page.finish(FINDINGS, &titles, row, print, Some(0))
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

fn classification_sheet(sheet: &mut Worksheet, dataset: &Dataset, print: &Print) -> Result<(), XlsxError> {
    let widths = [22.0, 15.0, 18.0, 8.0, 12.0, 18.0];
    let rows = dataset.municipalities().len() as u32;
    let mut page = Page::new(sheet, &widths, 1..5);
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        let row = m as u32 + 1;
        page.text(row, 0, &municipality.name)?;
        if let Some(c) = dataset.classification(m) {
            let lde = c.lde_erkenning.map_or("geen", |b| besturen_word(b.into()));
            page.text(row, 1, lde)?;
            page.text(row, 2, yes_no(c.bewust_geen_actor))?;
            page.text(row, 3, yes_no(c.visie))?;
            page.text(row, 4, yes_no(c.slagkracht))?;
        }
        page.text(row, 5, dataset.klasse(m).map_or("", |k| k.label()))?;
    }
    page.drop_down(1, rows, &["geen", "gemeente", "ocmw"])?;
    for column in 2..=4 {
        page.drop_down(column, rows, &["ja", "nee"])?;
    }
    page.finish(CLASSIFICATION, &CLASSIFICATION_HEADER, rows, print, Some(0))
}

fn role_split_sheet(sheet: &mut Worksheet, dataset: &Dataset, print: &Print) -> Result<(), XlsxError> {
    let titles = role_split_header();
    let widths: Vec<f64> = [22.0, 10.0, 15.0].into_iter().chain(std::iter::repeat(14.0)).take(titles.len()).collect();
    let rows = dataset.municipalities().len() as u32;
    let mut page = Page::new(sheet, &widths, 1..titles.len() as u16);
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        let row = m as u32 + 1;
        page.text(row, 0, &municipality.name)?;
        let Some(split) = dataset.role_split(m) else { continue };
        page.text(row, 1, split.trekker.code())?;
        page.text(row, 2, yes_no(split.geformaliseerd))?;
        for (t, taak) in Taak::ALL.iter().enumerate() {
            page.text(row, t as u16 + 3, taak.holder(split).map_or("", |b| b.code()))?;
        }
    }
    page.drop_down(1, rows, &["G", "O", "G+O"])?;
    page.drop_down(2, rows, &["ja", "nee"])?;
    for t in 0..Taak::ALL.len() as u16 {
        page.drop_down(t + 3, rows, &["G", "O", "G+O"])?;
    }
    page.finish(ROLE_SPLIT, &titles, rows, print, Some(0))
}

fn figures_sheet(sheet: &mut Worksheet, dataset: &Dataset, print: &Print) -> Result<(), XlsxError> {
    let titles = figures_header();
    let widths: Vec<f64> = [22.0, 11.0].into_iter().chain(std::iter::repeat(20.0)).take(titles.len()).collect();
    let mut page = Page::new(sheet, &widths, 2..titles.len() as u16);
    let mut row = 0;
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        for bestuur in [Bestuur::Gemeente, Bestuur::Ocmw].into_iter().filter(|b| municipality.besturen.contains(b)) {
            row += 1;
            page.text(row, 0, &municipality.name)?;
            page.text(row, 1, besturen_word(bestuur.into()))?;
            let Some(split) = dataset.role_split(m) else { continue };
            for (f, (_, values)) in split.cijfers.fields().iter().enumerate() {
                if let Some(value) = values.get(&bestuur) {
                    page.number(row, f as u16 + 2, *value)?;
                }
            }
        }
    }
    page.finish(FIGURES, &titles, row, print, Some(0))
}

fn actors_sheet(sheet: &mut Worksheet, dataset: &Dataset, print: &Print) -> Result<(), XlsxError> {
    let mut page = Page::new(sheet, &[18.0, 30.0, 24.0, 10.0, 60.0], 1..5);
    for (a, actor) in dataset.actors().iter().enumerate() {
        let row = a as u32 + 1;
        page.text(row, 0, &actor.id)?;
        page.text(row, 1, &actor.name)?;
        let vormen: Vec<&str> = actor.vormen.iter().map(|v| v.label()).collect();
        page.text(row, 2, &vormen.join(", "))?;
        page.text(row, 3, actor.scope.label())?;
        page.text(row, 4, &actor.activity)?;
    }
    page.finish(ACTORS, &ACTORS_HEADER, dataset.actors().len() as u32, print, None)
}

fn relations_sheet(sheet: &mut Worksheet, dataset: &Dataset, print: &Print) -> Result<(), XlsxError> {
    let mut page = Page::new(sheet, &[18.0, 22.0, 16.0, 11.0], 0..4);
    let mut row = 0;
    for actor in dataset.actors() {
        for relation in &actor.relations {
            row += 1;
            let name = dataset.municipality(&relation.municipality).map_or(relation.municipality.as_str(), |m| &m.name);
            page.text(row, 0, &actor.id)?;
            page.text(row, 1, name)?;
            page.text(row, 2, relation.kind.label())?;
            page.text(row, 3, besturen_word(relation.bestuur))?;
        }
    }
    page.finish(RELATIONS, &RELATIONS_HEADER, row, print, Some(1))
}
