//! The score of a matrix cell: ja = 1, deels = ½, nee = 0, onbekend left out.

use super::Verdict;

/// The score of one municipality on one component, kept exact in half points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    /// Sum of the points in halves (ja = 2, deels = 1).
    pub half_points: u32,
    /// How many indicators had a known verdict.
    pub counted: u32,
    /// How many indicators were left out as onbekend.
    pub unknown: u32,
}

impl Score {
    /// The number of steps in the level glyph.
    pub const LEVELS: u32 = 4;

    /// Scores a set of verdicts.
    pub fn of(verdicts: impl IntoIterator<Item = Verdict>) -> Score {
        verdicts.into_iter().fold(Score::default(), |mut score, verdict| {
            score.add(verdict);
            score
        })
    }

    /// Counts one more verdict.
    pub fn add(&mut self, verdict: Verdict) {
        match verdict.half_points() {
            Some(points) => {
                self.half_points += points;
                self.counted += 1;
            }
            None => self.unknown += 1,
        }
    }

    /// Takes a counted verdict out again.
    pub fn remove(&mut self, verdict: Verdict) {
        match verdict.half_points() {
            Some(points) => {
                self.half_points = self.half_points.saturating_sub(points);
                self.counted = self.counted.saturating_sub(1);
            }
            None => self.unknown = self.unknown.saturating_sub(1),
        }
    }

    /// The fraction of the maximum, 0.0–1.0; `None` when nothing was known.
    pub fn fraction(&self) -> Option<f64> {
        (self.counted > 0).then(|| f64::from(self.half_points) / f64::from(2 * self.counted))
    }

    /// The level 0–[`Score::LEVELS`], rounded to the nearest step; `None` when nothing was known.
    pub fn level(&self) -> Option<u32> {
        let max = 2 * self.counted;
        // Round half up, exactly, in integers: level = round(LEVELS * half_points / max).
        (max > 0).then(|| (2 * Self::LEVELS * self.half_points + max) / (2 * max))
    }

    /// The points as shown, e.g. `9½` for 19 half points.
    pub fn points_text(&self) -> String {
        let whole = self.half_points / 2;
        match (whole, self.half_points % 2 == 1) {
            (0, true) => "½".to_string(),
            (w, true) => format!("{w}½"),
            (w, false) => w.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    #[test]
    fn ja_deels_nee_count_one_half_zero_and_onbekend_is_left_out() {
        let score = Score::of([Ja, Deels, Nee, Onbekend]);
        assert_eq!(score.half_points, 3);
        assert_eq!(score.counted, 3);
        assert_eq!(score.unknown, 1);
        assert_eq!(score.fraction(), Some(0.5));
        assert_eq!(score.points_text(), "1½");
    }

    #[test]
    fn level_rounds_to_the_nearest_quarter() {
        assert_eq!(Score::of([Ja, Ja, Ja, Ja]).level(), Some(4));
        assert_eq!(Score::of([Ja, Ja, Ja, Nee]).level(), Some(3));
        assert_eq!(Score::of([Nee, Nee, Nee]).level(), Some(0));
        // 5/8 = 0.625 → 2.5 quarters → rounds up to 3.
        assert_eq!(Score::of([Ja, Ja, Deels, Nee]).level(), Some(3));
        assert_eq!(Score::of([Deels, Nee, Nee]).level(), Some(1));
    }

    #[test]
    fn adding_and_removing_a_verdict_is_exact() {
        let mut score = Score::of([Ja, Deels, Onbekend]);
        score.remove(Ja);
        score.add(Nee);
        score.remove(Onbekend);
        score.add(Deels);
        assert_eq!(score, Score::of([Nee, Deels, Deels]));
    }

    #[test]
    fn only_onbekend_has_no_level() {
        let score = Score::of([Onbekend, Onbekend]);
        assert_eq!(score.level(), None);
        assert_eq!(score.fraction(), None);
    }
}
