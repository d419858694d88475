//! Follow-up actions (opvolgacties): what the room agreed, for whom, by when.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The status of a follow-up action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FollowUpStatus {
    /// Not started.
    Open,
    /// In progress.
    Bezig,
    /// Done.
    Klaar,
    /// Dropped.
    Geschrapt,
}

impl FollowUpStatus {
    /// Every status, in the order they are offered.
    pub const ALL: [FollowUpStatus; 4] =
        [FollowUpStatus::Open, FollowUpStatus::Bezig, FollowUpStatus::Klaar, FollowUpStatus::Geschrapt];

    /// Dutch word.
    pub fn label(self) -> &'static str {
        match self {
            FollowUpStatus::Open => "open",
            FollowUpStatus::Bezig => "bezig",
            FollowUpStatus::Klaar => "klaar",
            FollowUpStatus::Geschrapt => "geschrapt",
        }
    }

    /// Whether the action still asks for work.
    pub fn is_open(self) -> bool {
        matches!(self, FollowUpStatus::Open | FollowUpStatus::Bezig)
    }

    /// The status whose word starts with `text` (case-insensitive), if exactly one does.
    pub fn parse(text: &str) -> Option<FollowUpStatus> {
        let text = text.trim().to_lowercase();
        let mut matching = Self::ALL.into_iter().filter(|s| !text.is_empty() && s.label().starts_with(&text));
        let first = matching.next()?;
        matching.next().is_none().then_some(first)
    }
}

/// How urgent an action is today: status and due date together, shown by glyph and word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Urgency {
    /// Open, due later or without date.
    Open,
    /// In progress, not overdue.
    Bezig,
    /// Open or in progress and due today.
    Vandaag,
    /// Open or in progress and past its due date.
    TeLaat,
    /// Done.
    Klaar,
    /// Dropped.
    Geschrapt,
}

impl Urgency {
    /// Glyph that tells the urgency apart without colour; all in Cascadia Mono (Windows Terminal).
    pub fn glyph(self) -> &'static str {
        match self {
            Urgency::Open => "○",
            Urgency::Bezig => "◐",
            Urgency::Vandaag => "◆",
            Urgency::TeLaat => "▲",
            Urgency::Klaar => "✓",
            Urgency::Geschrapt => "×",
        }
    }

    /// Dutch word.
    pub fn label(self) -> &'static str {
        match self {
            Urgency::Open => "open",
            Urgency::Bezig => "bezig",
            Urgency::Vandaag => "vandaag",
            Urgency::TeLaat => "te laat",
            Urgency::Klaar => "klaar",
            Urgency::Geschrapt => "geschrapt",
        }
    }
}

/// What an action is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Link {
    /// A municipality as a whole.
    Municipality(String),
    /// A matrix cell: municipality × component number.
    Cell {
        /// Municipality id.
        municipality: String,
        /// Component number.
        component: u8,
    },
    /// A finding: municipality × indicator.
    Finding {
        /// Municipality id.
        municipality: String,
        /// Indicator id.
        indicator: String,
    },
    /// An actor.
    Actor(String),
}

impl Link {
    /// The municipality this link concerns, if any.
    pub fn municipality(&self) -> Option<&str> {
        match self {
            Link::Municipality(m) | Link::Cell { municipality: m, .. } | Link::Finding { municipality: m, .. } => {
                Some(m)
            }
            Link::Actor(_) => None,
        }
    }

    /// The component number this link concerns, if any (a finding's comes from its id).
    pub fn component(&self) -> Option<u8> {
        match self {
            Link::Cell { component, .. } => Some(*component),
            Link::Finding { indicator, .. } => super::indicator::parse_id(indicator).map(|(c, _)| c),
            Link::Municipality(_) | Link::Actor(_) => None,
        }
    }
}

/// Who carries an action out.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Owner {
    /// The gemeente of the linked municipality.
    Gemeente,
    /// The OCMW of the linked municipality.
    Ocmw,
    /// Both besturen.
    Beide,
    /// An actor, by id.
    Actor(String),
    /// Anyone else, as typed (a person, an organisation).
    Tekst(String),
}

/// One follow-up action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Stable id within the workspace.
    pub id: u64,
    /// What is to be done.
    pub text: String,
    /// What it is linked to.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Who does it; `None` while not decided.
    #[serde(default)]
    pub owner: Option<Owner>,
    /// Due date.
    #[serde(default)]
    pub due: Option<Date>,
    /// Status.
    pub status: FollowUpStatus,
    /// The meeting that agreed it.
    #[serde(default)]
    pub meeting: Option<u64>,
}

impl FollowUp {
    /// The urgency on a given day.
    pub fn urgency(&self, today: Date) -> Urgency {
        match (self.status, self.due) {
            (FollowUpStatus::Klaar, _) => Urgency::Klaar,
            (FollowUpStatus::Geschrapt, _) => Urgency::Geschrapt,
            (_, Some(due)) if due < today => Urgency::TeLaat,
            (_, Some(due)) if due == today => Urgency::Vandaag,
            (FollowUpStatus::Bezig, _) => Urgency::Bezig,
            _ => Urgency::Open,
        }
    }

    /// Whether the action concerns a municipality (through any of its links).
    pub fn concerns(&self, municipality: &str) -> bool {
        self.links.iter().any(|l| l.municipality() == Some(municipality))
    }
}

#[cfg(test)]
impl FollowUp {
    /// An open action with only its id and text, for the tests of the modules that store and
    /// merge actions.
    pub(crate) fn open(id: u64, text: &str) -> FollowUp {
        FollowUp {
            id,
            text: text.to_string(),
            links: vec![],
            owner: None,
            due: None,
            status: FollowUpStatus::Open,
            meeting: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn action(status: FollowUpStatus, due: Option<Date>) -> FollowUp {
        FollowUp { id: 1, text: "x".into(), links: vec![], owner: None, due, status, meeting: None }
    }

    #[test]
    fn urgency_follows_status_and_due_date() {
        let today = date(2026, 11, 24);
        assert_eq!(action(FollowUpStatus::Open, None).urgency(today), Urgency::Open);
        assert_eq!(action(FollowUpStatus::Open, Some(date(2026, 11, 23))).urgency(today), Urgency::TeLaat);
        assert_eq!(action(FollowUpStatus::Bezig, Some(today)).urgency(today), Urgency::Vandaag);
        assert_eq!(action(FollowUpStatus::Bezig, Some(date(2026, 12, 1))).urgency(today), Urgency::Bezig);
        assert_eq!(action(FollowUpStatus::Klaar, Some(date(2020, 1, 1))).urgency(today), Urgency::Klaar);
        assert_eq!(action(FollowUpStatus::Geschrapt, None).urgency(today), Urgency::Geschrapt);
    }

    #[test]
    fn status_parses_from_a_prefix() {
        assert_eq!(FollowUpStatus::parse("k"), Some(FollowUpStatus::Klaar));
        assert_eq!(FollowUpStatus::parse("Bezig"), Some(FollowUpStatus::Bezig));
        assert_eq!(FollowUpStatus::parse(""), None);
        assert_eq!(FollowUpStatus::parse("x"), None);
    }

    #[test]
    fn a_finding_link_knows_its_component() {
        let link = Link::Finding { municipality: "menen".into(), indicator: "3.2.1a".into() };
        assert_eq!((link.municipality(), link.component()), (Some("menen"), Some(3)));
    }
}
