//! Screen 4: how gemeente and OCMW split their roles, per municipality.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use crate::app::Model;
use crate::domain::compare::CHANGED;
use crate::domain::{Besturen, Bestuur, RoleSplit, Taak};

use super::text::{clean, display_width, fit, marked_name, pack};
use super::theme::Theme;
use super::window::Window;
use super::wrapped::{Wrapped, wrapped};

const NAME: u16 = 14;
const COLUMN: u16 = 3;

/// Draws the gemeente–OCMW screen.
///
/// The municipalities come first; below them, as room allows, the selected column, the
/// figures and the legend of every abbreviation in view (help explains them all).
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let rows = u16::try_from(model.dataset().municipalities().len()).unwrap_or(u16::MAX);
    // The title, the header and the bottom border around the rows, and one line for the
    // selection; on a small beamer the title and borders give way to the rows, as long as
    // that shows them all (the header then counts the columns).
    let compact = area.height < rows.saturating_add(4) && rows.saturating_add(1) <= area.height;
    let table_height = if compact { rows + 1 } else { rows.saturating_add(3).min(area.height.saturating_sub(1)) };
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
    render_grid(frame, table_area, model, &window, compact, theme);
    frame.render_widget(selected_column(model, theme, selected_area.width), selected_area);
    frame.render_widget(cijfers(model, theme), cijfers_area);
    frame.render_widget(legend(model, &window, legend_area, theme), legend_area);
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

/// Which task columns are in view, in the room of the name column: `kol. 1–9/14 ▸`.
fn columns_counter(window: &std::ops::Range<usize>) -> String {
    let before = if window.start > 0 { "◂" } else { "" };
    let after = if window.end < Taak::ALL.len() { " ▸" } else { "" };
    format!("{before}kol. {}–{}/{}{after}", window.start + 1, window.end, Taak::ALL.len())
}

fn render_grid(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    window: &std::ops::Range<usize>,
    compact: bool,
    theme: &Theme,
) {
    let dataset = model.dataset();
    let taken = &Taak::ALL[window.clone()];
    let every_column = window.start == 0 && window.end == Taak::ALL.len();
    let first = if compact && !every_column { columns_counter(window) } else { "Gemeente".to_string() };
    let header =
        [first, "Trk".to_string(), "For".to_string()].into_iter().chain(taken.iter().map(|t| t.short().to_string()));
    let rows_window = Window::around(
        dataset.municipalities().len(),
        model.screens.selection.municipality,
        area.height.saturating_sub(if compact { 1 } else { 3 }),
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
    let block = if compact {
        Block::default()
    } else {
        Block::default().borders(Borders::TOP | Borders::BOTTOM).border_style(theme.border).title(Line::from(title))
    };
    let header_style = if compact && !every_column { theme.marker } else { theme.header };
    let header = header.enumerate().map(|(i, h)| Cell::from(h).style(if i == 0 { header_style } else { theme.header }));
    let table = Table::new(rows, widths)
        .header(Row::new(header.collect::<Vec<_>>()))
        .block(block)
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
    // Where the municipality's split comes from (illustratief, a line of a source, an edit).
    let source =
        dataset.role_split(m).and_then(|s| s.source.as_deref()).map_or(String::new(), |s| format!(" · bron: {s}"));
    let line = selected.map_or(String::new(), |t| {
        format!(
            " {} = {} ({}) · {name}: {}{then}{source}",
            t.short(),
            t.label(),
            t.group_label(),
            holder.map_or("niemand", Besturen::label)
        )
    });
    Paragraph::new(Line::styled(fit(&line, width as usize), theme.text))
}

/// Every abbreviation in view: `Trk trekker · For geformaliseerd · Reg regelgever · …`
/// (comparing, what the change mark means first), broken between items; when not all of it
/// fits in `area`, the last line says that help lists every code.
fn legend(model: &Model, window: &std::ops::Range<usize>, area: Rect, theme: &Theme) -> Paragraph<'static> {
    let columns = Taak::ALL[window.clone()].iter().map(|t| format!("{} {}", t.short(), t.label()));
    let changed = model
        .measurement
        .compared()
        .map(|earlier| format!("{CHANGED} anders dan in {}", clean(&earlier.measurement().name)));
    let items: Vec<String> = changed
        .into_iter()
        .chain(["G gemeente", "O OCMW", "Trk trekker", "For geformaliseerd"].into_iter().map(str::to_string))
        .chain(columns)
        .collect();
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    let mut lines = pack(&items, width);
    if lines.len() > height {
        // The first items that leave room for the pointer to help on the last line.
        let more = " · … alle codes in hulp (?)";
        lines = (0..items.len())
            .rev()
            .map(|n| pack(&items[..n], width))
            .find(|packed| {
                packed.len() < height
                    || (packed.len() == height
                        && packed.last().is_some_and(|l| display_width(l) + display_width(more) <= width))
            })
            .unwrap_or_default();
        let full = lines.len() == height;
        match lines.last_mut() {
            Some(last) if full => last.push_str(more),
            _ => lines.push(fit(more.trim_start_matches(" ·"), width)),
        }
    }
    Paragraph::new(lines.into_iter().map(|l| Line::styled(l, theme.muted)).collect::<Vec<_>>())
}

fn cijfers(model: &Model, theme: &Theme) -> Wrapped<'static> {
    let dataset = model.dataset();
    let Some(split) = dataset.role_split(model.screens.selection.municipality) else {
        return wrapped(Paragraph::new(""), false);
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
    wrapped(Paragraph::new(lines), false)
}
