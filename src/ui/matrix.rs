//! Screen 1: the live matrix of municipalities × components, with the regional footer.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use crate::app::Model;
use crate::domain::{Besturen, Dataset, Klasse, Score};

use super::text::fit;
use super::theme::Theme;

const KLASSE_WIDTH: u16 = 5;
const TREKKER_WIDTH: u16 = 5;
/// The widest a component column gets.
const MAX_CELL: u16 = 24;

/// How much of a score a cell shows, by the room it has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CellForm {
    /// `3/4`
    Narrow,
    /// `▰▰▰▱ 3/4`
    Normal,
    /// `▰▰▰▱ 3/4  9½/14`
    Wide,
}

impl CellForm {
    fn for_width(width: u16) -> CellForm {
        match width {
            0..8 => CellForm::Narrow,
            8..17 => CellForm::Normal,
            _ => CellForm::Wide,
        }
    }
}

/// The level glyph of a score: four blocks, filled up to the level.
pub fn level_glyph(level: Option<u32>) -> String {
    match level {
        Some(level) => {
            let filled = level.min(Score::LEVELS) as usize;
            "▰".repeat(filled) + &"▱".repeat(Score::LEVELS as usize - filled)
        }
        None => "····".to_string(),
    }
}

fn score_text(score: &Score, form: CellForm) -> String {
    let level = score
        .level()
        .map_or("—".to_string(), |l| format!("{l}/{}", Score::LEVELS));
    match form {
        CellForm::Narrow => level,
        CellForm::Normal => format!("{} {level}", level_glyph(score.level())),
        CellForm::Wide => format!(
            "{} {level}  {}/{}",
            level_glyph(score.level()),
            score.points_text(),
            score.counted
        ),
    }
}

/// Draws the matrix screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let [table_area, detail_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(3)]).areas(area);
    let dataset = &model.dataset;
    let name_width = dataset
        .municipalities()
        .iter()
        .map(|m| m.name.chars().count())
        .max()
        .unwrap_or(8);
    let name_width = (name_width as u16).clamp(8, 18);
    let components = dataset.components().len().max(1) as u16;
    let fixed = 2 + 2 + name_width + KLASSE_WIDTH + TREKKER_WIDTH + components + 2;
    let cell_width = (table_area.width.saturating_sub(fixed) / components).min(MAX_CELL);
    let form = CellForm::for_width(cell_width);
    let condensed = form == CellForm::Narrow
        || dataset
            .components()
            .iter()
            .any(|c| header_text(c.nr, &c.short).chars().count() > cell_width as usize);
    let mut title = vec![Span::styled(
        " Regie per gemeente: niveau 0–4 per component ",
        theme.header,
    )];
    if condensed {
        title.push(Span::styled(
            "(verkort: volledige labels hieronder) ",
            theme.marker,
        ));
    }
    let header = header_row(dataset, cell_width, theme);
    let rows = dataset
        .municipalities()
        .iter()
        .enumerate()
        .map(|(m, _)| body_row(model, m, form, theme));
    let widths = std::iter::once(Constraint::Length(name_width))
        .chain((0..components).map(|_| Constraint::Length(cell_width)))
        .chain([
            Constraint::Length(KLASSE_WIDTH),
            Constraint::Length(TREKKER_WIDTH),
        ]);
    let table = Table::new(rows, widths)
        .header(header)
        .footer(footer_row(dataset, form, theme))
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(Line::from(title)),
        )
        .highlight_symbol("▶ ")
        .row_highlight_style(theme.selected_row);
    let mut state = TableState::default().with_selected(Some(model.municipality));
    frame.render_stateful_widget(table, table_area, &mut state);
    frame.render_widget(detail(model, theme, detail_area.width), detail_area);
}

fn header_text(nr: u8, short: &str) -> String {
    format!("{nr} {short}")
}

