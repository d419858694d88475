//! The minutes of a meeting as a [`Document`]: what a secretary writes down — title, date,
//! attendees, the review of actions still open, the findings and ratings changed, the
//! decisions, the actions agreed, and the matrix as it now stands. Each file format renders
//! this one document.

mod agreed;
mod carry_over;
mod changes;
mod matrix;

use crate::domain::dutch_date::long_date;
use crate::domain::text::{lines, one_line};
use crate::domain::{Dataset, Meeting, Workspace};

use super::document::{Block, Document};

/// What the minutes are built from: the dataset with the workspace applied, the workspace,
/// and the meeting.
pub struct Context<'a> {
    /// The dataset with the workspace's finding edits applied.
    pub dataset: &'a Dataset,
    /// The workspace.
    pub workspace: &'a Workspace,
    /// The meeting the minutes are of.
    pub meeting: &'a Meeting,
}

/// The minutes of meeting `id`; `None` when there is no such meeting.
pub fn build(dataset: &Dataset, workspace: &Workspace, id: u64) -> Option<Document> {
    let meeting = workspace.meeting(id)?;
    let context = Context { dataset, workspace, meeting };
    let mut document = Document { title: format!("Notulen: {}", text(&meeting.title)), blocks: Vec::new() };
    document.push(Block::Bullets(facts(&context)));
    carry_over::write(&mut document, &context);
    changes::write(&mut document, &context);
    decisions(&mut document, &context);
    agreed::write(&mut document, &context);
    matrix::write(&mut document, &context);
    Some(document)
}

/// Text from data or typing, on one line.
pub fn text(raw: &str) -> String {
    one_line(raw).into_owned()
}

/// Typed text that may hold several lines (a note, an action, a decision), its line breaks
/// kept as `\n`.
pub fn lines_text(raw: &str) -> String {
    lines(raw).into_owned()
}

fn facts(context: &Context) -> Vec<String> {
    let meeting = context.meeting;
    let mut facts = vec![format!("Datum: {}", long_date(meeting.date))];
    if !meeting.attendees.is_empty() {
        facts.push(format!("Aanwezig: {}", text(&meeting.attendees.join(", "))));
    }
    if !meeting.excused.is_empty() {
        facts.push(format!("Verontschuldigd: {}", text(&meeting.excused.join(", "))));
    }
    let provenance = context.dataset.provenance();
    facts.push(format!("Dataset: {}", text(&provenance.title)));
    if let Some(id) = &meeting.measurement {
        let name = context.dataset.measurements().get(id).map_or(id.as_str(), |m| m.name.as_str());
        facts.push(format!("Meting: {}", text(name)));
    }
    if provenance.illustrative {
        facts.push(format!("Let op: {}", text(&provenance.note)));
    }
    facts
}

fn decisions(document: &mut Document, context: &Context) {
    let decided: Vec<String> = context
        .workspace
        .decisions
        .iter()
        .filter(|d| d.meeting == Some(context.meeting.id))
        .map(|d| lines_text(&d.text))
        .collect();
    document.push(Block::Heading(2, format!("Besluiten ({})", decided.len())));
    document.push(if decided.is_empty() {
        Block::Paragraph("Geen besluiten vastgelegd.".to_string())
    } else {
        Block::Bullets(decided)
    });
}
