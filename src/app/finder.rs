//! The fuzzy finder: jump to a municipality, indicator, finding or actor.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::domain::Dataset;

use super::text_input::TextInput;

/// Where an entry jumps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A municipality (matrix row).
    Municipality(usize),
    /// An indicator (drill-down of the selected municipality).
    Indicator(usize),
    /// A finding (its drill-down row).
    Finding(usize),
    /// An actor (actoren screen).
    Actor(usize),
}

impl Target {
    /// Dutch word for the kind of entry.
    pub fn kind(self) -> &'static str {
        match self {
            Target::Municipality(_) => "gemeente",
            Target::Indicator(_) => "indicator",
            Target::Finding(_) => "bevinding",
            Target::Actor(_) => "actor",
        }
    }
}

/// One searchable entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The text matched and shown.
    pub text: String,
    /// Where it jumps.
    pub target: Target,
}

/// The most hits kept for display.
pub const MAX_HITS: usize = 200;

/// The finder's entries, query, hits and selection.
#[derive(Debug, Clone, Default)]
pub struct FinderOverlay {
    /// Everything searchable, built when the finder opens.
    pub entries: Vec<Entry>,
    /// What was typed.
    pub query: TextInput,
    /// Indexes into `entries` of the best matches, best first.
    pub hits: Vec<usize>,
    /// Selected hit.
    pub selected: usize,
}

impl FinderOverlay {
    /// A finder over the dataset, showing the first entries until something is typed.
    pub fn open(dataset: &Dataset) -> FinderOverlay {
        let entries = entries(dataset);
        let hits = (0..entries.len().min(MAX_HITS)).collect();
        FinderOverlay { entries, query: TextInput::default(), hits, selected: 0 }
    }

    /// Recomputes the hits for the query.
    pub fn search(&mut self) {
        self.selected = 0;
        let query = self.query.text();
        if query.is_empty() {
            self.hits = (0..self.entries.len().min(MAX_HITS)).collect();
            return;
        }
        let matcher = SkimMatcherV2::default();
        let mut scored: Vec<(i64, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| matcher.fuzzy_match(&entry.text, query).map(|s| (s, index)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.hits = scored.into_iter().take(MAX_HITS).map(|(_, index)| index).collect();
    }

    /// The selected entry's target.
    pub fn chosen(&self) -> Option<Target> {
        let index = self.hits.get(self.selected)?;
        self.entries.get(*index).map(|entry| entry.target)
    }
}

fn entries(dataset: &Dataset) -> Vec<Entry> {
    let municipalities = dataset.municipalities().iter().enumerate();
    let municipalities = municipalities
        .map(|(m, municipality)| Entry { text: municipality.name.clone(), target: Target::Municipality(m) });
    let indicators = dataset.indicators().iter().enumerate().map(|(i, indicator)| Entry {
        text: format!("{} {}", indicator.id, indicator.label),
        target: Target::Indicator(i),
    });
    let findings = dataset.findings().iter().enumerate().map(|(f, finding)| {
        let name = dataset
            .municipality_index(&finding.municipality)
            .and_then(|m| dataset.municipalities().get(m))
            .map_or(finding.municipality.as_str(), |m| m.name.as_str());
        Entry {
            text: format!("{name} {} {}: {}", finding.indicator, finding.verdict.label(), finding.note),
            target: Target::Finding(f),
        }
    });
    let actors = dataset
        .actors()
        .iter()
        .enumerate()
        .map(|(a, actor)| Entry { text: format!("{} ({})", actor.name, actor.activity), target: Target::Actor(a) });
    municipalities.chain(indicators).chain(actors).chain(findings).collect()
}
