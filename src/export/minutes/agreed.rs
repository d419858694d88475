//! The actions a meeting agreed, grouped by municipality: an action about one municipality
//! under its name, an action shared by several once under "Gezamenlijk" with their names,
//! the others under "Regionaal". Each with owner, due date in Dutch and status.

use crate::domain::describe::owner_text;
use crate::domain::dutch_date::day_month_year;
use crate::domain::{Dataset, FollowUp, Link};

use super::super::document::{Block, Document, Table};
use super::{Context, lines_text, text};

/// Writes the section on the actions agreed.
pub fn write(document: &mut Document, context: &Context) {
    let id = context.meeting.id;
    let agreed: Vec<&FollowUp> =
        context.workspace.follow_ups.iter().map(AsRef::as_ref).filter(|a| a.meeting == Some(id)).collect();
    document.push(Block::Heading(2, format!("Afgesproken acties ({})", agreed.len())));
    if agreed.is_empty() {
        document.push(Block::Paragraph("Geen acties afgesproken.".to_string()));
        return;
    }
    for municipality in context.dataset.municipalities() {
        let only_here = |a: &&FollowUp| municipalities(a) == [municipality.id.as_str()];
        group(document, context.dataset, &text(&municipality.name), agreed.iter().copied().filter(only_here));
    }
    let shared = agreed.iter().copied().filter(|a| municipalities(a).len() > 1);
    group(document, context.dataset, "Gezamenlijk voor meerdere gemeenten", shared);
    let regional = agreed.iter().copied().filter(|a| municipalities(a).is_empty());
    group(document, context.dataset, "Regionaal", regional);
}

fn group<'a>(document: &mut Document, dataset: &Dataset, heading: &str, actions: impl Iterator<Item = &'a FollowUp>) {
    let rows: Vec<Vec<String>> = actions.map(|action| row(dataset, action)).collect();
    if rows.is_empty() {
        return;
    }
    document.push(Block::Heading(3, heading.to_string()));
    let header = ["Actie", "Eigenaar", "Termijn", "Status"].map(String::from).to_vec();
    document.push(Block::Table(Table { header, rows }));
}

fn row(dataset: &Dataset, action: &FollowUp) -> Vec<String> {
    vec![
        about(dataset, action),
        text(&owner_text(dataset, action.owner.as_ref())),
        action.due.map_or_else(|| "geen".to_string(), day_month_year),
        action.status.label().to_string(),
    ]
}

/// The municipalities an action concerns, by id, each once, in link order.
pub fn municipalities(action: &FollowUp) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for id in action.links.iter().filter_map(Link::municipality) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// An action's text and what it is about: `Tekst (over: Kortrijk · Beleidslijnen, …)`.
pub fn about(dataset: &Dataset, action: &FollowUp) -> String {
    let links: Vec<String> = action.links.iter().map(|l| text(&link_name(dataset, l))).collect();
    if links.is_empty() {
        lines_text(&action.text)
    } else {
        format!("{} (over: {})", lines_text(&action.text), links.join(", "))
    }
}

/// A link named as a reader knows it: a finding by municipality and indicator label.
fn link_name(dataset: &Dataset, link: &Link) -> String {
    match link {
        Link::Finding { municipality, indicator } => {
            let name = dataset.municipality(municipality).map_or(municipality.as_str(), |m| m.name.as_str());
            let label = dataset.indicator(indicator).map_or(indicator.as_str(), |i| i.label.as_str());
            format!("{name} · {label}")
        }
        other => crate::domain::describe::link_text(dataset, other),
    }
}
