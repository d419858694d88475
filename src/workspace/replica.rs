//! Replicas: each laptop that works on a project writes only the files of its own replica,
//! `replicas/<name>/` inside the workspace directory (its snapshot, journal, backups and
//! lock), so that a folder kept in sync by OneDrive, a network share or git never holds a
//! file two laptops wrote. The files of a workspace from before it was shared stay where they
//! were (`workspace.ron`, `workspace.journal` beside `replicas/`) and are only read.

use std::path::{Path, PathBuf};

use super::{journal, store};

/// The directory of the replicas inside the workspace directory.
pub const DIR: &str = "replicas";

/// Whose files a directory of the workspace holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Whose {
    /// The files from before the workspace was shared.
    Legacy,
    /// This instance's replica.
    Own,
    /// Another replica, by name.
    Other(String),
}

impl Whose {
    /// The replica's name; `None` for the files from before sharing and one's own.
    pub fn name(&self) -> Option<&str> {
        match self {
            Whose::Other(name) => Some(name),
            Whose::Legacy | Whose::Own => None,
        }
    }
}

/// A replica as read, for `regie check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// Whose it is.
    pub whose: Whose,
    /// The clock of its last change (milliseconds since 1970; 0: none since sharing).
    pub last_change: u64,
    /// What of its files could not be read yet.
    pub waiting: Option<String>,
}

/// The directory of replica `name`.
pub fn dir(workspace: &Path, name: &str) -> PathBuf {
    workspace.join(DIR).join(name)
}

/// Whether the workspace directory holds files from before it was shared.
pub fn has_legacy(workspace: &Path) -> bool {
    store::file(workspace).exists() || journal::file(workspace).exists() || workspace.join(store::BACKUP_DIR).exists()
}

/// The names of the replicas whose directories are there, sorted.
pub fn names(workspace: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(workspace.join(DIR)) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
        .filter(|name| valid(name).as_deref() == Ok(name.as_str()))
        .collect();
    names.sort();
    names
}

/// A replica name as given (`--replica`, the computer's name): lower case, letters, digits
/// and `-`; anything else becomes `-`. Refused when nothing is left.
pub fn valid(given: &str) -> Result<String, String> {
    let name: String =
        given.trim().chars().flat_map(char::to_lowercase).map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let name = name.trim_matches('-').to_string();
    if name.is_empty() || name.chars().count() > 40 {
        return Err(format!("'{given}' is geen naam voor een replica: 1 tot 40 letters, cijfers of -"));
    }
    Ok(name)
}

/// The computer's name as a replica name; `laptop` when it has none that fits.
pub fn computer_name() -> String {
    let host = gethostname::gethostname();
    let host = host.to_string_lossy();
    let short = host.split('.').next().unwrap_or_default();
    valid(short).unwrap_or_else(|_| "laptop".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lower_case_words() {
        assert_eq!(valid("Anne's Laptop").as_deref(), Ok("anne-s-laptop"));
        assert_eq!(valid("  Bert  ").as_deref(), Ok("bert"));
        assert!(valid("..").is_err());
        assert!(valid(&"x".repeat(41)).is_err());
        assert!(valid(&computer_name()).is_ok());
    }

    #[test]
    fn only_directories_with_a_valid_name_are_replicas() {
        let temp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for name in ["bert", "anne", "Kopie van anne", ".sync"] {
            std::fs::create_dir_all(dir(temp.path(), name)).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(temp.path().join(DIR).join("los"), "").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(names(temp.path()), ["anne", "bert"]);
        assert!(!has_legacy(temp.path()));
    }
}
