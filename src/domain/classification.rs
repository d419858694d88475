//! Regisseur or actor (section 4.2.2 of the 2010 report) and Pröpper's variants of
//! regie (the HIVA note on Kortrijk).

use serde::{Deserialize, Serialize};

use super::Bestuur;

/// How a municipality stands as regisseur or actor, as recorded in the dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    /// Id of the municipality.
    pub municipality: String,
    /// The bestuur that holds an own LDE recognition, making it a direct actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lde_erkenning: Option<Bestuur>,
    /// The municipality deliberately chose not to be an actor itself.
    #[serde(default)]
    pub bewust_geen_actor: bool,
    /// Has an own policy vision ("eigen script").
    pub visie: bool,
    /// Has the strength to carry it through ("slagkracht").
    pub slagkracht: bool,
    /// Where the class and the quadrant come from: `rapport r. …`, `HIVA-nota r. …` or
    /// `illustratief`; absent when the dataset does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The measurement (moment) this record belongs to; `None` is the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<String>,
}

impl Classification {
    /// The class, given whether the municipality steers an eigen actor.
    pub fn klasse(&self, has_eigen_actor: bool) -> Klasse {
        match (self.lde_erkenning, has_eigen_actor) {
            (Some(_), _) => Klasse::Direct,
            (None, true) => Klasse::Indirect,
            (None, false) => Klasse::Geen,
        }
    }

    /// Whether anything is known about it: a source, or any answer other than the empty
    /// default a new project starts from. A municipality not yet asked is `nog niet
    /// bevraagd`, never "geen actor" or "faciliterende regie".
    pub fn answered(&self) -> bool {
        self.source.is_some() || self.lde_erkenning.is_some() || self.bewust_geen_actor || self.visie || self.slagkracht
    }

    /// The variant of regie from vision × slagkracht.
    pub fn variant(&self) -> RegieVariant {
        RegieVariant::of(self.visie, self.slagkracht)
    }
}

/// Regisseur/actor class of a municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Klasse {
    /// One bestuur holds an own LDE recognition.
    Direct,
    /// Not direct, but steers an eigen actor.
    Indirect,
    /// Neither direct nor indirect actor.
    Geen,
}

impl Klasse {
    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Klasse::Direct => "direct actor",
            Klasse::Indirect => "indirect actor",
            Klasse::Geen => "geen actor",
        }
    }

    /// One-letter code for the matrix column.
    pub fn code(self) -> &'static str {
        match self {
            Klasse::Direct => "D",
            Klasse::Indirect => "I",
            Klasse::Geen => "—",
        }
    }
}

/// What screens and reports say of a municipality whose classification is not yet asked.
pub const NOT_YET_ASKED: &str = "nog niet bevraagd";

/// Pröpper's four variants of regie (Schema 1 of the HIVA note on Kortrijk).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegieVariant {
    /// Vision and slagkracht.
    Beheersingsgericht,
    /// Slagkracht without own vision.
    Uitvoeringsgericht,
    /// Vision without slagkracht.
    Visionair,
    /// Neither.
    Faciliterend,
}

impl RegieVariant {
    /// The variant for a vision (eigen script) and a slagkracht answer.
    pub fn of(visie: bool, slagkracht: bool) -> RegieVariant {
        match (visie, slagkracht) {
            (true, true) => RegieVariant::Beheersingsgericht,
            (false, true) => RegieVariant::Uitvoeringsgericht,
            (true, false) => RegieVariant::Visionair,
            (false, false) => RegieVariant::Faciliterend,
        }
    }

    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            RegieVariant::Beheersingsgericht => "beheersingsgerichte regie",
            RegieVariant::Uitvoeringsgericht => "uitvoeringsgerichte regie",
            RegieVariant::Visionair => "visionaire regie",
            RegieVariant::Faciliterend => "faciliterende regie",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classification(lde: Option<Bestuur>) -> Classification {
        Classification {
            municipality: "x".into(),
            lde_erkenning: lde,
            bewust_geen_actor: lde.is_none(),
            visie: true,
            slagkracht: false,
            source: None,
            measurement: None,
        }
    }

    #[test]
    fn lde_recognition_makes_a_direct_actor_whatever_else() {
        let c = classification(Some(Bestuur::Ocmw));
        assert_eq!(c.klasse(true), Klasse::Direct);
        assert_eq!(c.klasse(false), Klasse::Direct);
    }

    #[test]
    fn eigen_actor_without_recognition_is_indirect() {
        let c = classification(None);
        assert_eq!(c.klasse(true), Klasse::Indirect);
        assert_eq!(c.klasse(false), Klasse::Geen);
    }

    #[test]
    fn quadrant_follows_schema_1() {
        assert_eq!(RegieVariant::of(true, true), RegieVariant::Beheersingsgericht);
        assert_eq!(RegieVariant::of(false, true), RegieVariant::Uitvoeringsgericht);
        assert_eq!(RegieVariant::of(true, false), RegieVariant::Visionair);
        assert_eq!(RegieVariant::of(false, false), RegieVariant::Faciliterend);
    }
}
