//! Every style the screens use, per theme; `NO_COLOR` keeps only bold, reverse and underline.

use ratatui::style::{Color, Modifier, Style};

use crate::app::{Projection, ThemeName};
use crate::domain::Verdict;

/// The styles of one theme.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Normal text.
    pub text: Style,
    /// Less important text (hints, legends).
    pub muted: Style,
    /// Titles and headers.
    pub header: Style,
    /// The active tab.
    pub tab_active: Style,
    /// The selected cell or row: must stand out on a projector.
    pub selected: Style,
    /// The illustrative-data banner.
    pub banner: Style,
    /// The status line.
    pub status: Style,
    /// A key in hints and help.
    pub key: Style,
    /// Borders.
    pub border: Style,
    /// A marker that something was condensed.
    pub marker: Style,
    /// Score levels 0–4.
    pub levels: [Style; 5],
}

impl Theme {
    /// The theme for a projection.
    pub fn of(projection: &Projection) -> Theme {
        let theme = match projection.theme {
            ThemeName::Standaard => standaard(),
            ThemeName::Licht => licht(),
            ThemeName::Contrast => contrast(),
        };
        if projection.no_color { theme.without_color() } else { theme }
    }

    /// The style of a verdict.
    pub fn verdict(&self, verdict: Verdict) -> Style {
        match verdict {
            Verdict::Ja => self.levels[4],
            Verdict::Deels => self.levels[2],
            Verdict::Nee => self.levels[0],
            Verdict::Onbekend => self.muted,
        }
    }

    /// The style of a score level (0–4); unknown is muted.
    pub fn level(&self, level: Option<u32>) -> Style {
        level.and_then(|l| self.levels.get(l as usize)).copied().unwrap_or(self.muted)
    }

    fn without_color(self) -> Theme {
        let strip = |style: Style| Style::default().add_modifier(style.add_modifier);
        Theme {
            text: strip(self.text),
            muted: strip(self.muted),
            header: strip(self.header),
            tab_active: strip(self.tab_active),
            selected: strip(self.selected),
            banner: strip(self.banner),
            status: strip(self.status),
            key: strip(self.key),
            border: strip(self.border),
            marker: strip(self.marker),
            levels: self.levels.map(strip),
        }
    }
}

fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

fn standaard() -> Theme {
    Theme {
        text: Style::default(),
        muted: Style::default().fg(Color::Gray).add_modifier(Modifier::DIM),
        header: bold().fg(Color::Cyan),
        tab_active: bold().add_modifier(Modifier::REVERSED),
        selected: bold().fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::REVERSED),
        banner: bold().fg(Color::Black).bg(Color::Yellow),
        status: Style::default().fg(Color::White).bg(Color::DarkGray),
        key: bold().fg(Color::Yellow),
        border: Style::default().fg(Color::DarkGray),
        marker: bold().fg(Color::Magenta),
        levels: [
            Style::default().fg(Color::Red),
            Style::default().fg(Color::LightRed),
            Style::default().fg(Color::Yellow),
            Style::default().fg(Color::LightGreen),
            bold().fg(Color::Green),
        ],
    }
}

fn licht() -> Theme {
    Theme {
        text: Style::default().fg(Color::Black),
        muted: Style::default().fg(Color::DarkGray),
        header: bold().fg(Color::Blue),
        tab_active: bold().fg(Color::White).bg(Color::Blue),
        selected: bold().fg(Color::White).bg(Color::Blue),
        banner: bold().fg(Color::Black).bg(Color::LightYellow),
        status: Style::default().fg(Color::Black).bg(Color::Gray),
        key: bold().fg(Color::Blue),
        border: Style::default().fg(Color::Gray),
        marker: bold().fg(Color::Magenta),
        levels: [
            bold().fg(Color::Red),
            Style::default().fg(Color::Red),
            Style::default().fg(Color::Rgb(160, 110, 0)),
            Style::default().fg(Color::Green),
            bold().fg(Color::Green),
        ],
    }
}

fn contrast() -> Theme {
    Theme {
        text: Style::default().fg(Color::White).bg(Color::Black),
        muted: Style::default().fg(Color::White).bg(Color::Black),
        header: bold().fg(Color::White).bg(Color::Black).add_modifier(Modifier::UNDERLINED),
        tab_active: bold().fg(Color::Black).bg(Color::White),
        selected: bold().fg(Color::Black).bg(Color::Yellow),
        banner: bold().fg(Color::Black).bg(Color::White),
        status: bold().fg(Color::Black).bg(Color::White),
        key: bold().fg(Color::Yellow).bg(Color::Black),
        border: Style::default().fg(Color::White).bg(Color::Black),
        marker: bold().fg(Color::Yellow).bg(Color::Black),
        levels: [
            bold().fg(Color::White).bg(Color::Black),
            bold().fg(Color::White).bg(Color::Black),
            bold().fg(Color::White).bg(Color::Black),
            bold().fg(Color::White).bg(Color::Black),
            bold().fg(Color::White).bg(Color::Black),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_keeps_only_modifiers_in_every_theme() {
        for theme in [ThemeName::Standaard, ThemeName::Licht, ThemeName::Contrast] {
            let styles = Theme::of(&Projection { theme, no_color: true, ..Projection::default() });
            let all = [styles.text, styles.selected, styles.banner, styles.status, styles.key, styles.marker];
            for style in all.iter().chain(styles.levels.iter()) {
                assert_eq!((style.fg, style.bg), (None, None), "{theme:?}");
            }
            assert!(styles.selected.add_modifier.contains(Modifier::BOLD), "the selection still stands out");
        }
    }
}
