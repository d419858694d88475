//! A keymap must leave a way out: a merged file that leaves no key bound to `quit` is
//! refused, pointing at the binding that took the last one away.

use crate::command::Action;
use crate::ronfile::Problem;

use super::{Context, Key, Keymap, KeymapFile};

impl Keymap {
    /// Merges a file like [`Keymap::merge`], but refuses it when afterwards no key in `global`
    /// runs `quit`; the problem points at the file's binding that unbound or rebound the last
    /// quit key (at the file's start when there was none to take away).
    pub fn merge_keeping_quit(&mut self, file: KeymapFile) -> Result<(), Vec<Problem>> {
        let quit_keys = self.quit_keys();
        let culprit = file
            .bindings
            .iter()
            .rposition(|(context, key, action)| {
                *context == Context::Global && *action != Action::Quit && quit_keys.contains(key)
            })
            .and_then(|index| file.places.get(index).copied());
        let path = file.path.clone();
        self.merge(file);
        if !self.quit_keys().is_empty() {
            return Ok(());
        }
        let (line, column) = culprit.unwrap_or((1, 1));
        let message = "geen toets stopt de app nog: bind er een aan quit in global, bv. \"ctrl-q\": quit";
        Err(vec![Problem { file: path, line, column, message: message.to_string() }])
    }

    /// The keys that run `quit` in `global`.
    fn quit_keys(&self) -> Vec<Key> {
        self.bindings(Context::Global)
            .into_iter()
            .filter(|(_, action)| **action == Action::Quit)
            .map(|(k, _)| k)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(user: &str) -> Result<Keymap, Vec<Problem>> {
        let mut keymap = Keymap::shipped().unwrap();
        let file = KeymapFile::parse("mijn.ron", user.as_bytes()).unwrap();
        keymap.merge_keeping_quit(file).map(|()| keymap)
    }

    #[test]
    fn unbinding_every_quit_key_is_refused_at_the_last_one() {
        let user = "(\n  global: {\n    \"q\": unbind,\n    \"ctrl-c\": next_theme,\n  },\n)";
        let problems = merged(user).err().unwrap_or_default();
        let problem = problems.iter().map(ToString::to_string).collect::<String>();
        assert!(problem.starts_with("mijn.ron:4:5: geen toets stopt de app nog"), "{problem}");
    }

    #[test]
    fn a_keymap_that_keeps_or_moves_quit_is_accepted() {
        assert!(merged("(global: { \"q\": unbind })").is_ok());
        assert!(merged("(global: { \"q\": unbind, \"ctrl-c\": unbind, \"ctrl-q\": quit })").is_ok());
        assert!(merged("(matrix: { \"q\": next_theme })").is_ok());
    }
}
