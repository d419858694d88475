//! The help overlay: every binding in force, the current screen's first, filtered by typing.

use crate::app::text_input::TextInput;
use crate::command::{Action, HelpGroup};
use crate::keymap::{Context, Key, Keymap};
use crate::screen::Screen;

/// One line of the help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpEntry {
    /// Where the binding holds.
    pub context: Context,
    /// The key.
    pub key: Key,
    /// The action it runs.
    pub action: Action,
}

/// The help's filter and selection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpOverlay {
    /// The context the help was opened from (a screen, or the questionnaire).
    pub screen: Option<Context>,
    /// What the facilitator typed.
    pub query: TextInput,
    /// Selected entry.
    pub selected: usize,
}

/// What to type in help to see the letter codes.
pub const CODES_WORD: &str = "codes";

impl HelpOverlay {
    /// Help opened from a screen.
    pub fn for_screen(screen: Screen) -> HelpOverlay {
        HelpOverlay::for_context(Context::Screen(screen))
    }

    /// Help opened where `context` has the focus: its keys first.
    pub fn for_context(context: Context) -> HelpOverlay {
        HelpOverlay { screen: Some(context), ..HelpOverlay::default() }
    }

    /// Whether the facilitator asked for the letter codes (typed `codes`): the help then shows
    /// them in place of the keys, for a beamer too small to show both.
    pub fn shows_codes(&self) -> bool {
        self.query.text().trim().eq_ignore_ascii_case(CODES_WORD)
    }

    /// The entries shown: the screen's bindings, then global (by [`Action::help_group`]: the
    /// meeting's keys before the movement keys, so that the first page shows them), then the
    /// text fields'; those whose key, command name or description contain the query.
    pub fn entries(&self, keymap: &Keymap) -> Vec<HelpEntry> {
        let query = self.query.text().to_lowercase();
        let order = self.screen.into_iter().chain(Context::all().filter(|c| Some(*c) != self.screen));
        let listed = order.flat_map(|context| {
            let mut bindings = keymap.bindings(context);
            bindings.sort_by_key(|(_, action)| action.help_group());
            bindings.into_iter().map(move |(key, action)| HelpEntry { context, key, action: *action })
        });
        // On a screen, the meeting's keys come first: what the room does most, on the first
        // page of a small beamer too; then the screen's own keys.
        let meeting_first = |entry: &HelpEntry| {
            let on_screen = matches!(self.screen, Some(Context::Screen(_)));
            !(on_screen && entry.context == Context::Global && entry.action.help_group() == HelpGroup::Meeting)
        };
        let mut listed: Vec<HelpEntry> = listed.collect();
        listed.sort_by_key(meeting_first);
        listed
            .into_iter()
            .filter(|entry| {
                query.is_empty()
                    || entry.key.to_string().to_lowercase() == query
                    || entry.key.shown().to_lowercase() == query
                    || entry.action.name().contains(&query)
                    || entry.action.description_in(entry.context).to_lowercase().contains(&query)
            })
            .collect()
    }
}
