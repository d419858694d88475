//! Overlays on top of a screen: help, finder, forms, a yes/no question; each one's state
//! here, their commands in [`update`], their views in `crate::ui`.

pub mod background;
pub mod finder;
pub mod form;
pub mod help;
pub mod measurements;
pub mod questionnaire;
mod update;

pub use update::update;

use crate::keymap::Context;

use super::text_input::TextEdit;
use background::BackgroundOverlay;
use finder::FinderOverlay;
use form::Form;
use help::HelpOverlay;
use measurements::MeasurementChooser;
use questionnaire::Questionnaire;

/// What a confirmed question does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmed {
    /// Delete the follow-up action with this id.
    DeleteFollowUp(u64),
    /// End the meeting in progress.
    EndMeeting,
    /// Quit although the last changes are not saved.
    Quit,
}

/// A yes/no question before a destructive step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    /// The question.
    pub question: String,
    /// What yes does.
    pub then: Confirmed,
}

/// What lies on top of the screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// Help generated from the keymap.
    Help(HelpOverlay),
    /// Fuzzy finder.
    Finder(FinderOverlay),
    /// A form.
    Form(Form),
    /// A yes/no question.
    Confirm(Confirm),
    /// The background of the selection from the sources.
    Background(BackgroundOverlay),
    /// The questionnaire of one municipality (intake interview).
    Questionnaire(Questionnaire),
    /// The project's measurements, to show one or compare with one.
    Measurements(MeasurementChooser),
}

impl Overlay {
    /// The keymap context while this overlay has the focus.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help(_) => Context::Help,
            Overlay::Finder(_) => Context::Finder,
            Overlay::Form(_) => Context::Editor,
            Overlay::Confirm(_) => Context::Confirm,
            Overlay::Background(_) => Context::Background,
            Overlay::Measurements(_) => Context::Measurements,
            // Editing the note of a question: a text field like the forms'.
            Overlay::Questionnaire(Questionnaire { note: Some(_), .. }) => Context::Editor,
            Overlay::Questionnaire(_) => Context::Questionnaire,
        }
    }

    /// The text field with the focus, if the overlay has one.
    pub fn input_mut(&mut self) -> Option<&mut dyn TextEdit> {
        match self {
            Overlay::Help(help) => Some(&mut help.query),
            Overlay::Finder(finder) => Some(&mut finder.query),
            Overlay::Form(form) => form.focused().map(|input| input.edit()),
            Overlay::Questionnaire(questionnaire) => questionnaire.note.as_mut().map(|note| note as &mut dyn TextEdit),
            Overlay::Confirm(_) | Overlay::Background(_) | Overlay::Measurements(_) => None,
        }
    }
}
