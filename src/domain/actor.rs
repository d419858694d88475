//! Actors: social enterprises and support partners, and how they relate to municipalities.

use serde::{Deserialize, Serialize};

use super::Besturen;

/// Form of subsidy / kind of organisation (the HIVA note on the social economy in Kortrijk).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Vorm {
    /// Degressieve subsidiëring (invoegbedrijven).
    Degressief,
    /// Permanente subsidiëring (beschutte en sociale werkplaatsen, arbeidszorg).
    Permanent,
    /// Tijdelijke subsidiëring (opleiding, begeleiding, werkervaring).
    Tijdelijk,
    /// Nieuwe (lokale) diensteneconomie.
    Diensteneconomie,
    /// A support partner, not a social enterprise.
    Ondersteuning,
}

impl Vorm {
    /// Every form, in the order of the HIVA note.
    pub const ALL: [Vorm; 5] =
        [Vorm::Degressief, Vorm::Permanent, Vorm::Tijdelijk, Vorm::Diensteneconomie, Vorm::Ondersteuning];

    /// The form a word names (its label, any case).
    pub fn parse(word: &str) -> Option<Vorm> {
        by_label(&Vorm::ALL, Vorm::label, word)
    }

    /// The forms a comma-separated list names; the first word that names none on error.
    pub fn parse_list(words: &str) -> Result<Vec<Vorm>, String> {
        let words = words.split([',', ';']).map(str::trim).filter(|w| !w.is_empty());
        words.map(|w| Vorm::parse(w).ok_or_else(|| w.to_string())).collect()
    }

    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Vorm::Degressief => "degressief",
            Vorm::Permanent => "permanent",
            Vorm::Tijdelijk => "tijdelijk",
            Vorm::Diensteneconomie => "diensteneconomie",
            Vorm::Ondersteuning => "ondersteuning",
        }
    }
}

/// Whether an actor works in one municipality or across the region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scope {
    /// Local.
    Lokaal,
    /// Regional.
    Regionaal,
}

impl Scope {
    /// Both scopes.
    pub const ALL: [Scope; 2] = [Scope::Lokaal, Scope::Regionaal];

    /// The scope a word names (its label, any case).
    pub fn parse(word: &str) -> Option<Scope> {
        by_label(&Scope::ALL, Scope::label, word)
    }

    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Scope::Lokaal => "lokaal",
            Scope::Regionaal => "regionaal",
        }
    }
}

/// How a municipality relates to an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RelationKind {
    /// Founded and strongly steered by gemeente/OCMW: the report's "eigen actor".
    EigenActor,
    /// The bestuur is a client.
    Klant,
    /// A cooperation agreement.
    Overeenkomst,
    /// A delegate sits in its governing body.
    Bestuurszetel,
    /// A support partner: the bestuur takes part in its overleg or network, or is assisted by it.
    Partner,
}

impl RelationKind {
    /// Every kind of relation.
    pub const ALL: [RelationKind; 5] = [
        RelationKind::EigenActor,
        RelationKind::Klant,
        RelationKind::Overeenkomst,
        RelationKind::Bestuurszetel,
        RelationKind::Partner,
    ];

    /// The kind a word names (its label, any case).
    pub fn parse(word: &str) -> Option<RelationKind> {
        by_label(&RelationKind::ALL, RelationKind::label, word)
    }

    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            RelationKind::EigenActor => "eigen actor",
            RelationKind::Klant => "klant",
            RelationKind::Overeenkomst => "overeenkomst",
            RelationKind::Bestuurszetel => "bestuurszetel",
            RelationKind::Partner => "partner",
        }
    }
}

/// One relation between an actor and a municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// Id of the municipality.
    pub municipality: String,
    /// What the relation is.
    pub kind: RelationKind,
    /// Which bestuur holds it.
    pub bestuur: Besturen,
    /// Where it comes from: `rapport r. 183`, `HIVA-nota r. 445` or `illustratief`; absent when
    /// the dataset does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Relation {
    /// Whether the dataset marks this relation as invented.
    pub fn is_illustrative(&self) -> bool {
        is_illustrative(self.source.as_deref())
    }
}

/// The value whose label is `word` (trimmed, any case).
fn by_label<T: Copy>(all: &[T], label: fn(T) -> &'static str, word: &str) -> Option<T> {
    let word = word.trim().to_lowercase();
    all.iter().copied().find(|&value| label(value) == word)
}

/// The labels of `all`, for a message naming the allowed values.
pub fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> String {
    all.iter().map(|&value| label(value)).collect::<Vec<_>>().join(", ")
}

/// Whether a record's source marks it as invented (it starts with `illustratief`).
pub fn is_illustrative(source: Option<&str>) -> bool {
    source.is_some_and(|s| s.trim_start().starts_with("illustratief"))
}

/// A social enterprise or support partner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable id, lowercase.
    pub id: String,
    /// Name as shown.
    pub name: String,
    /// Its forms (an initiative may have more than one).
    pub vormen: Vec<Vorm>,
    /// Local or regional.
    pub scope: Scope,
    /// What it does, in Dutch.
    pub activity: String,
    /// Where its activity and forms come from (`vorm: HIVA-nota r. 671; werking illustratief`);
    /// absent when the dataset does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Its relations with municipalities.
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Where the number of municipalities it is active in comes from, when a source counts it
    /// (e.g. `rapport r. 183`); without it that number only describes this dataset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_source: Option<String>,
}

impl Actor {
    /// Whether this actor has any relation with the municipality.
    pub fn relates_to(&self, municipality: &str) -> bool {
        self.relations.iter().any(|r| r.municipality == municipality)
    }
}
