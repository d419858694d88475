//! What the finder searches: one text and one jump target per municipality, indicator,
//! actor, finding and action.

use std::fmt::Write;

use crate::domain::Dataset;
use crate::domain::Workspace;

use super::Target;

/// Everything the finder searches. The texts lie side by side in one string, in the order
/// they are searched, so that a search over 70 000 of them reads memory in order.
#[derive(Debug, Clone, Default)]
pub struct Entries {
    text: String,
    /// Where each entry's text ends in `text`; it starts where the one before it ends.
    ends: Vec<usize>,
    targets: Vec<Target>,
    /// How many entries at the start are names (municipalities, indicators, actors).
    names: usize,
}

impl Entries {
    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The text of an entry and where it jumps.
    pub fn get(&self, index: usize) -> Option<(&str, Target)> {
        Some((self.text(index)?, *self.targets.get(index)?))
    }

    /// Whether an entry is a name (a municipality, an indicator or an actor) rather than text
    /// inside a finding or an action.
    pub(super) fn is_name(&self, index: usize) -> bool {
        index < self.names
    }

    pub(super) fn text(&self, index: usize) -> Option<&str> {
        let start = match index.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        self.text.get(start..*self.ends.get(index)?)
    }

    fn push(&mut self, target: Target, text: std::fmt::Arguments<'_>) {
        // Writing into a String cannot fail.
        let _ = self.text.write_fmt(text);
        self.ends.push(self.text.len());
        self.targets.push(target);
    }
}

/// The entries: municipalities, indicators and actors first, then findings and actions.
pub(super) fn entries(dataset: &Dataset, workspace: &Workspace) -> Entries {
    let mut entries = Entries::default();
    for (m, municipality) in dataset.municipalities().iter().enumerate() {
        entries.push(Target::Municipality(m), format_args!("{}", municipality.name));
    }
    for (i, indicator) in dataset.indicators().iter().enumerate() {
        entries.push(Target::Indicator(i), format_args!("{} {}", indicator.id, indicator.label));
    }
    for (a, actor) in dataset.actors().iter().enumerate() {
        entries.push(Target::Actor(a), format_args!("{} ({})", actor.name, actor.activity));
    }
    entries.names = entries.len();
    for (f, finding) in dataset.findings().iter().enumerate() {
        let name =
            dataset.municipality(&finding.municipality).map_or(finding.municipality.as_str(), |m| m.name.as_str());
        let (indicator, verdict, note) = (&finding.indicator, finding.verdict.label(), &finding.note);
        entries.push(Target::Finding(f), format_args!("{name} {indicator} {verdict}: {note}"));
    }
    for action in &workspace.follow_ups {
        entries.push(Target::FollowUp(action.id), format_args!("{} ({})", action.text, action.status.label()));
    }
    entries
}
