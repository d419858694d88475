//! The follow-up editor: a new action linked to the selection (or the marked cells), or an
//! existing one edited; owners and due dates read as typed.

use std::sync::Arc;

use crate::app::change::commit;
use crate::app::overlays::form::{Form, Purpose, action_field};
use crate::app::screens::drill::selected_finding;
use crate::app::{Effect, Model, Overlay};
use crate::command::Action;
use crate::domain::describe::{link_text, owner_text};
use crate::domain::due::parse_due;
use crate::domain::{Dataset, FollowUp, FollowUpStatus, Link, Owner};
use crate::screen::Screen;

/// Opens the action editor linked to what is selected (or to the marked cells).
pub fn open_new(model: &mut Model) {
    let links = selection_links(model);
    let about: Vec<String> = links.iter().map(|l| link_text(model.dataset(), l)).collect();
    let title =
        if about.is_empty() { "Nieuwe actie".to_string() } else { format!("Nieuwe actie: {}", about.join(", ")) };
    let form = Form::action(title, Purpose::NewFollowUp(links), ["", "", "", "open"]);
    model.chrome.overlay = Some(Overlay::Form(form));
}

fn selection_links(model: &Model) -> Vec<Link> {
    let dataset = model.dataset();
    let municipality = |m: usize| dataset.municipalities().get(m).map(|x| x.id.clone());
    let cell = |(m, c): (usize, usize)| {
        Some(Link::Cell { municipality: municipality(m)?, component: dataset.components().get(c)?.nr })
    };
    match model.chrome.screen {
        Screen::Matrix if !model.screens.selection.marked_cells.is_empty() => {
            model.screens.selection.marked_cells.iter().filter_map(|&mc| cell(mc)).collect()
        }
        Screen::Matrix => {
            cell((model.screens.selection.municipality, model.screens.selection.component)).into_iter().collect()
        }
        Screen::Drill => {
            let finding = selected_finding(model).and_then(|f| dataset.findings().get(f));
            let link =
                finding.map(|f| Link::Finding { municipality: f.municipality.clone(), indicator: f.indicator.clone() });
            link.into_iter().collect()
        }
        Screen::Regisseur | Screen::Rollen if !model.screens.selection.marked_municipalities.is_empty() => model
            .screens
            .selection
            .marked_municipalities
            .iter()
            .filter_map(|&m| municipality(m).map(Link::Municipality))
            .collect(),
        Screen::Regisseur | Screen::Rollen => {
            municipality(model.screens.selection.municipality).map(Link::Municipality).into_iter().collect()
        }
        Screen::Actoren => {
            dataset.actors().get(model.screens.actoren.row).map(|a| Link::Actor(a.id.clone())).into_iter().collect()
        }
        Screen::FollowUps => Vec::new(),
    }
}

/// Opens the editor on an existing follow-up action.
pub fn open_edit(model: &mut Model, id: u64) {
    let Some(action) = model.workspace().follow_up(id) else {
        return;
    };
    let owner = owner_input(model.dataset(), action.owner.as_ref());
    let due = action.due.map_or(String::new(), |d| d.to_string());
    let values = [action.text.as_str(), owner.as_str(), due.as_str(), action.status.label()];
    let form = Form::action("Actie bewerken".to_string(), Purpose::EditFollowUp(id), values);
    model.chrome.overlay = Some(Overlay::Form(form));
}

/// An owner as it is typed in the form.
fn owner_input(dataset: &Dataset, owner: Option<&Owner>) -> String {
    match owner {
        None => String::new(),
        Some(Owner::Gemeente) => "gemeente".to_string(),
        Some(Owner::Ocmw) => "ocmw".to_string(),
        Some(Owner::Beide) => "beide".to_string(),
        Some(owner @ Owner::Actor(_)) => owner_text(dataset, Some(owner)),
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

/// The owner to offer for what is typed in the owner field: the first of the besturen, the
/// actors' names, the owners of earlier actions and the attendees of the meeting in progress
/// that starts with it (letter case aside),
/// else the first that holds it; none when nothing is typed or it is already complete.
/// `Tab` takes it.
pub fn owner_suggestion(model: &Model, typed: &str) -> Option<String> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return None;
    }
    let dataset = model.dataset();
    let besturen = ["gemeente", "ocmw", "beide"].map(str::to_string);
    let actors = dataset.actors().iter().map(|a| a.name.clone());
    let earlier = model.workspace().follow_ups.iter().filter_map(|a| match &a.owner {
        Some(Owner::Tekst(name)) => Some(name.clone()),
        _ => None,
    });
    let attendees = model.workspace().current().into_iter().flat_map(|m| m.attendees.iter().cloned());
    let candidates: Vec<String> = besturen.into_iter().chain(actors).chain(earlier).chain(attendees).collect();
    if candidates.iter().any(|c| c.to_lowercase() == typed) {
        return None;
    }
    let starts = candidates.iter().find(|c| c.to_lowercase().starts_with(&typed));
    starts.or_else(|| candidates.iter().find(|c| c.to_lowercase().contains(&typed))).cloned()
}

/// What the form says of a due date before today.
fn past_warning(date: jiff::civil::Date, save: &str) -> String {
    format!("{} ligt in het verleden; {save} bewaart toch", crate::domain::dutch_date::day_month_year(date))
}

/// Saves the action form; an error message when a field does not read.
pub fn save_form(model: &mut Model, form: &Form) -> Result<Vec<Effect>, String> {
    let text = form.value(action_field::TEXT).trim().to_string();
    if text.is_empty() {
        return Err("typ wat er moet gebeuren".to_string());
    }
    let owner = parse_owner(model.dataset(), &form.value(action_field::OWNER));
    let due = parse_due(&form.value(action_field::DUE), model.today)?;
    // A date in the past is said once; saving again keeps it (a late entry is allowed).
    if let Some(date) = due.filter(|&d| crate::domain::due::is_past(d, model.today)) {
        let warning = past_warning(date, &model.hint(&Action::Open));
        if form.error.as_deref() != Some(warning.as_str()) {
            return Err(warning);
        }
    }
    let status = FollowUpStatus::parse(&form.value(action_field::STATUS)).ok_or_else(|| {
        format!("onbekende status '{}': open, bezig, klaar of geschrapt", form.value(action_field::STATUS))
    })?;
    let effects = match &form.purpose {
        Purpose::NewFollowUp(links) => {
            let links = links.clone();
            let meeting = model.workspace().current_meeting;
            model.screens.selection.marked_cells.clear();
            model.screens.selection.marked_municipalities.clear();
            commit(model, format!("nieuwe actie: {text}"), |workspace| {
                let id = workspace.take_id();
                workspace.follow_ups.push(Arc::new(FollowUp { id, text, links, owner, due, status, meeting }));
            })
        }
        Purpose::EditFollowUp(id) => {
            let id = *id;
            commit(model, format!("bewerkt: {text}"), |workspace| {
                if let Some(action) = workspace.follow_up_mut(id) {
                    (action.text, action.owner, action.due) = (text, owner, due);
                }
                workspace.set_status(id, status);
            })
        }
        _ => Vec::new(),
    };
    Ok(effects)
}
