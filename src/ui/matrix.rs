//! Screen 1: the live matrix of municipalities × components, with the regional footer.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use crate::app::Model;
use crate::domain::compare::LevelChange;
use crate::domain::describe::{agreed_rating, cell_level};
use crate::domain::{Besturen, Dataset, Klasse, Score};

use super::text::{clean, display_width, fit};
use super::theme::Theme;
use super::window::{Window, title_with_marker};

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

/// What one cell shows.
struct CellView {
    score: Score,
    level: Option<u32>,
    agreed: bool,
    marked: bool,
    /// When comparing: the level in the compared measurement.
    was: Option<Option<u32>>,
}

impl CellView {
    fn of(model: &Model, m: usize, c: usize) -> CellView {
        let (level, agreed) = cell_level(model.dataset(), model.workspace(), m, c);
        let score = model.dataset().cell_score(m, c);
        let was = model.measurement.compared().map(|compared| cell_level(compared, model.workspace(), m, c).0);
        CellView { score, level, agreed, marked: model.screens.selection.marked_cells.contains(&(m, c)), was }
    }

    fn regional(score: Score, was: Option<Score>) -> CellView {
        CellView { score, level: score.level(), agreed: false, marked: false, was: was.map(|s| s.level()) }
    }

    /// `▰▰▰▱ 3/4`; `✓` after an agreed level, `*` between glyph and number when marked. When
    /// comparing, the change follows the level: `▰▰▰▱ 3▲1` (`/4` gives way where narrow).
    fn text(&self, form: CellForm) -> String {
        let agreed = if self.agreed { "✓" } else { "" };
        let gap = if self.marked { "*" } else { " " };
        if let Some(was) = self.was {
            let change = LevelChange::of(was, self.level).text();
            let level = self.level.map_or("—".to_string(), |l| l.to_string());
            return match form {
                CellForm::Narrow => format!("{}{level}{change}", gap.trim()),
                CellForm::Normal => format!("{}{gap}{level}{agreed}{change}", level_glyph(self.level)),
                CellForm::Wide => {
                    let was = was.map_or("—".to_string(), |w| w.to_string());
                    format!("{}{gap}{level}/{}{agreed} {change} (was {was})", level_glyph(self.level), Score::LEVELS)
                }
            };
        }
        let level = self.level.map_or("—".to_string(), |l| format!("{l}/{}{agreed}", Score::LEVELS));
        match form {
            CellForm::Narrow => format!("{}{level}", gap.trim()),
            CellForm::Normal => format!("{}{gap}{level}", level_glyph(self.level)),
            CellForm::Wide => {
                format!("{}{gap}{level}  {}/{}", level_glyph(self.level), self.score.points_text(), self.score.counted)
            }
        }
    }
}

/// How much around the rows the matrix draws, by the height it has: the municipalities come
/// first, then the header, the regional row, the borders and last the legends below.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Shape {
    borders: bool,
    footer: bool,
    detail: u16,
}

impl Shape {
    fn for_height(rows: usize, height: u16) -> Shape {
        let rows = u16::try_from(rows).unwrap_or(u16::MAX);
        let fits = |extra: u16| rows.saturating_add(extra) <= height;
        match () {
            _ if fits(4 + 4) => Shape { borders: true, footer: true, detail: 4 },
            _ if fits(4 + 3) => Shape { borders: true, footer: true, detail: 3 },
            _ if fits(4 + 1) => Shape { borders: true, footer: true, detail: 1 },
            _ if fits(4) => Shape { borders: true, footer: true, detail: 0 },
            _ if fits(2) => Shape { borders: false, footer: true, detail: 0 },
            _ if fits(1) => Shape { borders: false, footer: false, detail: 0 },
            // Too many to show at once: a page at a time, with the row counter in the title.
            _ => Shape { borders: true, footer: true, detail: u16::from(height >= 12) },
        }
    }
}

