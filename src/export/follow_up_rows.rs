//! Every action as one row of named columns, shared by the CSV and the spreadsheet: the
//! texts with their lines (the CSV puts each on one line), the dates kept as dates for the
//! spreadsheet to format.

use jiff::civil::Date;

use crate::domain::describe::{link_text, owner_text};
use crate::domain::text::lines;
use crate::domain::{Dataset, FollowUp, Workspace};

/// The column names.
pub const HEADER: [&str; 9] =
    ["id", "actie", "status", "deadline", "eigenaar", "gemeenten", "gekoppeld_aan", "vergadering", "vergaderdatum"];

/// The column titles a person reads (the spreadsheet's header row), as [`HEADER`].
pub const TITLES: [&str; 9] =
    ["Nr.", "Actie", "Status", "Termijn", "Eigenaar", "Gemeenten", "Gekoppeld aan", "Vergadering", "Datum vergadering"];

/// One action as a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The action's id.
    pub id: u64,
    /// The texts of the columns after the id, the dates empty (they are in `due` and
    /// `meeting_date`).
    pub texts: [String; 8],
    /// The due date.
    pub due: Option<Date>,
    /// The date of the meeting that agreed it.
    pub meeting_date: Option<Date>,
}

/// The index in [`Row::texts`] of the due date's column.
pub const DUE: usize = 2;
/// The index in [`Row::texts`] of the meeting date's column.
pub const MEETING_DATE: usize = 7;

/// Every action, in creation order.
pub fn rows(dataset: &Dataset, workspace: &Workspace) -> Vec<Row> {
    workspace.follow_ups.iter().map(|action| row(dataset, workspace, action)).collect()
}

fn row(dataset: &Dataset, workspace: &Workspace, action: &FollowUp) -> Row {
    let mut municipalities: Vec<&str> = Vec::new();
    for id in action.links.iter().filter_map(|l| l.municipality()) {
        if !municipalities.contains(&id) {
            municipalities.push(id);
        }
    }
    let names: Vec<String> =
        municipalities.iter().map(|id| dataset.municipality(id).map_or(id.to_string(), |m| m.name.clone())).collect();
    let links: Vec<String> = action.links.iter().map(|l| link_text(dataset, l)).collect();
    let meeting = action.meeting.and_then(|id| workspace.meeting(id));
    let texts = [
        action.text.clone(),
        action.status.label().to_string(),
        action.due.map_or(String::new(), |d| d.to_string()),
        action.owner.as_ref().map_or(String::new(), |owner| owner_text(dataset, Some(owner))),
        names.join(", "),
        links.join(", "),
        meeting.map_or(String::new(), |m| m.title.clone()),
        meeting.map_or(String::new(), |m| m.date.to_string()),
    ]
    .map(|text| lines(&text).into_owned());
    Row { id: action.id, texts, due: action.due, meeting_date: meeting.map(|m| m.date) }
}
