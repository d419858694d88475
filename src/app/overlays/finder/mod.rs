//! The fuzzy finder: jump to a municipality, indicator, finding, actor or action.

mod best;
mod entries;
mod pattern;

pub use entries::Entries;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rustc_hash::FxHashMap;

use crate::domain::Dataset;
use crate::domain::Workspace;

use crate::app::text_input::TextInput;
use best::Best;
use pattern::Pattern;

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
    /// A follow-up action, by id (actions screen).
    FollowUp(u64),
}

impl Target {
    /// Dutch word for the kind of entry.
    pub fn kind(self) -> &'static str {
        match self {
            Target::Municipality(_) => "gemeente",
            Target::Indicator(_) => "indicator",
            Target::Finding(_) => "bevinding",
            Target::Actor(_) => "actor",
            Target::FollowUp(_) => "actie",
        }
    }
}

/// Every text is scored with skim's linear simple match instead of its full score matrix
/// (matrices above this many cells): comparable scores, fast enough for 60 000 entries.
const SIMPLE_MATCH_ABOVE: usize = 1;

/// Added to the score of a name (municipality, indicator, actor) that holds the query as it
/// was typed (letter case aside), so that names win over words inside notes and actions:
/// "kort" finds Kortrijk before a note saying "kort". A name matched only loosely (letters
/// far apart) gets nothing, so an exact phrase in an action still wins over it.
const NAME_BONUS: i64 = 1_000;

/// The score of an entry's match: skim's, plus [`NAME_BONUS`] for a name holding the query.
fn ranked(entries: &Entries, index: usize, score: i64, query: &str) -> i64 {
    let holds = || entries.text(index).is_some_and(|text| text.to_lowercase().contains(&query.to_lowercase()));
    if entries.is_name(index) && holds() { score + NAME_BONUS } else { score }
}

/// The matcher that scores entries.
fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().element_limit(SIMPLE_MATCH_ABOVE)
}

/// The most hits kept for display.
pub const MAX_HITS: usize = 200;

/// The finder's entries, query, hits and selection.
#[derive(Debug, Clone, Default)]
pub struct FinderOverlay {
    /// Everything searchable, built when the finder opens.
    pub entries: Entries,
    /// What was typed.
    pub query: TextInput,
    /// The query the matches below are for.
    matched_query: String,
    /// Every entry that matches `matched_query`; a longer query only searches these.
    matches: Vec<usize>,
    /// Indexes into `entries` of the best matches, best first.
    pub hits: Vec<usize>,
    /// Selected hit.
    pub selected: usize,
}

impl FinderOverlay {
    /// A finder over the dataset, showing the first entries until something is typed.
    pub fn open(dataset: &Dataset, workspace: &Workspace) -> FinderOverlay {
        let entries = entries::entries(dataset, workspace);
        let matches: Vec<usize> = (0..entries.len()).collect();
        let hits = matches.iter().copied().take(MAX_HITS).collect();
        FinderOverlay { entries, query: TextInput::default(), matched_query: String::new(), matches, hits, selected: 0 }
    }

    /// Recomputes the hits for the query on both cores: a byte search finds where each
    /// candidate's first match ends (only the previous matches are candidates when the query
    /// grew); skim scores what it needs of that prefix, once per distinct end, unless the
    /// entry cannot reach the best hits so far.
    pub fn search(&mut self) {
        self.selected = 0;
        let query = self.query.text().to_string();
        let narrowing = !self.matched_query.is_empty() && query.starts_with(&self.matched_query);
        let candidates: Vec<usize> =
            if narrowing { std::mem::take(&mut self.matches) } else { (0..self.entries.len()).collect() };
        let (matches, scored) = match_in_parallel(&self.entries, &candidates, &query);
        self.hits = scored.into_iter().map(|(_, index)| index).collect();
        self.matches = matches;
        self.matched_query = query;
    }

    /// The selected entry's target.
    pub fn chosen(&self) -> Option<Target> {
        let index = self.hits.get(self.selected)?;
        self.entries.get(*index).map(|(_, target)| target)
    }
}

