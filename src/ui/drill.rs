//! Screen 2: the findings behind one matrix cell, and the selected finding in full.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use crate::app::{Model, screens};
use crate::command::Action;
use crate::domain::FindingFields;
use crate::domain::compare::{LevelChange, counterpart, verdict_sign};
use crate::domain::{Finding, Link};

use super::hints::key_line;
use super::matrix::level_glyph;
use super::text::{clean, display_width, fit, wrappable, wrappable_lines};
use super::theme::Theme;
use super::window::Window;
use super::wrapped::wrapped;

/// Draws the drill-down of the selected municipality and component.
///
/// The list comes first: on a short terminal the question, the key hints and the finding in
/// full give way until at least eight findings (or all of them) are shown.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let findings = screens::drill::findings(model).len();
    // Borders and header around the rows.
    let list_wanted = u16::try_from(findings.min(WANTED_ROWS)).unwrap_or(0) + 3;
    let question_lines = question(model).chars().count().div_ceil(usize::from(area.width.max(1))).clamp(1, 2) as u16;
    let full_heading = 2 + question_lines;
    // The finding in full needs at least its border, what it is, its verdict and its note.
    let wanted = DETAIL + note_extra_lines(model);
    let detail = |left: u16| if left >= MIN_DETAIL { left.min(wanted) } else { 0 };
    let (heading_height, detail_height) = if area.height >= full_heading + list_wanted + MIN_DETAIL {
        (full_heading, detail(area.height - full_heading - list_wanted))
    } else {
        (1, detail(area.height.saturating_sub(1 + list_wanted)))
    };
    let [head, list, detail_area] =
        Layout::vertical([Constraint::Length(heading_height), Constraint::Min(4), Constraint::Length(detail_height)])
            .areas(area);
    render_heading(frame, head, model, theme, question_lines);
    render_list(frame, list, model, theme);
    render_detail(frame, detail_area, model, theme);
}

/// The findings shown at least, where the terminal allows.
const WANTED_ROWS: usize = 8;
/// The height of the finding in full.
const DETAIL: u16 = 7;
/// The least height the finding in full is shown in.
const MIN_DETAIL: u16 = 5;
/// The lines more than one a note of several lines adds to the finding in full, at most.
const MORE_NOTE_LINES: u16 = 4;

/// The lines beyond its first that the selected finding's note has, up to
/// [`MORE_NOTE_LINES`].
fn note_extra_lines(model: &Model) -> u16 {
    let note = screens::drill::selected_finding(model).and_then(|f| model.dataset().findings().get(f));
    let breaks = note.map_or(0, |f| f.note.lines().take(usize::from(MORE_NOTE_LINES) + 1).count().saturating_sub(1));
    u16::try_from(breaks).unwrap_or(MORE_NOTE_LINES)
}

/// The component's opening question.
fn question(model: &Model) -> String {
    let component = model.dataset().components().get(model.screens.selection.component);
    component.map_or(String::new(), |c| format!(" {}", clean(&c.question)))
}

/// The title line, then (where there is room) the question and the key hints, each in rows of
/// their own so that a long question never pushes the hints out.
fn render_heading(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme, question_lines: u16) {
    let (title_line, hints_line) = heading(model, area.width, theme);
    if area.height <= 1 {
        frame.render_widget(Paragraph::new(title_line), area);
        return;
    }
    let [title, question_area, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(question_lines.min(area.height.saturating_sub(1))),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(title_line), title);
    let text = wrapped(Paragraph::new(Line::styled(question(model), theme.text)), false);
    frame.render_widget(text, question_area);
    frame.render_widget(Paragraph::new(hints_line), hints);
}

