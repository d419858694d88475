//! The command vocabulary: everything a key can ask for, named in keymaps in snake_case,
//! with the Dutch description the help and the status line show.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoEnumIterator};

use crate::keymap::Context;
use crate::screen::Screen;

/// A command: what a key in a keymap runs. The help lists them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, EnumIter)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Move the selection up.
    Up,
    /// Move the selection down.
    Down,
    /// Move the selection left.
    Left,
    /// Move the selection right.
    Right,
    /// Move a page up.
    PageUp,
    /// Move a page down.
    PageDown,
    /// To the first row.
    First,
    /// To the last row.
    Last,
    /// Open the selection, or confirm.
    Open,
    /// Back, or cancel.
    Back,
    /// Next screen.
    NextScreen,
    /// Previous screen.
    PreviousScreen,
    /// Screen 1: the matrix.
    ScreenMatrix,
    /// Screen 2: drill-down of the selected matrix cell.
    ScreenDrill,
    /// Screen 3: regisseur / actor.
    ScreenRegisseur,
    /// Screen 4: gemeente – OCMW.
    ScreenRollen,
    /// Screen 5: the follow-up actions.
    #[serde(rename = "screen_acties")]
    ScreenFollowUps,
    /// Screen 6: actoren.
    ScreenActoren,
    /// Open the fuzzy finder.
    Finder,
    /// Open the help.
    Help,
    /// Open the background of the selection from the sources.
    Background,
    /// Edit the selection (the note of a finding).
    Edit,
    /// Cycle the verdict of the selected finding.
    CycleVerdict,
    /// Cycle which bestuur the selected finding concerns.
    CycleBestuur,
    /// Open the questionnaire (intake interview) of the selected municipality.
    #[serde(rename = "vragenlijst")]
    Questionnaire,
    /// In the questionnaire: answer ja and go to the next question.
    AnswerJa,
    /// In the questionnaire: answer deels and go to the next question.
    AnswerDeels,
    /// In the questionnaire: answer nee and go to the next question.
    AnswerNee,
    /// In the questionnaire: answer onbekend and go to the next question.
    AnswerOnbekend,
    /// New follow-up action linked to the selection (or the marked cells).
    #[serde(rename = "new_action")]
    NewFollowUp,
    /// Mark or unmark the selected matrix cell for one shared action.
    ToggleMark,
    /// Set the rating the meeting agrees for the selected cell.
    AgreeRating,
    /// Cycle the LDE recognition of the selected municipality (none, gemeente, OCMW).
    CycleLde,
    /// Toggle "bewust geen actor" of the selected municipality.
    ToggleGeenActor,
    /// Toggle the visie (eigen script) of the selected municipality.
    ToggleVisie,
    /// Toggle the slagkracht of the selected municipality.
    ToggleSlagkracht,
    /// Cycle who holds the selected role or phase (G, O, G+O, nobody).
    CycleHolder,
    /// Cycle the trekker of the selected municipality (G, O, G+O).
    CycleTrekker,
    /// Toggle whether the selected municipality formalised its task division.
    ToggleGeformaliseerd,
    /// Fill in the "Enkele cijfers" of the selected municipality.
    EditCijfers,
    /// Add a municipality.
    NewMunicipality,
    /// Rename the selected municipality.
    RenameMunicipality,
    /// Add an actor.
    NewActor,
    /// Edit the selected actor (name, forms, scope, activity).
    EditActor,
    /// Set the selected actor's relation to a municipality.
    EditRelation,
    /// Mark the selected action done.
    MarkDone,
    /// Drop the selected action.
    #[serde(rename = "drop_action")]
    DropFollowUp,
    /// Delete the selected action (asks first).
    #[serde(rename = "delete_action")]
    DeleteFollowUp,
    /// Filter the actions.
    Filter,
    /// Sort the actions by due date, or back in order of creation.
    ToggleSort,
    /// Of an item changed concurrently on two laptops, take the value that lost.
    TakeOther,
    /// Start a meeting, or end the one in progress.
    Meeting,
    /// Record a decision of the meeting in progress.
    Decision,
    /// Correct the title and attendees of the meeting in progress (else the latest).
    EditMeeting,
    /// Write the minutes, all actions and the report to the export folder.
    Export,
    /// Read a filled-in questionnaire workbook into the workspace (one undoable change).
    ImportWorkbook,
    /// Show the next measurement (the last wraps to the first).
    NextMeasurement,
    /// Compare the measurement in view with an earlier one, or stop comparing.
    Compare,
    /// Compare with another measurement (the next one in turn).
    CompareOther,
    /// Open the measurement chooser: show one, or compare with one.
    ChooseMeasurement,
    /// In the measurement chooser: compare the one in view with the selected one.
    CompareChosen,
    /// In a form: next field.
    NextField,
    /// In a form: previous field.
    PreviousField,
    /// Undo the last change.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Presentation mode on or off.
    Presentation,
    /// Blank the screen, or show it again.
    Blank,
    /// Next theme.
    NextTheme,
    /// Quit.
    Quit,
    /// In a text field: cursor one character left.
    CursorLeft,
    /// In a text field: cursor one character right.
    CursorRight,
    /// In a text field: cursor to the start.
    CursorStart,
    /// In a text field: cursor to the end.
    CursorEnd,
    /// In a text field: delete the character before the cursor.
    DeleteBack,
    /// In a text field: delete the character under the cursor.
    DeleteForward,
    /// In a text field of several lines: break the line; in a one-line field: confirm.
    NewLine,
    /// In a text field of several lines: one line up; on the first line (or in a one-line
    /// field): the previous field.
    CursorUp,
    /// In a text field of several lines: one line down; on the last line (or in a one-line
    /// field): the next field.
    CursorDown,
    /// In a user keymap: remove the default binding of this key.
    Unbind,
}

