//! Every reference from a workspace into the dataset, checked when it is opened: a
//! municipality, indicator, component, finding, bestuur, actor or meeting that does not exist
//! is a problem at its `file:line:column`, so that nothing in the workspace points at nothing.

use std::sync::Arc;

use rustc_hash::FxHashSet;

use crate::domain::{Dataset, FollowUp, Link, Owner};
use crate::ronfile::{Outline, Problem};

use super::journal::Delta;
use crate::domain::{AgreedRating, FindingEdit, RecordEdits, Workspace, apply_records};

/// What a snapshot or a journal line holds that refers elsewhere.
pub struct Content<'a> {
    /// Actions.
    pub actions: &'a [Arc<FollowUp>],
    /// Finding edits, when present.
    pub finding_edits: Option<&'a [FindingEdit]>,
    /// Agreed ratings, when present.
    pub ratings: Option<&'a [AgreedRating]>,
    /// Record edits, when present.
    pub records: Option<&'a RecordEdits>,
    /// The meeting in progress.
    pub current_meeting: Option<u64>,
}

impl<'a> From<&'a Workspace> for Content<'a> {
    fn from(workspace: &'a Workspace) -> Self {
        Content {
            actions: &workspace.follow_ups,
            finding_edits: Some(&workspace.finding_edits),
            ratings: Some(&workspace.ratings),
            records: Some(&workspace.records),
            current_meeting: workspace.current_meeting,
        }
    }
}

impl<'a> From<&'a Delta> for Content<'a> {
    fn from(delta: &'a Delta) -> Self {
        Content {
            actions: &delta.follow_ups,
            finding_edits: delta.finding_edits.as_deref(),
            ratings: delta.ratings.as_deref(),
            records: delta.records.as_ref(),
            current_meeting: delta.current_meeting,
        }
    }
}

/// A snapshot or one journal line: its file, the line its text starts on, the text itself
/// (for positions) and what it holds.
pub struct Part<'a> {
    /// The file as shown.
    pub file: &'a str,
    /// The line of the file the text starts on.
    pub line: usize,
    /// The text.
    pub text: &'a str,
    /// What it holds.
    pub content: Content<'a>,
}

/// What references may point at: the dataset (with the workspace's final record edits laid
/// over it, so that an action may name an added actor) and the workspace's meetings.
pub struct Known<'d> {
    dataset: &'d Dataset,
    actors: FxHashSet<&'d str>,
    meetings: FxHashSet<u64>,
}

impl<'d> Known<'d> {
    /// The dataset's ids and the ids of the meetings the workspace will hold.
    pub fn new(dataset: &'d Dataset, meetings: FxHashSet<u64>) -> Known<'d> {
        Known { dataset, actors: dataset.actors().iter().map(|a| a.id.as_str()).collect(), meetings }
    }
}

/// The problems with the references of one part, each at its position.
pub fn check(known: &Known<'_>, part: &Part<'_>) -> Vec<Problem> {
    let mut checker = Checker { known, found: Vec::new() };
    checker.content(&part.content);
    if checker.found.is_empty() {
        return Vec::new();
    }
    let locator = Locator::new(part.text);
    let problem = |found: Found| {
        let (line, column) = locator.position(&found);
        Problem {
            file: part.file.to_string(),
            line: part.line + line.saturating_sub(1),
            column,
            message: found.message,
        }
    };
    checker.found.into_iter().map(problem).collect()
}

/// Where in a part: a field of the struct (`current_meeting`), or a field in an element of
/// one of its lists (the `owner` of `actions[3]`), with the value to point at if known.
struct Found {
    section: &'static str,
    element: Option<usize>,
    field: Option<(&'static str, usize)>,
    value: Option<String>,
    message: String,
}

struct Checker<'k, 'd> {
    known: &'k Known<'d>,
    found: Vec<Found>,
}

/// An element of a list section and how to say what it is.
struct Element {
    section: &'static str,
    index: usize,
    what: String,
}

impl Checker<'_, '_> {
    fn content(&mut self, content: &Content<'_>) {
        for (index, action) in content.actions.iter().enumerate() {
            self.action(&Element { section: "actions", index, what: format!("actie {}", action.id) }, action);
        }
        for (index, edit) in content.finding_edits.unwrap_or_default().iter().enumerate() {
            self.edit(&Element { section: "finding_edits", index, what: "gewijzigde bevinding".into() }, edit);
        }
        for (index, rating) in content.ratings.unwrap_or_default().iter().enumerate() {
            self.rating(&Element { section: "ratings", index, what: "afgesproken niveau".into() }, rating);
        }
        if let Some(records) = content.records.filter(|r| !r.is_empty()) {
            self.records(records);
        }
        if let Some(id) = content.current_meeting.filter(|id| !self.known.meetings.contains(id)) {
            let message = format!("vergadering in uitvoering: vergadering {id} bestaat niet in de werkmap");
            self.found.push(Found { section: "current_meeting", element: None, field: None, value: None, message });
        }
    }