fn heading(model: &Model, width: u16, theme: &Theme) -> (Line<'static>, Line<'static>) {
    let dataset = model.dataset();
    let name = dataset.municipalities().get(model.screens.selection.municipality).map_or("", |m| m.name.as_str());
    let component = dataset.components().get(model.screens.selection.component);
    let score = dataset.cell_score(model.screens.selection.municipality, model.screens.selection.component);
    let level = score.level().map_or("—".to_string(), |l| format!("{l}/4"));
    let (m, c) = (model.screens.selection.municipality, model.screens.selection.component);
    let then = model.measurement.compared().map_or(String::new(), |earlier| {
        let was = earlier.cell_score(m, c).level();
        let text = was.map_or("—".to_string(), |l| format!("{l}/4"));
        format!(" {} ({}: {text})", LevelChange::of(was, score.level()).text(), clean(&earlier.measurement().name))
    });
    let title = format!(
        " {} · {} {} · {} {level}{then}",
        clean(name),
        component.map_or(0, |c| c.nr),
        component.map_or(String::new(), |c| clean(&c.label).into_owned()),
        level_glyph(score.level()),
    );
    let keys = [
        (Action::CycleVerdict, "oordeel"),
        (Action::Edit, "toelichting"),
        (Action::CycleBestuur, "bestuur"),
        (Action::Undo, "ongedaan"),
        (Action::Back, "terug"),
        (Action::Left, "vorige component"),
        (Action::Right, "volgende"),
    ];
    (Line::styled(title, theme.header), key_line(model, &keys, width, theme))
}

fn render_list(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let dataset = model.dataset();
    let findings = screens::drill::findings(model);
    // Borders, highlight symbol, the fixed columns and four gaps; the rest is shared.
    let room = usize::from(area.width).saturating_sub(2 + 2 + 7 + 4 + 11 + 4);
    let label_width = room * 2 / 5;
    let note_width = room - label_width;
    let window = Window::around(findings.len(), model.screens.drill.row, area.height.saturating_sub(3));
    let shown = findings.get(window.rows.clone()).unwrap_or_default();
    let compared = model.measurement.compared();
    // Comparing, the verdict column shows then → now and its sign: `ja→nee ▼`.
    let verdict_width: usize = if compared.is_some() { 15 } else { 11 };
    let (label_width, note_width) = if compared.is_some() {
        (label_width.saturating_sub(2), note_width.saturating_sub(2))
    } else {
        (label_width, note_width)
    };
    let rows = shown.iter().enumerate().filter_map(|(row, &f)| Some((row, f, dataset.findings().get(f)?))).map(
        |(row, index, finding)| {
            let highlight = window.highlight(row, theme.selected);
            let label = dataset.indicator(&finding.indicator).map_or(String::new(), |i| fit(&i.label, label_width));
            let verdict = match compared {
                Some(earlier) => {
                    let then = counterpart(earlier, dataset, index).map(|f| f.verdict);
                    let sign = verdict_sign(then, finding.verdict);
                    match then {
                        Some(then) if then == finding.verdict => format!("{} {sign}", finding.verdict.label()),
                        Some(then) => format!("{}→{} {sign}", then.label(), finding.verdict.label()),
                        None => format!("—→{} {sign}", finding.verdict.label()),
                    }
                }
                None => format!("{} {}", finding.verdict.glyph(), finding.verdict.label()),
            };
            // The id and label themselves marked, not their padding: fewer bytes per key.
            Row::new([
                Cell::from(Span::styled(finding.indicator.clone(), highlight)),
                Cell::from(Span::styled(label, highlight)),
                Cell::from(finding.bestuur.code()),
                Cell::from(verdict).style(theme.verdict(finding.verdict)),
                Cell::from(fit(&finding.note, note_width)),
            ])
        },
    );
    let widths = [
        Constraint::Length(7),
        Constraint::Length(label_width as u16),
        Constraint::Length(4),
        Constraint::Length(verdict_width as u16),
        Constraint::Length(note_width as u16),
    ];
    let header = Row::new(["Id", "Indicator", "Wie", "Oordeel", "Toelichting"]).style(theme.header);
    let title = format!(" Bevindingen ({}){}", findings.len(), window.marker().unwrap_or_else(|| " ".to_string()));
    let table = Table::new(rows, widths)
        .header(header)
        .block(
            Block::default().borders(Borders::ALL).border_style(theme.border).title(Span::styled(title, theme.header)),
        )
        .highlight_symbol("▶ ");
    let mut state = TableState::default().with_selected(window.selected);
    frame.render_stateful_widget(table, area, &mut state);
}

