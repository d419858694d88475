//! Where exports go when no file is named: a visible folder, `regie/` in the user's documents
//! folder (the home folder when there is none). `REGIE_EXPORT_DIR` overrides it, so that tests
//! never write into a real documents folder.

use std::path::PathBuf;

/// The environment variable that names the export folder instead.
pub const OVERRIDE: &str = "REGIE_EXPORT_DIR";

/// The folder exports are written to; `None` when there is no home folder either.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(OVERRIDE).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let user = directories::UserDirs::new()?;
    let base = user.document_dir().map_or_else(|| user.home_dir().to_path_buf(), PathBuf::from);
    Some(base.join("regie"))
}
