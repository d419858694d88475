//! Tabs, banner and status line around a screen; hidden in presentation mode.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{Model, SaveState};
use crate::command::Action;
use crate::keymap::Context;
use crate::screen::Screen;

use super::text::{clean, display_width, fit};
use super::theme::Theme;

/// Draws the chrome and returns the area left for the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) -> Rect {
    let presentation = model.chrome.projection.presentation;
    let mut banner_lines = banner(model);
    // Presentation mode hides the status line: the meeting in progress gets a line of its own.
    if let (true, Some(meeting)) = (presentation, model.workspace().current()) {
        let id = model.workspace().shown_id(meeting.id);
        banner_lines.push(format!(" ● vergadering #{id} bezig: {}", clean(&meeting.title)));
    }
    // Without a status line, a project of several measurements names the one in view above.
    if presentation && (model.dataset().measurements().all().len() > 1 || model.measurement.compared().is_some()) {
        banner_lines.push(format!(" meting: {}", measurement(model, Names::Full)));
    }
    // On a short terminal the tab line gives way to the rows; the status line names the screen.
    let tabs_shown = !presentation && area.height >= TABS_FROM_HEIGHT;
    let [tabs, banner_area, body, status] = Layout::vertical([
        Constraint::Length(u16::from(tabs_shown)),
        Constraint::Length(banner_lines.len() as u16),
        Constraint::Min(0),
        Constraint::Length(u16::from(!presentation)),
    ])
    .areas(area);
    if tabs_shown {
        frame.render_widget(tab_line(model, theme, tabs.width), tabs);
    }
    if !presentation {
        frame.render_widget(status_line(model, theme, status.width, !tabs_shown), status);
    }
    let width = usize::from(banner_area.width);
    let lines: Vec<Line> = banner_lines.iter().map(|text| Line::raw(fit(text, width))).collect();
    frame.render_widget(Paragraph::new(lines).style(theme.banner), banner_area);
    body
}

/// The height from which the tab line is shown.
const TABS_FROM_HEIGHT: u16 = 20;

/// The banner lines: a failed save first, then damage found when the workspace was opened,
/// then the read-only notice; the illustrative-data warning always on a line of its own.
fn banner(model: &Model) -> Vec<String> {
    let mut lines = Vec::new();
    if let (SaveState::Saved(_) | SaveState::ReadOnly, Some(warning)) =
        (model.loaded.save_state(), &model.chrome.load_warning)
    {
        lines.push(format!(" ⚠ {}", clean(warning)));
    } else {
        match model.loaded.save_state() {
            SaveState::ReadOnly => lines.push(
                " ALLEEN LEZEN: een andere regie schrijft in deze werkmap; wijzigingen worden niet bewaard".into(),
            ),
            SaveState::Failed(error) => lines.push(format!(" ⚠ NIET OPGESLAGEN: {}", clean(error))),
            SaveState::Saved(_) => {}
        }
    }
    let provenance = model.dataset().provenance();
    // The note leads with the point, so that it is read even where the line is cut off.
    if provenance.illustrative {
        lines.push(format!(" ⚠ {}", clean(&provenance.note)));
    }
    lines
}

/// Whether the last change is on disk.
fn saved(model: &Model) -> &'static str {
    match model.loaded.save_state() {
        SaveState::ReadOnly => "alleen lezen",
        SaveState::Failed(_) => "⚠ niet opgeslagen",
        SaveState::Saved(_) if model.loaded.all_saved() => "✓ opgeslagen",
        SaveState::Saved(_) => "… bewaren",
    }
}

/// How the measurements are named on the status line, as a message needs more room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    /// `Opvolging 2026 ↔ Nulmeting 2010`.
    Full,
    /// `Opv. 2026 ↔ Nul. 2010`.
    Short,
    /// `Opv. 2026`: in a project of several measurements the one in view is always named.
    InView,
    /// Not named: a project of one measurement, not compared.
    Hidden,
}

impl Names {
    /// How far the names give way for a message that needs the line, in turn.
    fn giving_way(model: &Model) -> &'static [Names] {
        if model.dataset().measurements().all().len() > 1 || model.measurement.compared().is_some() {
            &[Names::Short, Names::InView]
        } else {
            &[Names::Hidden]
        }
    }
}

/// The measurement in view, and the one it is compared with, named as `names` says.
fn measurement(model: &Model, names: Names) -> String {
    let name = |d: &crate::domain::Dataset| {
        let name = &d.measurement().name;
        if names == Names::Full { fit(name, 18) } else { short_name(name) }
    };
    match model.measurement.compared().filter(|_| names != Names::InView) {
        Some(compared) => format!("{} ↔ {}", name(model.dataset()), name(compared)),
        None => name(model.dataset()),
    }
}

/// A measurement's name in short, its last word (the year) whole: `Opvolging 2026` →
/// `Opv. 2026`; a name of one word is cut to 10 columns.
fn short_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some((last, first)) = words.split_last() else {
        return String::new();
    };
    if first.is_empty() {
        return fit(last, 10);
    }
    let cut = |word: &&str| match word.char_indices().nth(3) {
        Some((at, _)) if word.chars().count() > 4 => format!("{}.", &word[..at]),
        _ => (*word).to_string(),
    };
    let mut short: Vec<String> = first.iter().map(cut).collect();
    short.push(fit(last, 10));
    short.join(" ")
}

/// The measurement in view named as `names` says, and a dot after it.
fn measurement_prefix(model: &Model, names: Names) -> String {
    if names == Names::Hidden { String::new() } else { format!("{} · ", measurement(model, names)) }
}

