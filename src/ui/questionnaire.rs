//! The questionnaire overlay: one municipality's question at, in full, its answer, bestuur,
//! note and source, the municipality's matrix row as it stands, the keys, and (where there is
//! room) the other questions of the component.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::Model;
use crate::app::overlays::background::wrap;
use crate::app::overlays::questionnaire::{Questionnaire, component_at, progress, steps};
use crate::command::Action;
use crate::domain::describe::cell_level;
use crate::domain::indicator::{INSTRUMENTS, INSTRUMENTS_LABEL};
use crate::domain::{Finding, Score};

use super::drill::{source, verdict_line};
use super::hints::key_line;
use super::matrix::level_glyph;
use super::text::{clean, display_width, fit};
use super::theme::Theme;
use super::window::Window;
use super::wrapped::wrapped;
use super::{input_line, popup};

/// From this size on the questionnaire is a box over the screen rather than the whole of it.
const ROOMY: (u16, u16) = (100, 30);

/// Draws the questionnaire over the screen, the status line left visible below it.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, questionnaire: &Questionnaire, theme: &Theme) {
    let dataset = model.dataset();
    let m = questionnaire.municipality;
    let name = dataset.municipalities().get(m).map_or(String::new(), |x| clean(&x.name).into_owned());
    let (answered, all) = progress(dataset, m);
    let title = format!("Vragenlijst · {name} · {answered} van {all} beantwoord");
    let above_status = Rect { height: area.height.saturating_sub(1), ..area };
    // Up to a beamer of 100×30 the whole screen but the status line; above it a box around
    // what it shows, the screen behind it in view.
    let roomy = area.width >= ROOMY.0 && area.height >= ROOMY.1;
    let width = if roomy { area.width.saturating_sub(10).min(110) } else { area.width };
    let inner_width = width.saturating_sub(2);
    let Some((index, finding)) = questionnaire.finding(dataset).and_then(|f| Some((f, dataset.findings().get(f)?)))
    else {
        let inner = popup::open(frame, above_status, width, above_status.height, &title, theme);
        frame.render_widget(Line::styled("Geen vragen in deze dataset.", theme.muted), inner);
        return;
    };
    let keys = keys_line(model, questionnaire.note.is_some(), inner_width, theme);
    let question = question_lines(model, finding, inner_width, theme);
    let shipped = model.loaded.baseline().fields(dataset, index);
    let word = dataset.municipality(&finding.municipality).map_or("gemeente", |x| x.gemeente_word());
    let verdict = verdict_line(finding, word, &source(shipped, finding), inner_width, theme);
    // The key line starts and ends with a space that wrapping trims.
    let keys_height = if keys.width().saturating_sub(2) > usize::from(inner_width) { 2 } else { 1 };
    let verdict_height = if verdict.width() > usize::from(inner_width) { 2 } else { 1 };
    // Heading, answer, note, matrix row and keys always; the question takes what is left, then
    // a gap, then the component's questions.
    let fixed = 3 + verdict_height + keys_height;
    let listed = u16::try_from(component_members(model, questionnaire).0.len()).unwrap_or(u16::MAX);
    let question_rows = u16::try_from(question.len()).unwrap_or(u16::MAX);
    let needed = (fixed + question_rows + 1 + 1 + listed).saturating_add(2);
    let height = if roomy { needed.min(above_status.height.saturating_sub(2)) } else { above_status.height };
    let inner =
        popup::open(frame, above_status, width, height, &fit(&title, usize::from(width.saturating_sub(4))), theme);
    let question_height = question_rows.min(inner.height.saturating_sub(fixed));
    let [heading, question_area, _gap, answer, note, row, list, keys_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(question_height),
        Constraint::Length(u16::from(inner.height > fixed + question_height + 2)),
        Constraint::Length(verdict_height),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(keys_height),
    ])
    .areas(inner);
    frame.render_widget(heading_line(model, finding, heading.width, theme), heading);
    frame.render_widget(Paragraph::new(question).style(theme.text), question_area);
    frame.render_widget(wrapped(Paragraph::new(verdict), true), answer);
    match &questionnaire.note {
        Some(input) => input_line::render(frame, note, "Toelichting: ", input, theme),
        None => {
            let text = if finding.note.is_empty() { "—" } else { finding.note.as_str() };
            let line = Line::styled(fit(&format!("Toelichting: {text}"), usize::from(note.width)), theme.text);
            frame.render_widget(line, note);
        }
    }
    frame.render_widget(matrix_row(model, m, &name, row.width, theme), row);
    render_list(frame, list, model, questionnaire, theme);
    frame.render_widget(wrapped(Paragraph::new(keys), true), keys_area);
}

/// `2 Beleidslijnen uitzetten · 2.1.1a Label`: the component the question belongs to and its
/// indicator; the component's short name where the whole does not fit.
fn heading_line(model: &Model, finding: &Finding, width: u16, theme: &Theme) -> Line<'static> {
    let dataset = model.dataset();
    let indicator = dataset.indicator(&finding.indicator);
    let nr = indicator.and_then(|i| i.component());
    let component = nr.and_then(|nr| dataset.components().iter().find(|c| c.nr == nr));
    let label = indicator.map_or("", |i| i.label.as_str());
    // Section 0 of the questionnaire has no component of its own.
    let section = |short: bool| match (component, nr) {
        (Some(c), _) => Some((c.nr, if short { c.short.as_str() } else { c.label.as_str() })),
        (None, Some(INSTRUMENTS)) => Some((INSTRUMENTS, INSTRUMENTS_LABEL)),
        (None, _) => None,
    };
    let with = |short: bool| {
        let section = section(short).map_or(String::new(), |(nr, name)| format!("{nr} {name} · "));
        format!("{section}{} {label}", finding.indicator)
    };
    let long = with(false);
    let text = if display_width(&long) <= usize::from(width) { long } else { with(true) };
    Line::styled(fit(&text, usize::from(width)), theme.header)
}