/// Draws the matrix screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let dataset = model.dataset();
    let shape = Shape::for_height(dataset.municipalities().len(), area.height);
    let [table_area, detail_area] =
        Layout::vertical([Constraint::Min(2), Constraint::Length(shape.detail)]).areas(area);
    let name_width = dataset.municipalities().iter().map(|m| m.name.chars().count()).max().unwrap_or(8);
    let name_width = (name_width as u16).clamp(8, 18);
    let components = dataset.components().len().max(1) as u16;
    let open_total = model.workspace().follow_ups.iter().filter(|a| a.status.is_open()).count();
    let regional = RegionalCounts::of(dataset, open_total);
    // The narrow columns are as wide as their widest figure: a count is never cut.
    let [klasse_width, trekker_width, acties_width] = regional.widths();
    let fixed = 2 + 2 + name_width + klasse_width + trekker_width + acties_width + components + 3;
    let cell_width = (table_area.width.saturating_sub(fixed) / components).min(MAX_CELL);
    let form = CellForm::for_width(cell_width);
    let condensed = form == CellForm::Narrow
        || dataset.components().iter().any(|c| header_text(c.nr, &c.short).chars().count() > usize::from(cell_width));
    // Borders, header and footer take up to four lines.
    let around = 1 + u16::from(shape.footer) + 2 * u16::from(shape.borders);
    let window = Window::around(
        dataset.municipalities().len(),
        model.screens.selection.municipality,
        table_area.height.saturating_sub(around),
    );
    let mut title = vec![Span::styled(" Niveau 0–4 per gemeente en component ", theme.header)];
    if let Some(compared) = model.measurement.compared() {
        let versus = format!("{} ↔ {} ", clean(&dataset.measurement().name), clean(&compared.measurement().name));
        title.push(Span::styled(versus, theme.marker));
    }
    if condensed {
        title.push(Span::styled("(koppen afgekort) ", theme.marker));
    }
    let marker = window.marker().map(|marker| Span::styled(marker, theme.marker));
    let open = model.workspace().open_follow_up_counts();
    let rows = window.rows.clone().filter_map(|m| {
        let municipality = dataset.municipalities().get(m)?;
        let open = open.get(municipality.id.as_str()).copied().unwrap_or(0);
        Some(body_row(model, m, open, (form, cell_width), theme))
    });
    let widths = std::iter::once(Constraint::Length(name_width))
        .chain((0..components).map(|_| Constraint::Length(cell_width)))
        .chain([Constraint::Length(klasse_width), Constraint::Length(trekker_width), Constraint::Length(acties_width)]);
    let mut table = Table::new(rows, widths).header(header_row(dataset, cell_width, theme)).highlight_symbol("▶ ");
    if shape.footer {
        table = table.footer(footer_row(model, regional, (form, cell_width), theme));
    }
    if shape.borders {
        table =
            table.block(Block::default().borders(Borders::ALL).border_style(theme.border).title(title_with_marker(
                title,
                marker,
                table_area.width,
            )));
    }
    let mut state = TableState::default().with_selected(window.selected);
    frame.render_stateful_widget(table, table_area, &mut state);
    frame.render_widget(detail(model, theme, detail_area.width), detail_area);
}

fn header_text(nr: u8, short: &str) -> String {
    format!("{nr} {short}")
}

/// A header that fits: the whole `1 Overzicht`, or its abbreviation with a full stop.
fn abbreviated(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{}.", kept.trim_end())
}

fn header_row(dataset: &Dataset, cell_width: u16, theme: &Theme) -> Row<'static> {
    let components =
        dataset.components().iter().map(|c| abbreviated(&clean(&header_text(c.nr, &c.short)), usize::from(cell_width)));
    let cells = std::iter::once("Gemeente".to_string()).chain(components).chain([
        "Actor".to_string(),
        "Trek".to_string(),
        "Acties".to_string(),
    ]);
    Row::new(cells.map(Cell::from)).style(theme.header)
}

/// The regional row's counts as shown: classes D/I/— (and `?N` not yet asked), trekkers
/// G/O/G+O, open actions.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RegionalCounts {
    klasse: String,
    trekker: String,
    open: String,
}

impl RegionalCounts {
    fn of(dataset: &Dataset, open_total: usize) -> RegionalCounts {
        let municipalities = 0..dataset.municipalities().len();
        let klasse = |k: Klasse| municipalities.clone().filter(|&m| dataset.klasse(m) == Some(k)).count();
        let trekker = |b: Besturen| {
            municipalities.clone().filter(|&m| dataset.role_split(m).is_some_and(|r| r.trekker == b)).count()
        };
        let unasked = municipalities.clone().filter(|&m| dataset.klasse(m).is_none()).count();
        let mut klasse_counts =
            format!("{}/{}/{}", klasse(Klasse::Direct), klasse(Klasse::Indirect), klasse(Klasse::Geen));
        if unasked > 0 {
            klasse_counts.push_str(&format!(" ?{unasked}"));
        }
        let trekker_counts =
            format!("{}/{}/{}", trekker(Besturen::Gemeente), trekker(Besturen::Ocmw), trekker(Besturen::Beide));
        RegionalCounts { klasse: klasse_counts, trekker: trekker_counts, open: open_total.to_string() }
    }

    /// Widths of the class, trekker and actions columns: header or figure, whichever is wider.
    fn widths(&self) -> [u16; 3] {
        let width = |header: &str, figure: &str| {
            let widest = display_width(header).max(display_width(figure)).max(3);
            u16::try_from(widest + 1).unwrap_or(u16::MAX)
        };
        [width("Actor", &self.klasse), width("Trek", &self.trekker), width("Acties", &self.open)]
    }
}

/// A cell's text in the form that fits `width`: the points give way before the level is cut.
fn cell_text(cell: &CellView, (form, width): (CellForm, u16)) -> String {
    let text = cell.text(form);
    match form {
        CellForm::Wide if display_width(&text) > usize::from(width) => cell.text(CellForm::Normal),
        _ => text,
    }
}

