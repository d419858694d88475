//! Screen 5: every follow-up action with its links, owner, due date, status and meeting.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

use crate::app::Model;
use crate::command::Action;
use crate::domain::conflicts;
use crate::domain::describe::{link_text, owner_text};
use crate::domain::{FollowUp, Urgency};

use super::hints::key_line;
use super::text::{clean, fit, wrappable_lines};
use super::theme::Theme;
use super::window::Window;
use super::wrapped::wrapped;

/// Draws the actions screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let visible = model.screens.follow_ups.visible(model.dataset(), model.workspace(), model.today);
    // The list takes what its rows need (borders and header: three lines), the action in
    // full at least six lines and the rest.
    let wanted = u16::try_from(visible.len()).unwrap_or(u16::MAX).saturating_add(3);
    let table_height = wanted.clamp(4, area.height.saturating_sub(2 + 6).max(4));
    let [head, table_area, detail_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Length(table_height), Constraint::Min(0)]).areas(area);
    frame.render_widget(heading(model, visible.len(), theme, head.width), head);
    render_table(frame, table_area, model, &visible, theme);
    let selected =
        visible.get(model.screens.follow_ups.row).and_then(|&i| model.workspace().follow_ups.get(i)).map(AsRef::as_ref);
    render_detail(frame, detail_area, model, selected, theme);
}

/// The style of an urgency: colour as well as glyph and word.
pub fn urgency_style(theme: &Theme, urgency: Urgency) -> ratatui::style::Style {
    match urgency {
        Urgency::TeLaat => theme.levels[0],
        Urgency::Vandaag => theme.levels[2],
        Urgency::Open | Urgency::Bezig => theme.text,
        Urgency::Klaar => theme.levels[4],
        Urgency::Geschrapt => theme.muted,
    }
}

fn heading(model: &Model, shown: usize, theme: &Theme, width: u16) -> Paragraph<'static> {
    let total = model.workspace().follow_ups.len();
    let open = model.workspace().follow_ups.iter().filter(|a| a.status.is_open()).count();
    let late = model.workspace().follow_ups.iter().filter(|a| a.urgency(model.today) == Urgency::TeLaat).count();
    let mut first = format!(" {shown} van {total} acties · {open} open · {late} te laat");
    if !model.screens.follow_ups.filter.is_empty() {
        first.push_str(&format!(" · filter: “{}”", clean(&model.screens.follow_ups.filter)));
    }
    if model.screens.follow_ups.by_due {
        first.push_str(" · op termijn");
    }
    let second = match model.screens.follow_ups.carry_over {
        Some(_) => Line::styled(
            fit(
                &format!(
                    " Overloop eerst de openstaande acties van vorige vergaderingen: {} klaar · {} schrappen · {} bewerken · {} verder",
                    model.hint(&Action::MarkDone),
                    model.hint(&Action::DropFollowUp),
                    model.hint(&Action::Edit),
                    model.hint(&Action::Back)
                ),
                usize::from(width),
            ),
            theme.banner,
        ),
        None => {
            let keys = [
                (Action::NewFollowUp, "nieuw"),
                (Action::Edit, "bewerk"),
                (Action::MarkDone, "klaar"),
                (Action::DropFollowUp, "schrap"),
                (Action::Filter, "filter"),
                (Action::ToggleSort, "sorteer"),
                (Action::DeleteFollowUp, "verwijder"),
            ];
            key_line(model, &keys, width, theme)
        }
    };
    Paragraph::new(vec![Line::styled(fit(&first, usize::from(width)), theme.header), second])
}

/// Column widths of the flexible columns (action, links, owner, meeting) for an area.
fn flexible_widths(width: u16, wide: bool) -> [usize; 4] {
    let columns: usize = if wide { 6 } else { 5 };
    let room = usize::from(width).saturating_sub(2 + 2 + 11 + 10 + (columns - 1));
    let meeting = if wide { room / 5 } else { 0 };
    let rest = room - meeting;
    let text = rest / 2;
    let links = (rest - text) * 3 / 5;
    [text, links, rest - text - links, meeting]
}