/// Candidates are handed to the two threads in alternating chunks of this many, so that each
/// gets its share of every kind of entry (the costly ones cluster).
const CHUNK: usize = 1_024;

/// The candidates that match the query, and the best of them with their fuzzy scores; the
/// work split over two threads.
fn match_in_parallel(entries: &Entries, candidates: &[usize], query: &str) -> (Vec<usize>, Vec<(i64, usize)>) {
    let pattern = Pattern::new(query);
    if candidates.len() < 2 * CHUNK {
        let (matches, best) = match_chunks(entries, &pattern, query, candidates.chunks(CHUNK));
        return (matches, best.into_sorted());
    }
    std::thread::scope(|scope| {
        let other = scope.spawn(|| match_chunks(entries, &pattern, query, candidates.chunks(CHUNK).skip(1).step_by(2)));
        let (mut matches, mut best) = match_chunks(entries, &pattern, query, candidates.chunks(CHUNK).step_by(2));
        if let Ok((more_matches, more_best)) = other.join() {
            matches.extend(more_matches);
            best.merge(more_best);
        }
        (matches, best.into_sorted())
    })
}

/// The matching candidates of some chunks, and the best of them.
fn match_chunks<'a>(
    entries: &Entries,
    pattern: &Pattern,
    query: &str,
    chunks: impl Iterator<Item = &'a [usize]>,
) -> (Vec<usize>, Best) {
    let matcher = matcher();
    // Skim's score depends on a short end of each text, which many texts share (every
    // finding of a municipality, every action naming one): each is scored once.
    let mut scores: FxHashMap<&str, Option<i64>> = FxHashMap::default();
    let mut matches = Vec::new();
    let mut best = Best::default();
    for &i in chunks.flatten() {
        let Some(text) = entries.text(i) else {
            continue;
        };
        let Some(prefix) = pattern.first_match_end(text).and_then(|end| text.get(..end)) else {
            continue;
        };
        matches.push(i);
        let (key, bound) = pattern.scoring(prefix);
        let bound = ranked(entries, i, bound, query);
        // An entry whose score cannot reach the best so far is not scored at all.
        if best.threshold().is_some_and(|worst| bound < worst) {
            continue;
        }
        if let Some(score) = *scores.entry(key).or_insert_with(|| matcher.fuzzy_match(prefix, query)) {
            best.offer(ranked(entries, i, score, query), i);
        }
    }
    (matches, best)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::text_input::TextEdit;
    use crate::demo::{DemoSize, generate};

    /// Every entry scored with skim over its whole text, best first: what the finder must show.
    fn brute_force(entries: &Entries, query: &str) -> Vec<usize> {
        let matcher = matcher();
        let mut scored: Vec<(i64, usize)> = (0..entries.len())
            .filter_map(|i| {
                entries
                    .get(i)
                    .and_then(|(text, _)| matcher.fuzzy_match(text, query))
                    .map(|s| (ranked(entries, i, s, query), i))
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().take(MAX_HITS).map(|(_, i)| i).collect()
    }

    #[test]
    fn typed_queries_give_exactly_skims_best_hits() {
        let size = DemoSize { municipalities: 30, indicators_per_component: 10, follow_ups: 1_500 };
        let (parts, workspace) = generate(size);
        let dataset = Dataset::from_parts(parts).unwrap();
        let mut finder = FinderOverlay::open(&dataset, &workspace);
        assert!(finder.entries.len() > 2 * CHUNK, "both threads take part");
        for (typed, expected_query) in [("gemeente 1", "gemeente 1"), ("0", "gemeente 10"), ("x", "gemeente 10x")] {
            finder.query.insert(typed);
            finder.search();
            assert_eq!(finder.hits, brute_force(&finder.entries, expected_query), "query {expected_query:?}");
        }
        for query in ["actie 3", "ja", "Gemeente", "opvolgen 7", "é"] {
            finder.query = TextInput::default();
            finder.query.insert(query);
            finder.search();
            assert_eq!(finder.hits, brute_force(&finder.entries, query), "query {query:?}");
        }
    }
}
