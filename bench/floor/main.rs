//! The floor for this stack: a bare ratatui app that draws a 13 × 4 table and waits for `q`.
//! `bench/run.sh` measures it beside regie, so regie's figures can be read as a ratio.

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::layout::Constraint;
use ratatui::widgets::{Block, Borders, Row, Table};

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let rows = (1..=13).map(|r| Row::new((1..=4).map(move |c| format!("rij {r:02} kolom {c}"))));
    let table = Table::new(rows, [Constraint::Fill(1); 4])
        .header(Row::new(["een", "twee", "drie", "vier"]))
        .block(Block::default().borders(Borders::ALL).title(" vloer "));
    let result = terminal.draw(|frame| frame.render_widget(&table, frame.area())).map(|_| ());
    while result.is_ok() {
        match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press && key.code == KeyCode::Char('q') => break,
            Event::Resize(..) => {
                terminal.draw(|frame| frame.render_widget(&table, frame.area()))?;
            }
            _ => {}
        }
    }
    ratatui::try_restore()?;
    result
}
