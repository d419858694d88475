//! The four components of regie (Pröpper, Litjens & Weststeijn 2004).

use serde::{Deserialize, Serialize};

/// One component of regie, with the opening question asked in the interviews.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// Number 1–4, the first digit of its indicator ids.
    pub nr: u8,
    /// Full Dutch label, e.g. `Overzicht over de gehele situatie`.
    pub label: String,
    /// Short Dutch label for narrow columns, e.g. `Overzicht`.
    pub short: String,
    /// The opening question of this component in the questionnaire.
    pub question: String,
    /// Pröpper's activities that make up this component.
    pub activities: Vec<String>,
}
