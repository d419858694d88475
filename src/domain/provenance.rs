//! Where a dataset comes from, and whether its distribution is illustrative.

use serde::{Deserialize, Serialize};

/// The provenance the app shows in its banner and `regie check` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// Title of the analysis.
    pub title: String,
    /// The sources it is based on.
    pub source: String,
    /// True when the per-municipality distribution is an example, not the real results.
    pub illustrative: bool,
    /// What a reader must know about the data, in Dutch.
    pub note: String,
}
