//! What [`super::update`] asks the app loop to do outside the model.

use crate::domain::Workspace;

use super::measurement_view::MeasurementPurpose;
use super::model::Remembered;

/// A side effect, run by the app loop after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Leave the app, restoring the terminal.
    Quit,
    /// Write this revision of the workspace durably (in the background).
    Save {
        /// The revision number.
        revision: u64,
        /// The workspace as of that revision (boxed: it is much larger than the other effects).
        workspace: Box<Workspace>,
    },
    /// Write the minutes of a meeting, all actions and the report into the export folder.
    Export {
        /// The meeting whose minutes to write; the latest when `None`.
        meeting: Option<u64>,
    },
    /// Read and check the workbook at this path; the loop answers with
    /// [`Msg::WorkbookRead`](super::Msg::WorkbookRead).
    ReadWorkbook(std::path::PathBuf),
    /// Remember the theme and presentation mode for the next run (`state.ron`).
    Remember(Remembered),
    /// Load a measurement of the project (off the UI thread) and report it with
    /// [`super::Msg::MeasurementLoaded`].
    LoadMeasurement {
        /// The measurement's id.
        id: String,
        /// What it is for.
        purpose: MeasurementPurpose,
    },
}
