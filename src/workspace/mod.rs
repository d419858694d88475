//! The workspace: meetings, actions and edits, stored durably beside the shipped baseline.

pub mod damage;
pub mod edits;
pub mod journal;
pub mod lock;
pub mod open;
pub mod references;
mod state;
pub mod store;
pub mod writer;

pub use edits::{Baseline, FindingEdit, FindingFields, apply_edits};
pub use state::{AgreedRating, Workspace};

use std::path::PathBuf;

/// The workspace directory: `--workspace`, else the platform's data directory.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("be", "Sinergiek", "regie").map(|dirs| dirs.data_dir().to_path_buf())
}