    fn push(&mut self, at: &Element, field: (&'static str, usize), value: Option<&str>, message: String) {
        let message = format!("{}: {message}", at.what);
        let value = value.map(str::to_string);
        self.found.push(Found { section: at.section, element: Some(at.index), field: Some(field), value, message });
    }

    fn action(&mut self, at: &Element, action: &FollowUp) {
        // Cells and findings are written with field names; count them to find the n-th.
        let (mut named, mut cells, mut findings) = (0, 0, 0);
        for link in &action.links {
            match link {
                Link::Municipality(id) => self.municipality(at, ("links", 0), id),
                Link::Actor(id) => self.actor(at, ("links", 0), id),
                Link::Cell { municipality, component } => {
                    self.municipality(at, ("municipality", named), municipality);
                    self.component(at, ("component", cells), *component);
                    (named, cells) = (named + 1, cells + 1);
                }
                Link::Finding { municipality, indicator } => {
                    self.municipality(at, ("municipality", named), municipality);
                    self.indicator(at, ("indicator", findings), indicator);
                    (named, findings) = (named + 1, findings + 1);
                }
            }
        }
        if let Some(Owner::Actor(id)) = &action.owner {
            self.actor(at, ("owner", 0), id);
        }
        if let Some(id) = action.meeting {
            self.meeting(at, id);
        }
    }

    fn edit(&mut self, at: &Element, edit: &FindingEdit) {
        let dataset = self.known.dataset;
        let Some(municipality) = dataset.municipality(&edit.municipality) else {
            return self.municipality(at, ("municipality", 0), &edit.municipality);
        };
        let (Some(m), Some(i)) =
            (dataset.municipality_index(&edit.municipality), dataset.indicator_index(&edit.indicator))
        else {
            return self.indicator(at, ("indicator", 0), &edit.indicator);
        };
        if !self.measurement(at, edit.measurement.as_deref()) {
            return;
        }
        let original = |&f: &usize| dataset.findings().get(f).is_some_and(|found| found.bestuur == edit.original);
        // Another measurement's findings are checked when that measurement is loaded.
        let here = dataset.measurement_key() == edit.measurement.as_deref();
        if here && !dataset.cell_findings(m, i).iter().any(original) {
            let message = format!(
                "geen bevinding van {} van {} op indicator '{}'",
                edit.original.label(),
                municipality.name,
                edit.indicator
            );
            self.push(at, ("original", 0), None, message);
        } else if !municipality.has(edit.fields.bestuur) {
            let message = format!("bestuur {} bestaat niet in {}", edit.fields.bestuur.label(), municipality.name);
            self.push(at, ("bestuur", 0), None, message);
        }
    }

    /// Record edits must leave a valid dataset: every municipality, actor and bestuur they
    /// name exists (checked by rebuilding the dataset with them).
    fn records(&mut self, records: &RecordEdits) {
        for issue in apply_records(self.known.dataset, records).err().unwrap_or_default() {
            let message = format!("gewijzigde gegevens ({}): {}", issue.place.table.file_name(), issue.message);
            self.found.push(Found { section: "records", element: None, field: None, value: None, message });
        }
    }

    fn rating(&mut self, at: &Element, rating: &AgreedRating) {
        self.municipality(at, ("municipality", 0), &rating.municipality);
        self.component(at, ("component", 0), rating.component);
        if rating.level > 4 {
            self.push(at, ("level", 0), None, format!("niveau {} ligt niet tussen 0 en 4", rating.level));
        }
        if let Some(id) = rating.meeting {
            self.meeting(at, id);
        }
        self.measurement(at, rating.measurement.as_deref());
    }

    /// Whether a record's measurement exists (`None`, the first, always does).
    fn measurement(&mut self, at: &Element, key: Option<&str>) -> bool {
        let Some(id) = key else { return true };
        let measurements = self.known.dataset.measurements();
        let known = measurements.get(id).is_some() && measurements.key(id).is_some();
        if !known {
            self.push(at, ("measurement", 0), Some(id), format!("onbekende meting '{id}'"));
        }
        known
    }

    fn municipality(&mut self, at: &Element, field: (&'static str, usize), id: &str) {
        if self.known.dataset.municipality(id).is_none() {
            self.push(at, field, Some(id), format!("onbekende gemeente '{id}'"));
        }
    }

    fn indicator(&mut self, at: &Element, field: (&'static str, usize), id: &str) {
        if self.known.dataset.indicator(id).is_none() {
            self.push(at, field, Some(id), format!("onbekende indicator '{id}'"));
        }
    }

    fn component(&mut self, at: &Element, field: (&'static str, usize), nr: u8) {
        if !self.known.dataset.components().iter().any(|c| c.nr == nr) {
            self.push(at, field, None, format!("component {nr} bestaat niet"));
        }
    }

    fn actor(&mut self, at: &Element, field: (&'static str, usize), id: &str) {
        if !self.known.actors.contains(id) {
            self.push(at, field, Some(id), format!("onbekende actor '{id}'"));
        }
    }

    fn meeting(&mut self, at: &Element, id: u64) {
        if !self.known.meetings.contains(&id) {
            self.push(at, ("meeting", 0), None, format!("vergadering {id} bestaat niet in de werkmap"));
        }
    }
}

/// Positions in the text of a part: the outline of the struct and of each list in it.
struct Locator<'t> {
    text: &'t str,
    outline: Outline<'t>,
    lists: Vec<(&'static str, usize, Outline<'t>)>,
}

impl<'t> Locator<'t> {
    fn new(text: &'t str) -> Locator<'t> {
        let outline = Outline::new(text);
        let list = |section: &'static str| {
            let start = outline.offset(outline.item_named(section), None)?;
            let open = start + text.get(start..)?.find('[')?;
            Some((section, open, Outline::new(text.get(open..)?)))
        };
        let lists = ["actions", "finding_edits", "ratings"].into_iter().filter_map(list).collect();
        Locator { text, outline, lists }
    }

    fn position(&self, found: &Found) -> (usize, usize) {
        let section = || self.outline.offset(self.outline.item_named(found.section), found.field);
        let at = self.in_list(found).or_else(section).unwrap_or(0);
        self.outline.line_column(at)
    }

    /// The offset of the field in an element of a list; then of the value after it, when
    /// it is written there as a plain string.
    fn in_list(&self, found: &Found) -> Option<usize> {
        let element = found.element?;
        let (_, open, list) = self.lists.iter().find(|(section, ..)| *section == found.section)?;
        let at = open + list.offset(Some(element), found.field)?;
        let end = list.offset(Some(element + 1), None).map_or(self.text.len(), |next| open + next);
        let quoted = found.value.as_ref().map(|value| format!("\"{value}\""));
        let value = quoted.and_then(|quoted| self.text.get(at..end)?.find(&quoted));
        Some(at + value.unwrap_or(0))
    }
}