/// The selected finding in full, each part in rows of its own so that moving to the next
/// finding rewrites only the text that differs, never shifts the lines below it.
fn render_detail(frame: &mut Frame, area: Rect, model: &Model, theme: &Theme) {
    let dataset = model.dataset();
    let block = Block::default().borders(Borders::TOP).border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some((index, finding)) =
        screens::drill::selected_finding(model).and_then(|f| Some((f, dataset.findings().get(f)?)))
    else {
        frame.render_widget(Paragraph::new("Geen bevindingen voor deze component.").style(theme.muted), inner);
        return;
    };
    let source = source(model.loaded.baseline().fields(dataset, index), finding);
    let indicator = dataset.indicator(&finding.indicator);
    let municipality = dataset.municipality(&finding.municipality);
    // The indicator's label takes a second row only when it needs one.
    let label_width = indicator.map_or(0, |i| display_width(&i.label)) + finding.indicator.chars().count() + 1;
    let what_rows = if label_width > usize::from(inner.width) { 2 } else { 1 };
    let [what, verdict, note, actions] = Layout::vertical([
        Constraint::Length(what_rows),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let label = indicator.map_or(String::new(), |i| wrappable(&i.label, what).into_owned());
    let what_lines = vec![Line::styled(format!("{} {label}", finding.indicator), theme.header)];
    let wrapped = |lines: Vec<Line<'static>>| wrapped(Paragraph::new(lines), false);
    frame.render_widget(wrapped(what_lines), what);
    let gemeente_word = municipality.map_or("gemeente", |m| m.gemeente_word());
    if let Some(earlier) = model.measurement.compared() {
        // Then → now, with both notes, one line each.
        let then = counterpart(earlier, dataset, index);
        frame.render_widget(Paragraph::new(compared_line(finding, then, theme)), verdict);
        let width = usize::from(note.width);
        let then_note = match then {
            None => "(geen bevinding)".to_string(),
            Some(f) if f.note == finding.note => "dezelfde toelichting".to_string(),
            Some(f) => clean(&f.note).into_owned(),
        };
        let (now, then) =
            (format!("Nu: {}", clean(&finding.note)), format!("{}: {then_note}", clean(&earlier.measurement().name)));
        // Where the finding in full is squeezed to one line for the notes, both share it.
        let lines = if note.height >= 2 {
            vec![Line::styled(fit(&now, width), theme.text), Line::styled(fit(&then, width), theme.muted)]
        } else {
            let half = width / 2;
            vec![Line::from(vec![
                Span::styled(format!("{:<half$}", fit(&now, half.saturating_sub(1))), theme.text),
                Span::styled(fit(&format!("│ {then}"), width - half), theme.muted),
            ])]
        };
        frame.render_widget(Paragraph::new(lines), note);
        frame.render_widget(Paragraph::new(linked_actions(model, finding, theme)), actions);
        return;
    }
    frame.render_widget(Paragraph::new(verdict_line(finding, gemeente_word, &source, verdict.width, theme)), verdict);
    frame.render_widget(wrapped(note_lines(&finding.note, note, theme)), note);
    frame.render_widget(Paragraph::new(linked_actions(model, finding, theme)), actions);
}

/// The note in `area`, its lines kept; when they do not all fit, one line per row and the
/// rest on the last row, joined by ` ⏎ ` and cut with a visible marker.
fn note_lines(note: &str, area: Rect, theme: &Theme) -> Vec<Line<'static>> {
    let width = usize::from(area.width.max(1));
    let mut lines = wrappable_lines(note, Rect { height: area.height.saturating_add(1), ..area });
    if let Some(first) = lines.first_mut() {
        *first = format!("Toelichting: {first}");
    }
    let rows: usize = lines.iter().map(|l| display_width(l).div_ceil(width).max(1)).sum();
    let height = usize::from(area.height.max(1));
    if rows > height {
        let rest = lines.split_off(height - 1).join(" ⏎ ");
        lines = lines.iter().map(|l| fit(l, width)).chain([fit(&rest, width)]).collect();
    }
    lines.into_iter().map(|line| Line::styled(line, theme.text)).collect()
}

/// The actions linked to this finding or to its matrix cell.
fn linked_actions(model: &Model, finding: &Finding, theme: &Theme) -> Line<'static> {
    let component = model.dataset().components().get(model.screens.selection.component).map(|c| c.nr);
    let about = |link: &Link| match link {
        Link::Finding { municipality, indicator } => {
            *municipality == finding.municipality && *indicator == finding.indicator
        }
        Link::Cell { municipality, component: c } => *municipality == finding.municipality && Some(*c) == component,
        Link::Municipality(_) | Link::Actor(_) => false,
    };
    let linked: Vec<String> = model
        .workspace()
        .follow_ups
        .iter()
        .filter(|a| a.links.iter().any(about))
        .map(|a| {
            let urgency = a.urgency(model.today);
            format!("{} {} ({})", urgency.glyph(), clean(&a.text), urgency.label())
        })
        .collect();
    if linked.is_empty() {
        let key = model.hint(&Action::NewFollowUp);
        Line::styled(format!("Acties: geen; {key} maakt er een bij deze bevinding"), theme.muted)
    } else {
        Line::styled(format!("Acties: {}", linked.join(" · ")), theme.text)
    }
}

