//! Decisions (besluiten): recorded in the meeting in progress, beside its actions.

use crate::app::overlays::form::{Form, Purpose};
use crate::app::{Effect, Model, Overlay};
use crate::domain::Decision;

use super::change::commit;

/// `D`: the form for a decision, when a meeting is in progress.
pub fn open(model: &mut Model) {
    if model.workspace().current().is_none() {
        model.chrome.status.message = Some("een besluit hoort bij een vergadering: start er een met m".to_string());
        return;
    }
    let help = "wat de vergadering besliste (vrije tekst, meerdere regels)";
    model.chrome.overlay =
        Some(Overlay::Form(Form::lines("Besluit vastleggen".to_string(), Purpose::Decision, "Besluit", "", help)));
}

/// Records the decision of a submitted form in the meeting in progress.
pub fn save(model: &mut Model, form: &Form) -> Result<Vec<Effect>, String> {
    let text = form.value(0).trim().to_string();
    if text.is_empty() {
        return Err("typ wat er besloten werd".to_string());
    }
    let meeting = model.workspace().current_meeting.ok_or("geen vergadering bezig")?;
    Ok(commit(model, format!("besluit: {text}"), |workspace| {
        let id = workspace.take_id();
        workspace.decisions.push(Decision { id, text, meeting: Some(meeting) });
    }))
}
