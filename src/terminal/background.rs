//! The terminal's own background, light or dark, found at start so that the theme suits it:
//! first `COLORFGBG` (rxvt, Konsole and others set it), else the terminal is asked (OSC 11,
//! through terminal-colorsaurus, which also asks for the device attributes, so that a terminal
//! that does not answer OSC 11 is known at once instead of after the timeout). On Windows the
//! terminal is not asked: the console (conhost, and wine's) answers late or not at all, and a late
//! answer would arrive as typed keys; there only `COLORFGBG` counts.

#[cfg(unix)]
use std::time::Duration;
#[cfg(unix)]
use terminal_colorsaurus::{QueryOptions, ThemeMode, theme_mode};

/// How long the terminal may take to answer: far longer than a local terminal's round trip,
/// too short to notice at start.
#[cfg(unix)]
const ANSWER_WITHIN: Duration = Duration::from_millis(100);

/// Whether the terminal's background is light; `None` when that cannot be told.
pub fn is_light() -> Option<bool> {
    std::env::var("COLORFGBG").ok().and_then(|value| light_from_colorfgbg(&value)).or_else(asked)
}

#[cfg(unix)]
fn asked() -> Option<bool> {
    let mut options = QueryOptions::default();
    options.timeout = ANSWER_WITHIN;
    theme_mode(options).ok().map(|mode| mode == ThemeMode::Light)
}

#[cfg(not(unix))]
fn asked() -> Option<bool> {
    None
}

/// `COLORFGBG` is `fg;bg` (or `fg;default;bg`) in ANSI colour numbers: the backgrounds 7
/// (light grey) and 9–15 (the bright colours) are light, 0–6 and 8 dark.
fn light_from_colorfgbg(value: &str) -> Option<bool> {
    let background: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    (background <= 15).then_some(matches!(background, 7 | 9..=15))
}

#[cfg(test)]
mod tests {
    use super::light_from_colorfgbg;

    #[test]
    fn colorfgbg_tells_a_light_background_from_a_dark_one() {
        assert_eq!(light_from_colorfgbg("0;15"), Some(true));
        assert_eq!(light_from_colorfgbg("0;default;7"), Some(true));
        assert_eq!(light_from_colorfgbg("15;0"), Some(false));
        assert_eq!(light_from_colorfgbg("7;8"), Some(false));
        assert_eq!(light_from_colorfgbg("15;default"), None);
        assert_eq!(light_from_colorfgbg("0;231"), None);
        assert_eq!(light_from_colorfgbg(""), None);
    }
}
