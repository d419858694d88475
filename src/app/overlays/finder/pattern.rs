//! A query as skim's matcher reads it: the quick byte search that finds where its first
//! match in a text ends, and what skim's score of that prefix depends on and is bounded by.

/// A query as skim's matcher compares it: character by character, ignoring ASCII case unless
/// the query has an ASCII capital ("smart case").
pub(super) struct Pattern {
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

/// Skim's best score for one matched character: 16, plus a bonus of at most 8.
const BEST_MATCH: i64 = 24;
/// What skim takes off for a run of unmatched characters: 3, and 1 for each character.
const GAP_START: i64 = 3;

impl Needle {
    /// The length of the bytes it matches.
    fn len(&self) -> usize {
        match self {
            Needle::Byte(_) | Needle::EitherCase(..) => 1,
            Needle::Encoded(encoded) => encoded.len(),
        }
    }

    /// Where the needle's last occurrence in `haystack` starts.
    fn last_start_in(&self, haystack: &[u8]) -> Option<usize> {
        match self {
            Needle::Byte(byte) => haystack.iter().rposition(|b| b == byte),
            Needle::EitherCase(lower, upper) => haystack.iter().rposition(|b| b == lower || b == upper),
            Needle::Encoded(encoded) => memchr::memmem::rfind(haystack, encoded),
        }
    }

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
    pub(super) fn new(query: &str) -> Pattern {
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
    pub(super) fn first_match_end(&self, text: &str) -> Option<usize> {
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

    /// What skim's score of `prefix` (a text cut after its first match, see
    /// [`Pattern::first_match_end`]) depends on: two prefixes with the same key score the
    /// same. And the highest score it can have.
    ///
    /// A one-character query is scored by the character it first matches and the one before
    /// it. A longer one: skim finds the shortest window ending where the first match ends
    /// that holds the query, by a backward search starting at the first match; it then
    /// scores the characters from (window start − first match start) to the end, counted
    /// from the start of the text, with nothing before them. Every matched character scores
    /// at most [`BEST_MATCH`]; every other one in the window costs at least 1, and a run of
    /// them [`GAP_START`] more.
    pub(super) fn scoring<'t>(&self, prefix: &'t str) -> (&'t str, i64) {
        match self.needles.as_slice() {
            [] => (prefix, 0),
            [_] => {
                let mut chars = prefix.char_indices().rev();
                let _matched = chars.next();
                let key = chars.next().and_then(|(before, _)| prefix.get(before..)).unwrap_or(prefix);
                (key, BEST_MATCH)
            }
            [first, ..] => {
                let bytes = prefix.as_bytes();
                let first_start = first.end_in(bytes, Reach::Far).map_or(0, |end| end - first.len());
                let mut start = bytes.len();
                for needle in self.needles.iter().rev() {
                    match bytes.get(..start).and_then(|before| needle.last_start_in(before)) {
                        Some(at) => start = at,
                        None => return (prefix, i64::MAX),
                    }
                }
                let (key, window) = if prefix.is_ascii() {
                    (prefix.get(start - first_start..).unwrap_or(prefix), bytes.len() - start)
                } else {
                    let chars_before = |at: usize| prefix.get(..at).map_or(0, |p| p.chars().count());
                    let from = chars_before(start).saturating_sub(chars_before(first_start));
                    let key = prefix.char_indices().nth(from).and_then(|(at, _)| prefix.get(at..));
                    (key.unwrap_or(prefix), prefix.get(start..).map_or(0, |w| w.chars().count()))
                };
                let gaps = window.saturating_sub(self.needles.len()) as i64;
                let bound = BEST_MATCH * self.needles.len() as i64 - if gaps > 0 { GAP_START + gaps } else { 0 };
                (key, bound)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::overlays::finder::matcher;
    use fuzzy_matcher::FuzzyMatcher;
    use proptest::prelude::*;
    use std::collections::HashMap;

    fn skim(text: &str, query: &str) -> Option<i64> {
        matcher().fuzzy_match(text, query)
    }

    proptest! {
        /// Scoring the prefix up to the first match gives skim's score of the whole text.
        #[test]
        fn the_prefix_scores_as_the_whole_text(text in "[a-cA-CéÉ中 .1-]{0,40}", query in "[a-cA-CéÉ中1 ]{0,4}") {
            let prefix = Pattern::new(&query).first_match_end(&text).map(|end| &text[..end]);
            prop_assert_eq!(prefix.and_then(|p| skim(p, &query)), skim(&text, &query));
        }

        /// Texts with the same key score the same, and none above its bound.
        #[test]
        fn the_key_decides_the_score_and_the_bound_holds(
            texts in prop::collection::vec("[abAé ]{0,9}", 1..300),
            query in "[abAé]{1,3}",
        ) {
            let pattern = Pattern::new(&query);
            let mut seen: HashMap<String, Option<i64>> = HashMap::new();
            for text in &texts {
                let Some(end) = pattern.first_match_end(text) else { continue };
                let (key, bound) = pattern.scoring(&text[..end]);
                let score = skim(text, &query);
                prop_assert!(score.unwrap_or(i64::MIN) <= bound, "{:?} > {} for {:?}", score, bound, text);
                let first = *seen.entry(key.to_string()).or_insert(score);
                prop_assert_eq!(first, score, "key {:?} of {:?}", key, text);
            }
        }
    }
}
