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
        let (matches, mut scored) = match_in_parallel(&self.entries, &candidates, &query);
        keep_best(&mut scored);
        self.hits = scored.into_iter().map(|(_, index)| index).collect();
        self.matches = matches;
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
    needles: Vec<Needle>,
}

/// What one query character matches, as bytes of UTF-8 text.
enum Needle {
    /// One ASCII byte.
    Byte(u8),
    /// An ASCII letter in either case.
    EitherCase(u8, u8),
    /// A non-ASCII character, compared exactly (as skim does), by its encoding.
    Encoded(Vec<u8>),
}

/// How far into the text a needle is expected: the first one may be anywhere (or nowhere);
/// the ones after it mostly follow within a few bytes.
#[derive(Clone, Copy)]
enum Reach {
    Far,
    Near,
}

impl Needle {
    /// The offset just after the needle's first occurrence in `haystack`.
    fn end_in(&self, haystack: &[u8], reach: Reach) -> Option<usize> {
        // memchr's vectorised search wins over long stretches; a plain loop wins when the
        // match is a few bytes on.
        let found = match (self, reach) {
            (Needle::Byte(byte), Reach::Far) => memchr::memchr(*byte, haystack)?,
            (Needle::Byte(byte), Reach::Near) => haystack.iter().position(|b| b == byte)?,
            (Needle::EitherCase(lower, upper), Reach::Far) => memchr::memchr2(*lower, *upper, haystack)?,
            (Needle::EitherCase(lower, upper), Reach::Near) => {
                haystack.iter().position(|b| b == lower || b == upper)?
            }
            (Needle::Encoded(encoded), _) => return Some(memchr::memmem::find(haystack, encoded)? + encoded.len()),
        };
        Some(found + 1)
    }
}

impl Pattern {
    fn new(query: &str) -> Pattern {
        let case_sensitive = query.chars().any(|c| c.is_ascii_uppercase());
        let needle = |c: char| match u8::try_from(c) {
            Ok(byte) if byte.is_ascii() && !case_sensitive && byte.is_ascii_alphabetic() => {
                Needle::EitherCase(byte.to_ascii_lowercase(), byte.to_ascii_uppercase())
            }
            Ok(byte) if byte.is_ascii() => Needle::Byte(byte),
            _ => Needle::Encoded(c.to_string().into_bytes()),
        };
        Pattern { needles: query.chars().map(needle).collect() }
    }

    /// The byte offset in `text` just after the greedy, leftmost match of every query
    /// character in order, or `None` when the text does not match.
    ///
    /// Skim's linear match scores only the text up to this point (it finds the same greedy
    /// match, then works backwards from its end), so scoring this prefix gives the score of
    /// the whole text while reading a fraction of it. UTF-8 never has an ASCII byte inside
    /// another character, nor one character's encoding starting inside another's, so a byte
    /// search finds the same characters a character search would.
    fn first_match_end(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut needles = self.needles.iter();
        let Some(first) = needles.next() else {
            return Some(0);
        };
        let mut end = first.end_in(bytes, Reach::Far)?;
        for needle in needles {
            end += needle.end_in(bytes.get(end..)?, Reach::Near)?;
        }
        Some(end)
    }
}

/// Candidates are handed to the two threads in alternating chunks of this many, so that each
/// gets its share of every kind of entry (the costly ones cluster).
const CHUNK: usize = 1_024;

/// The candidates that match the query, and their fuzzy scores; the work split over two
/// threads.
fn match_in_parallel(entries: &[Entry], candidates: &[usize], query: &str) -> (Vec<usize>, Vec<(i64, usize)>) {
    let pattern = Pattern::new(query);
    if candidates.len() < 2 * CHUNK {
        return match_chunks(entries, &pattern, query, candidates.chunks(CHUNK));
    }
    std::thread::scope(|scope| {
        let other = scope.spawn(|| match_chunks(entries, &pattern, query, candidates.chunks(CHUNK).skip(1).step_by(2)));
        let (mut matches, mut scored) = match_chunks(entries, &pattern, query, candidates.chunks(CHUNK).step_by(2));
        let (more_matches, more_scored) = other.join().unwrap_or_default();
        matches.extend(more_matches);
        scored.extend(more_scored);
        (matches, scored)
    })
}

/// The matching candidates of some chunks, and their fuzzy scores.
fn match_chunks<'a>(
    entries: &[Entry],
    pattern: &Pattern,
    query: &str,
    chunks: impl Iterator<Item = &'a [usize]>,
) -> (Vec<usize>, Vec<(i64, usize)>) {
    let matcher = SkimMatcherV2::default().element_limit(SIMPLE_MATCH_ABOVE);
    // Neighbouring entries often begin alike (a municipality's findings follow each other):
    // a prefix equal to the one before reuses its score.
    let mut last: Option<(&str, Option<i64>)> = None;
    let mut matches = Vec::new();
    let mut scored = Vec::new();
    for &i in chunks.flatten() {
        let Some(text) = entries.get(i).map(|e| e.text.as_str()) else {
            continue;
        };
        let Some(prefix) = pattern.first_match_end(text).and_then(|end| text.get(..end)) else {
            continue;
        };
        matches.push(i);
        let score = match last {
            Some((previous, score)) if previous == prefix => score,
            _ => matcher.fuzzy_match(prefix, query),
        };
        last = Some((prefix, score));
        if let Some(score) = score {
            scored.push((score, i));
        }
    }
    keep_best(&mut scored);
    (matches, scored)
}

/// Keeps the best [`MAX_HITS`] scores, best first (equal scores: the earlier entry first).
fn keep_best(scored: &mut Vec<(i64, usize)>) {
    let best_first = |a: &(i64, usize), b: &(i64, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    if scored.len() > MAX_HITS {
        scored.select_nth_unstable_by(MAX_HITS - 1, best_first);
        scored.truncate(MAX_HITS);
    }
    scored.sort_unstable_by(best_first);
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
        fn prefix_score_is_the_whole_texts_score(text in "[a-cA-CéÉ中 .1-]{0,40}", query in "[a-cA-CéÉ中1 ]{0,4}") {
            let matcher = SkimMatcherV2::default().element_limit(SIMPLE_MATCH_ABOVE);
            let whole = matcher.fuzzy_match(&text, &query);
            let prefix = Pattern::new(&query).first_match_end(&text).and_then(|end| matcher.fuzzy_match(&text[..end], &query));
            prop_assert_eq!(prefix, whole);
        }
    }
}
