//! The best hits of a search, kept while scoring: [`MAX_HITS`] at most.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::MAX_HITS;

/// A hit's rank: a higher score first, and of equal scores the earlier entry.
type Rank = (i64, Reverse<usize>);

/// The best [`MAX_HITS`] (score, entry) pairs offered so far.
#[derive(Debug, Default)]
pub(super) struct Best {
    /// The kept hits, the worst on top.
    heap: BinaryHeap<Reverse<Rank>>,
}

impl Best {
    /// Keeps the hit if it is among the best.
    pub(super) fn offer(&mut self, score: i64, entry: usize) {
        let rank = Reverse((score, Reverse(entry)));
        if self.heap.len() < MAX_HITS {
            self.heap.push(rank);
        } else if self.heap.peek().is_some_and(|worst| rank < *worst) {
            self.heap.pop();
            self.heap.push(rank);
        }
    }

    /// The score a hit must at least have to be kept, once [`MAX_HITS`] are kept.
    pub(super) fn threshold(&self) -> Option<i64> {
        if self.heap.len() < MAX_HITS {
            return None;
        }
        self.heap.peek().map(|Reverse((score, _))| *score)
    }

    /// Adds the hits kept by another search.
    pub(super) fn merge(&mut self, other: Best) {
        for Reverse((score, Reverse(entry))) in other.heap {
            self.offer(score, entry);
        }
    }

    /// The kept hits, best first.
    pub(super) fn into_sorted(self) -> Vec<(i64, usize)> {
        // Ascending order of `Reverse(rank)` is descending rank: best first.
        self.heap.into_sorted_vec().into_iter().map(|Reverse((score, Reverse(entry)))| (score, entry)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// What is kept is the best of everything offered, in order.
        #[test]
        fn keeps_the_best_in_order(scores in prop::collection::vec(-5i64..5, 0..500)) {
            let mut best = Best::default();
            for (entry, score) in scores.iter().enumerate() {
                best.offer(*score, entry);
            }
            let mut expected: Vec<(i64, usize)> = scores.iter().copied().zip(0..).collect();
            expected.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            expected.truncate(MAX_HITS);
            prop_assert_eq!(best.into_sorted(), expected);
        }
    }
}
