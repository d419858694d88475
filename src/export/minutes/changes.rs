//! The findings and ratings a meeting changed: municipality, indicator label (or component),
//! what it was, what it is now, and the note.

use crate::domain::{AgreedRating, Dataset, FindingEdit, FindingFields, Score};

use super::super::document::{Block, Document, Table};
use super::{Context, lines_text, text};

/// Writes the sections on the changed findings and the agreed ratings.
pub fn write(document: &mut Document, context: &Context) {
    let id = Some(context.meeting.id);
    let findings: Vec<Vec<String>> = context
        .workspace
        .finding_edits
        .iter()
        .filter(|e| e.meeting == id && e.was.as_ref().is_some_and(|was| *was != e.fields))
        .map(|edit| finding_row(context.dataset, edit))
        .collect();
    document.push(Block::Heading(2, format!("Gewijzigde bevindingen ({})", findings.len())));
    push_table(
        document,
        ["Gemeente", "Indicator", "Was", "Nu", "Toelichting"],
        findings,
        "Geen bevindingen gewijzigd.",
    );
    let ratings: Vec<Vec<String>> = context
        .workspace
        .ratings
        .iter()
        .filter(|r| r.meeting == id && r.was != Some(r.level))
        .map(|rating| rating_row(context.dataset, rating))
        .collect();
    document.push(Block::Heading(2, format!("Afgesproken niveaus ({})", ratings.len())));
    push_table(document, ["Gemeente", "Component", "Was", "Nu", "Reden"], ratings, "Geen niveaus afgesproken.");
}

fn push_table<const N: usize>(document: &mut Document, header: [&str; N], rows: Vec<Vec<String>>, none: &str) {
    document.push(if rows.is_empty() {
        Block::Paragraph(none.to_string())
    } else {
        Block::Table(Table { header: header.map(String::from).to_vec(), rows })
    });
}

fn municipality_name(dataset: &Dataset, id: &str) -> String {
    text(dataset.municipality(id).map_or(id, |m| m.name.as_str()))
}

fn finding_row(dataset: &Dataset, edit: &FindingEdit) -> Vec<String> {
    let label = dataset.indicator(&edit.indicator).map_or(edit.indicator.as_str(), |i| i.label.as_str());
    let was = edit.was.as_ref();
    let note = match was {
        Some(was) if was.note != edit.fields.note && !was.note.is_empty() => {
            format!("{} (was: {})", lines_text(&edit.fields.note), lines_text(&was.note))
        }
        _ => lines_text(&edit.fields.note),
    };
    vec![
        municipality_name(dataset, &edit.municipality),
        text(label),
        was.map_or_else(String::new, verdict),
        verdict(&edit.fields),
        note,
    ]
}

/// A verdict with the bestuur it concerns: `ja (gemeente)`.
fn verdict(fields: &FindingFields) -> String {
    format!("{} ({})", fields.verdict.label(), fields.bestuur.label())
}

fn rating_row(dataset: &Dataset, rating: &AgreedRating) -> Vec<String> {
    let component = dataset.components().iter().position(|c| c.nr == rating.component);
    let label = component.and_then(|c| dataset.components().get(c)).map_or(String::new(), |c| text(&c.label));
    let computed = dataset.municipality_index(&rating.municipality).zip(component).and_then(|(m, c)| {
        dataset.cell_score(m, c).level().map(|level| format!("{level}/{} (berekend)", Score::LEVELS))
    });
    let was = match rating.was {
        Some(level) => format!("{level}/{} (afgesproken)", Score::LEVELS),
        None => computed.unwrap_or_else(|| "—".to_string()),
    };
    vec![
        municipality_name(dataset, &rating.municipality),
        label,
        was,
        format!("{}/{} (afgesproken)", rating.level, Score::LEVELS),
        lines_text(&rating.reason),
    ]
}
