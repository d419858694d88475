//! Actors: social enterprises and support partners, and how they relate to municipalities.

use serde::{Deserialize, Serialize};

use super::Besturen;

/// Form of subsidy / kind of organisation (seed 001).
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
}

impl RelationKind {
    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            RelationKind::EigenActor => "eigen actor",
            RelationKind::Klant => "klant",
            RelationKind::Overeenkomst => "overeenkomst",
            RelationKind::Bestuurszetel => "bestuurszetel",
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
    /// Its relations with municipalities.
    #[serde(default)]
    pub relations: Vec<Relation>,
}

impl Actor {
    /// Whether this actor has any relation with the municipality.
    pub fn relates_to(&self, municipality: &str) -> bool {
        self.relations.iter().any(|r| r.municipality == municipality)
    }
}