/// Where the help lists a command among the keys of its context, first group first (within a
/// group in the order of [`Action`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HelpGroup {
    /// What a meeting does: start and end it, decisions, actions, exports; in the
    /// questionnaire, its answers.
    Meeting,
    /// Undo and redo.
    Undo,
    /// The room: finding, the beamer, help, stopping.
    Room,
    /// Everything else: moving, answering, editing, importing, the screens' own commands.
    Other,
}

impl Action {
    /// The group the help lists this command in. Every command is named here, so a new one
    /// cannot be left out of the help's first page by accident.
    pub fn help_group(&self) -> HelpGroup {
        match self {
            Action::NewFollowUp
            | Action::Meeting
            | Action::Decision
            | Action::EditMeeting
            | Action::Export
            | Action::AnswerJa
            | Action::AnswerDeels
            | Action::AnswerNee
            | Action::AnswerOnbekend => HelpGroup::Meeting,
            Action::Undo | Action::Redo => HelpGroup::Undo,
            Action::Finder | Action::Help | Action::Presentation | Action::Blank | Action::NextTheme | Action::Quit => {
                HelpGroup::Room
            }
            Action::Up
            | Action::Down
            | Action::Left
            | Action::Right
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last
            | Action::Open
            | Action::Back
            | Action::NextScreen
            | Action::PreviousScreen
            | Action::ScreenMatrix
            | Action::ScreenDrill
            | Action::ScreenRegisseur
            | Action::ScreenRollen
            | Action::ScreenFollowUps
            | Action::ScreenActoren
            | Action::Background
            | Action::Edit
            | Action::CycleVerdict
            | Action::CycleBestuur
            | Action::Questionnaire
            | Action::ToggleMark
            | Action::AgreeRating
            | Action::CycleLde
            | Action::ToggleGeenActor
            | Action::ToggleVisie
            | Action::ToggleSlagkracht
            | Action::CycleHolder
            | Action::CycleTrekker
            | Action::ToggleGeformaliseerd
            | Action::EditCijfers
            | Action::NewMunicipality
            | Action::RenameMunicipality
            | Action::NewActor
            | Action::EditActor
            | Action::EditRelation
            | Action::MarkDone
            | Action::DropFollowUp
            | Action::DeleteFollowUp
            | Action::Filter
            | Action::ToggleSort
            | Action::TakeOther
            | Action::NextField
            | Action::PreviousField
            | Action::CursorLeft
            | Action::CursorRight
            | Action::CursorStart
            | Action::CursorEnd
            | Action::DeleteBack
            | Action::DeleteForward
            | Action::NewLine
            | Action::CursorUp
            | Action::CursorDown
            | Action::ImportWorkbook
            | Action::NextMeasurement
            | Action::Compare
            | Action::CompareOther
            | Action::ChooseMeasurement
            | Action::CompareChosen
            | Action::Unbind => HelpGroup::Other,
        }
    }

