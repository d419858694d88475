//! The questionnaire (vragenlijst) for the intake interview: one municipality's questions in
//! the questionnaire's order, one key per answer that records it and moves on.
//!
//! A step is one finding of the municipality: the indicators component by component, and
//! within an indicator its findings (one per bestuur where the data splits them). Every answer,
//! bestuur and note is a finding edit like the drill-down's ([`drill::edit_finding`]), so it is
//! undoable, saved and carries its source. Progress counts the indicators whose verdict for the
//! municipality (the best of its besturen, as the matrix counts it) is not onbekend.

use crate::app::change;
use crate::app::screens::drill;
use crate::app::text_input::TextInput;
use crate::app::{Effect, Model, Overlay};
use crate::command::Action;
use crate::keymap::Context;

use super::help::HelpOverlay;
use crate::domain::indicator::INSTRUMENTS;
use crate::domain::{Dataset, FindingFields, Verdict};
use crate::screen::Screen;

/// The questionnaire of one municipality and the question it is at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Questionnaire {
    /// The municipality interviewed (index).
    pub municipality: usize,
    /// The question at: an index into [`steps`].
    pub step: usize,
    /// The note of the question while it is being edited.
    pub note: Option<TextInput>,
}

impl Questionnaire {
    /// The finding of the question at.
    pub fn finding(&self, dataset: &Dataset) -> Option<usize> {
        steps(dataset, self.municipality).get(self.step).copied()
    }
}

/// The indicators in the questionnaire's order: section 0 (the instruments, in no matrix
/// column), then component by component.
fn questions(dataset: &Dataset) -> impl Iterator<Item = usize> + '_ {
    let instruments = dataset.indicators().iter().enumerate();
    let instruments = instruments.filter(|(_, i)| i.component() == Some(INSTRUMENTS)).map(|(i, _)| i);
    instruments.chain((0..dataset.components().len()).flat_map(|c| dataset.component_indicators(c).iter().copied()))
}

/// The findings of a municipality in the questionnaire's order: section 0, then component by
/// component, each component's indicators, each indicator's findings.
pub fn steps(dataset: &Dataset, municipality: usize) -> Vec<usize> {
    questions(dataset).flat_map(|i| dataset.cell_findings(municipality, i).iter().copied()).collect()
}

/// The number of the component the question at `step` belongs to.
pub fn component_at(dataset: &Dataset, steps: &[usize], step: usize) -> Option<u8> {
    let finding = steps.get(step).and_then(|&f| dataset.findings().get(f));
    finding.and_then(|f| dataset.indicator(&f.indicator)).and_then(|i| i.component())
}

/// How many of the municipality's indicators are answered (verdict not onbekend), and how
/// many there are: `37 van 51 beantwoord`.
pub fn progress(dataset: &Dataset, municipality: usize) -> (usize, usize) {
    questions(dataset).fold((0, 0), |(answered, all), i| {
        (answered + usize::from(dataset.verdict(municipality, i) != Verdict::Onbekend), all + 1)
    })
}

/// Opens the questionnaire of the selected municipality: on the drill-down at the selected
/// finding, elsewhere at the first question not answered yet (the first when all are).
pub fn open(model: &mut Model) {
    let dataset = model.dataset();
    let municipality = model.screens.selection.municipality;
    let steps = steps(dataset, municipality);
    let at = |finding: Option<usize>| finding.and_then(|f| steps.iter().position(|&s| s == f));
    let step = if model.chrome.screen == Screen::Drill {
        at(drill::selected_finding(model))
    } else {
        let open = |&f: &usize| dataset.findings().get(f).is_some_and(|x| x.verdict == Verdict::Onbekend);
        steps.iter().position(open)
    };
    let questionnaire = Questionnaire { municipality, step: step.unwrap_or(0), note: None };
    model.chrome.overlay = Some(Overlay::Questionnaire(questionnaire));
}

/// The answer an action gives.
fn answer(action: Action) -> Option<Verdict> {
    match action {
        Action::AnswerJa => Some(Verdict::Ja),
        Action::AnswerDeels => Some(Verdict::Deels),
        Action::AnswerNee => Some(Verdict::Nee),
        Action::AnswerOnbekend => Some(Verdict::Onbekend),
        _ => None,
    }
}

fn state(model: &mut Model) -> Option<&mut Questionnaire> {
    match model.chrome.overlay.as_mut() {
        Some(Overlay::Questionnaire(questionnaire)) => Some(questionnaire),
        _ => None,
    }
}

