//! Overlays on top of a screen: help, finder, note editor.

use crate::keymap::Context;

use super::finder::FinderOverlay;
use super::help::HelpOverlay;
use super::text_input::TextInput;

/// The note editor of a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEditor {
    /// Index of the finding.
    pub finding: usize,
    /// The text being edited.
    pub input: TextInput,
}

/// What lies on top of the screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// Help generated from the keymap.
    Help(HelpOverlay),
    /// Fuzzy finder.
    Finder(FinderOverlay),
    /// Editing a finding's note.
    NoteEditor(NoteEditor),
}

impl Overlay {
    /// The keymap context while this overlay has the focus.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help(_) => Context::Help,
            Overlay::Finder(_) => Context::Finder,
            Overlay::NoteEditor(_) => Context::Editor,
        }
    }

    /// The text field of the overlay.
    pub fn input_mut(&mut self) -> &mut TextInput {
        match self {
            Overlay::Help(help) => &mut help.query,
            Overlay::Finder(finder) => &mut finder.query,
            Overlay::NoteEditor(editor) => &mut editor.input,
        }
    }
}
