//! What [`super::update`] handles: a command from the keymap, typed text, or a report from
//! the app loop (the writer, an export, the clock).

use crate::command::Action;
use crate::domain::Dataset;
use crate::workbook::{Answers, CellProblem};

use super::measurement_view::MeasurementPurpose;

/// One input to [`super::update`].
#[derive(Debug, Clone)]
pub enum Msg {
    /// A command, run by a key.
    Command(Action),
    /// Typed text in a text field.
    Type(char),
    /// Pasted text.
    Paste(String),
    /// The writer reports a revision safely on disk.
    Saved(u64),
    /// The writer could not save a revision.
    SaveFailed(u64, String),
    /// The export was written (what, where), or failed (why).
    Exported(Result<String, String>),
    /// Remembering the theme and presentation mode failed: why.
    NotRemembered(String),
    /// The workbook at this path was read and checked against the dataset: its answers, or
    /// its problems.
    WorkbookRead(std::path::PathBuf, Result<Answers, Vec<CellProblem>>),
    /// The date changed.
    Today(jiff::civil::Date),
    /// A measurement was loaded (or why not).
    MeasurementLoaded {
        /// What it was loaded for.
        purpose: MeasurementPurpose,
        /// The measurement, as the dataset files hold it; or why it did not load.
        loaded: Result<Box<Dataset>, String>,
    },
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Command(action)
    }
}
