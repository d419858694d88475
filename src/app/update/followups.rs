//! Follow-up actions: the editor linked to the selection, and the actions screen.

use std::sync::Arc;

use crate::app::form::{Form, Purpose, action_field};
use crate::app::overlay::{Confirm, Confirmed};
use crate::app::{Action, Effect, Model, Overlay, Screen};
use crate::domain::due::parse_due;
use crate::domain::{ActionStatus, Dataset, FollowUp, Link, Owner};

use super::change::commit;
use super::navigation::move_row;

/// Opens the action editor linked to what is selected (or to the marked cells).
pub fn open_new(model: &mut Model) {
    let links = selection_links(model);
    let about: Vec<String> = links.iter().map(|l| crate::app::actions_view::link_text(&model.dataset, l)).collect();
    let title =
        if about.is_empty() { "Nieuwe actie".to_string() } else { format!("Nieuwe actie: {}", about.join(", ")) };
    let form = Form::action(title, Purpose::NewAction(links), ["", "", "", "open"]);
    model.overlay = Some(Overlay::Form(form));
}

fn selection_links(model: &Model) -> Vec<Link> {
    let dataset = &model.dataset;
    let municipality = |m: usize| dataset.municipalities().get(m).map(|x| x.id.clone());
    let cell = |(m, c): (usize, usize)| {
        Some(Link::Cell { municipality: municipality(m)?, component: dataset.components().get(c)?.nr })
    };
    match model.screen {
        Screen::Matrix if !model.marked.is_empty() => model.marked.iter().filter_map(|&mc| cell(mc)).collect(),
        Screen::Matrix => cell((model.municipality, model.component)).into_iter().collect(),
        Screen::Drill => {
            let finding = model.selected_finding().and_then(|f| dataset.findings().get(f));
            let link =
                finding.map(|f| Link::Finding { municipality: f.municipality.clone(), indicator: f.indicator.clone() });
            link.into_iter().collect()
        }
        Screen::Regisseur | Screen::Rollen if !model.marked_municipalities.is_empty() => {
            model.marked_municipalities.iter().filter_map(|&m| municipality(m).map(Link::Municipality)).collect()
        }
        Screen::Regisseur | Screen::Rollen => {
            municipality(model.municipality).map(Link::Municipality).into_iter().collect()
        }
        Screen::Actoren => {
            dataset.actors().get(model.actor_row).map(|a| Link::Actor(a.id.clone())).into_iter().collect()
        }
        Screen::Acties => Vec::new(),
    }
}

/// The id of the action selected on the actions screen.
pub fn selected_action(model: &Model) -> Option<u64> {
    let visible = model.actions.visible(&model.dataset, &model.workspace, model.today);
    let index = visible.get(model.actions.row)?;
    model.workspace.actions.get(*index).map(|a| a.id)
}

