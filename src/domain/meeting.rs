//! Meetings (vergaderingen) of the steering group.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// One meeting; actions agreed during it carry its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Stable id within the workspace.
    pub id: u64,
    /// The day it was held.
    pub date: Date,
    /// Title.
    pub title: String,
    /// Who attended.
    #[serde(default)]
    pub attendees: Vec<String>,
    /// Who sent apologies (verontschuldigd).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excused: Vec<String>,
    /// True once the meeting was ended.
    #[serde(default)]
    pub ended: bool,
    /// The measurement in view when it started, when that was not the project's first (see
    /// [`super::Measurements::key`]): the minutes say which measurement they speak of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<String>,
}
