//! The two local governments (besturen) of a municipality.

use serde::{Deserialize, Serialize};

/// One local government: the gemeente (in Kortrijk the stad) or the OCMW.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Bestuur {
    /// The municipality itself (the stad in a centrumstad).
    Gemeente,
    /// The public centre for social welfare.
    Ocmw,
}

/// Which besturen something concerns: one of them or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Besturen {
    /// Only the gemeente.
    Gemeente,
    /// Only the OCMW.
    Ocmw,
    /// Gemeente and OCMW together.
    Beide,
}

impl Besturen {
    /// The single besturen this value stands for.
    pub fn members(self) -> &'static [Bestuur] {
        match self {
            Besturen::Gemeente => &[Bestuur::Gemeente],
            Besturen::Ocmw => &[Bestuur::Ocmw],
            Besturen::Beide => &[Bestuur::Gemeente, Bestuur::Ocmw],
        }
    }

    /// Whether this value and `other` name a bestuur in common.
    pub fn overlaps(self, other: Besturen) -> bool {
        self.members().iter().any(|b| other.members().contains(b))
    }

    /// The short code shown in narrow columns: G, O or G+O.
    pub fn code(self) -> &'static str {
        match self {
            Besturen::Gemeente => "G",
            Besturen::Ocmw => "O",
            Besturen::Beide => "G+O",
        }
    }

    /// The word written in a workbook or typed in a form: gemeente, ocmw, beide.
    pub fn word(self) -> &'static str {
        match self {
            Besturen::Gemeente => "gemeente",
            Besturen::Ocmw => "ocmw",
            Besturen::Beide => "beide",
        }
    }

    /// The besturen a word names: its [`Besturen::word`] or code (G, O, G+O), any case.
    pub fn parse(word: &str) -> Option<Besturen> {
        match word.trim().to_lowercase().as_str() {
            "gemeente" | "g" => Some(Besturen::Gemeente),
            "ocmw" | "o" => Some(Besturen::Ocmw),
            "beide" | "g+o" => Some(Besturen::Beide),
            _ => None,
        }
    }

    /// The Dutch word shown to the room.
    pub fn label(self) -> &'static str {
        match self {
            Besturen::Gemeente => "gemeente",
            Besturen::Ocmw => "OCMW",
            Besturen::Beide => "gemeente en OCMW",
        }
    }
}

impl From<Bestuur> for Besturen {
    fn from(bestuur: Bestuur) -> Self {
        match bestuur {
            Bestuur::Gemeente => Besturen::Gemeente,
            Bestuur::Ocmw => Besturen::Ocmw,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beide_overlaps_each_single_bestuur() {
        assert!(Besturen::Beide.overlaps(Besturen::Gemeente));
        assert!(Besturen::Ocmw.overlaps(Besturen::Beide));
        assert!(!Besturen::Gemeente.overlaps(Besturen::Ocmw));
    }
}
