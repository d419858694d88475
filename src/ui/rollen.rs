//! Screen 4: how gemeente and OCMW split their roles, per municipality.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use crate::app::Model;
use crate::domain::compare::CHANGED;
use crate::domain::{Besturen, Bestuur, RoleSplit, Taak};

use super::text::{clean, fit, marked_name};
use super::theme::Theme;
use super::window::Window;

const NAME: u16 = 14;
const COLUMN: u16 = 3;

/// Draws the gemeente–OCMW screen.
///
/// The municipalities come first; below them, as room allows, the selected column, the
/// figures and the legend of every abbreviation in view (help explains them all).
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let rows = u16::try_from(model.dataset().municipalities().len()).unwrap_or(u16::MAX);
    // The title, the header and the bottom border around the rows; one line for the selection.
    let table_height = rows.saturating_add(3).min(area.height.saturating_sub(1));
    let left = area.height.saturating_sub(table_height);
    let cijfers_height = if left >= 3 { 2 } else { 0 };
    let [table_area, selected_area, cijfers_area, legend_area] = Layout::vertical([
        Constraint::Length(table_height),
        Constraint::Length(left.min(1)),
        Constraint::Length(cijfers_height),
        Constraint::Min(0),
    ])
    .areas(area);
    let column = if model.measurement.compared().is_some() { COLUMN + 1 } else { COLUMN };
    let window = visible_columns(table_area.width, model.screens.rollen.column, column);
    render_grid(frame, table_area, model, &window, theme);
    frame.render_widget(selected_column(model, theme, selected_area.width), selected_area);
    frame.render_widget(cijfers(model, theme), cijfers_area);
    frame.render_widget(legend(model, &window, theme), legend_area);
}

/// The task columns that fit, as a window that keeps the selected column in view.
fn visible_columns(width: u16, selected: usize, column: u16) -> std::ops::Range<usize> {
    let fixed = 1 + NAME + 1 + (column + 1) * 2;
    let room_for = ((width.saturating_sub(fixed) + 1) / (column + 1)).max(1) as usize;
    let count = Taak::ALL.len().min(room_for);
    let start = selected.saturating_sub(count - 1).min(Taak::ALL.len() - count);
    start..start + count
}

fn holder_text(holder: Option<Besturen>) -> &'static str {
    holder.map_or("—", Besturen::code)
}

fn render_grid(frame: &mut Frame, area: Rect, model: &Model, window: &std::ops::Range<usize>, theme: &Theme) {
    let dataset = model.dataset();
    let taken = &Taak::ALL[window.clone()];
    let header =
        ["Gemeente", "Trk", "For"].into_iter().map(str::to_string).chain(taken.iter().map(|t| t.short().to_string()));
    let rows_window = Window::around(
        dataset.municipalities().len(),
        model.screens.selection.municipality,
        area.height.saturating_sub(3),
    );
    let compared = model.measurement.compared();
    let column = if compared.is_some() { COLUMN + 1 } else { COLUMN };
    let rows = rows_window.rows.clone().filter_map(|m| {
        let municipality = dataset.municipalities().get(m)?;
        let split = dataset.role_split(m);
        let then = compared.map(|earlier| earlier.role_split(m));
        // Comparing, what changed since then gets its mark: `OΔ`.
        let mark = |now: &str, then_text: Option<&str>| match then_text {
            Some(then_text) if then_text != now => format!("{now}{CHANGED}"),
            _ => now.to_string(),
        };
        let selected_row = m == model.screens.selection.municipality;
        let cells = taken.iter().enumerate().map(|(i, taak)| {
            let now = holder_text(split.and_then(|s| taak.holder(s)));
            let text = mark(now, then.map(|t| holder_text(t.and_then(|s| taak.holder(s)))));
            let selected = selected_row && window.start + i == model.screens.rollen.column;
            Cell::from(text).style(if selected { theme.selected } else { theme.text })
        });
        let trekker = |s: Option<&RoleSplit>| s.map_or("?", |s| s.trekker.code());
        let formal = |s: Option<&RoleSplit>| s.map_or("?", |s| if s.geformaliseerd { "ja" } else { "nee" });
        let fixed = [
            Cell::from(marked_name(model, m, &municipality.name, NAME as usize)),
            Cell::from(mark(trekker(split), then.map(trekker))),
            Cell::from(mark(formal(split), then.map(formal))),
        ];
        Some(Row::new(fixed.into_iter().chain(cells).collect::<Vec<_>>()))
    });
    let widths = [Constraint::Length(NAME), Constraint::Length(column), Constraint::Length(column)]
        .into_iter()
        .chain(taken.iter().map(|_| Constraint::Length(column)));
    // The row and column counters keep their room; the title shortens first.
    let long = area.width >= 80;
    let heading = if long { " Rolverdeling gemeente – OCMW (G, O, G+O of —) " } else { " Rolverdeling " };
    let mut title = vec![Span::styled(heading, theme.header)];
    if window.start > 0 || window.end < Taak::ALL.len() {
        let word = if long { "kolommen" } else { "kol." };
        let shown = format!("◂ {word} {}–{} van {} ▸ ", window.start + 1, window.end, Taak::ALL.len());
        title.push(Span::styled(shown, theme.marker));
    }
    if let Some(marker) = rows_window.marker() {
        title.push(Span::styled(marker, theme.marker));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header.collect::<Vec<_>>()).style(theme.header))
        .block(
            Block::default()
                .borders(Borders::TOP | Borders::BOTTOM)
                .border_style(theme.border)
                .title(Line::from(title)),
        )
        .highlight_symbol("▶")
        .column_spacing(1);
    let mut state = TableState::default().with_selected(rows_window.selected);
    frame.render_stateful_widget(table, area, &mut state);
}

