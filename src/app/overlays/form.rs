//! Forms: one or more text fields, submitted with Enter. Used for actions, meetings,
//! ratings, notes and the actions filter.

use std::borrow::Cow;

use jiff::civil::Date;

use crate::domain::Link;

use crate::app::text_input::{TextEdit, TextInput};
use crate::app::text_lines::TextLines;

/// What a form is for, and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// A new follow-up action with these links.
    NewFollowUp(Vec<Link>),
    /// Editing an existing follow-up action.
    EditFollowUp(u64),
    /// Starting a meeting.
    StartMeeting,
    /// A decision of the meeting in progress.
    Decision,
    /// Correcting a meeting's title and attendees.
    EditMeeting(u64),
    /// The agreed rating of a matrix cell (municipality, component index).
    Rating(usize, usize),
    /// The note of a finding.
    Note(usize),
    /// The filter of the actions screen.
    Filter,
    /// The path of a workbook to read in.
    ImportWorkbook,
    /// The "Enkele cijfers" of a municipality (by index).
    Cijfers(usize),
    /// A new municipality.
    NewMunicipality,
    /// Renaming a municipality (by index).
    RenameMunicipality(usize),
    /// A new actor.
    NewActor,
    /// Editing an actor (by index).
    EditActor(usize),
    /// The relation of an actor (by index) with a municipality.
    Relation(usize),
}

/// The text of a field: one line, or several (notes, action texts, decisions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldInput {
    /// One line: Enter submits the form.
    Line(TextInput),
    /// Several lines: Enter breaks the line (boxed: the editor is large).
    Lines(Box<TextLines>),
}

impl FieldInput {
    /// The text (lines joined by `\n`).
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            FieldInput::Line(input) => Cow::Borrowed(input.text()),
            FieldInput::Lines(input) => Cow::Owned(input.text()),
        }
    }

    /// The field as something to edit.
    pub fn edit(&mut self) -> &mut dyn TextEdit {
        match self {
            FieldInput::Line(input) => input,
            FieldInput::Lines(input) => input.as_mut(),
        }
    }
}

/// One labelled field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Label shown before it.
    pub label: String,
    /// Its text.
    pub input: FieldInput,
    /// What may be typed, shown under the form when it has the focus.
    pub help: &'static str,
}

impl Field {
    fn new(label: impl Into<String>, text: &str, help: &'static str) -> Field {
        Field { label: label.into(), input: FieldInput::Line(TextInput::with_text(text)), help }
    }

    fn lines(label: impl Into<String>, text: &str, help: &'static str) -> Field {
        Field { label: label.into(), input: FieldInput::Lines(Box::new(TextLines::with_text(text))), help }
    }
}

/// A form being filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Title of the box.
    pub title: String,
    /// What submitting does.
    pub purpose: Purpose,
    /// The fields.
    pub fields: Vec<Field>,
    /// The field with the focus.
    pub focus: usize,
    /// Why the last submit was refused.
    pub error: Option<String>,
}

/// Index of each field of the action form.
pub mod action_field {
    /// What is to be done.
    pub const TEXT: usize = 0;
    /// Who does it.
    pub const OWNER: usize = 1;
    /// By when.
    pub const DUE: usize = 2;
    /// Status.
    pub const STATUS: usize = 3;
}

impl Form {
    fn new(title: String, purpose: Purpose, fields: Vec<Field>) -> Form {
        Form { title, purpose, fields, focus: 0, error: None }
    }

    /// The action form, filled with `values` (text, owner, due, status).
    pub fn action(title: String, purpose: Purpose, values: [&str; 4]) -> Form {
        let [text, owner, due, status] = values;
        let fields = vec![
            Field::lines("Actie", text, "wat moet er gebeuren (vrije tekst, meerdere regels)"),
            Field::new("Eigenaar", owner, "gemeente, ocmw, beide, een actor of een naam"),
            Field::new(
                "Termijn",
                due,
                "2026-12-15, 15/12/2026, 15/3, 15 maart, +2w, +3d, +1m, morgen, vrijdag of leeg",
            ),
            Field::new("Status", status, "open, bezig, klaar of geschrapt"),
        ];
        Form::new(title, purpose, fields)
    }

