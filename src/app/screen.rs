//! The screens of the app, in tab order.

use crate::keymap::Context;

/// A screen; its number is the key that opens it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// 1: the live matrix.
    Matrix,
    /// 2: the findings behind a matrix cell.
    Drill,
    /// 3: regisseur / actor.
    Regisseur,
    /// 4: gemeente – OCMW.
    Rollen,
    /// 5: opvolgacties.
    Acties,
    /// 6: actoren.
    Actoren,
}

impl Screen {
    /// The screens in tab order.
    pub const ALL: [Screen; 6] =
        [Screen::Matrix, Screen::Drill, Screen::Regisseur, Screen::Rollen, Screen::Acties, Screen::Actoren];

    /// The number shown in the tab bar and typed to open it.
    pub fn number(self) -> u8 {
        match self {
            Screen::Matrix => 1,
            Screen::Drill => 2,
            Screen::Regisseur => 3,
            Screen::Rollen => 4,
            Screen::Acties => 5,
            Screen::Actoren => 6,
        }
    }

    /// The Dutch title.
    pub fn title(self) -> &'static str {
        match self {
            Screen::Matrix => "Matrix",
            Screen::Drill => "Bevindingen",
            Screen::Regisseur => "Regisseur/actor",
            Screen::Rollen => "Gemeente–OCMW",
            Screen::Acties => "Acties",
            Screen::Actoren => "Actoren",
        }
    }

    /// The keymap context of this screen.
    pub fn context(self) -> Context {
        match self {
            Screen::Matrix => Context::Matrix,
            Screen::Drill => Context::Drill,
            Screen::Regisseur => Context::Regisseur,
            Screen::Rollen => Context::Rollen,
            Screen::Acties => Context::Acties,
            Screen::Actoren => Context::Actoren,
        }
    }

    /// The next (or, with `back`, previous) screen in tab order, wrapping.
    pub fn step(self, back: bool) -> Screen {
        let at = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        let len = Self::ALL.len();
        Self::ALL[if back { (at + len - 1) % len } else { (at + 1) % len }]
    }
}