    /// What the action does, in Dutch, for the help and the status line.
    pub fn description(&self) -> &'static str {
        match self {
            Action::Up => "omhoog",
            Action::Down => "omlaag",
            Action::Left => "naar links",
            Action::Right => "naar rechts",
            Action::PageUp => "pagina omhoog",
            Action::PageDown => "pagina omlaag",
            Action::First => "naar de eerste rij",
            Action::Last => "naar de laatste rij",
            Action::Open => "openen / bevestigen",
            Action::Back => "terug / annuleren",
            Action::NextScreen => "volgend scherm",
            Action::PreviousScreen => "vorig scherm",
            Action::ScreenMatrix => "scherm 1: matrix",
            Action::ScreenDrill => "scherm 2: bevindingen van de gekozen cel",
            Action::ScreenRegisseur => "scherm 3: regisseur / actor",
            Action::ScreenRollen => "scherm 4: gemeente – OCMW",
            Action::ScreenFollowUps => "scherm 5: opvolgacties",
            Action::ScreenActoren => "scherm 6: actoren",
            Action::Finder => "zoeken (gemeente, indicator, bevinding, actor)",
            Action::Help => "hulp: alle toetsen",
            Action::Background => "achtergrond uit de bronnen",
            Action::Edit => "toelichting van de bevinding bewerken",
            Action::CycleVerdict => "oordeel wisselen (ja, deels, nee, onbekend)",
            Action::CycleBestuur => "bestuur wisselen (G, O, G+O)",
            Action::Questionnaire => "vragenlijst (intakegesprek) van de gekozen gemeente",
            Action::AnswerJa => "antwoord ja, naar de volgende vraag",
            Action::AnswerDeels => "antwoord deels, naar de volgende vraag",
            Action::AnswerNee => "antwoord nee, naar de volgende vraag",
            Action::AnswerOnbekend => "antwoord onbekend, naar de volgende vraag",
            Action::NewFollowUp => "nieuwe opvolgactie bij de selectie",
            Action::ToggleMark => "cel of gemeente markeren voor één gezamenlijke actie",
            Action::AgreeRating => "niveau vastleggen zoals de vergadering het afspreekt",
            Action::CycleLde => "LDE-erkenning wisselen (geen, gemeente, OCMW)",
            Action::ToggleGeenActor => "bewust geen actor aan/uit",
            Action::ToggleVisie => "visie (eigen script) aan/uit",
            Action::ToggleSlagkracht => "slagkracht aan/uit",
            Action::CycleHolder => "rol of fase wisselen (G, O, G+O, niemand)",
            Action::CycleTrekker => "trekker wisselen (G, O, G+O)",
            Action::ToggleGeformaliseerd => "taakverdeling geformaliseerd aan/uit",
            Action::EditCijfers => "enkele cijfers invullen",
            Action::NewMunicipality => "gemeente toevoegen",
            Action::RenameMunicipality => "gemeente hernoemen",
            Action::NewActor => "actor toevoegen",
            Action::EditActor => "actor bewerken (naam, vormen, scope, activiteit)",
            Action::EditRelation => "relatie van de actor met een gemeente",
            Action::MarkDone => "actie klaar",
            Action::DropFollowUp => "actie schrappen",
            Action::DeleteFollowUp => "actie verwijderen",
            Action::Filter => "acties filteren (gemeente, component, status, eigenaar, 'laat')",
            Action::ToggleSort => "sorteren op termijn aan/uit",
            Action::TakeOther => "gelijktijdig gewijzigd: de andere waarde nemen",
            Action::Meeting => "vergadering starten of beëindigen",
            Action::Decision => "besluit van de vergadering vastleggen",
            Action::EditMeeting => "titel en aanwezigen van de vergadering verbeteren",
            Action::Export => "notulen, acties en rapport exporteren (map Documenten/regie)",
            Action::ImportWorkbook => "werkboek inlezen (ingevulde vragenlijst, .xlsx)",
            Action::NextMeasurement => "andere meting tonen (volgende, in volgorde)",
            Action::Compare => "vergelijken met een vroegere meting aan/uit",
            Action::CompareOther => "vergelijken met een andere meting (volgende, in volgorde)",
            Action::ChooseMeasurement => "meting kiezen: tonen of vergelijken",
            Action::CompareChosen => "vergelijken met de gekozen meting",
            Action::NextField => "volgend veld",
            Action::PreviousField => "vorig veld",
            Action::Undo => "ongedaan maken",
            Action::Redo => "opnieuw doen",
            Action::Presentation => "presentatiemodus aan/uit",
            Action::Blank => "scherm zwart / terug",
            Action::NextTheme => "volgend kleurenthema",
            Action::Quit => "stoppen",
            Action::CursorLeft => "cursor naar links",
            Action::CursorRight => "cursor naar rechts",
            Action::CursorStart => "cursor naar het begin",
            Action::CursorEnd => "cursor naar het einde",
            Action::DeleteBack => "teken voor de cursor wissen",
            Action::DeleteForward => "teken onder de cursor wissen",
            Action::NewLine => "nieuwe regel (in een veld van meerdere regels)",
            Action::CursorUp => "regel omhoog, op de eerste regel: vorig veld",
            Action::CursorDown => "regel omlaag, op de laatste regel: volgend veld",
            Action::Unbind => "toets vrijgeven (in een eigen keymap)",
        }
    }

    /// What the action does where it is bound: the same key means what that context makes
    /// of it (`e` on the actions screen edits the action, not a finding's note).
    pub fn description_in(&self, context: Context) -> &'static str {
        match (context, self) {
            (Context::Screen(Screen::FollowUps), Action::Edit) => "actie bewerken (tekst, eigenaar, termijn, status)",
            (Context::Questionnaire, Action::Edit) => "toelichting bij deze vraag bewerken",
            (Context::Editor, Action::Open) => "bewaren (formulier of toelichting)",
            (Context::Editor, Action::Back) => "annuleren zonder te bewaren",
            (Context::Confirm, Action::Open) => "ja",
            (Context::Confirm, Action::Back) => "nee",
            (Context::Finder, Action::Open) => "naar het gekozen resultaat springen",
            (Context::Help, Action::Open) => "het gekozen commando uitvoeren",
            (Context::Measurements, Action::Open) => "de gekozen meting tonen",
            _ => self.description(),
        }
    }

    /// Every command, in the order the help lists them.
    pub fn all() -> impl Iterator<Item = Action> {
        Action::iter()
    }

    /// The snake_case name used in keymap files.
    pub fn name(&self) -> String {
        ron::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_snake_case_and_round_trip() {
        for action in Action::all() {
            let name = action.name();
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{name}");
            let back: Option<Action> = ron::from_str(&name).ok();
            assert_eq!(back, Some(action));
        }
        assert_eq!(Action::CycleVerdict.name(), "cycle_verdict");
    }
}