    /// The form that starts a meeting on `today`.
    pub fn meeting(today: Date) -> Form {
        let fields = vec![
            Field::new("Datum", &today.to_string(), "2026-12-15, vandaag, …"),
            Field::new("Titel", "Stuurgroep sociale economie", "titel van de vergadering"),
            Field::new("Aanwezig", "", "namen, gescheiden door komma's"),
            Field::new("Verontschuldigd", "", "namen, gescheiden door komma's"),
        ];
        Form::new("Vergadering starten".to_string(), Purpose::StartMeeting, fields)
    }

    /// The form that corrects a meeting's title, attendees and excused.
    pub fn edit_meeting(meeting: &crate::domain::Meeting) -> Form {
        let fields = vec![
            Field::new("Titel", &meeting.title, "titel van de vergadering"),
            Field::new("Aanwezig", &meeting.attendees.join(", "), "namen, gescheiden door komma's"),
            Field::new("Verontschuldigd", &meeting.excused.join(", "), "namen, gescheiden door komma's"),
        ];
        Form::new("Vergadering verbeteren".to_string(), Purpose::EditMeeting(meeting.id), fields)
    }

    /// The actor form, filled with `values` (name, forms, scope, activity).
    pub fn actor(title: String, purpose: Purpose, values: [&str; 4]) -> Form {
        let [name, vormen, scope, activity] = values;
        let fields = vec![
            Field::new("Naam", name, "naam van de actor"),
            Field::new("Vormen", vormen, "degressief, permanent, tijdelijk, diensteneconomie, ondersteuning (komma's)"),
            Field::new("Scope", scope, "lokaal of regionaal"),
            Field::new("Activiteit", activity, "wat de actor doet (vrije tekst)"),
        ];
        Form::new(title, purpose, fields)
    }

    /// The form of an actor's relation with a municipality, filled with `values`
    /// (municipality, relation, bestuur).
    pub fn relation(title: String, actor: usize, values: [&str; 3]) -> Form {
        let [municipality, kind, bestuur] = values;
        let fields = vec![
            Field::new("Gemeente", municipality, "naam van de gemeente"),
            Field::new("Relatie", kind, "eigen actor, klant, overeenkomst, bestuurszetel, partner; geen wist ze"),
            Field::new("Bestuur", bestuur, "gemeente, ocmw of beide"),
        ];
        Form::new(title, Purpose::Relation(actor), fields)
    }

    /// The form of a cell's agreed level: the level and the room's reason for it.
    pub fn rating(title: String, purpose: Purpose, level: &str, reason: &str) -> Form {
        let fields = vec![
            Field::new("Niveau", level, "0 tot 4; leeg = geen afspraak (het berekende niveau telt)"),
            Field::new("Reden", reason, "waarom de vergadering dit niveau koos (mag leeg)"),
        ];
        Form::new(title, purpose, fields)
    }

    /// A form of labelled fields, all with the same help.
    pub fn fields(title: String, purpose: Purpose, fields: Vec<(String, String)>, help: &'static str) -> Form {
        let fields = fields.into_iter().map(|(label, text)| Field::new(label, &text, help)).collect();
        Form::new(title, purpose, fields)
    }

    /// A form with one field.
    pub fn single(title: String, purpose: Purpose, label: &'static str, text: &str, help: &'static str) -> Form {
        Form::new(title, purpose, vec![Field::new(label, text, help)])
    }

    /// A form with one field of several lines.
    pub fn lines(title: String, purpose: Purpose, label: &'static str, text: &str, help: &'static str) -> Form {
        Form::new(title, purpose, vec![Field::lines(label, text, help)])
    }

    /// The text of a field.
    pub fn value(&self, field: usize) -> Cow<'_, str> {
        self.fields.get(field).map_or(Cow::Borrowed(""), |f| f.input.text())
    }

    /// The field with the focus.
    pub fn focused(&mut self) -> Option<&mut FieldInput> {
        self.fields.get_mut(self.focus).map(|f| &mut f.input)
    }

    /// Moves the focus to the next (or previous) field, wrapping.
    pub fn step(&mut self, back: bool) {
        let len = self.fields.len().max(1);
        self.focus = if back { (self.focus + len - 1) % len } else { (self.focus + 1) % len };
    }
}