/// Commands while the questionnaire is open (typing into the note is handled with the other
/// text fields).
pub fn update(model: &mut Model, action: Action) -> Vec<Effect> {
    let Some(questionnaire) = state(model) else { return Vec::new() };
    let (municipality, step) = (questionnaire.municipality, questionnaire.step);
    if let Some(note) = questionnaire.note.as_ref() {
        let note = note.text().trim().to_string();
        return match action {
            Action::Open | Action::NewLine => {
                questionnaire.note = None;
                let finding = steps(model.dataset(), municipality).get(step).copied();
                finding.map_or_else(Vec::new, |f| drill::edit_finding(model, f, |fields| fields.note = note))
            }
            Action::Back => {
                questionnaire.note = None;
                Vec::new()
            }
            _ => Vec::new(),
        };
    }
    let steps = steps(model.dataset(), municipality);
    let Some(&finding) = steps.get(step) else {
        if action == Action::Back {
            model.chrome.overlay = None;
        }
        return Vec::new();
    };
    if let Some(verdict) = answer(action) {
        let effects = drill::edit_finding(model, finding, |fields| fields.verdict = verdict);
        // Refused (read-only), the question stays, with the reason on the status line.
        if model.dataset().findings().get(finding).is_some_and(|f| f.verdict == verdict) {
            go_to(model, step + 1, steps.len());
        }
        return effects;
    }
    match action {
        Action::Back => model.chrome.overlay = None,
        Action::Up | Action::Left => go_to(model, step.saturating_sub(1), steps.len()),
        Action::Down | Action::Right => go_to(model, step + 1, steps.len()),
        Action::PageUp | Action::PageDown => {
            let target = component_start(model.dataset(), &steps, step, action == Action::PageDown);
            go_to(model, target, steps.len());
        }
        Action::First => go_to(model, 0, steps.len()),
        Action::Last => go_to(model, steps.len().saturating_sub(1), steps.len()),
        Action::CycleBestuur => return drill::cycle_bestuur(model, finding),
        Action::Edit => {
            let note = model.dataset().findings().get(finding).map_or("", |f| f.note.as_str());
            let input = TextInput::with_text(note);
            if let Some(questionnaire) = state(model) {
                questionnaire.note = Some(input);
            }
        }
        Action::Undo | Action::Redo => return undo_to_question(model, &steps, action == Action::Undo),
        Action::Help => {
            // The help returns here when it closes.
            let help = Overlay::Help(HelpOverlay::for_context(Context::Questionnaire));
            model.chrome.beneath = model.chrome.overlay.replace(help).map(Box::new);
        }
        _ => {}
    }
    Vec::new()
}

/// Moves to a question; past the last one it stays on the last and says so.
fn go_to(model: &mut Model, step: usize, len: usize) {
    let last = len.saturating_sub(1);
    if step > last {
        model.chrome.status.message = Some("laatste vraag van de vragenlijst".to_string());
    }
    if let Some(questionnaire) = state(model) {
        questionnaire.step = step.min(last);
    }
}

/// The first question of the next (or previous) component; back from inside a component,
/// the first question of that component.
fn component_start(dataset: &Dataset, steps: &[usize], step: usize, forward: bool) -> usize {
    let component = |s: usize| component_at(dataset, steps, s);
    let start_of = |s: usize| (0..=s).rev().take_while(|&x| component(x) == component(s)).last().unwrap_or(s);
    if forward {
        (step..steps.len()).find(|&s| component(s) != component(step)).unwrap_or(step)
    } else {
        let start = start_of(step);
        if start < step { start } else { start_of(start.saturating_sub(1)) }
    }
}

/// Undoes (or redoes) the last change and goes to the question it changed, if it was one of
/// this municipality's.
fn undo_to_question(model: &mut Model, steps: &[usize], back: bool) -> Vec<Effect> {
    let fields = |model: &Model| -> Vec<Option<FindingFields>> {
        steps.iter().map(|&f| model.dataset().findings().get(f).map(FindingFields::from)).collect()
    };
    let before = fields(model);
    let effects = if back { change::undo(model) } else { change::redo(model) };
    let changed = before.iter().zip(fields(model)).position(|(was, now)| *was != now);
    if let (Some(step), Some(questionnaire)) = (changed, state(model)) {
        questionnaire.step = step;
    }
    effects
}
