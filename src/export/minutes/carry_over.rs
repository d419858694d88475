//! The review of the actions still open from before the meeting, and what became of them:
//! closed, dropped, or still open. An action was open before the meeting when an earlier
//! meeting agreed it (or, agreed outside a meeting, it was created before: ids are handed out
//! in order) and no earlier meeting closed it.

use crate::domain::dutch_date::day_month_year;
use crate::domain::{FollowUp, FollowUpStatus, Workspace};

use super::super::document::{Block, Document, Table};
use super::{Context, agreed::about, text};

/// Writes the section on the carry-over review.
pub fn write(document: &mut Document, context: &Context) {
    let reviewed = reviewed(context);
    document.push(Block::Heading(2, format!("Opvolging van openstaande acties ({})", reviewed.len())));
    if reviewed.is_empty() {
        document.push(Block::Paragraph("Er stonden geen acties van eerder open.".to_string()));
        return;
    }
    let header = ["Actie", "Afgesproken", "Uitkomst"].map(String::from).to_vec();
    let rows = reviewed.iter().map(|action| row(context, action)).collect();
    document.push(Block::Table(Table { header, rows }));
}

fn row(context: &Context, action: &FollowUp) -> Vec<String> {
    let agreed = action.meeting.and_then(|id| context.workspace.meeting(id)).map_or_else(
        || "buiten een vergadering".to_string(),
        |m| format!("{} ({})", day_month_year(m.date), text(&m.title)),
    );
    vec![about(context.dataset, action), agreed, outcome(context.workspace, action, context.meeting.id).to_string()]
}

/// What the meeting did with the action.
fn outcome(workspace: &Workspace, action: &FollowUp, meeting: u64) -> &'static str {
    match workspace.status_in(action.id, meeting) {
        Some(FollowUpStatus::Klaar) => "afgerond",
        Some(FollowUpStatus::Geschrapt) => "geschrapt",
        Some(FollowUpStatus::Bezig) => "loopt (bezig)",
        Some(FollowUpStatus::Open) => "blijft open",
        None => "blijft open, ongewijzigd",
    }
}

/// The actions open when the meeting started, in creation order.
fn reviewed<'a>(context: &Context<'a>) -> Vec<&'a FollowUp> {
    let workspace = context.workspace;
    let id = context.meeting.id;
    let position = |meeting: u64| workspace.meetings.iter().position(|m| m.id == meeting);
    let here = position(id);
    let created_before = |action: &FollowUp| match action.meeting {
        Some(meeting) => position(meeting).is_some_and(|p| Some(p) < here),
        None => action.id < id,
    };
    let closed_before = |action: &FollowUp| {
        let changes = workspace.status_changes.iter().filter(|c| c.action == action.id);
        let earlier = changes.filter_map(|c| position(c.meeting).filter(|&p| Some(p) < here).map(|p| (p, c.status)));
        match earlier.max_by_key(|(p, _)| *p) {
            Some((_, status)) => !status.is_open(),
            None => !action.status.is_open() && !workspace.status_changes.iter().any(|c| c.action == action.id),
        }
    };
    workspace.follow_ups.iter().map(AsRef::as_ref).filter(|a| created_before(a) && !closed_before(a)).collect()
}