/// Actions on the actions screen.
pub fn screen(model: &mut Model, action: &Action) -> Vec<Effect> {
    let rows = model.actions.visible(&model.dataset, &model.workspace, model.today).len();
    move_row(&mut model.actions.row, rows, action);
    let selected = selected_action(model);
    match (action, selected) {
        (Action::MarkDone, Some(id)) => toggle_status(model, id, ActionStatus::Klaar),
        (Action::DropAction, Some(id)) => toggle_status(model, id, ActionStatus::Geschrapt),
        (Action::DeleteAction, Some(id)) => {
            let text = model.workspace.action(id).map_or(String::new(), |a| a.text.clone());
            let question = format!("Actie verwijderen? “{text}”");
            model.overlay = Some(Overlay::Confirm(Confirm { question, then: Confirmed::DeleteAction(id) }));
            Vec::new()
        }
        (Action::Edit | Action::Open, Some(id)) => {
            open_edit(model, id);
            Vec::new()
        }
        (Action::Filter, _) => {
            let filter = model.actions.filter.clone();
            let help = "woorden die elke actie moet bevatten: gemeente, component, status, eigenaar, 'laat'";
            let form = Form::single("Acties filteren".to_string(), Purpose::Filter, "Filter", &filter, help);
            model.overlay = Some(Overlay::Form(form));
            Vec::new()
        }
        (Action::ToggleSort, _) => {
            model.actions.by_due = !model.actions.by_due;
            let order = if model.actions.by_due { "op deadline" } else { "in volgorde van aanmaak" };
            model.status.message = Some(format!("gesorteerd {order}"));
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn toggle_status(model: &mut Model, id: u64, status: ActionStatus) -> Vec<Effect> {
    let Some(current) = model.workspace.action(id).map(|a| a.status) else {
        return Vec::new();
    };
    let next = if current == status { ActionStatus::Open } else { status };
    let text = model.workspace.action(id).map_or(String::new(), |a| a.text.clone());
    commit(model, format!("{}: {text}", next.label()), |workspace| {
        if let Some(action) = workspace.action_mut(id) {
            action.status = next;
        }
    })
}

/// Deletes an action (after the question was answered yes).
pub fn delete(model: &mut Model, id: u64) -> Vec<Effect> {
    let text = model.workspace.action(id).map_or(String::new(), |a| a.text.clone());
    commit(model, format!("verwijderd: {text}"), |workspace| workspace.actions.retain(|a| a.id != id))
}

fn open_edit(model: &mut Model, id: u64) {
    let Some(action) = model.workspace.action(id) else {
        return;
    };
    let owner = owner_input(&model.dataset, action.owner.as_ref());
    let due = action.due.map_or(String::new(), |d| d.to_string());
    let values = [action.text.as_str(), owner.as_str(), due.as_str(), action.status.label()];
    let form = Form::action("Actie bewerken".to_string(), Purpose::EditAction(id), values);
    model.overlay = Some(Overlay::Form(form));
}

/// An owner as it is typed in the form.
fn owner_input(dataset: &Dataset, owner: Option<&Owner>) -> String {
    match owner {
        None => String::new(),
        Some(Owner::Gemeente) => "gemeente".to_string(),
        Some(Owner::Ocmw) => "ocmw".to_string(),
        Some(Owner::Beide) => "beide".to_string(),
        Some(owner @ Owner::Actor(_)) => crate::app::actions_view::owner_text(dataset, Some(owner)),
        Some(Owner::Tekst(text)) => text.clone(),
    }
}

/// Reads a typed owner: a bestuur, an actor by name or id, or free text.
pub fn parse_owner(dataset: &Dataset, text: &str) -> Option<Owner> {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    match lower.as_str() {
        "" => None,
        "gemeente" | "g" | "stad" => Some(Owner::Gemeente),
        "ocmw" | "o" => Some(Owner::Ocmw),
        "beide" | "g+o" => Some(Owner::Beide),
        _ => Some(
            dataset
                .actors()
                .iter()
                .find(|a| a.id == lower || a.name.to_lowercase() == lower)
                .map_or_else(|| Owner::Tekst(trimmed.to_string()), |a| Owner::Actor(a.id.clone())),
        ),
    }
}

/// Saves the action form; an error message when a field does not read.
pub fn save_form(model: &mut Model, form: &Form) -> Result<Vec<Effect>, String> {
    let text = form.value(action_field::TEXT).trim().to_string();
    if text.is_empty() {
        return Err("typ wat er moet gebeuren".to_string());
    }
    let owner = parse_owner(&model.dataset, form.value(action_field::OWNER));
    let due = parse_due(form.value(action_field::DUE), model.today)?;
    let status = ActionStatus::parse(form.value(action_field::STATUS)).ok_or_else(|| {
        format!("onbekende status '{}': open, bezig, klaar of geschrapt", form.value(action_field::STATUS))
    })?;
    let effects = match &form.purpose {
        Purpose::NewAction(links) => {
            let links = links.clone();
            let meeting = model.workspace.current_meeting;
            model.marked.clear();
            model.marked_municipalities.clear();
            commit(model, format!("nieuwe actie: {text}"), |workspace| {
                let id = workspace.take_id();
                workspace.actions.push(Arc::new(FollowUp { id, text, links, owner, due, status, meeting }));
            })
        }
        Purpose::EditAction(id) => {
            let id = *id;
            commit(model, format!("bewerkt: {text}"), |workspace| {
                if let Some(action) = workspace.action_mut(id) {
                    (action.text, action.owner, action.due, action.status) = (text, owner, due, status);
                }
            })
        }
        _ => Vec::new(),
    };
    Ok(effects)
}
