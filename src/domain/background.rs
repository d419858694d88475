//! The background from the sources: texts quoted from the report and the HIVA note, each
//! about a subject (the definition of regie, a component, an indicator, a role, a phase, a
//! variant of regie, a municipality) and with its place in the source.

use serde::{Deserialize, Serialize};

use super::{Dataset, Fase, RegieVariant, Rol};

/// What a background text is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum About {
    /// The definition of regie.
    Regie,
    /// A component, by its number.
    Component(u8),
    /// An indicator, by its id.
    Indicator(String),
    /// A Struyven role.
    Rol(Rol),
    /// A phase of the policy cycle.
    Fase(Fase),
    /// A Pröpper variant of regie.
    Variant(RegieVariant),
    /// A municipality, by its id.
    Municipality(String),
    /// Regisseur or actor: the classes direct, indirect and neither (report 4.2.2).
    RegisseurActor,
    /// The relation of gemeente and OCMW: trekker and task division (report 4.2.3).
    GemeenteOcmw,
    /// How a municipality's gemeente and OCMW split their roles, by the municipality's id.
    Rolverdeling(String),
}

/// One text from a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackgroundEntry {
    /// What it is about.
    pub about: About,
    /// The heading shown above it.
    pub title: String,
    /// The paragraphs, quoted from the source as they stand there.
    pub paragraphs: Vec<String>,
    /// Its place: `rapport r. 115` or `HIVA-nota r. 300–320`.
    pub source: String,
    /// Whether the paragraphs stand word for word in the source (the default); `false` for a
    /// table written out as sentences, whose figures all stand in it.
    #[serde(default = "word_for_word")]
    pub verbatim: bool,
}

fn word_for_word() -> bool {
    true
}

/// The two sources a background text can come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seed {
    /// The 2010 report (seed 000).
    Rapport,
    /// The HIVA note on Kortrijk (seed 001).
    HivaNota,
}

/// The source and the line range a place names (`rapport r. 113–127`), or `None` when it
/// does not read as one.
pub fn place(source: &str) -> Option<(Seed, usize, usize)> {
    let (seed, lines) = if let Some(rest) = source.strip_prefix("rapport r. ") {
        (Seed::Rapport, rest)
    } else {
        (Seed::HivaNota, source.strip_prefix("HIVA-nota r. ")?)
    };
    let (first, last) = lines.split_once('–').unwrap_or((lines, lines));
    let (first, last) = (first.trim().parse().ok()?, last.trim().parse().ok()?);
    (0 < first && first <= last).then_some((seed, first, last))
}

/// Every problem of the background texts against a dataset: (item, field, message).
pub fn check(entries: &[BackgroundEntry], dataset: &Dataset) -> Vec<(usize, &'static str, String)> {
    let mut problems = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let missing = match &entry.about {
            About::Component(nr) if !dataset.components().iter().any(|c| c.nr == *nr) => {
                Some(format!("component {nr} bestaat niet"))
            }
            About::Indicator(id) if dataset.indicator(id).is_none() => Some(format!("indicator '{id}' bestaat niet")),
            About::Municipality(id) | About::Rolverdeling(id) if dataset.municipality(id).is_none() => {
                Some(format!("gemeente '{id}' bestaat niet"))
            }
            _ => None,
        };
        if let Some(message) = missing {
            problems.push((index, "about", message));
        }
        if entry.title.trim().is_empty() {
            problems.push((index, "title", "titel is leeg".to_string()));
        }
        if entry.paragraphs.is_empty() || entry.paragraphs.iter().any(|p| p.trim().is_empty()) {
            problems.push((index, "paragraphs", "lege tekst".to_string()));
        }
        if place(&entry.source).is_none() {
            let message =
                format!("bron '{}' heeft niet de vorm 'rapport r. 115' of 'HIVA-nota r. 300–320'", entry.source);
            problems.push((index, "source", message));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_names_its_source_and_lines() {
        assert_eq!(place("rapport r. 115"), Some((Seed::Rapport, 115, 115)));
        assert_eq!(place("HIVA-nota r. 300–320"), Some((Seed::HivaNota, 300, 320)));
        for wrong in ["rapport 115", "HIVA-nota r. 320–300", "rapport r. 0", "boek r. 1", "rapport r. x"] {
            assert_eq!(place(wrong), None, "{wrong}");
        }
    }
}
