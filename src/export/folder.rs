//! Where exports go when no file is named: a visible folder, `regie/` in the user's documents
//! folder (the home folder when there is none). `REGIE_EXPORT_DIR` overrides it, so that tests
//! never write into a real documents folder.

use std::path::{Path, PathBuf};

/// The name of the actions workbook in the export folder.
pub const ACTIONS_XLSX: &str = "acties.xlsx";

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

/// The workbook in `dir` changed last, other than the actions export: the questionnaire the
/// facilitator most likely filled in.
pub fn latest_workbook(dir: &Path) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.to_lowercase().ends_with(".xlsx") && name != ACTIONS_XLSX
        })
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .max()
        .map(|(_, path)| path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_workbook_is_not_the_actions_export() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(latest_workbook(dir.path()), None);
        std::fs::write(dir.path().join("vragenlijst.xlsx"), b"").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("notulen.md"), b"").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join(ACTIONS_XLSX), b"").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(latest_workbook(dir.path()), Some(dir.path().join("vragenlijst.xlsx")));
    }
}