fn body_row(model: &Model, m: usize, open: usize, form: (CellForm, u16), theme: &Theme) -> Row<'static> {
    let dataset = model.dataset();
    let name = dataset.municipalities().get(m).map_or(String::new(), |x| fit(&x.name, 18));
    let selected_row = m == model.screens.selection.municipality;
    let cells = (0..dataset.components().len()).map(|c| {
        let cell = CellView::of(model, m, c);
        let style = match (selected_row && c == model.screens.selection.component, cell.marked) {
            (true, _) => theme.selected,
            (false, true) => theme.level(cell.level).patch(theme.marker),
            (false, false) => theme.level(cell.level),
        };
        Cell::from(cell_text(&cell, form)).style(style)
    });
    let klasse = dataset.klasse(m).map_or("?", Klasse::code);
    let trekker = dataset.role_split(m).map_or("?", |r| r.trekker.code());
    let open = if open == 0 { "·".to_string() } else { open.to_string() };
    let row = std::iter::once(Cell::from(name)).chain(cells).chain([
        Cell::from(klasse.to_string()),
        Cell::from(trekker.to_string()),
        Cell::from(open),
    ]);
    Row::new(row.collect::<Vec<_>>())
}

fn footer_row(model: &Model, counts: RegionalCounts, form: (CellForm, u16), theme: &Theme) -> Row<'static> {
    let dataset = model.dataset();
    let compared = model.measurement.compared();
    let scores = (0..dataset.components().len()).map(|c| {
        let score = dataset.regional_score(c);
        let was = compared.map(|d| d.regional_score(c));
        Cell::from(cell_text(&CellView::regional(score, was), form))
            .style(theme.level(score.level()).patch(theme.header))
    });
    let cells = std::iter::once(Cell::from("Regio").style(theme.header)).chain(scores).chain([
        Cell::from(counts.klasse),
        Cell::from(counts.trekker),
        Cell::from(counts.open),
    ]);
    Row::new(cells.collect::<Vec<_>>()).style(theme.header)
}

/// The room's reason for the selected cell's agreed level, as ` (reason)` (empty when none).
fn agreed_reason(model: &Model) -> String {
    let selection = &model.screens.selection;
    let rating = agreed_rating(model.dataset(), model.workspace(), selection.municipality, selection.component);
    rating.filter(|r| !r.reason.is_empty()).map_or(String::new(), |r| format!(" ({})", clean(&r.reason)))
}

fn detail(model: &Model, theme: &Theme, width: u16) -> Paragraph<'static> {
    let dataset = model.dataset();
    let width = usize::from(width);
    let name = dataset.municipalities().get(model.screens.selection.municipality).map_or("", |m| m.name.as_str());
    let component = dataset.components().get(model.screens.selection.component).map_or("", |c| c.label.as_str());
    let score = dataset.cell_score(model.screens.selection.municipality, model.screens.selection.component);
    let percent = score.fraction().map_or("—".to_string(), |f| format!("{:.0}%", f * 100.0));
    let agreed = match cell_level(
        dataset,
        model.workspace(),
        model.screens.selection.municipality,
        model.screens.selection.component,
    ) {
        (Some(level), true) => format!(" · afgesproken {level}/{}{}", Score::LEVELS, agreed_reason(model)),
        _ => String::new(),
    };
    let (m, c) = (model.screens.selection.municipality, model.screens.selection.component);
    let was = model.measurement.compared().map_or(String::new(), |compared| {
        let level = cell_level(compared, model.workspace(), m, c).0;
        let level = level.map_or("—".to_string(), |l| format!("{l}/{}", Score::LEVELS));
        format!(" · {}: {level}", clean(&compared.measurement().name))
    });
    let cell = format!(
        " {name} · {component}: {} punten op {} ({percent}), {} onbekend{agreed}{was}",
        score.points_text(),
        score.counted,
        score.unknown,
    );
    // `?` is explained where a municipality is not yet asked.
    let unasked = (0..dataset.municipalities().len()).any(|m| dataset.klasse(m).is_none());
    let legend = if unasked {
        " Actor: D direct · I indirect · — geen · ? nog niet bevraagd │ Trek: G gemeente · O OCMW · G+O beide"
    } else {
        " Actor: D direct · I indirect · — geen │ Trek: G gemeente · O OCMW · G+O beide"
    };
    let levels = " ja 1 · deels ½ · nee 0 · onbekend telt niet · ▰ ¼ · ✓ afgesproken · * markering";
    let regio = " Regio: gemeenten per klasse D/I/— en per trekker G/O/G+O · Acties: open";
    let mut lines = vec![Line::styled(fit(&cell, width), theme.text)];
    // Comparing, the legend of the changes comes first: it is what the room reads now.
    if let Some(compared) = model.measurement.compared() {
        let since = format!(
            " Sinds {}: ▲ hoger · ▼ lager · = gelijk · ? niet te vergelijken (niveau nu, dan verschil)",
            clean(&compared.measurement().name)
        );
        lines.push(Line::styled(fit(&since, width), theme.marker));
    }
    lines.extend([legend, levels, regio].map(|text| Line::styled(fit(text, width), theme.muted)));
    lines.truncate(4);
    Paragraph::new(lines)
}
