//! Bytes written to the terminal per navigation key (budget: ≤ 400), counted exactly by
//! drawing through the app's backend (crossterm behind gap bridging) into memory. Bytes are not time: they do not
//! drift with the machine, so the budget is pinned here as well as in `bench/`.
//!
//! The median over a walk through each screen must be within budget. Single keys that turn a
//! page of a long list redraw the whole list and may cost more; `BENCHMARKS.md` gives them.

mod common;

use common::{model, run, type_text};
use std::cell::Cell;
use std::io::Write;
use std::rc::Rc;

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use regie::app::{Action, Model};
use regie::gap_bridging::GapBridgingBackend;
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

/// The bytes each action's redraw writes, after a first full frame.
fn bytes_per_key(model: &mut Model, size: (u16, u16), keys: &[Action]) -> Vec<(Action, usize)> {
    let viewport = Viewport::Fixed(Rect::new(0, 0, size.0, size.1));
    let written = Counter::default();
    let backend = GapBridgingBackend::new(CrosstermBackend::new(written.clone()));
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap_or_else(|e| panic!("{e}"));
    terminal.draw(|frame| ui::view(frame, model)).unwrap_or_else(|e| panic!("{e}"));
    keys.iter()
        .map(|key| {
            written.0.set(0);
            run(model, [key.clone()]);
            terminal.draw(|frame| ui::view(frame, model)).unwrap_or_else(|e| panic!("{e}"));
            (key.clone(), written.0.get())
        })
        .collect()
}

fn assert_within_budget(screen: &str, mut model: impl FnMut() -> Model, keys: &[Action]) {
    for size in SIZES {
        let counts = bytes_per_key(&mut model(), size, keys);
        let mut bytes: Vec<usize> = counts.iter().map(|(_, n)| *n).collect();
        bytes.sort_unstable();
        let median = bytes[bytes.len() / 2];
        println!("{screen} at {size:?}: median {median} bytes per key: {counts:?}");
        assert!(median <= BUDGET, "{screen} at {size:?}: median {median} > {BUDGET} bytes per key: {counts:?}");
    }
}

#[test]
fn matrix_navigation() {
    let keys = [Action::Down, Action::Down, Action::Right, Action::Right, Action::Up, Action::Left, Action::Down];
    assert_within_budget("matrix", model, &keys);
}

#[test]
fn drill_down_navigation() {
    let keys = vec![Action::Down; 12];
    for component in 0..4 {
        let at_kortrijk = || {
            let mut model = model();
            run(&mut model, std::iter::repeat_n(Action::Down, 4));
            run(&mut model, std::iter::repeat_n(Action::Right, component));
            run(&mut model, [Action::Open]);
            model
        };
        assert_within_budget("drill-down", at_kortrijk, &keys);
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
            run(&mut model, std::iter::repeat_n(Action::Down, row + 1));
            run(&mut model, [Action::NewAction]);
            type_text(&mut model, text);
            run(&mut model, [Action::NextField]);
            type_text(&mut model, "ocmw");
            run(&mut model, [Action::NextField]);
            type_text(&mut model, "+2w");
            run(&mut model, [Action::Open]);
        }
        run(&mut model, [Action::ScreenActies]);
        model
    };
    assert_within_budget("actions", with_actions, &[Action::Down, Action::Down, Action::Up, Action::Up]);
}

#[test]
fn regisseur_rollen_and_actoren_navigation() {
    let mut keys = vec![Action::Down; 9];
    keys.extend([Action::Up, Action::Up, Action::Right, Action::Down]);
    for screen in [Action::ScreenRegisseur, Action::ScreenRollen, Action::ScreenActoren] {
        let on_screen = || {
            let mut model = model();
            run(&mut model, [screen.clone()]);
            model
        };
        assert_within_budget(&format!("{screen:?}"), on_screen, &keys);
    }
}
