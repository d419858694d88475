//! The screens of the app, in tab order: their numbers, titles and keymap names.

use strum::{EnumIter, IntoEnumIterator};

/// A screen; its number is the key that opens it. The order of the variants is the tab order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter)]
pub enum Screen {
    /// 1: the live matrix.
    #[default]
    Matrix,
    /// 2: the findings behind a matrix cell.
    Drill,
    /// 3: regisseur / actor.
    Regisseur,
    /// 4: gemeente – OCMW.
    Rollen,
    /// 5: the follow-up actions (opvolgacties).
    FollowUps,
    /// 6: actoren.
    Actoren,
}

impl Screen {
    /// The screens in tab order.
    pub fn all() -> impl Iterator<Item = Screen> {
        Screen::iter()
    }

    /// The number shown in the tab bar and typed to open it.
    pub fn number(self) -> u8 {
        let at = Screen::all().position(|s| s == self).unwrap_or(0);
        u8::try_from(at + 1).unwrap_or(u8::MAX)
    }

    /// The Dutch title.
    pub fn title(self) -> &'static str {
        match self {
            Screen::Matrix => "Matrix",
            Screen::Drill => "Bevindingen",
            Screen::Regisseur => "Regisseur/actor",
            Screen::Rollen => "Gemeente–OCMW",
            Screen::FollowUps => "Acties",
            Screen::Actoren => "Actoren",
        }
    }

    /// The name of its section in keymap files.
    pub fn keymap_name(self) -> &'static str {
        match self {
            Screen::Matrix => "matrix",
            Screen::Drill => "drill",
            Screen::Regisseur => "regisseur",
            Screen::Rollen => "rollen",
            Screen::FollowUps => "acties",
            Screen::Actoren => "actoren",
        }
    }

    /// The Dutch label of its section in the help.
    pub fn help_label(self) -> &'static str {
        match self {
            Screen::Matrix => "matrix",
            Screen::Drill => "bevindingen",
            Screen::Regisseur => "regisseur/actor",
            Screen::Rollen => "gemeente–OCMW",
            Screen::FollowUps => "opvolgacties",
            Screen::Actoren => "actoren",
        }
    }

    /// The next (or, with `back`, previous) screen in tab order, wrapping.
    pub fn step(self, back: bool) -> Screen {
        let screens: Vec<Screen> = Screen::all().collect();
        let at = screens.iter().position(|s| *s == self).unwrap_or(0);
        let len = screens.len();
        screens[if back { (at + len - 1) % len } else { (at + 1) % len }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_tab_order_and_step_wraps() {
        let numbers: Vec<u8> = Screen::all().map(Screen::number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
        assert_eq!(Screen::Actoren.step(false), Screen::Matrix);
        assert_eq!(Screen::Matrix.step(true), Screen::Actoren);
    }
}
