//! Every action as CSV, one row each, for a spreadsheet.

use crate::domain::describe::{link_text, owner_text};
use crate::domain::text::spreadsheet_cell;
use crate::domain::{Dataset, Workspace};

/// The column names.
const HEADER: [&str; 9] =
    ["id", "actie", "status", "deadline", "eigenaar", "gemeenten", "gekoppeld_aan", "vergadering", "vergaderdatum"];

/// All actions as CSV (comma-separated, quoted where needed, UTF-8). Every cell is one line
/// with control and bidirectional characters neutralised and formula prefixes quoted away
/// (see [`spreadsheet_cell`]).
pub fn render(dataset: &Dataset, workspace: &Workspace) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER)?;
    for action in &workspace.follow_ups {
        let mut municipalities: Vec<&str> = Vec::new();
        for id in action.links.iter().filter_map(|l| l.municipality()) {
            if !municipalities.contains(&id) {
                municipalities.push(id);
            }
        }
        let names: Vec<String> = municipalities
            .iter()
            .map(|id| dataset.municipality(id).map_or(id.to_string(), |m| m.name.clone()))
            .collect();
        let links: Vec<String> = action.links.iter().map(|l| link_text(dataset, l)).collect();
        let meeting = action.meeting.and_then(|id| workspace.meeting(id));
        let record = [
            action.id.to_string(),
            action.text.clone(),
            action.status.label().to_string(),
            action.due.map_or(String::new(), |d| d.to_string()),
            action.owner.as_ref().map_or(String::new(), |owner| owner_text(dataset, Some(owner))),
            names.join("; "),
            links.join("; "),
            meeting.map_or(String::new(), |m| m.title.clone()),
            meeting.map_or(String::new(), |m| m.date.to_string()),
        ];
        writer.write_record(record.iter().map(|cell| spreadsheet_cell(cell).into_owned()))?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
