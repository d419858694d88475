//! Findings: a municipality's verdict on one indicator, with a note.

use serde::{Deserialize, Serialize};

use super::Besturen;

/// The verdict (oordeel) on an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Verdict {
    /// Not known; left out of every score.
    Onbekend,
    /// No.
    Nee,
    /// Partly.
    Deels,
    /// Yes.
    Ja,
}

impl Verdict {
    /// Every verdict, in the order the `v` key cycles through them.
    pub const CYCLE: [Verdict; 4] = [Verdict::Ja, Verdict::Deels, Verdict::Nee, Verdict::Onbekend];

    /// Points in halves (ja = 2, deels = 1, nee = 0); `None` for onbekend.
    pub fn half_points(self) -> Option<u32> {
        match self {
            Verdict::Ja => Some(2),
            Verdict::Deels => Some(1),
            Verdict::Nee => Some(0),
            Verdict::Onbekend => None,
        }
    }

    /// The next verdict in [`Verdict::CYCLE`].
    pub fn next(self) -> Verdict {
        let at = Self::CYCLE.iter().position(|v| *v == self).unwrap_or(0);
        Self::CYCLE[(at + 1) % Self::CYCLE.len()]
    }

    /// The Dutch word shown to the room.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Ja => "ja",
            Verdict::Deels => "deels",
            Verdict::Nee => "nee",
            Verdict::Onbekend => "onbekend",
        }
    }

    /// A glyph that tells the verdict apart without colour.
    pub fn glyph(self) -> &'static str {
        match self {
            Verdict::Ja => "●",
            Verdict::Deels => "◐",
            Verdict::Nee => "○",
            Verdict::Onbekend => "?",
        }
    }

    /// The verdict of a municipality given the verdicts of its besturen: the best known one.
    pub fn combine(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
        verdicts.into_iter().max().unwrap_or(Verdict::Onbekend)
    }
}

/// One finding: what the analysis says about one municipality on one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// Id of the municipality.
    pub municipality: String,
    /// Id of the indicator.
    pub indicator: String,
    /// Which bestuur the answer concerns.
    pub bestuur: Besturen,
    /// The verdict.
    pub verdict: Verdict,
    /// A short Dutch note behind the verdict.
    pub note: String,
    /// Where the finding comes from, when not the analysis itself: `rapport r. 175`,
    /// `HIVA-nota r. 593` or `illustratief`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycle_visits_every_verdict_and_returns() {
        let mut verdict = Verdict::Ja;
        for expected in [Verdict::Deels, Verdict::Nee, Verdict::Onbekend, Verdict::Ja] {
            verdict = verdict.next();
            assert_eq!(verdict, expected);
        }
    }

    #[test]
    fn either_bestuur_answering_ja_makes_ja() {
        assert_eq!(Verdict::combine([Verdict::Nee, Verdict::Ja]), Verdict::Ja);
        assert_eq!(Verdict::combine([Verdict::Onbekend, Verdict::Deels]), Verdict::Deels);
        assert_eq!(Verdict::combine([Verdict::Onbekend]), Verdict::Onbekend);
        assert_eq!(Verdict::combine([]), Verdict::Onbekend);
    }
}