/// The question in full, wrapped to `width`, then what marks it (its place in the
/// questionnaire, a reformulation, no count in the report), muted.
fn question_lines(model: &Model, finding: &Finding, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let indicator = model.dataset().indicator(&finding.indicator);
    let question = indicator.map_or(String::new(), |i| clean(&i.question).into());
    let marks = indicator.map_or(String::new(), |i| clean(&i.marks()).into());
    let mut lines: Vec<Line> = wrap(&question, usize::from(width)).into_iter().map(Line::from).collect();
    if !marks.is_empty() {
        lines.extend(wrap(&marks, usize::from(width)).into_iter().map(|l| Line::styled(l, theme.muted)));
    }
    lines
}

/// The municipality's matrix row as the matrix shows it: `Kortrijk  1 ▰▰▰▱ 3/4  2 …`, the
/// glyphs left out where the row would not fit.
fn matrix_row(model: &Model, m: usize, name: &str, width: u16, theme: &Theme) -> Line<'static> {
    let dataset = model.dataset();
    let cells: Vec<(String, String, Option<u32>)> = (0..dataset.components().len())
        .map(|c| {
            let (level, agreed) = cell_level(dataset, model.workspace(), m, c);
            let nr = dataset.components().get(c).map_or(0, |x| x.nr);
            let number =
                level.map_or("—".to_string(), |l| format!("{l}/{}{}", Score::LEVELS, if agreed { "✓" } else { "" }));
            (format!("{nr} "), format!("{} {number}", level_glyph(level)), level)
        })
        .collect();
    let full: usize = display_width(name)
        + cells.iter().map(|(nr, cell, _)| 2 + nr.chars().count() + cell.chars().count()).sum::<usize>();
    let glyphs = full <= usize::from(width);
    let mut spans = vec![Span::styled(name.to_string(), theme.header)];
    for (nr, cell, level) in cells {
        let shown = if glyphs { cell } else { cell.split_once(' ').map_or(cell.clone(), |(_, n)| n.to_string()) };
        spans.push(Span::styled(format!("  {nr}"), theme.muted));
        spans.push(Span::styled(shown, theme.level(level)));
    }
    Line::from(spans)
}

/// The steps of the component of the question at, and all steps.
fn component_members(model: &Model, questionnaire: &Questionnaire) -> (Vec<usize>, Vec<usize>) {
    let dataset = model.dataset();
    let steps = steps(dataset, questionnaire.municipality);
    let here = component_at(dataset, &steps, questionnaire.step);
    let members = (0..steps.len()).filter(|&s| component_at(dataset, &steps, s) == here).collect();
    (members, steps)
}

/// The other questions of the component, where there is room: id, answer, label.
fn render_list(frame: &mut Frame, area: Rect, model: &Model, questionnaire: &Questionnaire, theme: &Theme) {
    if area.height < 3 {
        return;
    }
    let dataset = model.dataset();
    let (members, steps) = component_members(model, questionnaire);
    let at = members.iter().position(|&s| s == questionnaire.step).unwrap_or(0);
    let [_, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let window = Window::around(members.len(), at, body.height);
    let lines: Vec<Line> = members[window.rows.clone()]
        .iter()
        .filter_map(|&s| dataset.findings().get(*steps.get(s)?))
        .enumerate()
        .map(|(row, f)| {
            let selected = Some(row) == window.selected;
            let marker = if selected { "▶ " } else { "  " };
            let label = dataset.indicator(&f.indicator).map_or(String::new(), |i| clean(&i.label).into_owned());
            let verdict = format!("{} {:<8}", f.verdict.glyph(), f.verdict.label());
            let room = usize::from(body.width).saturating_sub(2 + 8 + 10 + 4 + 1);
            Line::from(vec![
                Span::styled(format!("{marker}{:<8}", f.indicator), window.highlight(row, theme.selected)),
                Span::styled(verdict, theme.verdict(f.verdict)),
                Span::styled(format!(" {:<3} ", f.bestuur.code()), theme.muted),
                Span::styled(fit(&label, room), theme.text),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}

/// The keys: the answers and stepping, or while the note is edited, saving and cancelling.
/// They may take two rows of `width`.
fn keys_line(model: &Model, editing: bool, width: u16, theme: &Theme) -> Line<'static> {
    let width = width.saturating_mul(2);
    if editing {
        return key_line(model, &[(Action::Open, "bewaart de toelichting"), (Action::Back, "annuleert")], width, theme);
    }
    let keys = [
        (Action::AnswerJa, "ja"),
        (Action::AnswerDeels, "deels"),
        (Action::AnswerNee, "nee"),
        (Action::AnswerOnbekend, "onbekend"),
        (Action::Up, "vorige"),
        (Action::Down, "volgende"),
        (Action::CycleBestuur, "bestuur"),
        (Action::Edit, "toelichting"),
        (Action::Undo, "ongedaan"),
        (Action::Help, "hulp"),
        (Action::Back, "klaar"),
    ];
    key_line(model, &keys, width, theme)
}
