//! Screen 5, the follow-up actions: selection, filter, sort, the carry-over review of open
//! actions, and marking them done, dropping or deleting them.

use jiff::civil::Date;

use crate::app::change::commit;
use crate::app::follow_up_editor;
use crate::app::navigation::move_row;
use crate::app::overlays::form::{Form, Purpose};
use crate::app::overlays::{Confirm, Confirmed};
use crate::app::{Effect, Model, Overlay};
use crate::command::Action;
use crate::domain::conflicts;
use crate::domain::describe::{link_text, owner_text};
use crate::domain::{Dataset, FollowUp, FollowUpStatus, Link, Workspace};

/// How the actions screen lists the actions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUpsView {
    /// Selected row of the visible list.
    pub row: usize,
    /// Words that every listed action must match.
    pub filter: String,
    /// Sorted by due date (undated last) instead of creation order.
    pub by_due: bool,
    /// Reviewing the actions still open from before this meeting.
    pub carry_over: Option<u64>,
}

impl FollowUpsView {
    /// Indexes into `workspace.follow_ups` of the listed actions, in display order.
    pub fn visible(&self, dataset: &Dataset, workspace: &Workspace, today: Date) -> Vec<usize> {
        let words: Vec<String> = self.filter.split_whitespace().map(str::to_lowercase).collect();
        let mut listed: Vec<usize> = workspace
            .follow_ups
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
                let action = &workspace.follow_ups[i];
                (action.due.is_none(), action.due, action.id)
            });
        }
        listed
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

/// The id of the follow-up action selected on the actions screen.
pub fn selected(model: &Model) -> Option<u64> {
    let visible = model.screens.follow_ups.visible(model.dataset(), model.workspace(), model.today);
    let index = visible.get(model.screens.follow_ups.row)?;
    model.workspace().follow_ups.get(*index).map(|a| a.id)
}

/// Commands on the actions screen.
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let rows = model.screens.follow_ups.visible(model.dataset(), model.workspace(), model.today).len();
    move_row(&mut model.screens.follow_ups.row, rows, action);
    let selected = selected(model);
    match (action, selected) {
        (Action::MarkDone, Some(id)) => toggle_status(model, id, FollowUpStatus::Klaar),
        (Action::DropFollowUp, Some(id)) => toggle_status(model, id, FollowUpStatus::Geschrapt),
        (Action::DeleteFollowUp, Some(id)) => {
            let text = model.workspace().follow_up(id).map_or(String::new(), |a| a.text.clone());
            let question = format!("Actie verwijderen? “{text}”");
            model.chrome.overlay = Some(Overlay::Confirm(Confirm { question, then: Confirmed::DeleteFollowUp(id) }));
            Vec::new()
        }
        (Action::Edit | Action::Open, Some(id)) => {
            follow_up_editor::open_edit(model, id);
            Vec::new()
        }
        (Action::Filter, _) => {
            let filter = model.screens.follow_ups.filter.clone();
            let help = "woorden die elke actie moet bevatten: gemeente, component, status, eigenaar, 'laat'";
            let form = Form::single("Acties filteren".to_string(), Purpose::Filter, "Filter", &filter, help);
            model.chrome.overlay = Some(Overlay::Form(form));
            Vec::new()
        }
        (Action::TakeOther, Some(id)) => take_other(model, id),
        (Action::ToggleSort, _) => {
            model.screens.follow_ups.by_due = !model.screens.follow_ups.by_due;
            let order = if model.screens.follow_ups.by_due { "op termijn" } else { "in volgorde van aanmaak" };
            model.chrome.status.message = Some(format!("gesorteerd {order}"));
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn toggle_status(model: &mut Model, id: u64, status: FollowUpStatus) -> Vec<Effect> {
    let Some(current) = model.workspace().follow_up(id).map(|a| a.status) else {
        return Vec::new();
    };
    let next = if current == status { FollowUpStatus::Open } else { status };
    let text = model.workspace().follow_up(id).map_or(String::new(), |a| a.text.clone());
    commit(model, format!("{}: {text}", next.label()), |workspace| workspace.set_status(id, next))
}

/// Takes the other value of an action changed concurrently on two laptops.
fn take_other(model: &mut Model, id: u64) -> Vec<Effect> {
    let key = conflicts::action_key(id);
    let Some(conflict) = conflicts::of(model.workspace(), &key) else {
        model.chrome.status.message = Some("niet gelijktijdig gewijzigd".to_string());
        return Vec::new();
    };
    let what = format!("waarde van {} genomen", conflict.rival.by);
    commit(model, what, |workspace| {
        conflicts::take_other(workspace, &key);
    })
}

/// Deletes an action (after the question was answered yes).
pub fn delete(model: &mut Model, id: u64) -> Vec<Effect> {
    let text = model.workspace().follow_up(id).map_or(String::new(), |a| a.text.clone());
    commit(model, format!("verwijderd: {text}"), |workspace| workspace.follow_ups.retain(|a| a.id != id))
}
