//! The keymap in force: the default, the user's file in the config directory, `--keymap`;
//! and what the app remembers between runs, `state.ron` beside it (never in the keymap).

use std::path::{Path, PathBuf};

use crate::app::Remembered;
use crate::keymap::{Keymap, KeymapFile, VIM};
use crate::ronfile::{self, Problem};

/// The file in the config directory that remembers the theme and presentation mode.
pub const STATE_FILE: &str = "state.ron";

/// Environment variable that overrides the config directory (used by tests).
pub const CONFIG_DIR_VAR: &str = "REGIE_CONFIG_DIR";

/// The user's config directory: `$REGIE_CONFIG_DIR`, else the platform's.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_VAR) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("be", "Sinergiek", "regie").map(|dirs| dirs.config_dir().to_path_buf())
}

/// The file in the config directory that remembers the name of this computer's replica.
pub const REPLICA_FILE: &str = "replica";

/// The replica this computer writes as: `asked` (`--replica`), else the name remembered in
/// the config directory, else the computer's name (see [`crate::workspace::replica`]).
pub fn replica(config: Option<&Path>, asked: Option<&str>) -> Result<String, Problem> {
    use crate::workspace::replica::{computer_name, valid};
    if let Some(asked) = asked {
        return valid(asked).map_err(|message| Problem::whole_file("--replica", message));
    }
    let Some(path) = config.map(|dir| dir.join(REPLICA_FILE)).filter(|p| p.exists()) else {
        return Ok(computer_name());
    };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path)
        .map_err(|error| Problem::whole_file(&shown, format!("niet te lezen: {error}")))?;
    valid(&text).map_err(|message| Problem::whole_file(&shown, message))
}

/// Remembers the replica's name in the config directory, when it is not remembered yet.
pub fn remember_replica(config: Option<&Path>, name: &str) -> std::io::Result<()> {
    let Some(dir) = config else { return Ok(()) };
    let path = dir.join(REPLICA_FILE);
    if std::fs::read_to_string(&path).is_ok_and(|text| text.trim() == name) {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    std::fs::write(path, format!("{name}\n"))
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

/// The theme and presentation mode remembered in `state.ron` of the config directory; `None`
/// when there is none (nothing chosen yet: the theme then suits the terminal). A file that does not read is a problem at its position, like
/// a bad keymap: the app stops rather than quietly forgetting it.
pub fn remembered(config: Option<&Path>) -> Result<Option<Remembered>, Vec<Problem>> {
    let Some(path) = config.map(|dir| dir.join(STATE_FILE)).filter(|p| p.exists()) else {
        return Ok(None);
    };
    let shown = path.display().to_string();
    let bytes =
        std::fs::read(&path).map_err(|error| vec![Problem::whole_file(&shown, format!("niet te lezen: {error}"))])?;
    let text = &*ronfile::decode(&shown, &bytes).map_err(|problem| vec![problem])?;
    ronfile::parse(&shown, text).map(Some).map_err(|problem| vec![problem])
}

/// Writes `state.ron` into the config directory atomically and durably (see
/// [`crate::durable::replace`]). Creates the directory if needed.
pub fn remember(config: Option<&Path>, remembered: &Remembered) -> std::io::Result<()> {
    let Some(dir) = config else {
        return Err(std::io::Error::other("geen configmap"));
    };
    std::fs::create_dir_all(dir)?;
    let text =
        ron::ser::to_string_pretty(remembered, ron::ser::PrettyConfig::default()).map_err(std::io::Error::other)?;
    let text = format!("// Door regie onthouden: thema en presentatiemodus.\n{text}\n");
    crate::durable::replace(&dir.join(STATE_FILE), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ThemeName;

    #[test]
    fn the_state_file_round_trips_and_a_bad_one_is_a_problem_at_its_position() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(remembered(Some(dir.path())), Ok(None), "nothing chosen yet");
        let state = Remembered { theme: ThemeName::Licht, presentation: true };
        remember(Some(dir.path()), &state).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(remembered(Some(dir.path())), Ok(Some(state)));
        assert!(!dir.path().join("state.ron.tmp").exists());
        std::fs::write(dir.path().join(STATE_FILE), "(\n  theme: Paars,\n)\n").unwrap_or_else(|e| panic!("{e}"));
        let problems = remembered(Some(dir.path())).err().unwrap_or_default();
        assert_eq!(problems.first().map(|p| (p.line, p.column > 1)), Some((2, true)), "{problems:?}");
    }

    #[test]
    fn a_crlf_state_file_loads() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let text = "// Door regie onthouden.\r\n(\r\n    theme: Licht,\r\n    presentation: true,\r\n)\r\n";
        std::fs::write(dir.path().join(STATE_FILE), text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(remembered(Some(dir.path())), Ok(Some(Remembered { theme: ThemeName::Licht, presentation: true })));
    }
}
