//! Screen 3: regisseur or actor per municipality, and Pröpper's quadrant.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use crate::app::Model;
use crate::command::Action;
use crate::domain::compare::CHANGED;
use crate::domain::{Besturen, Dataset, Klasse, NOT_YET_ASKED, RegieVariant};

use super::text::{clean, fit, marked_name};
use super::theme::Theme;
use super::window::{Window, fit_spans, title_with_marker};

/// Draws the regisseur / actor screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    // The rows come first: the line of what the class rests on only when they all fit beside it.
    let rows = u16::try_from(model.dataset().municipalities().len()).unwrap_or(u16::MAX);
    let detail_height = u16::from(area.height >= rows.saturating_add(5));
    let [counts, main, detail] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(4), Constraint::Length(detail_height)]).areas(area);
    frame.render_widget(count_line(model.dataset(), theme, usize::from(counts.width)), counts);
    frame.render_widget(detail_line(model, theme, usize::from(detail.width)), detail);
    // The table takes what its longest row needs where the quadrant keeps 30 columns beside
    // it; else it shows the number of eigen actors and the quadrant takes the rest.
    let wants = table_wants(model);
    let quadrant_width = if main.width >= wants.saturating_add(30) {
        main.width.saturating_sub(wants).clamp(30, 56)
    } else {
        main.width.saturating_sub(2 + 2 + 15 + 1 + klasse_width(model) + 6).clamp(30, 56)
    };
    let [table_area, quadrant_area] =
        Layout::horizontal([Constraint::Min(30), Constraint::Length(quadrant_width)]).areas(main);
    render_table(frame, table_area, model, theme);
    render_quadrant(frame, quadrant_area, model, theme);
}

/// Columns the table needs to show its rows whole: name, class, every eigen actor.
fn table_wants(model: &Model) -> u16 {
    let dataset = model.dataset();
    let eigen = (0..dataset.municipalities().len()).map(|m| eigen_names(dataset, m).chars().count()).max().unwrap_or(0);
    let wants = 2 + 2 + 15 + 1 + usize::from(klasse_width(model)) + 1 + eigen.max(13);
    u16::try_from(wants).unwrap_or(u16::MAX)
}

/// The eigen actors of a municipality, by name.
fn eigen_names(dataset: &Dataset, m: usize) -> String {
    let names: Vec<String> = dataset
        .eigen_actoren(m)
        .iter()
        .filter_map(|&a| dataset.actors().get(a))
        .map(|a| clean(&a.name).into_owned())
        .collect();
    names.join(", ")
}

/// The width of the class column: its longest text (`nog niet bevraagd`, `geen → direct G`).
fn klasse_width(model: &Model) -> u16 {
    let longest = (0..model.dataset().municipalities().len())
        .map(|m| klasse_text(model, m).chars().count())
        .max()
        .unwrap_or(0)
        .max("Klasse".len());
    u16::try_from(longest).unwrap_or(u16::MAX)
}

fn count_line(dataset: &Dataset, theme: &Theme, width: usize) -> Line<'static> {
    let count = |k: Klasse| (0..dataset.municipalities().len()).filter(|&m| dataset.klasse(m) == Some(k)).count();
    let bewust = (0..dataset.municipalities().len())
        .filter(|&m| dataset.classification(m).is_some_and(|c| c.answered() && c.bewust_geen_actor))
        .count();
    let not_yet = dataset.not_yet_classified();
    let not_yet = match not_yet {
        0 => Vec::new(),
        n => vec![Span::styled(format!(" · {NOT_YET_ASKED} "), theme.text), Span::styled(n.to_string(), theme.header)],
    };
    let mut spans = vec![
        Span::styled(" Direct actor ", theme.text),
        Span::styled(count(Klasse::Direct).to_string(), theme.header),
        Span::styled(" · indirect actor ", theme.text),
        Span::styled(count(Klasse::Indirect).to_string(), theme.header),
        Span::styled(" · geen actor ", theme.text),
        Span::styled(count(Klasse::Geen).to_string(), theme.header),
    ];
    spans.extend(not_yet);
    spans.push(Span::styled(format!("   (bewust geen actor: {bewust})"), theme.muted));
    Line::from(fit_spans(spans, width))
}

/// What the class and the quadrant of the selected municipality rest on, with the keys that
/// change it.
fn detail_line(model: &Model, theme: &Theme, width: usize) -> Line<'static> {
    let m = model.screens.selection.municipality;
    let Some(c) = model.dataset().classification(m) else {
        return Line::default();
    };
    let yes_no = |value: bool| if value { "ja" } else { "nee" };
    let lde = c.lde_erkenning.map_or("geen", |b| Besturen::from(b).code());
    let key = |action| model.hint(&action);
    let text = format!(
        " {} LDE {lde} · {} bewust geen actor {} · {} visie {} · {} slagkracht {}{}",
        key(Action::CycleLde),
        key(Action::ToggleGeenActor),
        yes_no(c.bewust_geen_actor),
        key(Action::ToggleVisie),
        yes_no(c.visie),
        key(Action::ToggleSlagkracht),
        yes_no(c.slagkracht),
        c.source.as_deref().map_or_else(String::new, |s| format!(" · bron: {}", clean(s))),
    );
    Line::styled(fit(&text, width), theme.muted)
}

