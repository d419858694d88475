//! The open follow-up actions: what, about what, who, by when, and whether it is late.

use std::fmt::Write;

use jiff::civil::Date;

use crate::domain::describe::{link_text, owner_text};
use crate::domain::dutch_date::day_month_year;
use crate::domain::{Dataset, FollowUp, Workspace};

use super::{escape, escape_lines};

/// Writes the section with the open actions.
pub fn write(out: &mut String, dataset: &Dataset, workspace: &Workspace, today: Date) {
    let open: Vec<&FollowUp> = workspace.follow_ups.iter().map(AsRef::as_ref).filter(|a| a.status.is_open()).collect();
    let _ = writeln!(out, "<section>\n<h2>Openstaande acties ({})</h2>", open.len());
    if open.is_empty() {
        let _ = writeln!(out, "<p>Er staan geen acties open.</p>\n</section>");
        return;
    }
    let _ =
        writeln!(out, "<table>\n<tr><th>Actie</th><th>Over</th><th>Eigenaar</th><th>Termijn</th><th>Stand</th></tr>");
    for action in open {
        let about: Vec<String> = action.links.iter().map(|l| escape(&link_text(dataset, l))).collect();
        let due = action.due.map_or_else(|| "geen".to_string(), day_month_year);
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{due}</td><td>{} {}</td></tr>",
            escape_lines(&action.text),
            about.join(", "),
            escape(&owner_text(dataset, action.owner.as_ref())),
            action.urgency(today).glyph(),
            action.urgency(today).label()
        );
    }
    let _ = writeln!(out, "</table>\n</section>");
}
