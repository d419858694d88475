//! Every theme, rendered: the selection has a background of its own as a real terminal shows
//! it (reverse video swaps foreground and background), the light theme paints its own
//! background, and the level palette never puts red beside green.
// Test support: a failed set-up should stop the test with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{keys, model};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use regie::app::{Model, Projection, ThemeName};
use regie::ui;
use regie::ui::theme::Theme;

const THEMES: [ThemeName; 3] = [ThemeName::Standaard, ThemeName::Licht, ThemeName::Contrast];

fn drawn(model: &Model, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal.draw(|frame| ui::view(frame, model)).expect("drawn");
    terminal.backend().buffer().clone()
}

/// The background a terminal shows for a cell: the foreground under reverse video. The
/// terminal's own background (`Reset`) is taken to be black and its own foreground white, as on
/// the usual dark terminal.
fn shown_background(buffer: &Buffer, x: u16, y: u16) -> Color {
    let cell = &buffer[(x, y)];
    let colour = match (cell.modifier.contains(Modifier::REVERSED), cell.fg) {
        (true, Color::Reset) => Color::White,
        (true, fg) => fg,
        (false, _) => cell.bg,
    };
    match colour {
        Color::Reset | Color::Black | Color::Indexed(0) | Color::Indexed(16) => Color::Black,
        other => other,
    }
}

/// The position of the first occurrence of `text` on the screen.
fn find(buffer: &Buffer, text: &str) -> (u16, u16) {
    for y in 0..buffer.area.height {
        let line: String = (0..buffer.area.width).map(|x| buffer[(x, y)].symbol().to_string()).collect();
        if let Some(at) = line.find(text) {
            let x = line[..at].chars().count() as u16;
            return (x, y);
        }
    }
    panic!("'{text}' not on screen");
}

fn model_in(theme: ThemeName) -> Model {
    let mut model = model();
    while model.chrome.projection.theme != theme {
        keys(&mut model, "t");
    }
    model
}

#[test]
fn the_selected_cell_has_its_own_background_in_every_theme() {
    for theme in THEMES {
        let model = model_in(theme);
        let buffer = drawn(&model, 80, 24);
        // Anzegem's row: its name is not highlighted, its first component cell is.
        let (x, y) = find(&buffer, "▶ Anzegem");
        let name = shown_background(&buffer, x + 2, y);
        let cell = shown_background(&buffer, x + 18, y);
        assert_ne!(name, cell, "{theme:?}: the selected cell's background is the row's");
        // The same in a list: the drill-down's selected indicator.
        let mut model = model;
        keys(&mut model, "enter");
        let buffer = drawn(&model, 80, 24);
        let (x, y) = find(&buffer, "▶");
        let row_end = shown_background(&buffer, buffer.area.width - 3, y);
        assert_ne!(shown_background(&buffer, x + 2, y), row_end, "{theme:?}: drill-down selection");
    }
}

#[test]
fn no_color_still_shows_the_selection_as_a_block() {
    let mut model = model();
    model.chrome.projection.no_color = true;
    let buffer = drawn(&model, 80, 24);
    let (x, y) = find(&buffer, "▶ Anzegem");
    assert_ne!(shown_background(&buffer, x + 2, y), shown_background(&buffer, x + 18, y));
}

#[test]
fn the_light_theme_paints_a_light_background_everywhere() {
    let model = model_in(ThemeName::Licht);
    let buffer = drawn(&model, 80, 24);
    for y in 0..24 {
        for x in 0..80 {
            let bg = shown_background(&buffer, x, y);
            assert_ne!(bg, Color::Black, "({x}, {y}) shows the terminal's dark background");
        }
    }
}

/// An RGB triple for the colours the themes use.
fn rgb(colour: Color) -> Option<(u8, u8, u8)> {
    const STEPS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match colour {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(i @ 16..=231) => {
            let i = i - 16;
            Some((STEPS[usize::from(i / 36)], STEPS[usize::from(i / 6 % 6)], STEPS[usize::from(i % 6)]))
        }
        Color::Indexed(i @ 232..=255) => {
            let v = 8 + 10 * (i - 232);
            Some((v, v, v))
        }
        Color::Red | Color::Indexed(1) => Some((205, 0, 0)),
        Color::LightRed | Color::Indexed(9) => Some((255, 0, 0)),
        Color::Green | Color::Indexed(2) => Some((0, 205, 0)),
        Color::LightGreen | Color::Indexed(10) => Some((0, 255, 0)),
        Color::Yellow | Color::Indexed(3) => Some((205, 205, 0)),
        Color::Blue | Color::Indexed(4) => Some((0, 0, 238)),
        Color::White | Color::Indexed(15) => Some((255, 255, 255)),
        Color::Black => Some((0, 0, 0)),
        _ => None,
    }
}

/// Red or green hue (what red–green colour blindness confuses), or neither.
fn red_or_green(colour: Color) -> Option<&'static str> {
    let (r, g, b) = rgb(colour)?;
    let (r, g, b) = (f64::from(r), f64::from(g), f64::from(b));
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    if max - min < 40.0 {
        return None; // grey: no hue
    }
    let hue = if max == r {
        60.0 * ((g - b) / (max - min)).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / (max - min) + 2.0)
    } else {
        60.0 * ((r - g) / (max - min) + 4.0)
    };
    if !(15.0..345.0).contains(&hue) {
        Some("rood")
    } else if (75.0..165.0).contains(&hue) {
        Some("groen")
    } else {
        None
    }
}

#[test]
fn the_level_palette_has_no_red_green_pair_for_adjacent_levels() {
    // The check itself tells the old palette's red and green apart.
    assert_eq!(red_or_green(Color::Red), Some("rood"));
    assert_eq!(red_or_green(Color::LightGreen), Some("groen"));
    assert_eq!(red_or_green(Color::Indexed(166)), None, "vermillion leans to orange");
    for theme in THEMES {
        let levels = Theme::of(&Projection { theme, ..Projection::default() }).levels;
        for pair in levels.windows(2) {
            let hues = pair.iter().map(|style| style.fg.and_then(red_or_green)).collect::<Vec<_>>();
            assert!(
                !(hues.contains(&Some("rood")) && hues.contains(&Some("groen"))),
                "{theme:?}: adjacent levels {:?} and {:?} are red and green",
                pair[0].fg,
                pair[1].fg
            );
        }
        // And no level is green at all: green beside any red elsewhere on screen misleads too.
        assert!(levels.iter().all(|style| style.fg.and_then(red_or_green) != Some("groen")), "{theme:?}");
    }
}
