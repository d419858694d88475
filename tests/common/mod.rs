//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod pty;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use regie::app::{Action, Model, Projection, update};
use regie::dataset::{Source, load};
use regie::keymap::Keymap;
use regie::ui;

/// The day the tests pretend it is.
pub const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 24);

/// A model on the shipped dataset with the default keymap.
pub fn model() -> Model {
    let dataset = load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"));
    let keymap = Keymap::shipped().unwrap_or_else(|p| panic!("{p:?}"));
    Model::new(dataset, keymap, Projection::default(), TODAY)
}

/// Applies actions in order.
pub fn run(model: &mut Model, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        update(model, action);
    }
}

/// The screen as text at a size.
pub fn screen(model: &Model, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap_or_else(|e| panic!("{e}"));
    terminal.draw(|frame| ui::view(frame, model)).unwrap_or_else(|e| panic!("{e}"));
    terminal.backend().to_string()
}

/// Types text into a text field.
pub fn type_text(model: &mut Model, text: &str) {
    run(model, text.chars().map(Action::Type));
}