/// The class as shown; comparing, then → now where it changed (`geen → indirect`).
fn klasse_text(model: &Model, m: usize) -> String {
    let now = klasse_of(model.dataset(), m);
    match model.measurement.compared().map(|earlier| klasse_of(earlier, m)) {
        Some(then) if then != now => format!("{then} → {now}"),
        _ => now,
    }
}

/// The class in one measurement: `direct O` names the bestuur with the LDE recognition.
fn klasse_of(dataset: &Dataset, m: usize) -> String {
    let lde = dataset.classification(m).and_then(|c| c.lde_erkenning);
    match (dataset.klasse(m), lde) {
        (Some(Klasse::Direct), Some(bestuur)) => {
            format!("direct {}", Besturen::from(bestuur).code())
        }
        (Some(klasse), _) => klasse.label().replace(" actor", ""),
        (None, _) => NOT_YET_ASKED.to_string(),
    }
}

fn render_table(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let dataset = model.dataset();
    let klasse_room = klasse_width(model);
    let names_room = usize::from(area.width.saturating_sub(2 + 2 + 15 + 1 + klasse_room + 1));
    let wide = names_room >= 24;
    let window = Window::around(
        dataset.municipalities().len(),
        model.screens.selection.municipality,
        area.height.saturating_sub(3),
    );
    let rows = window.rows.clone().filter_map(|m| {
        let municipality = dataset.municipalities().get(m)?;
        let count = dataset.eigen_actoren(m).len();
        let eigen = match (count, wide) {
            (0, _) => "—".to_string(),
            (_, true) => fit(&eigen_names(dataset, m), names_room),
            (n, false) => n.to_string(),
        };
        let name = Cell::from(marked_name(model, m, &municipality.name, 15));
        Some(Row::new([name, Cell::from(klasse_text(model, m)), Cell::from(eigen)]))
    });
    let title = vec![Span::styled(" Regisseur of actor ", theme.header)];
    let marker = window.marker().map(|marker| Span::styled(marker, theme.marker));
    let header = Row::new(["Gemeente", "Klasse", if wide { "Eigen actoren" } else { "Eigen" }]).style(theme.header);
    let widths = [Constraint::Length(15), Constraint::Length(klasse_room), Constraint::Min(5)];
    let table = Table::new(rows, widths)
        .header(header)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(title_with_marker(title, marker, area.width)),
        )
        .highlight_symbol("▶ ")
        .row_highlight_style(theme.selected);
    let mut state = TableState::default().with_selected(window.selected);
    frame.render_stateful_widget(table, area, &mut state);
}

fn render_quadrant(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let title = match model.measurement.compared() {
        Some(earlier) => {
            format!(" Varianten van regie · {CHANGED} anders dan in {} ", clean(&earlier.measurement().name))
        }
        None => " Varianten van regie (Pröpper) ".to_string(),
    };
    let title = format!("{} ", fit(title.trim_end(), usize::from(area.width.saturating_sub(3))));
    let block =
        Block::default().borders(Borders::ALL).border_style(theme.border).title(Span::styled(title, theme.header));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [axis, top, bottom] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Fill(1)]).areas(inner);
    let half = usize::from(axis.width / 2);
    let axis_text = format!("{:<half$}{}", " visie: ja", "│ visie: nee");
    frame.render_widget(Line::styled(axis_text, theme.muted), axis);
    let rows = [
        (top, "slagkracht: ja", [RegieVariant::Beheersingsgericht, RegieVariant::Uitvoeringsgericht]),
        (bottom, "slagkracht: nee", [RegieVariant::Visionair, RegieVariant::Faciliterend]),
    ];
    for (row, label, variants) in rows {
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.border)
            .title(Span::styled(format!(" {label} "), theme.muted));
        let inside = block.inner(row);
        frame.render_widget(block, row);
        let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(inside);
        frame.render_widget(quadrant_cell(model, variants[0], theme, left), left);
        frame.render_widget(quadrant_cell(model, variants[1], theme, right), right);
    }
}

/// One variant with its municipalities; when they do not all fit, the last line says how
/// many more there are.
fn quadrant_cell(model: &Model, variant: RegieVariant, theme: &Theme, area: Rect) -> Paragraph<'static> {
    let dataset = model.dataset();
    let width = usize::from(area.width.saturating_sub(1));
    let label = variant.label().trim_end_matches(" regie");
    let mut lines = vec![Line::styled(fit(label, width), theme.header)];
    let members: Vec<usize> =
        (0..dataset.municipalities().len()).filter(|&m| dataset.variant(m) == Some(variant)).collect();
    let room = usize::from(area.height).saturating_sub(1);
    let shown = if members.len() > room { room.saturating_sub(1) } else { members.len() };
    for &m in &members[..shown] {
        let style = if m == model.screens.selection.municipality { theme.selected } else { theme.text };
        let name = dataset.municipalities().get(m).map_or("", |x| x.name.as_str());
        let then = model.measurement.compared().map(|earlier| earlier.variant(m));
        let moved = if then.is_some_and(|then| then != Some(variant)) { format!(" {CHANGED}") } else { String::new() };
        lines.push(Line::styled(fit(&format!("• {name}{moved}"), width), style));
    }
    if shown < members.len() {
        lines.push(Line::styled(format!("+{} meer", members.len() - shown), theme.marker));
    }
    Paragraph::new(lines)
}
