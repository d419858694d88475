//! The minutes of a meeting: the actions it agreed, grouped by municipality, and the matrix.

use std::fmt::Write;

use crate::domain::describe::{cell_level, link_text, owner_text};
use crate::domain::{Dataset, FollowUp, FollowUpStatus, Score, Workspace, text};

/// The minutes of meeting `id` as Markdown; `None` when there is no such meeting.
pub fn render(dataset: &Dataset, workspace: &Workspace, id: u64) -> Option<String> {
    let meeting = workspace.meeting(id)?;
    let mut out = String::new();
    let _ = writeln!(out, "# Notulen: {}\n", one_line(&meeting.title));
    let _ = writeln!(out, "- Datum: {}", meeting.date);
    if !meeting.attendees.is_empty() {
        let _ = writeln!(out, "- Aanwezig: {}", one_line(&meeting.attendees.join(", ")));
    }
    let provenance = dataset.provenance();
    let _ = writeln!(out, "- Dataset: {}", one_line(&provenance.title));
    if provenance.illustrative {
        let _ = writeln!(out, "- Let op: {}", one_line(&provenance.note));
    }
    let agreed: Vec<&FollowUp> =
        workspace.follow_ups.iter().map(AsRef::as_ref).filter(|a| a.meeting == Some(id)).collect();
    let _ = writeln!(out, "\n## Afgesproken acties ({})\n", agreed.len());
    write_actions(&mut out, dataset, &agreed);
    let _ = writeln!(out, "## Matrix\n");
    write_matrix(&mut out, dataset, workspace);
    Some(out)
}

fn write_actions(out: &mut String, dataset: &Dataset, agreed: &[&FollowUp]) {
    if agreed.is_empty() {
        let _ = writeln!(out, "Geen acties afgesproken.\n");
        return;
    }
    for municipality in dataset.municipalities() {
        let about: Vec<&&FollowUp> = agreed.iter().filter(|a| a.concerns(&municipality.id)).collect();
        if !about.is_empty() {
            let _ = writeln!(out, "### {}\n", one_line(&municipality.name));
            for action in about {
                write_action(out, dataset, action);
            }
            let _ = writeln!(out);
        }
    }
    let regional: Vec<&&FollowUp> =
        agreed.iter().filter(|a| a.links.iter().all(|l| l.municipality().is_none())).collect();
    if !regional.is_empty() {
        let _ = writeln!(out, "### Regionaal\n");
        for action in regional {
            write_action(out, dataset, action);
        }
        let _ = writeln!(out);
    }
}

fn write_action(out: &mut String, dataset: &Dataset, action: &FollowUp) {
    let check = if action.status == FollowUpStatus::Klaar { "x" } else { " " };
    let text = match action.status {
        FollowUpStatus::Geschrapt => format!("~~{}~~ (geschrapt)", one_line(&action.text)),
        FollowUpStatus::Bezig => format!("{} (bezig)", one_line(&action.text)),
        FollowUpStatus::Open | FollowUpStatus::Klaar => one_line(&action.text),
    };
    let owner = one_line(&owner_text(dataset, action.owner.as_ref()));
    let due = action.due.map_or("geen".to_string(), |d| d.to_string());
    let links: Vec<String> = action.links.iter().map(|l| one_line(&link_text(dataset, l))).collect();
    let about = if links.is_empty() { String::new() } else { format!(" · over: {}", links.join(", ")) };
    let _ = writeln!(out, "- [{check}] {text} — eigenaar: {owner} · deadline: {due}{about}");
}

fn write_matrix(out: &mut String, dataset: &Dataset, workspace: &Workspace) {
    let headers: Vec<String> =
        dataset.components().iter().map(|c| format!("{} {}", c.nr, one_line(&c.short))).collect();
    let _ = writeln!(out, "| Gemeente | {} | Open acties |", headers.join(" | "));
    let _ = writeln!(out, "|---|{}---|", "---|".repeat(headers.len()));
    let open = workspace.open_follow_up_counts();
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        let cells: Vec<String> = (0..dataset.components().len())
            .map(|c| match cell_level(dataset, workspace, m, c) {
                (Some(level), true) => format!("{level}/{} (afgesproken)", Score::LEVELS),
                (Some(level), false) => format!("{level}/{}", Score::LEVELS),
                (None, _) => "—".to_string(),
            })
            .collect();
        let count = open.get(municipality.id.as_str()).copied().unwrap_or(0);
        let _ = writeln!(out, "| {} | {} | {count} |", one_line(&municipality.name), cells.join(" | "));
    }
    let _ = writeln!(out);
}

/// Text on one line (control and bidirectional characters neutralised, see
/// [`text::one_line`]) with Markdown table and code characters neutralised.
fn one_line(text: &str) -> String {
    text::one_line(text).replace('|', "/").replace('`', "'")
}
