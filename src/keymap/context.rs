//! Where a key is pressed: a screen, an overlay, or anywhere.

use serde::{Deserialize, Serialize};

/// A keymap context; screens fall back to `global`, text fields do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    /// Every screen (not text fields).
    Global,
    /// Screen 1.
    Matrix,
    /// Screen 2.
    Drill,
    /// Screen 3.
    Regisseur,
    /// Screen 4.
    Rollen,
    /// Screen 5.
    Acties,
    /// Screen 6.
    Actoren,
    /// The help overlay (typing filters).
    Help,
    /// The finder overlay (typing searches).
    Finder,
    /// A form or text editor overlay (typing edits).
    Editor,
    /// A yes/no question.
    Confirm,
}

impl Context {
    /// Every context, in the order of the keymap files.
    pub const ALL: [Context; 11] = [
        Context::Global,
        Context::Matrix,
        Context::Drill,
        Context::Regisseur,
        Context::Rollen,
        Context::Acties,
        Context::Actoren,
        Context::Help,
        Context::Finder,
        Context::Editor,
        Context::Confirm,
    ];

    /// The name used in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Matrix => "matrix",
            Context::Drill => "drill",
            Context::Regisseur => "regisseur",
            Context::Rollen => "rollen",
            Context::Acties => "acties",
            Context::Actoren => "actoren",
            Context::Help => "help",
            Context::Finder => "finder",
            Context::Editor => "editor",
            Context::Confirm => "confirm",
        }
    }

    /// The Dutch label shown in the help.
    pub fn label(self) -> &'static str {
        match self {
            Context::Global => "overal",
            Context::Matrix => "matrix",
            Context::Drill => "bevindingen",
            Context::Regisseur => "regisseur/actor",
            Context::Rollen => "gemeente–OCMW",
            Context::Acties => "opvolgacties",
            Context::Actoren => "actoren",
            Context::Help => "hulp",
            Context::Finder => "zoeken",
            Context::Editor => "formulier",
            Context::Confirm => "vraag",
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
