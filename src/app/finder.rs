//! The fuzzy finder: jump to a municipality, indicator, finding or actor.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::domain::Dataset;
use crate::workspace::Workspace;

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
    /// A follow-up action, by id (actions screen).
    Action(u64),
}

impl Target {
    /// Dutch word for the kind of entry.
    pub fn kind(self) -> &'static str {
        match self {
            Target::Municipality(_) => "gemeente",
            Target::Indicator(_) => "indicator",
            Target::Finding(_) => "bevinding",
            Target::Actor(_) => "actor",
            Target::Action(_) => "actie",
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

/// Every text is scored with skim's linear simple match instead of its full score matrix
/// (matrices above this many cells): comparable scores, fast enough for 60 000 entries.
const SIMPLE_MATCH_ABOVE: usize = 1;

/// The most hits kept for display.
pub const MAX_HITS: usize = 200;

/// The finder's entries, query, hits and selection.
#[derive(Debug, Clone, Default)]
pub struct FinderOverlay {
    /// Everything searchable, built when the finder opens.
    pub entries: Vec<Entry>,
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
        let mut entries = entries(dataset);
        entries.extend(workspace.actions.iter().map(|action| Entry {
            text: format!("{} ({})", action.text, action.status.label()),
            target: Target::Action(action.id),
        }));
        let matches: Vec<usize> = (0..entries.len()).collect();
        let hits = matches.iter().copied().take(MAX_HITS).collect();
        FinderOverlay { entries, query: TextInput::default(), matched_query: String::new(), matches, hits, selected: 0 }
    }

    /// Recomputes the hits for the query: a quick pass finds where each candidate's first
    /// match ends (only the previous matches are candidates when the query grew), then fuzzy
    /// scores of those prefixes on both cores.
    pub fn search(&mut self) {
        self.selected = 0;
        let query = self.query.text().to_string();
        let narrowing = !self.matched_query.is_empty() && query.starts_with(&self.matched_query);
        let candidates: Vec<usize> =
            if narrowing { std::mem::take(&mut self.matches) } else { (0..self.entries.len()).collect() };
        let pattern = Pattern::new(&query);
        let matches: Vec<(usize, usize)> = candidates
            .into_iter()
            .filter_map(|i| pattern.first_match_end(&self.entries[i].text).map(|end| (i, end)))
            .collect();
        let mut scored = score_in_parallel(&self.entries, &matches, &query);
        let best = MAX_HITS.min(scored.len());
        if best > 0 && best < scored.len() {
            scored.select_nth_unstable_by(best - 1, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            scored.truncate(best);
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.hits = scored.into_iter().map(|(_, index)| index).collect();
        self.matches = matches.into_iter().map(|(index, _)| index).collect();
        self.matched_query = query;
    }

    /// The selected entry's target.
    pub fn chosen(&self) -> Option<Target> {
        let index = self.hits.get(self.selected)?;
        self.entries.get(*index).map(|entry| entry.target)
    }
}

/// A query as skim's matcher compares it: character by character, ignoring ASCII case unless
/// the query has an ASCII capital ("smart case").
struct Pattern {
    chars: Vec<char>,
    case_sensitive: bool,
}

impl Pattern {
    fn new(query: &str) -> Pattern {
        Pattern { chars: query.chars().collect(), case_sensitive: query.chars().any(|c| c.is_ascii_uppercase()) }
    }

    /// The byte offset in `text` just after the greedy, leftmost match of every query
    /// character in order, or `None` when the text does not match.
    ///
    /// Skim's linear match scores only the text up to this point (it finds the same greedy
    /// match, then works backwards from its end), so scoring this prefix gives the score of
    /// the whole text while reading a fraction of it.
    fn first_match_end(&self, text: &str) -> Option<usize> {
        let mut wanted = self.chars.iter().peekable();
        if wanted.peek().is_none() {
            return Some(0);
        }
        for (at, c) in text.char_indices() {
            let matched =
                wanted.peek().is_some_and(|&&p| if self.case_sensitive { c == p } else { c.eq_ignore_ascii_case(&p) });
            if matched {
                wanted.next();
                if wanted.peek().is_none() {
                    return Some(at + c.len_utf8());
                }
            }
        }
        None
    }
}

/// Fuzzy scores of the candidates (entry, end of its first match), split over two threads.
fn score_in_parallel(entries: &[Entry], candidates: &[(usize, usize)], query: &str) -> Vec<(i64, usize)> {
    let score = |part: &[(usize, usize)]| -> Vec<(i64, usize)> {
        let matcher = SkimMatcherV2::default().element_limit(SIMPLE_MATCH_ABOVE);
        part.iter()
            .filter_map(|&(i, end)| {
                let prefix = entries[i].text.get(..end)?;
                matcher.fuzzy_match(prefix, query).map(|s| (s, i))
            })
            .collect()
    };
    if candidates.len() < 2_000 {
        return score(candidates);
    }
    let (first, second) = candidates.split_at(candidates.len() / 2);
    std::thread::scope(|scope| {
        let other = scope.spawn(|| score(second));
        let mut scored = score(first);
        scored.extend(other.join().unwrap_or_default());
        scored
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Scoring the prefix up to the first match gives skim's score of the whole text.
        #[test]
        fn prefix_score_is_the_whole_texts_score(text in "[a-cA-Cé .1-]{0,40}", query in "[a-cA-Cé1 ]{0,4}") {
            let matcher = SkimMatcherV2::default().element_limit(SIMPLE_MATCH_ABOVE);
            let whole = matcher.fuzzy_match(&text, &query);
            let prefix = Pattern::new(&query).first_match_end(&text).and_then(|end| matcher.fuzzy_match(&text[..end], &query));
            prop_assert_eq!(prefix, whole);
        }
    }
}
