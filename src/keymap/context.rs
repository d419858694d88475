//! Where a key is pressed: a screen, an overlay, or anywhere.

use std::fmt;
use std::str::FromStr;

use crate::screen::Screen;

/// A keymap context; screens fall back to `global`, text fields do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    /// Every screen (not text fields).
    Global,
    /// One screen.
    Screen(Screen),
    /// The help overlay (typing filters).
    Help,
    /// The finder overlay (typing searches).
    Finder,
    /// A form or text editor overlay (typing edits).
    Editor,
    /// A yes/no question.
    Confirm,
    /// The background from the sources (scrolling; other keys fall back to `global`).
    Background,
    /// The questionnaire of one municipality (answer keys; other keys fall back to `global`).
    Questionnaire,
    /// The measurement chooser (other keys fall back to `global`).
    Measurements,
}

impl Context {
    /// Every context, in the order of the keymap files: global, the screens, the overlays.
    pub fn all() -> impl Iterator<Item = Context> {
        let overlays = [
            Context::Help,
            Context::Finder,
            Context::Editor,
            Context::Confirm,
            Context::Background,
            Context::Questionnaire,
            Context::Measurements,
        ];
        std::iter::once(Context::Global).chain(Screen::all().map(Context::Screen)).chain(overlays)
    }

    /// The name used in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Screen(screen) => screen.keymap_name(),
            Context::Help => "help",
            Context::Finder => "finder",
            Context::Editor => "editor",
            Context::Confirm => "confirm",
            Context::Background => "background",
            Context::Questionnaire => "vragenlijst",
            Context::Measurements => "metingen",
        }
    }

    /// The Dutch label shown in the help.
    pub fn label(self) -> &'static str {
        match self {
            Context::Global => "overal",
            Context::Screen(screen) => screen.help_label(),
            Context::Help => "hulp",
            Context::Finder => "zoeken",
            Context::Editor => "formulier",
            Context::Confirm => "vraag",
            Context::Background => "achtergrond",
            Context::Questionnaire => "vragenlijst",
            Context::Measurements => "metingen",
        }
    }

    /// Whether unbound keys here fall back to `global` (not in text fields).
    pub fn falls_back(self) -> bool {
        !self.takes_text() && self != Context::Confirm
    }

    /// Whether unbound printable keys type text here.
    pub fn takes_text(self) -> bool {
        matches!(self, Context::Help | Context::Finder | Context::Editor)
    }
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Context {
    type Err = String;

    fn from_str(name: &str) -> Result<Context, String> {
        Context::all().find(|c| c.name() == name).ok_or_else(|| {
            let known: Vec<&str> = Context::all().map(Context::name).collect();
            format!("onbekende context '{name}' (bekend: {})", known.join(", "))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_context_parses_back_from_its_name() {
        for context in Context::all() {
            assert_eq!(context.name().parse::<Context>(), Ok(context));
        }
        assert!("nergens".parse::<Context>().is_err());
    }
}
