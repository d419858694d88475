//! A project of one's own region: a dataset directory with its workspace beside it, made by
//! `regie new` and opened with `regie --project DIR`.
//!
//! ```text
//! DIR/provenance.ron … actors.ron   the dataset (see `crate::dataset`)
//! DIR/project.ron                   Project(id, title): which dataset this is
//! DIR/measurements.ron               the measurements, oldest first (the first is the files above)
//! DIR/measurements/<id>/            findings, classifications, role splits of a later one
//! DIR/workspace/                    the workspace of the project
//! ```

mod belongs;
mod create;
mod identity;
mod measurement;
mod names;
mod slug;

pub use belongs::{adopt, belongs, fit};
pub use create::{Start, create, create_titled};
pub use identity::{FILE, ProjectFile, dataset_id};
pub use measurement::{Copy, new_measurement};
pub use names::municipalities;
pub use slug::municipality_id;

use std::path::{Path, PathBuf};

use crate::domain::Table;

/// The workspace directory of a project.
pub fn workspace_dir(project: &Path) -> PathBuf {
    project.join("workspace")
}

/// Whether a directory is a project: a `workspace/` beside the dataset files.
pub fn is_project(dir: &Path) -> bool {
    workspace_dir(dir).is_dir() && Table::ALL.iter().any(|t| dir.join(t.file_name()).is_file())
}
