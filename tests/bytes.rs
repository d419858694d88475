//! Bytes written to the terminal per navigation key (budget: ≤ 400), counted exactly by
//! drawing through the app's backend (crossterm behind gap bridging) into memory. Bytes are not time: they do not
//! drift with the machine, so the budget is pinned here as well as in `bench/`.
//!
//! The median over a walk through each screen must be within budget. Single keys that turn a
//! page of a long list redraw the whole list and may cost more; `BENCHMARKS.md` gives them.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{keys, model, type_text};
use std::cell::Cell;
use std::io::Write;
use std::rc::Rc;

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use regie::app::Model;
use regie::terminal::gap_bridging::GapBridgingBackend;
use regie::ui;

const BUDGET: usize = 400;
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];

/// A terminal that only counts what is written to it.
#[derive(Clone, Default)]
struct Counter(Rc<Cell<usize>>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes each key's redraw writes, after a first full frame.
fn bytes_per_key(model: &mut Model, size: (u16, u16), pressed: &[&'static str]) -> Vec<(&'static str, usize)> {
    let viewport = Viewport::Fixed(Rect::new(0, 0, size.0, size.1));
    let written = Counter::default();
    let backend = GapBridgingBackend::new(CrosstermBackend::new(written.clone()));
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
    terminal.draw(|frame| ui::view(frame, model)).unwrap();
    pressed
        .iter()
        .map(|&key| {
            written.0.set(0);
            keys(model, key);
            terminal.draw(|frame| ui::view(frame, model)).unwrap();
            (key, written.0.get())
        })
        .collect()
}

fn assert_within_budget(screen: &str, mut model: impl FnMut() -> Model, pressed: &[&'static str]) {
    for size in SIZES {
        let counts = bytes_per_key(&mut model(), size, pressed);
        let mut bytes: Vec<usize> = counts.iter().map(|(_, n)| *n).collect();
        bytes.sort_unstable();
        let median = bytes[bytes.len() / 2];
        println!("{screen} at {size:?}: median {median} bytes per key: {counts:?}");
        assert!(median <= BUDGET, "{screen} at {size:?}: median {median} > {BUDGET} bytes per key: {counts:?}");
    }
}

#[test]
fn matrix_navigation() {
    let walk = ["down", "down", "right", "right", "up", "left", "down"];
    assert_within_budget("matrix", model, &walk);
}

#[test]
fn drill_down_navigation() {
    let walk = vec!["down"; 12];
    for component in 0..4 {
        let at_kortrijk = || {
            let mut model = model();
            keys(&mut model, &"down ".repeat(4));
            keys(&mut model, &"right ".repeat(component));
            keys(&mut model, "enter");
            model
        };
        assert_within_budget("drill-down", at_kortrijk, &walk);
    }
}

#[test]
fn actions_screen_navigation() {
    let with_actions = || {
        let mut model = model();
        for (row, text) in
            ["Inventaris van de eigen actoren opmaken", "Overleg met het OCMW plannen", "Cijfers opvragen"]
                .iter()
                .enumerate()
        {
            keys(&mut model, &"down ".repeat(row + 1));
            keys(&mut model, "a");
            type_text(&mut model, text);
            keys(&mut model, "tab");
            type_text(&mut model, "ocmw");
            keys(&mut model, "tab");
            type_text(&mut model, "+2w");
            keys(&mut model, "enter");
        }
        keys(&mut model, "5");
        model
    };
    assert_within_budget("actions", with_actions, &["down", "down", "up", "up"]);
}

#[test]
fn regisseur_rollen_and_actoren_navigation() {
    let mut walk = vec!["down"; 9];
    walk.extend(["up", "up", "right", "down"]);
    for screen in ["3", "4", "6"] {
        let on_screen = || {
            let mut model = model();
            keys(&mut model, screen);
            model
        };
        assert_within_budget(&format!("screen {screen}"), on_screen, &walk);
    }
}

/// The shipped dataset compared with an earlier measurement in which a few findings differ.
fn comparing() -> Model {
    let mut model = model();
    let mut earlier = model.dataset().clone();
    for finding in [0, 40, 200, 400] {
        let bestuur = earlier.findings()[finding].bestuur;
        earlier.restore_finding(finding, regie::domain::Verdict::Nee, "toen", bestuur);
    }
    let loaded = Ok(Box::new(earlier));
    let purpose = regie::app::MeasurementPurpose::Compare;
    regie::app::update(&mut model, regie::app::Msg::MeasurementLoaded { purpose, loaded });
    assert!(model.measurement.compared().is_some());
    model
}

#[test]
fn navigation_with_compare_on() {
    let walk = ["down", "down", "right", "right", "up", "left", "down"];
    assert_within_budget("matrix, compare on", comparing, &walk);
    let in_drill = || {
        let mut model = comparing();
        keys(&mut model, "enter");
        model
    };
    assert_within_budget("drill-down, compare on", in_drill, &["down"; 12]);
}
