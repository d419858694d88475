//! Decisions (besluiten): what a meeting decided, recorded beside its actions.

use serde::{Deserialize, Serialize};

/// One decision of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Stable id within the workspace (shared with meetings and actions).
    pub id: u64,
    /// What was decided.
    pub text: String,
    /// The meeting that decided it.
    #[serde(default)]
    pub meeting: Option<u64>,
}
