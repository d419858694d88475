//! A municipality of the region with its besturen.

use serde::{Deserialize, Serialize};

use super::{Besturen, Bestuur};

/// One of the municipalities in the analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Stable id, lowercase (e.g. `spiere-helkijn`).
    pub id: String,
    /// Name as shown (e.g. `Spiere-Helkijn`).
    pub name: String,
    /// The local governments that exist here; normally gemeente and OCMW.
    pub besturen: Vec<Bestuur>,
    /// True for the region's centre city, whose gemeente is called the stad.
    #[serde(default)]
    pub centrumstad: bool,
}

impl Municipality {
    /// Whether every bestuur that `who` names exists in this municipality.
    pub fn has(&self, who: Besturen) -> bool {
        who.members().iter().all(|b| self.besturen.contains(b))
    }

    /// The word for this municipality's gemeente: `stad` in a centrumstad.
    pub fn gemeente_word(&self) -> &'static str {
        if self.centrumstad { "stad" } else { "gemeente" }
    }
}
