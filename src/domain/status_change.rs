//! What a meeting did with an action agreed earlier: the status it gave it, so that the
//! minutes can say which open actions were closed, dropped or left open.

use serde::{Deserialize, Serialize};

use super::FollowUpStatus;

/// The status an action was given in a meeting (the last one given there).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// The action's id.
    pub action: u64,
    /// The meeting it changed in.
    pub meeting: u64,
    /// The status it was given.
    pub status: FollowUpStatus,
}