/// What the selected column means and who holds it in the selected municipality.
fn selected_column(model: &Model, theme: &Theme, width: u16) -> Paragraph<'static> {
    let selected = Taak::ALL.get(model.screens.rollen.column).copied();
    let dataset = model.dataset();
    let holder =
        selected.and_then(|t| dataset.role_split(model.screens.selection.municipality).and_then(|s| t.holder(s)));
    let name = dataset.municipalities().get(model.screens.selection.municipality).map_or("", |m| m.name.as_str());
    let m = model.screens.selection.municipality;
    let then = model.measurement.compared().zip(selected).map_or(String::new(), |(earlier, t)| {
        let holder = earlier.role_split(m).and_then(|s| t.holder(s));
        format!(" · {}: {}", clean(&earlier.measurement().name), holder.map_or("niemand", Besturen::label))
    });
    let line = selected.map_or(String::new(), |t| {
        format!(
            " {} = {} ({}) · {name}: {}{then}",
            t.short(),
            t.label(),
            t.group_label(),
            holder.map_or("niemand", Besturen::label)
        )
    });
    Paragraph::new(Line::styled(fit(&line, width as usize), theme.text))
}

/// Every abbreviation in view: `Trk trekker · For geformaliseerd · Reg regelgever · …`.
fn legend(model: &Model, window: &std::ops::Range<usize>, theme: &Theme) -> Paragraph<'static> {
    let columns = Taak::ALL[window.clone()].iter().map(|t| format!("{} {}", t.short(), t.label()));
    let changed = model
        .measurement
        .compared()
        .map(|earlier| format!("{CHANGED} anders dan in {}", clean(&earlier.measurement().name)));
    let all: Vec<String> = changed
        .into_iter()
        .chain(["G gemeente".to_string(), "O OCMW".to_string(), "Trk trekker".to_string()])
        .chain(["For geformaliseerd".to_string()])
        .chain(columns)
        .collect();
    Paragraph::new(Line::styled(format!(" {}", all.join(" · ")), theme.muted)).wrap(Wrap { trim: true })
}

fn cijfers(model: &Model, theme: &Theme) -> Paragraph<'static> {
    let dataset = model.dataset();
    let Some(split) = dataset.role_split(model.screens.selection.municipality) else {
        return Paragraph::new("");
    };
    let filled: Vec<String> = split
        .cijfers
        .fields()
        .iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(label, values)| {
            let per = |b: Bestuur| values.get(&b).map_or("—".to_string(), |v| format!("{v}"));
            format!("{label}: G {} · O {}", per(Bestuur::Gemeente), per(Bestuur::Ocmw))
        })
        .collect();
    let mut lines = vec![Line::styled(" Enkele cijfers (per bestuur)", theme.header)];
    if filled.is_empty() {
        lines.push(Line::styled(" niet ingevuld: het rapport publiceert geen cijfers per gemeente", theme.muted));
    } else {
        lines.push(Line::styled(format!(" {}", filled.join("  |  ")), theme.text));
    }
    Paragraph::new(lines).wrap(Wrap { trim: false })
}
