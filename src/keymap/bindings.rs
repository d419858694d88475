//! The keymap in force: the default, with user files merged over it per context.

use std::collections::HashMap;

use crate::command::Action;
use crate::ronfile::Problem;

use super::file::KeymapFile;
use super::{Context, Key};

/// The shipped default keymap.
pub const DEFAULT: &str = include_str!("../../keymaps/default.ron");
/// The shipped vim-style keymap, merged over the default with `--keymap vim`.
pub const VIM: &str = include_str!("../../keymaps/vim.ron");

/// Keys and their actions, per context.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    contexts: HashMap<Context, HashMap<Key, Action>>,
}

impl Keymap {
    /// The shipped default keymap.
    pub fn shipped() -> Result<Keymap, Vec<Problem>> {
        let mut keymap = Keymap::default();
        keymap.merge(KeymapFile::parse("keymaps/default.ron", DEFAULT.as_bytes())?);
        Ok(keymap)
    }

    /// Merges a file over this keymap: its keys replace, `unbind` removes.
    pub fn merge(&mut self, file: KeymapFile) {
        for (context, key, action) in file.bindings {
            let keys = self.contexts.entry(context).or_default();
            if action == Action::Unbind {
                keys.remove(&key);
            } else {
                keys.insert(key, action);
            }
        }
    }

    /// The action of a key in a context, falling back to `global` where the context does;
    /// a key with shift that is not bound is looked up without it.
    pub fn lookup(&self, context: Context, key: Key) -> Option<&Action> {
        self.lookup_exactly(context, key).or_else(|| key.without_shift().and_then(|k| self.lookup_exactly(context, k)))
    }

    fn lookup_exactly(&self, context: Context, key: Key) -> Option<&Action> {
        let own = self.contexts.get(&context).and_then(|keys| keys.get(&key));
        let global = || {
            let keys = self.contexts.get(&Context::Global)?;
            context.falls_back().then(|| keys.get(&key)).flatten()
        };
        own.or_else(global)
    }

    /// The bindings of one context (without fallback), sorted by action, then shortest key.
    pub fn bindings(&self, context: Context) -> Vec<(Key, &Action)> {
        let mut list: Vec<(Key, &Action)> =
            self.contexts.get(&context).map(|keys| keys.iter().map(|(k, a)| (*k, a)).collect()).unwrap_or_default();
        let rank = |a: &Action| Action::all().position(|b| b == *a).unwrap_or(usize::MAX);
        list.sort_by_key(|(key, action)| {
            let spelled = key.to_string();
            (rank(action), spelled.chars().count(), spelled)
        });
        list
    }

    /// The shortest key that runs an action in a context, for hints.
    pub fn key_for(&self, context: Context, action: &Action) -> Option<Key> {
        let in_context = |c: Context| self.bindings(c).into_iter().find(|(_, a)| *a == action).map(|(k, _)| k);
        in_context(context).or_else(|| context.falls_back().then(|| in_context(Context::Global)).flatten())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::Screen;

    fn key(text: &str) -> Key {
        Key::parse(text).unwrap()
    }

    fn shipped() -> Keymap {
        Keymap::shipped().unwrap()
    }

    #[test]
    fn default_keys_of_the_product_are_bound() {
        let keymap = shipped();
        let expect = [
            (Context::Screen(Screen::Matrix), "q", Action::Quit),
            (Context::Screen(Screen::Matrix), "?", Action::Help),
            (Context::Screen(Screen::Matrix), "/", Action::Finder),
            (Context::Screen(Screen::Matrix), "j", Action::Down),
            (Context::Screen(Screen::Matrix), "down", Action::Down),
            (Context::Screen(Screen::Matrix), "enter", Action::Open),
            (Context::Screen(Screen::Matrix), "tab", Action::NextScreen),
            (Context::Screen(Screen::Matrix), "shift-tab", Action::PreviousScreen),
            (Context::Screen(Screen::Matrix), "2", Action::ScreenDrill),
            (Context::Screen(Screen::Drill), "v", Action::CycleVerdict),
            (Context::Screen(Screen::Drill), "e", Action::Edit),
            (Context::Screen(Screen::Drill), "esc", Action::Back),
            (Context::Screen(Screen::Matrix), "u", Action::Undo),
            (Context::Screen(Screen::Matrix), "ctrl-r", Action::Redo),
            (Context::Screen(Screen::Matrix), "p", Action::Presentation),
            (Context::Screen(Screen::Matrix), "b", Action::Blank),
            (Context::Screen(Screen::Matrix), "t", Action::NextTheme),
        ];
        for (context, text, action) in expect {
            assert_eq!(keymap.lookup(context, key(text)), Some(&action), "{text} in {context:?}");
        }
    }

    #[test]
    fn text_fields_do_not_fall_back_to_global_keys() {
        let keymap = shipped();
        assert_eq!(keymap.lookup(Context::Finder, key("q")), None);
        assert_eq!(keymap.lookup(Context::Finder, key("esc")), Some(&Action::Back));
    }

    #[test]
    fn a_user_file_rebinds_and_unbinds() {
        let mut keymap = shipped();
        let user = "(global: { \"q\": unbind, \"ctrl-c\": unbind, \"ctrl-q\": quit })";
        keymap.merge(KeymapFile::parse("user.ron", user.as_bytes()).unwrap_or_default());
        assert_eq!(keymap.lookup(Context::Screen(Screen::Matrix), key("q")), None);
        assert_eq!(keymap.lookup(Context::Screen(Screen::Matrix), key("ctrl-c")), None);
        assert_eq!(keymap.lookup(Context::Screen(Screen::Matrix), key("ctrl-q")), Some(&Action::Quit));
        assert_eq!(keymap.key_for(Context::Screen(Screen::Matrix), &Action::Quit), Some(key("ctrl-q")));
    }

    #[test]
    fn the_vim_keymap_parses_and_merges() {
        let mut keymap = shipped();
        let vim = KeymapFile::parse("keymaps/vim.ron", VIM.as_bytes());
        assert!(vim.is_ok(), "{vim:?}");
        keymap.merge(vim.unwrap_or_default());
        assert_eq!(keymap.lookup(Context::Screen(Screen::Matrix), key("G")), Some(&Action::Last));
        assert_eq!(keymap.lookup(Context::Screen(Screen::Matrix), key("ctrl-d")), Some(&Action::PageDown));
    }

    #[test]
    fn the_readme_example_keymap_parses() {
        let readme = include_str!("../../README.md");
        let block = readme.split("```ron\n").nth(1).and_then(|b| b.split("```").next()).unwrap_or_default();
        let file = KeymapFile::parse("README.md", block.as_bytes());
        assert!(file.is_ok_and(|f| f.bindings.len() == 3), "{block}");
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let text = "(\n  matrix: {\n    \"j\": down,\n    \"hyper-k\": up,\n    \"j\": up,\n  },\n)";
        let problems = KeymapFile::parse("mijn.ron", text.as_bytes()).err().unwrap_or_default();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "mijn.ron:4:5: onbekende modifier 'hyper' in 'hyper-k'",
                "mijn.ron:5:5: toets 'j' staat al als 'j' in matrix",
            ]
        );
    }

    #[test]
    fn an_unknown_action_is_reported_with_its_position() {
        let text = "(\n  global: {\n    \"x\": fly_away,\n  },\n)";
        let problems = KeymapFile::parse("mijn.ron", text.as_bytes()).err().unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().starts_with("mijn.ron:3:"), "{}", problems[0]);
        assert!(problems[0].message.contains("fly_away"), "{}", problems[0]);
    }
}
