//! The help overlay, generated from the keymap in force.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph};

use crate::app::Model;
use crate::app::overlays::help::{CODES_WORD, HelpOverlay};
use crate::command::Action;
use crate::domain::Taak;

use super::text::{display_width, fit, pack_groups};
use super::theme::Theme;
use super::{input_line, popup};

/// Draws the help over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, help: &HelpOverlay, theme: &Theme) {
    if help.shows_codes() {
        render_codes(frame, area, model, help, theme);
        return;
    }
    let width = area.width.saturating_sub(4).min(90);
    let inner = popup::open(frame, area, width, area.height.saturating_sub(4), "Hulp: toetsen in gebruik", theme);
    // The codes the screens use, below the keys where the box leaves room for both.
    let codes = styled(codes(inner.width), theme);
    let codes_height = u16::try_from(codes.len()).unwrap_or(u16::MAX);
    let beside_keys = inner.height >= codes_height + 2 + MIN_KEYS;
    let codes_height = if beside_keys { codes_height } else { 0 };
    let [query, list, codes_area, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(codes_height),
        Constraint::Length(1),
    ])
    .areas(inner);
    input_line::render(frame, query, "Filter: ", &help.query, theme);
    frame.render_widget(Paragraph::new(codes), codes_area);
    let entries = help.entries(&model.keymap);
    let item = |index: usize| {
        let entry = entries.get(index)?;
        let context = format!("  [{}]", entry.context.label());
        // The description gives way at a word, the key and its context stay whole.
        let room = usize::from(list.width).saturating_sub(12 + display_width(&context) + 2);
        Some(ListItem::new(Line::from(vec![
            Span::styled(format!("{:>10}  ", entry.key.shown()), theme.key),
            Span::styled(fit(entry.action.description_in(entry.context), room), theme.text),
            Span::styled(context, theme.muted),
        ])))
    };
    let count = entries.len();
    popup::choices(frame, list, count, help.selected, item, theme);
    // Where the codes do not fit beside the keys, the hint says how to see them, first.
    let codes_hint = if beside_keys { String::new() } else { format!("typ {CODES_WORD}: lettercodes · ") };
    let text = format!(
        "{codes_hint}{count} toetsen · {}/{} kiezen · {} voert uit · {} sluit",
        model.hint(&Action::Up),
        model.hint(&Action::Down),
        model.hint(&Action::Open),
        model.hint(&Action::Back)
    );
    frame.render_widget(Line::styled(fit(&text, usize::from(hint.width)), theme.muted), hint);
}

/// The letter codes alone, asked for by typing `codes`: over the whole screen, so that a small
/// beamer shows them all.
fn render_codes(frame: &mut Frame, area: Rect, model: &Model, help: &HelpOverlay, theme: &Theme) {
    let inner = popup::open(frame, area, area.width, area.height, "Hulp: lettercodes", theme);
    let codes = styled(codes(inner.width), theme);
    let rows = u16::try_from(codes.len()).unwrap_or(u16::MAX);
    let hint_height = u16::from(inner.height >= rows + 2);
    let [query, list, hint] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(hint_height)]).areas(inner);
    input_line::render(frame, query, "Filter: ", &help.query, theme);
    frame.render_widget(Paragraph::new(codes), list);
    let text = format!("{} sluit", model.hint(&Action::Back));
    frame.render_widget(Line::styled(text, theme.muted), hint);
}

fn styled(lines: Vec<String>, theme: &Theme) -> Vec<Line<'static>> {
    lines.into_iter().map(|line| Line::styled(line, theme.muted)).collect()
}

/// The keys the list shows at least beside the codes.
const MIN_KEYS: u16 = 5;

/// Every letter code on the screens, with its meaning, in lines of `width` columns broken
/// between codes, each kind of code starting a line unless it fits whole after the last.
fn codes(width: u16) -> Vec<String> {
    let group = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut roles = group(&["Gemeente–OCMW: Trk trekker", "For geformaliseerd"]);
    roles.extend(Taak::ALL.iter().map(|t| format!("{} {}", t.short(), t.label())));
    let groups = [
        group(&["Actor: D direct", "I indirect", "— geen"]),
        group(&["Bestuur: G gemeente", "O OCMW", "G+O beide", "— niemand"]),
        group(&["Regio: gemeenten per klasse D/I/— en per trekker G/O/G+O"]),
        group(&["Actoren: E eigen actor", "K klant", "C overeenkomst", "B bestuurszetel", "P partner"]),
        group(&["S: R regionaal", "L lokaal"]),
        roles,
    ];
    pack_groups(&groups, usize::from(width))
}
