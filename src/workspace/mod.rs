//! Storage of the workspace (`crate::domain::Workspace`): a journal and an atomic snapshot,
//! written by a background thread, with one writer per directory.

pub mod damage;
pub mod journal;
pub mod lock;
pub mod merge;
pub mod open;
pub mod references;
pub mod replica;
pub mod store;
pub mod writer;

use std::path::PathBuf;

/// The workspace directory: `--workspace`, else the platform's data directory.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("be", "Sinergiek", "regie").map(|dirs| dirs.data_dir().to_path_buf())
}
