//! Screen 5's state: selection, filter, sort, and the carry-over review of open actions.

use jiff::civil::Date;

use crate::domain::{Dataset, FollowUp, Link, Owner};
use crate::workspace::Workspace;

/// How the actions screen lists the actions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionsView {
    /// Selected row of the visible list.
    pub row: usize,
    /// Words that every listed action must match.
    pub filter: String,
    /// Sorted by due date (undated last) instead of creation order.
    pub by_due: bool,
    /// Reviewing the actions still open from before this meeting.
    pub carry_over: Option<u64>,
}

impl ActionsView {
    /// Indexes into `workspace.actions` of the listed actions, in display order.
    pub fn visible(&self, dataset: &Dataset, workspace: &Workspace, today: Date) -> Vec<usize> {
        let words: Vec<String> = self.filter.split_whitespace().map(str::to_lowercase).collect();
        let mut listed: Vec<usize> = workspace
            .actions
            .iter()
            .enumerate()
            .filter(|(_, action)| match self.carry_over {
                Some(meeting) => action.status.is_open() && action.meeting != Some(meeting),
                None => true,
            })
            .filter(|(_, action)| {
                words.is_empty() || {
                    let haystack = haystack(dataset, workspace, action, today);
                    words.iter().all(|w| haystack.contains(w.as_str()))
                }
            })
            .map(|(index, _)| index)
            .collect();
        if self.by_due {
            listed.sort_by_key(|&i| {
                let action = &workspace.actions[i];
                (action.due.is_none(), action.due, action.id)
            });
        }
        listed
    }
}

/// Dutch description of a link, with names from the dataset.
pub fn link_text(dataset: &Dataset, link: &Link) -> String {
    let municipality = |id: &str| dataset.municipality(id).map_or(id.to_string(), |m| m.name.clone());
    match link {
        Link::Municipality(id) => municipality(id),
        Link::Cell { municipality: id, component } => {
            let label = dataset.components().iter().find(|c| c.nr == *component).map_or("?", |c| c.short.as_str());
            format!("{} · {label}", municipality(id))
        }
        Link::Finding { municipality: id, indicator } => format!("{} · {indicator}", municipality(id)),
        Link::Actor(id) => dataset.actors().iter().find(|a| a.id == *id).map_or(id.clone(), |a| a.name.clone()),
    }
}

/// Dutch description of an owner, with actor names from the dataset.
pub fn owner_text(dataset: &Dataset, owner: Option<&Owner>) -> String {
    match owner {
        None => "—".to_string(),
        Some(Owner::Gemeente) => "gemeente".to_string(),
        Some(Owner::Ocmw) => "OCMW".to_string(),
        Some(Owner::Beide) => "gemeente en OCMW".to_string(),
        Some(Owner::Actor(id)) => dataset.actors().iter().find(|a| a.id == *id).map_or(id.clone(), |a| a.name.clone()),
        Some(Owner::Tekst(text)) => text.clone(),
    }
}

/// Everything a filter word may match, lowercased.
fn haystack(dataset: &Dataset, workspace: &Workspace, action: &FollowUp, today: Date) -> String {
    let mut parts = vec![
        action.text.clone(),
        action.status.label().to_string(),
        action.urgency(today).label().to_string(),
        owner_text(dataset, action.owner.as_ref()),
    ];
    parts.extend(action.links.iter().map(|l| link_text(dataset, l)));
    for component in action.links.iter().filter_map(Link::component) {
        if let Some(c) = dataset.components().iter().find(|c| c.nr == component) {
            parts.push(c.label.clone());
        }
    }
    if let Some(meeting) = action.meeting.and_then(|id| workspace.meeting(id)) {
        parts.push(meeting.title.clone());
    }
    parts.join(" | ").to_lowercase()
}
