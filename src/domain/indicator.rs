//! Indicators: the yes/no sub-questions of the questionnaire (appendix 2 of the 2010 report *Regie van sociale economie in Zuid-West-Vlaanderen*).

use serde::{Deserialize, Serialize};

/// The "component" number of section 0 of the questionnaire (000:434, "Relevante
/// beleidsinstrumenten": the plans and fora a bestuur has): its indicators are asked in the
/// questionnaire but stand in no column of the matrix.
pub const INSTRUMENTS: u8 = 0;

/// The heading of section 0 of the questionnaire.
pub const INSTRUMENTS_LABEL: &str = "Relevante beleidsinstrumenten";

/// One sub-question; its id (`2.1.1b`) encodes component, question number and letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Id of the form `<component>.<n>.<n><letter>`, e.g. `1.1.2d`.
    pub id: String,
    /// Dutch label shown in the drill-down and in `regie check`.
    pub label: String,
    /// The sub-question as asked: the questionnaire's own words where it stands in it.
    pub question: String,
    /// Where the question stands in the questionnaire (appendix 2 of the report) and in which
    /// words; absent for an indicator not in it, or in a dataset of one's own.
    #[serde(default)]
    pub appendix: Option<Appendix>,
    /// For an indicator not in the questionnaire: where the analysis takes it from.
    #[serde(default)]
    pub elsewhere: Option<Elsewhere>,
    /// The report's sentence behind the regional total, and whether it gives a count.
    #[serde(default)]
    pub report: Option<ReportCount>,
}

/// The place of a question in appendix 2 of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appendix {
    /// The line of the report (seed 000) it stands on.
    pub line: usize,
    /// The questionnaire's own words, as they stand there.
    pub words: String,
    /// Where the indicator's wording is the analysis's own reformulation of those words: how
    /// it reads them.
    #[serde(default)]
    pub own: Option<String>,
}

/// Where an indicator that is not in the questionnaire comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Elsewhere {
    /// Its place: `rapport r. 175`.
    pub source: String,
    /// How the analysis comes to it.
    pub why: String,
}

/// The report's sentence behind an indicator's regional total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportCount {
    /// The sentence, word for word.
    pub quote: String,
    /// Its place: `rapport r. 175`.
    pub source: String,
    /// Whether the sentence gives a count (one of the report's 43): the regional total is then
    /// the report's; otherwise it is the dataset's own.
    #[serde(default)]
    pub counted: bool,
}

impl Indicator {
    /// The component number (first part of the id), if the id is well formed.
    pub fn component(&self) -> Option<u8> {
        parse_id(&self.id).map(|(component, _)| component)
    }

    /// Whether the report gives a count for this indicator: its regional total is the report's.
    pub fn counted_by_report(&self) -> bool {
        self.report.as_ref().is_some_and(|r| r.counted)
    }

    /// What marks the question in the questionnaire, where it is not simply the appendix's own
    /// question with a count of the report: `bijlage 2, vraag 1.1.2 · eigen herformulering van
    /// de analyse · geen telling in het rapport`.
    pub fn marks(&self) -> String {
        let mut marks = Vec::new();
        match (&self.appendix, &self.elsewhere) {
            (Some(appendix), _) => {
                let number = self.question_number().unwrap_or(&self.id);
                marks.push(format!("bijlage 2, vraag {number} (rapport r. {})", appendix.line));
                if appendix.own.is_some() {
                    marks.push("eigen herformulering van de analyse".to_string());
                }
            }
            (None, Some(elsewhere)) => marks.push(format!("niet in de vragenlijst: {}", elsewhere.source)),
            (None, None) => {}
        }
        let sourced = self.appendix.is_some() || self.elsewhere.is_some() || self.report.is_some();
        if sourced && !self.counted_by_report() {
            marks.push("geen telling in het rapport".to_string());
        }
        marks.join(" · ")
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