/// Where the finding comes from: its own source (`rapport r. 175`, `illustratief`, `import
/// FILE DATE`, `vergadering DATE`, `bewerkt DATE`); for an edit from before edits carried a
/// source of their own, `vergadering (was …)`: the shipped source no longer speaks for it.
pub(super) fn source(shipped: Option<FindingFields>, finding: &Finding) -> String {
    let own = finding.source.as_deref().map_or("analyse (rapport)".into(), clean).into_owned();
    match shipped {
        Some(shipped) if shipped != FindingFields::from(finding) && shipped.source == finding.source => {
            format!("vergadering (was {own})")
        }
        _ => own,
    }
}

/// `Oordeel toen → nu: ● ja       → ○ nee       ▼`, readable without colour; the verdicts
/// padded to their longest form, so that the next finding rewrites only what differs.
fn compared_line(finding: &Finding, then: Option<&Finding>, theme: &Theme) -> Line<'static> {
    let then_text = then.map_or("—".to_string(), |f| format!("{} {}", f.verdict.glyph(), f.verdict.label()));
    let now_text = format!("{} {}", finding.verdict.glyph(), finding.verdict.label());
    let sign = verdict_sign(then.map(|f| f.verdict), finding.verdict);
    Line::from(vec![
        Span::styled("Oordeel toen → nu: ", theme.text),
        Span::styled(format!("{then_text:<10}"), then.map_or(theme.muted, |f| theme.verdict(f.verdict))),
        Span::styled(" → ", theme.text),
        Span::styled(format!("{now_text:<10}"), theme.verdict(finding.verdict)),
        Span::styled(format!(" {sign}"), theme.marker),
    ])
}

/// `Oordeel: ● ja  ·  bestuur: stad en OCMW  ·  bron: …`, the verdict and bestuur padded to
/// their longest forms so that the parts after them stay put from one finding to the next.
/// The source is given (see [`source`]); where the line is narrow it comes closer, never cut
/// before the source.
pub(super) fn verdict_line(
    finding: &Finding,
    gemeente_word: &str,
    source: &str,
    width: u16,
    theme: &Theme,
) -> Line<'static> {
    let who = finding.bestuur.label().replace("gemeente", gemeente_word);
    let verdict = format!("{} {}", finding.verdict.glyph(), finding.verdict.label());
    // Aligned in columns where the line fits, else closer together, then without the labels
    // of verdict and bestuur: the source stays readable on a small beamer.
    let forms = [
        ["Oordeel: ", &format!("{verdict:<10}"), &format!("  ·  bestuur: {who:<16}"), "  ·  bron: "],
        ["Oordeel: ", &verdict, &format!(" · bestuur: {who}"), " · bron: "],
        ["", &verdict, &format!(" · {who}"), " · bron: "],
    ];
    let fits = |form: &&[&str; 4]| display_width(&form.concat()) + display_width(source) <= usize::from(width);
    let [label, verdict, who, source_label] = forms.iter().find(fits).unwrap_or(&forms[2]).map(str::to_string);
    let room = usize::from(width).saturating_sub(display_width(&format!("{label}{verdict}{who}{source_label}")));
    Line::from(vec![
        Span::styled(label, theme.text),
        Span::styled(verdict, theme.verdict(finding.verdict)),
        Span::styled(who, theme.text),
        Span::styled(format!("{source_label}{}", fit(source, room)), theme.muted),
    ])
}
