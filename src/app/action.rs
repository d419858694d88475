//! Everything the facilitator can ask for: one enum, named in keymaps in snake_case.

use serde::{Deserialize, Serialize};

/// A command, produced by the keymap (or by typing) and handled by [`super::update`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// Screen 5: opvolgacties.
    ScreenActies,
    /// Screen 6: actoren.
    ScreenActoren,
    /// Open the fuzzy finder.
    Finder,
    /// Open the help.
    Help,
    /// Edit the selection (the note of a finding).
    Edit,
    /// Cycle the verdict of the selected finding.
    CycleVerdict,
    /// Cycle which bestuur the selected finding concerns.
    CycleBestuur,
    /// New follow-up action linked to the selection (or the marked cells).
    NewAction,
    /// Mark or unmark the selected matrix cell for one shared action.
    ToggleMark,
    /// Set the rating the meeting agrees for the selected cell.
    AgreeRating,
    /// Mark the selected action done.
    MarkDone,
    /// Drop the selected action.
    DropAction,
    /// Delete the selected action (asks first).
    DeleteAction,
    /// Filter the actions.
    Filter,
    /// Sort the actions by due date, or back in order of creation.
    ToggleSort,
    /// Start a meeting, or end the one in progress.
    Meeting,
    /// Write the minutes (Markdown) and all actions (CSV) to the workspace's exports.
    Export,
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
    /// In a user keymap: remove the default binding of this key.
    Unbind,
    /// Typed text (not bindable).
    #[serde(skip)]
    Type(char),
    /// Pasted text (not bindable).
    #[serde(skip)]
    Paste(String),
    /// The writer reports a revision safely on disk (not bindable).
    #[serde(skip)]
    Saved(u64),
    /// The writer could not save a revision (not bindable).
    #[serde(skip)]
    SaveFailed(u64, String),
    /// The export was written, or failed (not bindable).
    #[serde(skip)]
    Exported(Result<String, String>),
    /// The date changed (not bindable).
    #[serde(skip)]
    Today(jiff::civil::Date),
}

impl Action {
    /// Every bindable action, in the order the help lists them.
    pub const BINDABLE: [Action; 48] = [
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::PageUp,
        Action::PageDown,
        Action::First,
        Action::Last,
        Action::Open,
        Action::Back,
        Action::NextScreen,
        Action::PreviousScreen,
        Action::ScreenMatrix,
        Action::ScreenDrill,
        Action::ScreenRegisseur,
        Action::ScreenRollen,
        Action::ScreenActies,
        Action::ScreenActoren,
        Action::Finder,
        Action::Help,
        Action::Edit,
        Action::CycleVerdict,
        Action::CycleBestuur,
        Action::NewAction,
        Action::ToggleMark,
        Action::AgreeRating,
        Action::MarkDone,
        Action::DropAction,
        Action::DeleteAction,
        Action::Filter,
        Action::ToggleSort,
        Action::Meeting,
        Action::Export,
        Action::NextField,
        Action::PreviousField,
        Action::Undo,
        Action::Redo,
        Action::Presentation,
        Action::Blank,
        Action::NextTheme,
        Action::Quit,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorStart,
        Action::CursorEnd,
        Action::DeleteBack,
        Action::DeleteForward,
        Action::Unbind,
    ];

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
            Action::ScreenActies => "scherm 5: opvolgacties",
            Action::ScreenActoren => "scherm 6: actoren",
            Action::Finder => "zoeken (gemeente, indicator, bevinding, actor)",
            Action::Help => "hulp: alle toetsen",
            Action::Edit => "toelichting van de bevinding bewerken",
            Action::CycleVerdict => "oordeel wisselen (ja, deels, nee, onbekend)",
            Action::CycleBestuur => "bestuur wisselen (G, O, G+O)",
            Action::NewAction => "nieuwe opvolgactie bij de selectie",
            Action::ToggleMark => "cel of gemeente markeren voor één gezamenlijke actie",
            Action::AgreeRating => "niveau vastleggen zoals de vergadering het afspreekt",
            Action::MarkDone => "actie klaar",
            Action::DropAction => "actie schrappen",
            Action::DeleteAction => "actie verwijderen",
            Action::Filter => "acties filteren (gemeente, component, status, eigenaar, 'laat')",
            Action::ToggleSort => "sorteren op deadline aan/uit",
            Action::Meeting => "vergadering starten of beëindigen",
            Action::Export => "notulen (Markdown) en acties (CSV) exporteren",
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
            Action::Unbind => "toets vrijgeven (in een eigen keymap)",
            Action::Type(_) => "typen",
            Action::Paste(_) => "plakken",
            Action::Saved(_) | Action::SaveFailed(..) => "opslaan",
            Action::Exported(_) => "exporteren",
            Action::Today(_) => "nieuwe dag",
        }
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
        for action in Action::BINDABLE {
            let name = action.name();
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{name}");
            let back: Action = ron::from_str(&name).unwrap_or(Action::Type('?'));
            assert_eq!(back, action);
        }
        assert_eq!(Action::CycleVerdict.name(), "cycle_verdict");
    }
}
