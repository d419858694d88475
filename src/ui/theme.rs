//! Every style the screens use, per theme; `NO_COLOR` keeps only bold, reverse and underline.
//!
//! The selection has a background of its own in every theme (never reverse video on top of a
//! background colour: a real terminal swaps the two back). The score levels use colours from
//! the Okabe–Ito palette, safe for colour-blind viewers: vermillion and orange for the low
//! levels, blue for the high ones, never red beside green; a glyph and a number always come
//! with the colour. Colours are from the 256-colour palette, which every terminal in use shows.

use ratatui::style::{Color, Modifier, Style};

use crate::app::{Projection, ThemeName};
use crate::domain::Verdict;

/// The styles of one theme.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Painted over the whole frame first: the light theme's own light background.
    pub background: Style,
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
            background: strip(self.background),
            text: strip(self.text),
            muted: strip(self.muted),
            header: strip(self.header),
            tab_active: strip(self.tab_active),
            // Without colour the selection is still a block: bold in reverse video.
            selected: bold().add_modifier(Modifier::REVERSED),
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

/// Okabe–Ito colours, as the nearest entries of the 256-colour palette.
mod okabe_ito {
    use ratatui::style::Color;

    /// Vermillion (213, 94, 0).
    pub const VERMILLION: Color = Color::Indexed(166);
    /// Orange (230, 159, 0).
    pub const ORANGE: Color = Color::Indexed(214);
    /// Yellow (240, 228, 66).
    pub const YELLOW: Color = Color::Indexed(221);
    /// Sky blue (86, 180, 233).
    pub const SKY_BLUE: Color = Color::Indexed(74);
    /// Blue (0, 114, 178).
    pub const BLUE: Color = Color::Indexed(25);
    /// Reddish purple (204, 121, 167).
    pub const PURPLE: Color = Color::Indexed(175);
}

use okabe_ito::{BLUE, ORANGE, PURPLE, SKY_BLUE, VERMILLION, YELLOW};

/// Pure white and black, whatever the terminal's own palette makes of `White` and `Black`.
const WHITE: Color = Color::Indexed(231);
const BLACK: Color = Color::Indexed(16);

fn standaard() -> Theme {
    Theme {
        background: Style::default(),
        text: Style::default(),
        muted: Style::default().fg(Color::Indexed(248)),
        header: bold().fg(SKY_BLUE),
        tab_active: bold().fg(BLACK).bg(Color::Indexed(252)),
        selected: bold().fg(BLACK).bg(YELLOW),
        banner: bold().fg(BLACK).bg(ORANGE),
        status: Style::default().fg(WHITE).bg(Color::Indexed(238)),
        key: bold().fg(YELLOW),
        border: Style::default().fg(Color::Indexed(244)),
        marker: bold().fg(PURPLE),
        levels: [
            Style::default().fg(VERMILLION),
            Style::default().fg(ORANGE),
            Style::default().fg(YELLOW),
            Style::default().fg(SKY_BLUE),
            bold().fg(Color::Indexed(33)),
        ],
    }
}

fn licht() -> Theme {
    Theme {
        background: Style::default().fg(BLACK).bg(WHITE),
        text: Style::default().fg(BLACK),
        muted: Style::default().fg(Color::Indexed(240)),
        header: bold().fg(BLUE),
        tab_active: bold().fg(WHITE).bg(BLUE),
        selected: bold().fg(WHITE).bg(BLUE),
        banner: bold().fg(BLACK).bg(Color::Indexed(222)),
        status: Style::default().fg(BLACK).bg(Color::Indexed(252)),
        key: bold().fg(BLUE),
        border: Style::default().fg(Color::Indexed(245)),
        marker: bold().fg(Color::Indexed(126)),
        // Okabe–Ito's vermillion and sky blue are too light on white (3.8 and 4.1 : 1): a
        // darker red and a dark teal keep every level at 4.5 : 1 or more.
        levels: [
            bold().fg(Color::Indexed(160)),
            Style::default().fg(Color::Indexed(130)),
            Style::default().fg(Color::Indexed(238)),
            Style::default().fg(Color::Indexed(23)),
            bold().fg(BLUE),
        ],
    }
}

fn contrast() -> Theme {
    Theme {
        background: Style::default().fg(WHITE).bg(BLACK),
        text: Style::default().fg(WHITE).bg(BLACK),
        muted: Style::default().fg(WHITE).bg(BLACK),
        header: bold().fg(WHITE).bg(BLACK).add_modifier(Modifier::UNDERLINED),
        tab_active: bold().fg(BLACK).bg(WHITE),
        selected: bold().fg(BLACK).bg(Color::Indexed(226)),
        banner: bold().fg(BLACK).bg(WHITE),
        status: bold().fg(BLACK).bg(WHITE),
        key: bold().fg(Color::Indexed(226)).bg(BLACK),
        border: Style::default().fg(WHITE).bg(BLACK),
        marker: bold().fg(Color::Indexed(226)).bg(BLACK),
        // Maximum contrast: the level is told by glyph and number alone.
        levels: [bold().fg(WHITE).bg(BLACK); 5],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The colour a 256-colour palette entry (16–255) shows: the 6×6×6 cube, then the greys.
    fn rgb(colour: Color) -> Option<(u8, u8, u8)> {
        const STEPS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        match colour {
            Color::Indexed(grey @ 232..=255) => {
                Some((8 + 10 * (grey - 232), 8 + 10 * (grey - 232), 8 + 10 * (grey - 232)))
            }
            Color::Indexed(cube @ 16..=231) => {
                let at = usize::from(cube - 16);
                Some((STEPS[at / 36], STEPS[(at / 6) % 6], STEPS[at % 6]))
            }
            _ => None,
        }
    }

    /// WCAG 2 relative luminance.
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// WCAG 2 contrast ratio of two colours.
    fn ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Every text colour of every theme on its background meets WCAG AA for text (4.5 : 1),
    /// borders the bar for graphics (3 : 1). The standard theme is for a dark terminal: its
    /// own colours (`Reset`) are taken as white on black, as the light theme's are on white.
    #[test]
    fn every_colour_pair_of_every_theme_is_readable() {
        let (white, black) = ((255, 255, 255), (0, 0, 0));
        for name in [ThemeName::Standaard, ThemeName::Licht, ThemeName::Contrast] {
            let theme = Theme::of(&Projection { theme: name, ..Projection::default() });
            let ground = theme.background.bg.and_then(rgb).unwrap_or(black);
            let ink = theme.text.fg.and_then(rgb).unwrap_or(white);
            let on_ground =
                |style: Style| (style.fg.and_then(rgb).unwrap_or(ink), style.bg.and_then(rgb).unwrap_or(ground));
            let texts = [("text", theme.text), ("muted", theme.muted), ("header", theme.header), ("key", theme.key)];
            let texts =
                texts.into_iter().chain([("marker", theme.marker)]).chain(theme.levels.iter().map(|l| ("level", *l)));
            let blocks = [
                ("tab", theme.tab_active),
                ("selected", theme.selected),
                ("banner", theme.banner),
                ("status", theme.status),
            ];
            for (what, style) in texts.chain(blocks) {
                let (fg, bg) = on_ground(style);
                assert!(ratio(fg, bg) >= 4.5, "{name:?} {what}: {:.2} : 1", ratio(fg, bg));
            }
            let (fg, bg) = on_ground(theme.border);
            assert!(ratio(fg, bg) >= 3.0, "{name:?} border: {:.2} : 1", ratio(fg, bg));
        }
    }

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
