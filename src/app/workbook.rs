//! `I`: a filled-in questionnaire workbook read into the workspace from inside the app. The
//! form asks for the file; the loop reads and checks it ([`Effect::ReadWorkbook`]); its
//! answers come back as [`Msg::WorkbookRead`](super::Msg::WorkbookRead) and are applied to
//! the workspace as it is then, as one undoable change. A workbook with problems changes
//! nothing: the form opens again with the first problems under it.

use std::path::PathBuf;

use crate::app::overlays::form::{Form, Purpose};
use crate::app::{Effect, Model, Overlay};
use crate::workbook::{self, Answers, CellProblem};

use super::change::commit;

/// How many problems of a refused workbook the form shows.
const SHOWN_PROBLEMS: usize = 4;

const HELP: &str = "pad van het ingevulde werkboek (.xlsx, van regie template)";

/// Opens the form asking for the workbook, filled with the one last named.
pub fn open(model: &mut Model) {
    let last = model.chrome.workbook.as_ref().map(|path| path.display().to_string()).unwrap_or_default();
    model.chrome.overlay = Some(Overlay::Form(form(&last)));
}

fn form(path: &str) -> Form {
    Form::single("Werkboek inlezen".to_string(), Purpose::ImportWorkbook, "Bestand", path, HELP)
}

/// The form is submitted: asks the loop to read the file.
pub fn submit(model: &mut Model, form: &Form) -> Result<Vec<Effect>, String> {
    let value = form.value(0);
    let typed = value.trim();
    if typed.is_empty() {
        return Err("typ het pad van het werkboek".to_string());
    }
    let path = PathBuf::from(typed);
    model.chrome.workbook = Some(path.clone());
    model.chrome.status.message = Some(format!("werkboek {} lezen …", path.display()));
    Ok(vec![Effect::ReadWorkbook(path)])
}

/// The loop read the workbook: its answers become one change of the workspace as it is now;
/// its problems open the form again, nothing changed.
pub fn read(model: &mut Model, path: PathBuf, answers: Result<Answers, Vec<CellProblem>>) -> Vec<Effect> {
    let answers = match answers {
        Ok(answers) => answers,
        Err(problems) => {
            let mut form = form(&path.display().to_string());
            form.error = Some(said(&problems));
            model.chrome.overlay = Some(Overlay::Form(form));
            model.chrome.status.message =
                Some(format!("werkboek niet ingelezen: {} probleem/problemen", problems.len()));
            return Vec::new();
        }
    };
    let mark = workbook::mark(&path, model.today);
    let loaded = &model.loaded;
    let imported = workbook::apply(&answers, loaded.dataset(), loaded.baseline(), loaded.workspace(), &mark);
    let name = workbook::file_name(&path);
    let others: Vec<String> = [
        (imported.classifications, "classificatie(s)"),
        (imported.role_splits, "rolverdeling(en)"),
        (imported.figures, "gemeente(n) met cijfers"),
        (imported.actors, "actor(en)"),
        (imported.relations, "actor(en) met relaties"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    let mut what = format!(
        "werkboek {name} ingelezen: {} antwoord(en) gewijzigd, waarvan {} oordeel/oordelen",
        imported.findings, imported.verdicts
    );
    if !others.is_empty() {
        what.push_str(&format!("; ook {}", others.join(", ")));
    }
    model.chrome.status.message = None;
    let effects = commit(model, what, |workspace| *workspace = imported.workspace);
    if effects.is_empty() && model.chrome.status.message.is_none() {
        model.chrome.status.message = Some(format!("werkboek {name} ingelezen: geen antwoorden gewijzigd"));
    }
    effects
}

/// The first problems, one a line, and how many more there are.
fn said(problems: &[CellProblem]) -> String {
    let mut lines: Vec<String> = problems.iter().take(SHOWN_PROBLEMS).map(ToString::to_string).collect();
    if problems.len() > SHOWN_PROBLEMS {
        lines.push(format!(
            "… en nog {} (regie import BESTAND op de opdrachtregel toont ze alle)",
            problems.len() - SHOWN_PROBLEMS
        ));
    }
    lines.join("\n")
}
