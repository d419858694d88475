//! Indicators: the yes/no sub-questions of the questionnaire (appendix 2 of the 2010 report *Regie van sociale economie in Zuid-West-Vlaanderen*).

use serde::{Deserialize, Serialize};

/// One sub-question; its id (`2.1.1b`) encodes component, question number and letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Id of the form `<component>.<n>.<n><letter>`, e.g. `1.1.2d`.
    pub id: String,
    /// Dutch label shown in the drill-down and in `regie check`.
    pub label: String,
    /// The sub-question as asked.
    pub question: String,
}

impl Indicator {
    /// The component number (first part of the id), if the id is well formed.
    pub fn component(&self) -> Option<u8> {
        parse_id(&self.id).map(|(component, _)| component)
    }

    /// The questionnaire number without the letter, e.g. `1.1.2` for `1.1.2d`.
    pub fn question_number(&self) -> Option<&str> {
        parse_id(&self.id).map(|(_, number)| number)
    }
}

/// Splits a well-formed indicator id into its component number and question number.
pub fn parse_id(id: &str) -> Option<(u8, &str)> {
    let number = id.strip_suffix(|c: char| c.is_ascii_lowercase())?;
    let parts: Vec<&str> = number.split('.').collect();
    let well_formed = parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    if !well_formed {
        return None;
    }
    Some((parts[0].parse().ok()?, number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_gives_component_and_question() {
        assert_eq!(parse_id("1.1.2d"), Some((1, "1.1.2")));
        assert_eq!(parse_id("4.2.1a"), Some((4, "4.2.1")));
    }

    #[test]
    fn malformed_ids_are_rejected() {
        for id in ["", "1.1.2", "1.1a", "a.1.1a", "1..1a", "1.1.1A", "1.1.1ab"] {
            assert_eq!(parse_id(id), None, "{id}");
        }
    }
}