fn render_table(frame: &mut Frame, area: Rect, model: &Model, visible: &[usize], theme: &Theme) {
    let dataset = model.dataset();
    let wide = area.width >= 110;
    let [text_width, links_width, owner_width, meeting_width] = flexible_widths(area.width, wide);
    // Borders and header take three lines.
    let window = Window::around(visible.len(), model.screens.follow_ups.row, area.height.saturating_sub(3));
    let shown = visible.get(window.rows.clone()).unwrap_or_default();
    let rows = shown.iter().enumerate().filter_map(|(row, &i)| Some((row, model.workspace().follow_ups.get(i)?))).map(
        |(row, action)| {
            let highlight = window.highlight(row, theme.selected);
            let urgency = action.urgency(model.today);
            let links: Vec<String> = action.links.iter().map(|l| link_text(dataset, l)).collect();
            let mut cells = vec![
                Cell::from(format!("{} {}", urgency.glyph(), urgency.label())).style(urgency_style(theme, urgency)),
                Cell::from(action.due.map_or("—".to_string(), |d| d.to_string())),
                Cell::from(fit(&marked(model, action), text_width)).style(highlight),
                Cell::from(fit(&links.join(", "), links_width)),
                Cell::from(fit(&owner_text(dataset, action.owner.as_ref()), owner_width)),
            ];
            if wide {
                let meeting = action.meeting.and_then(|id| model.workspace().meeting(id));
                // The id first: `regie export minutes --meeting ID` takes it.
                let text = meeting.map_or("—".to_string(), |m| {
                    format!("#{} {} {}", model.workspace().shown_id(m.id), m.date, m.title)
                });
                cells.push(Cell::from(fit(&text, meeting_width)));
            }
            Row::new(cells)
        },
    );
    let mut widths: Vec<Constraint> =
        [11, 10, text_width, links_width, owner_width].into_iter().map(|w| Constraint::Length(w as u16)).collect();
    let mut header = vec!["Status", "Termijn", "Actie", "Over", "Eigenaar"];
    if wide {
        widths.push(Constraint::Length(meeting_width as u16));
        header.push("Vergadering");
    }
    let title = vec![Span::styled(
        if model.workspace().follow_ups.is_empty() {
            format!(" Opvolgacties: nog geen; {} maakt er een bij de selectie ", model.hint(&Action::NewFollowUp))
        } else {
            " Opvolgacties ".to_string()
        },
        theme.header,
    )];
    // A heading narrower than its word ends in `…`, never cut bare.
    let header: Vec<String> = header
        .iter()
        .zip([11, 10, text_width, links_width, owner_width, meeting_width])
        .map(|(h, w)| fit(h, w))
        .collect();
    let table = Table::new(rows, widths).header(Row::new(header).style(theme.header));
    window.render_table(frame, area, table, title, theme);
}

/// The selected action in full, each part in rows of its own so that moving to the next
/// action rewrites only the text that differs, never shifts the lines below it.
fn render_detail(frame: &mut Frame, area: Rect, model: &Model, action: Option<&FollowUp>, theme: &Theme) {
    let block = Block::default().borders(Borders::TOP).border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(action) = action else {
        return;
    };
    let dataset = model.dataset();
    let links: Vec<String> = action.links.iter().map(|l| link_text(dataset, l)).collect();
    let meeting = action.meeting.and_then(|id| model.workspace().meeting(id));
    let urgency = action.urgency(model.today);
    // The text with its lines, then status and meeting, wrapped into what the list leaves.
    let mut lines: Vec<Line> =
        wrappable_lines(&action.text, inner).into_iter().map(|line| Line::styled(line, theme.header)).collect();
    lines.push(Line::from(vec![
        Span::styled(format!("{} {}", urgency.glyph(), urgency.label()), urgency_style(theme, urgency)),
        Span::styled(
            format!(
                " · termijn {} · eigenaar {} · over {}",
                action.due.map_or("—".to_string(), |d| d.to_string()),
                clean(&owner_text(dataset, action.owner.as_ref())),
                clean(&links.join(", "))
            ),
            theme.text,
        ),
    ]));
    lines.push(Line::styled(
        meeting.map_or("niet in een vergadering afgesproken".to_string(), |m| {
            let id = model.workspace().shown_id(m.id);
            format!("afgesproken op {} in “{}” (#{id}; --meeting {})", m.date, clean(&m.title), m.id)
        }),
        theme.muted,
    ));
    if let Some(conflict) = conflicts::of(model.workspace(), &conflicts::action_key(action.id)) {
        let take = model.hint(&Action::TakeOther);
        lines.push(Line::styled(format!("≠ {}; {take} neemt die", clean(&conflict.line())), theme.banner));
    }
    frame.render_widget(wrapped(Paragraph::new(lines), true), inner);
}

/// An action's text, marked `≠` when it was changed concurrently on two laptops.
fn marked(model: &Model, action: &FollowUp) -> String {
    if conflicts::rivalled(model.workspace(), &conflicts::action_key(action.id)) {
        format!("≠ {}", action.text)
    } else {
        action.text.clone()
    }
}
