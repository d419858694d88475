//! One key with its modifiers, written in keymap files as `ctrl-r`, `shift-tab`, `?`, `enter`.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as bound in a keymap: the code and the ctrl/alt modifiers that matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    modifiers: KeyModifiers,
}

const NAMED: [(&str, KeyCode); 14] = [
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
];

impl Key {
    /// Parses `ctrl-r`, `alt-x`, `shift-tab`, `enter`, `space`, `f5`, `G`, `?`.
    ///
    /// ```
    /// use regie::keymap::Key;
    ///
    /// assert_eq!(Key::parse("ctrl-r").map(|k| k.to_string()), Ok("ctrl-r".to_string()));
    /// assert!(Key::parse("hyper-x").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        while let Some((prefix, tail)) = rest.split_once('-').filter(|(_, tail)| !tail.is_empty()) {
            modifiers |= match prefix {
                "ctrl" => KeyModifiers::CONTROL,
                "alt" => KeyModifiers::ALT,
                "shift" => KeyModifiers::SHIFT,
                _ => return Err(format!("onbekende modifier '{prefix}' in '{text}'")),
            };
            rest = tail;
        }
        let code = code_of(rest).ok_or_else(|| format!("onbekende toets '{text}'"))?;
        Ok(Key::new(code, modifiers))
    }

    /// A key from a code and modifiers, normalised as terminals report them.
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Key {
        let shift = modifiers.contains(KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Tab if shift => KeyCode::BackTab,
            KeyCode::Char(c) if shift => KeyCode::Char(c.to_uppercase().next().unwrap_or(c)),
            other => other,
        };
        // Shift is part of the character (or of backtab); only ctrl and alt stay, and shift
        // on Enter, where the terminal reports it (a new line in a text field).
        let kept = match code {
            KeyCode::Enter => KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT,
            _ => KeyModifiers::CONTROL | KeyModifiers::ALT,
        };
        let modifiers = modifiers & kept;
        Key { code, modifiers }
    }

    /// The same key without shift, when it has it (a keymap without `shift-enter` treats
    /// it as `enter`).
    pub fn without_shift(&self) -> Option<Key> {
        self.modifiers
            .contains(KeyModifiers::SHIFT)
            .then(|| Key { code: self.code, modifiers: self.modifiers - KeyModifiers::SHIFT })
    }

    /// The key as hints and help show it to the room: the arrows as arrows, the page keys as
    /// their keyboard labels, the rest as keymaps spell it (`ctrl-e`, `enter`, `?`).
    ///
    /// ```
    /// use regie::keymap::Key;
    ///
    /// let shown = |text| Key::parse(text).map(|k| k.shown());
    /// assert_eq!(shown("up"), Ok("↑".to_string()));
    /// assert_eq!(shown("shift-pagedown"), Ok("PgDn".to_string()));
    /// assert_eq!(shown("ctrl-left"), Ok("ctrl-←".to_string()));
    /// ```
    pub fn shown(&self) -> String {
        let label = match self.code {
            KeyCode::Up => "↑",
            KeyCode::Down => "↓",
            KeyCode::Left => "←",
            KeyCode::Right => "→",
            KeyCode::PageUp => "PgUp",
            KeyCode::PageDown => "PgDn",
            _ => return self.to_string(),
        };
        format!("{}{label}", self.modifier_prefix())
    }

    /// The modifiers as keymaps spell them before the key: `ctrl-`, `alt-`, `shift-`.
    fn modifier_prefix(&self) -> String {
        [(KeyModifiers::CONTROL, "ctrl-"), (KeyModifiers::ALT, "alt-"), (KeyModifiers::SHIFT, "shift-")]
            .into_iter()
            .filter(|(modifier, _)| self.modifiers.contains(*modifier))
            .map(|(_, spelled)| spelled)
            .collect()
    }

    /// Whether this key types a character into a text field (no ctrl or alt).
    pub fn typed_char(&self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if self.modifiers.is_empty() => Some(c),
            _ => None,
        }
    }
}

fn code_of(name: &str) -> Option<KeyCode> {
    if let Some((_, code)) = NAMED.iter().find(|(n, _)| *n == name) {
        return Some(*code);
    }
    if name == "space" {
        return Some(KeyCode::Char(' '));
    }
    if let Some(n) = name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        return (1..=12).contains(&n).then_some(KeyCode::F(n));
    }
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => Some(KeyCode::Char(c)),
        _ => None,
    }
}

impl From<KeyEvent> for Key {
    fn from(event: KeyEvent) -> Key {
        Key::new(event.code, event.modifiers)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.modifier_prefix())?;
        match self.code {
            KeyCode::Char(' ') => write!(f, "space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            KeyCode::BackTab => write!(f, "shift-tab"),
            code => match NAMED.iter().find(|(_, c)| *c == code) {
                Some((name, _)) => write!(f, "{name}"),
                None => write!(f, "?"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_keymap_spelling() {
        for text in [
            "ctrl-r",
            "q",
            "?",
            "/",
            "enter",
            "esc",
            "shift-tab",
            "space",
            "f5",
            "alt-x",
            "G",
            "-",
            "shift-enter",
            "ctrl-j",
        ] {
            let key = Key::parse(text).map(|k| k.to_string());
            assert_eq!(key.as_deref(), Ok(text), "{text}");
        }
    }

    #[test]
    fn terminal_events_match_their_spelling() {
        let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from(shift_g), Key::parse("G").unwrap_or(Key::new(KeyCode::Null, KeyModifiers::NONE)));
        let backtab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(Key::from(backtab).to_string(), "shift-tab");
        let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
        assert_eq!(Key::from(ctrl_r).to_string(), "ctrl-r");
        let shift_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::SHIFT);
        assert_eq!(Key::from(shift_enter).to_string(), "shift-enter");
        assert_eq!(Key::from(shift_enter).without_shift().map(|k| k.to_string()).as_deref(), Some("enter"));
        let shift_up = KeyEvent::new(KeyCode::Up, KeyModifiers::SHIFT);
        assert_eq!(Key::from(shift_up).to_string(), "up");
    }

    #[test]
    fn bad_keys_are_named() {
        assert!(Key::parse("hyper-x").is_err_and(|e| e.contains("hyper")));
        assert!(Key::parse("enterr").is_err());
        assert!(Key::parse("").is_err());
        assert!(Key::parse("f13").is_err());
    }
}
