//! The report's counts as sentences for this data: the indicators of section 0 of the
//! questionnaire and of each component, then the classification, the trekker, the role split and the regional actors.

use std::fmt::Write;

use crate::domain::indicator::{INSTRUMENTS, INSTRUMENTS_LABEL};
use crate::domain::sentences::sentence;
use crate::domain::{Dataset, SummaryLine, regional_summary};

use super::escape;

/// Writes the sections with the counts.
pub fn write(out: &mut String, dataset: &Dataset) {
    let lines = regional_summary(dataset);
    let _ = writeln!(out, "<section>\n<h2>Wat de gemeenten doen, indicator per indicator</h2>");
    // Section 0 of the questionnaire (the plans and fora), then the four components.
    let instruments = std::iter::once((INSTRUMENTS, INSTRUMENTS_LABEL));
    let sections = instruments.chain(dataset.components().iter().map(|c| (c.nr, c.label.as_str())));
    for (nr, label) in sections {
        let prefix = format!("{nr}.");
        let about: Vec<&SummaryLine> = lines.iter().filter(|l| l.id.starts_with(&prefix)).collect();
        if about.is_empty() {
            continue;
        }
        let _ = writeln!(out, "<h3>{nr} {}</h3>", escape(label));
        counted_then_own(out, &about);
    }
    let _ = writeln!(out, "</section>\n<section>\n<h2>Regisseur of actor, trekker en regionale actoren</h2>");
    let others: Vec<&SummaryLine> = lines.iter().filter(|l| dataset.indicator(&l.id).is_none()).collect();
    counted_then_own(out, &others);
    let _ = writeln!(out, "</section>");
}

/// The report's counts, then under a heading of their own the totals the report gives no
/// count for (this dataset's own).
fn counted_then_own(out: &mut String, lines: &[&SummaryLine]) {
    let (counted, own): (Vec<&SummaryLine>, Vec<&SummaryLine>) = lines.iter().partition(|l| l.report);
    list(out, &counted);
    if !own.is_empty() {
        let _ = writeln!(out, "<h4>Geen telling in het rapport: totalen van deze dataset</h4>");
        list(out, &own);
    }
}

fn list(out: &mut String, lines: &[&SummaryLine]) {
    let items: String = lines.iter().map(|line| format!("<li>{}</li>\n", escape(&sentence(line)))).collect();
    let _ = write!(out, "<ul class=\"sentences\">\n{items}</ul>\n");
}