/// The measurement in view (named as `names` says), whether the last change is on disk, and
/// the meeting in progress.
fn save_and_meeting(model: &Model, names: Names) -> String {
    let saved = saved(model);
    let measurement = measurement_prefix(model, names);
    match model.workspace().current() {
        // The id is what `regie export minutes --meeting ID` takes.
        Some(meeting) => {
            format!(
                "{measurement}● {} #{} · {saved}  ",
                fit(&meeting.title, 20),
                model.workspace().shown_id(meeting.id)
            )
        }
        None => format!("{measurement}{saved}  "),
    }
}

/// The tabs, with the app's name in front when there is room, and only the numbers when
/// even the titles do not fit.
fn tab_line(model: &Model, theme: &Theme, width: u16) -> Line<'static> {
    let titled: Vec<String> = Screen::all().map(|s| format!(" {} {}", s.number(), s.title())).collect();
    let length: usize = titled.iter().map(|t| t.chars().count()).sum();
    let width = usize::from(width);
    let mut spans = Vec::new();
    if length + 7 <= width {
        spans.push(Span::styled(" regie ", theme.header));
    }
    for (screen, title) in Screen::all().zip(titled) {
        let style = if screen == model.chrome.screen { theme.tab_active } else { theme.muted };
        let text =
            if length <= width || screen == model.chrome.screen { title } else { format!(" {}", screen.number()) };
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}

/// The status line: the last key and the message on the left, the save state and key hints
/// on the right. A long message (an export's full path) gets room: first the hints give way,
/// then the last key. Where the tab line gave way, it starts with the screen shown.
fn status_line(model: &Model, theme: &Theme, width: u16, with_screen: bool) -> Line<'static> {
    let status = &model.chrome.status;
    let key = status.last_key.as_ref().map(|key| format!("‹{key}›"));
    let command = status.last_command.map(|c| c.split(" (").next().unwrap_or(c));
    // Cut before it is copied: a message may quote a text of megabytes.
    let message = status.message.as_deref().map(|m| fit(m, usize::from(width)));
    // The whole echo where it fits; else the key and the message, which says what happened.
    let echo = |parts: &[Option<&str>]| {
        let parts: Vec<&str> = parts.iter().flatten().copied().collect();
        format!(" {}", parts.join(" · ").replacen("› · ", "› ", 1))
    };
    let screen = if with_screen {
        format!(" {} {} │", model.chrome.screen.number(), model.chrome.screen.title())
    } else {
        String::new()
    };
    let full = screen.clone() + &echo(&[key.as_deref(), command, message.as_deref()]);
    let short = screen.clone() + &echo(&[key.as_deref(), message.as_deref().or(command)]);
    // A message alone, for one that needs the whole line (a path written to).
    let bare = message.as_deref().map(|m| format!("{screen} {m}"));
    let all_hints = [(Action::Help, "hulp"), (Action::Finder, "zoeken"), (Action::Quit, "stoppen")];
    let hints = if width >= 110 { &all_hints[..] } else { &all_hints[..1] };
    let keys = hints.iter().filter_map(|(action, word)| {
        let key = model.keymap.key_for(Context::Screen(model.chrome.screen), action)?;
        Some(format!("{key} {word}  "))
    });
    let width = usize::from(width);
    let mut right: String = std::iter::once(save_and_meeting(model, Names::Full)).chain(keys).collect();
    // Two blank columns always part a cut message from the save state and meeting marker.
    let fits = |text: &str, right: &str| display_width(text) + display_width(right) + 2 <= width;
    // The key hints give way only when even the key and the message do not fit beside them.
    if !fits(&short, &right) {
        right = format!(" {} ", save_and_meeting(model, Names::Full).trim_end());
    }
    // A message that needs the whole line (a path written to) keeps it until the next key:
    // then the measurements' names go short, then the compared one's goes; the one in view
    // stays named (in a project of one, it goes).
    let mut names = Names::Full;
    for &step in Names::giving_way(model) {
        if bare.as_ref().is_some_and(|b| !fits(&short, &right) && !fits(b, &right)) {
            names = step;
            right = format!(" {} ", save_and_meeting(model, names).trim_end());
        }
    }
    let candidates = [Some(&full), Some(&short), bare.as_ref()];
    let mut chosen = candidates.into_iter().flatten().find(|text| fits(text, &right));
    // Then the meeting's title, for a message that needs the line: its marker and id stay.
    if chosen.is_none() && bare.is_some() {
        right = match model.workspace().current() {
            Some(meeting) => {
                let id = model.workspace().shown_id(meeting.id);
                format!(" {}● #{id} · {} ", measurement_prefix(model, names), saved(model))
            }
            None => right,
        };
        chosen = bare.as_ref();
    }
    let room = width.saturating_sub(right.chars().count());
    let left = fit(chosen.unwrap_or(&short), room.saturating_sub(2));
    let pad = room.saturating_sub(left.chars().count());
    Line::from(vec![
        Span::styled(format!("{left}{}", " ".repeat(pad)), theme.status),
        Span::styled(right, theme.status.patch(theme.key)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_name_keeps_the_year() {
        assert_eq!(short_name("Opvolging 2026"), "Opv. 2026");
        assert_eq!(short_name("Nulmeting 2010"), "Nul. 2010");
        assert_eq!(short_name("Tweede meting 2030"), "Twe. met. 2030");
        assert_eq!(short_name("Nulmeting"), "Nulmeting");
        assert_eq!(short_name("Één 2027"), "Één 2027");
        assert_eq!(short_name("Übergroße 2027"), "Übe. 2027");
        assert_eq!(short_name(""), "");
    }
}