fn header_row(dataset: &Dataset, cell_width: u16, theme: &Theme) -> Row<'static> {
    let components = dataset
        .components()
        .iter()
        .map(|c| fit(&header_text(c.nr, &c.short), cell_width as usize));
    let cells = std::iter::once("Gemeente".to_string())
        .chain(components)
        .chain(["Actor".to_string(), "Trek".to_string()]);
    Row::new(cells.map(Cell::from)).style(theme.header)
}

fn body_row(model: &Model, m: usize, form: CellForm, theme: &Theme) -> Row<'static> {
    let dataset = &model.dataset;
    let name = dataset
        .municipalities()
        .get(m)
        .map_or(String::new(), |x| fit(&x.name, 18));
    let selected_row = m == model.municipality;
    let cells = (0..dataset.components().len()).map(|c| {
        let score = dataset.cell_score(m, c);
        let style = if selected_row && c == model.component {
            theme.selected
        } else {
            theme.level(score.level())
        };
        Cell::from(score_text(&score, form)).style(style)
    });
    let klasse = dataset.klasse(m).map_or("?", Klasse::code);
    let trekker = dataset.role_split(m).map_or("?", |r| r.trekker.code());
    let row = std::iter::once(Cell::from(name)).chain(cells).chain([
        Cell::from(klasse.to_string()),
        Cell::from(trekker.to_string()),
    ]);
    Row::new(row.collect::<Vec<_>>())
}

fn footer_row(dataset: &Dataset, form: CellForm, theme: &Theme) -> Row<'static> {
    let scores = (0..dataset.components().len()).map(|c| {
        let score = dataset.regional_score(c);
        Cell::from(score_text(&score, form)).style(theme.level(score.level()).patch(theme.header))
    });
    let municipalities = 0..dataset.municipalities().len();
    let klasse = |k: Klasse| {
        municipalities
            .clone()
            .filter(|&m| dataset.klasse(m) == Some(k))
            .count()
    };
    let trekker = |b: Besturen| {
        municipalities
            .clone()
            .filter(|&m| dataset.role_split(m).is_some_and(|r| r.trekker == b))
            .count()
    };
    let klasse_counts = format!(
        "{}/{}/{}",
        klasse(Klasse::Direct),
        klasse(Klasse::Indirect),
        klasse(Klasse::Geen)
    );
    let trekker_counts = format!(
        "{}/{}/{}",
        trekker(Besturen::Gemeente),
        trekker(Besturen::Ocmw),
        trekker(Besturen::Beide)
    );
    let cells = std::iter::once(Cell::from("Regio").style(theme.header))
        .chain(scores)
        .chain([Cell::from(klasse_counts), Cell::from(trekker_counts)]);
    Row::new(cells.collect::<Vec<_>>()).style(theme.header)
}

fn detail(model: &Model, theme: &Theme, width: u16) -> Paragraph<'static> {
    let dataset = &model.dataset;
    let width = usize::from(width);
    let name = dataset
        .municipalities()
        .get(model.municipality)
        .map_or("", |m| m.name.as_str());
    let component = dataset
        .components()
        .get(model.component)
        .map_or("", |c| c.label.as_str());
    let score = dataset.cell_score(model.municipality, model.component);
    let percent = score
        .fraction()
        .map_or("—".to_string(), |f| format!("{:.0}%", f * 100.0));
    let cell = format!(
        " {name} · {component}: {} punten op {} ({percent}), {} onbekend",
        score.points_text(),
        score.counted,
        score.unknown,
    );
    let legend = " Actor: D direct · I indirect · — geen │ Trek: G gemeente · O OCMW · G+O beide";
    let levels =
        " ja = 1 · deels = ½ · nee = 0 · onbekend telt niet · ▰ = ¼ · Regio: alle gemeenten";
    Paragraph::new(vec![
        Line::styled(fit(&cell, width), theme.text),
        Line::styled(fit(legend, width), theme.muted),
        Line::styled(fit(levels, width), theme.muted),
    ])
}
