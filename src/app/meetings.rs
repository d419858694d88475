//! Meetings: start one (after reviewing what is still open), end it.

use crate::app::overlays::form::Form;
use crate::app::overlays::{Confirm, Confirmed};
use crate::app::{Effect, Model, Overlay};
use crate::domain::Meeting;
use crate::domain::due::parse_due;
use crate::screen::Screen;

use super::change::commit;

/// `m`: the form to start a meeting, or the question to end the one in progress.
pub fn start_or_end(model: &mut Model) {
    model.chrome.overlay = Some(match model.workspace().current() {
        Some(meeting) => Overlay::Confirm(Confirm {
            question: format!("Vergadering “{}” beëindigen?", meeting.title),
            then: Confirmed::EndMeeting,
        }),
        None => Overlay::Form(Form::meeting(model.today)),
    });
}

/// Starts the meeting of a submitted form, then lists the actions still open from earlier
/// meetings for the room to review first.
pub fn start(model: &mut Model, form: &Form) -> Result<Vec<Effect>, String> {
    let date = parse_due(&form.value(0), model.today)?.unwrap_or(model.today);
    let title = form.value(1).trim().to_string();
    if title.is_empty() {
        return Err("geef de vergadering een titel".to_string());
    }
    let (attendees, excused) = (names(&form.value(2)), names(&form.value(3)));
    let mut id = 0;
    let measurement = model.dataset().measurement_key().map(str::to_string);
    let effects = commit(model, format!("vergadering gestart: {title}"), |workspace| {
        id = workspace.take_meeting_id();
        workspace.meetings.push(Meeting { id, date, title, attendees, excused, ended: false, measurement });
        workspace.current_meeting = Some(id);
    });
    if !effects.is_empty() {
        review_open_actions(model, id);
    }
    Ok(effects)
}

fn review_open_actions(model: &mut Model, meeting: u64) {
    let open = model.workspace().follow_ups.iter().filter(|a| a.status.is_open() && a.meeting != Some(meeting)).count();
    if open > 0 {
        model.chrome.screen = Screen::FollowUps;
        model.screens.follow_ups.carry_over = Some(meeting);
        model.screens.follow_ups.row = 0;
        model.chrome.status.message = Some(format!("eerst overlopen: {open} openstaande acties van eerder"));
    }
}

/// `M`: the form to correct the title, attendees and excused of the meeting in progress, else of
/// the latest.
pub fn open_edit(model: &mut Model) {
    let workspace = model.workspace();
    let meeting = workspace.minutes_meeting(None).and_then(|id| workspace.meeting(id));
    match meeting.map(Form::edit_meeting) {
        Some(form) => model.chrome.overlay = Some(Overlay::Form(form)),
        None => model.chrome.status.message = Some("nog geen vergadering: start er een met m".to_string()),
    }
}

/// Saves the corrected title, attendees and excused of a meeting.
pub fn save_edit(model: &mut Model, id: u64, form: &Form) -> Result<Vec<Effect>, String> {
    let title = form.value(0).trim().to_string();
    if title.is_empty() {
        return Err("geef de vergadering een titel".to_string());
    }
    let (attendees, excused) = (names(&form.value(1)), names(&form.value(2)));
    Ok(commit(model, format!("vergadering verbeterd: {title}"), |workspace| {
        if let Some(meeting) = workspace.meetings.iter_mut().find(|m| m.id == id) {
            (meeting.title, meeting.attendees, meeting.excused) = (title, attendees, excused);
        }
    }))
}

/// Names separated by commas, trimmed, empty ones left out.
fn names(text: &str) -> Vec<String> {
    text.split(',').map(|name| name.trim().to_string()).filter(|name| !name.is_empty()).collect()
}

/// Ends the meeting in progress.
pub fn end(model: &mut Model) -> Vec<Effect> {
    let title = model.workspace().current().map_or(String::new(), |m| m.title.clone());
    let effects = commit(model, format!("vergadering beëindigd: {title}"), |workspace| {
        if let Some(id) = workspace.current_meeting.take()
            && let Some(meeting) = workspace.meetings.iter_mut().find(|m| m.id == id)
        {
            meeting.ended = true;
        }
    });
    model.screens.follow_ups.carry_over = None;
    effects
}
