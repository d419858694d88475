//! The keymap in force: the default, the user's file in the config directory, `--keymap`.

use std::path::{Path, PathBuf};

use crate::keymap::{Keymap, KeymapFile, VIM};
use crate::ronfile::Problem;

/// Environment variable that overrides the config directory (used by tests).
pub const CONFIG_DIR_VAR: &str = "REGIE_CONFIG_DIR";

/// The user's config directory: `$REGIE_CONFIG_DIR`, else the platform's.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_VAR) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("be", "Sinergiek", "regie").map(|dirs| dirs.config_dir().to_path_buf())
}

/// The default keymap, merged with `keymap.ron` from the config directory if present, then
/// with `--keymap` (a file, or `vim` for the shipped vim-style one). A file that leaves no
/// key bound to quit is refused.
pub fn keymap(config: Option<&Path>, extra: Option<&str>) -> Result<Keymap, Vec<Problem>> {
    let mut keymap = Keymap::shipped()?;
    if let Some(user) = config.map(|dir| dir.join("keymap.ron")).filter(|p| p.exists()) {
        keymap.merge_keeping_quit(read(&user)?)?;
    }
    match extra {
        Some("vim") => keymap.merge_keeping_quit(KeymapFile::parse("keymaps/vim.ron", VIM.as_bytes())?)?,
        Some(path) => keymap.merge_keeping_quit(read(Path::new(path))?)?,
        None => {}
    }
    Ok(keymap)
}

fn read(path: &Path) -> Result<KeymapFile, Vec<Problem>> {
    let shown = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|error| vec![Problem::whole_file(&shown, format!("niet te lezen: {error}"))])?;
    KeymapFile::parse(&shown, &bytes)
}
