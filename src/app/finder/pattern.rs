//! A query as skim's matcher reads it, and the quick byte search that finds where its
//! first match in a text ends.

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

    /// The highest score skim can give `prefix` (a text cut after its first match, see
    /// [`Pattern::first_match_end`]). Skim scores the shortest window ending there that holds
    /// the query, found backwards from the end; every matched character in it scores at
    /// most [`BEST_MATCH`], every other one costs at least 1, and a run of them [`GAP_START`] more.
    pub(super) fn score_bound(&self, prefix: &str) -> i64 {
        let bytes = prefix.as_bytes();
        let mut start = bytes.len();
        for needle in self.needles.iter().rev() {
            match bytes.get(..start).and_then(|before| needle.last_start_in(before)) {
                Some(at) => start = at,
                None => return i64::MAX,
            }
        }
        let window = prefix.get(start..).map_or(0, |w| w.chars().count());
        let matched = self.needles.len();
        let gaps = window.saturating_sub(matched) as i64;
        BEST_MATCH * matched as i64 - if gaps > 0 { GAP_START + gaps } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;
    use proptest::prelude::*;

    proptest! {
        /// Scoring the prefix up to the first match gives skim's score of the whole text.
        #[test]
        fn prefix_score_is_the_whole_texts_score(text in "[a-cA-CéÉ中 .1-]{0,40}", query in "[a-cA-CéÉ中1 ]{0,4}") {
            let matcher = SkimMatcherV2::default().element_limit(1);
            let whole = matcher.fuzzy_match(&text, &query);
            let prefix = Pattern::new(&query).first_match_end(&text).and_then(|end| matcher.fuzzy_match(&text[..end], &query));
            prop_assert_eq!(prefix, whole);
        }

        /// No text scores above its bound.
        #[test]
        fn the_score_bound_holds(text in "[a-cA-CéÉ中 .1-]{0,40}", query in "[a-cA-CéÉ中1 ]{1,4}") {
            let matcher = SkimMatcherV2::default().element_limit(1);
            let pattern = Pattern::new(&query);
            if let Some(end) = pattern.first_match_end(&text) {
                let score = matcher.fuzzy_match(&text[..end], &query).unwrap_or(i64::MIN);
                prop_assert!(score <= pattern.score_bound(&text[..end]), "{} > {}", score, pattern.score_bound(&text[..end]));
            }
        }
    }
}
