//! How gemeente and OCMW split their roles (section 4.2.3 of the 2010 report; Struyven's roles).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Besturen, Bestuur};

/// A role a local government can take (Sannen, Janssens & Struyven 1999, Tabel 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Rol {
    /// Regelgever.
    Regelgever,
    /// Financier / investeerder.
    Financier,
    /// Beleidsvormer.
    Beleidsvormer,
    /// Stimulator / katalysator.
    Stimulator,
    /// Informerend / adviserend.
    Informerend,
    /// Regisseur.
    Regisseur,
    /// Werkgever.
    Werkgever,
    /// Aanbieder van opleiding, begeleiding, werkervaring.
    Aanbieder,
    /// Bemiddelaar.
    Bemiddelaar,
    /// Initiator / organisator.
    Initiator,
}

/// The four groups of roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RolGroep {
    /// Beleidsbepalend.
    Beleidsbepalend,
    /// Beleidsondersteunend.
    Beleidsondersteunend,
    /// Beleidscoördinerend.
    Beleidscoordinerend,
    /// Beleidsuitvoerend.
    Beleidsuitvoerend,
}

impl RolGroep {
    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            RolGroep::Beleidsbepalend => "beleidsbepalend",
            RolGroep::Beleidsondersteunend => "beleidsondersteunend",
            RolGroep::Beleidscoordinerend => "beleidscoördinerend",
            RolGroep::Beleidsuitvoerend => "beleidsuitvoerend",
        }
    }
}

impl Rol {
    /// Every role, grouped in the order of Tabel 5.
    pub const ALL: [Rol; 10] = [
        Rol::Regelgever,
        Rol::Financier,
        Rol::Beleidsvormer,
        Rol::Stimulator,
        Rol::Informerend,
        Rol::Regisseur,
        Rol::Werkgever,
        Rol::Aanbieder,
        Rol::Bemiddelaar,
        Rol::Initiator,
    ];

    /// The group this role belongs to.
    pub fn group(self) -> RolGroep {
        match self {
            Rol::Regelgever | Rol::Financier | Rol::Beleidsvormer => RolGroep::Beleidsbepalend,
            Rol::Stimulator | Rol::Informerend => RolGroep::Beleidsondersteunend,
            Rol::Regisseur => RolGroep::Beleidscoordinerend,
            Rol::Werkgever | Rol::Aanbieder | Rol::Bemiddelaar | Rol::Initiator => RolGroep::Beleidsuitvoerend,
        }
    }

    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Rol::Regelgever => "regelgever",
            Rol::Financier => "financier/investeerder",
            Rol::Beleidsvormer => "beleidsvormer",
            Rol::Stimulator => "stimulator/katalysator",
            Rol::Informerend => "informerend/adviserend",
            Rol::Regisseur => "regisseur",
            Rol::Werkgever => "werkgever",
            Rol::Aanbieder => "aanbieder opleiding/begeleiding",
            Rol::Bemiddelaar => "bemiddelaar",
            Rol::Initiator => "initiator/organisator",
        }
    }
}

/// A phase of the policy cycle (the HIVA note on Kortrijk, §3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Fase {
    /// Planning, normering, advisering.
    Planning,
    /// Bepaling, beslissing.
    Beslissing,
    /// Uitvoering.
    Uitvoering,
    /// Evaluatie.
    Evaluatie,
}

impl Fase {
    /// Every phase in cycle order.
    pub const ALL: [Fase; 4] = [Fase::Planning, Fase::Beslissing, Fase::Uitvoering, Fase::Evaluatie];

    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Fase::Planning => "planning/normering/advisering",
            Fase::Beslissing => "bepaling/beslissing",
            Fase::Uitvoering => "uitvoering",
            Fase::Evaluatie => "evaluatie",
        }
    }
}

/// A column of the gemeente–OCMW grid: a role or a phase of the policy cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Taak {
    /// A Struyven role.
    Rol(Rol),
    /// A phase of the policy cycle.
    Fase(Fase),
}

impl Taak {
    /// The roles in group order, then the phases.
    pub const ALL: [Taak; 14] = [
        Taak::Rol(Rol::Regelgever),
        Taak::Rol(Rol::Financier),
        Taak::Rol(Rol::Beleidsvormer),
        Taak::Rol(Rol::Stimulator),
        Taak::Rol(Rol::Informerend),
        Taak::Rol(Rol::Regisseur),
        Taak::Rol(Rol::Werkgever),
        Taak::Rol(Rol::Aanbieder),
        Taak::Rol(Rol::Bemiddelaar),
        Taak::Rol(Rol::Initiator),
        Taak::Fase(Fase::Planning),
        Taak::Fase(Fase::Beslissing),
        Taak::Fase(Fase::Uitvoering),
        Taak::Fase(Fase::Evaluatie),
    ];

    /// Who holds this role or phase in a split; `None` is neither.
    pub fn holder(self, split: &RoleSplit) -> Option<Besturen> {
        match self {
            Taak::Rol(rol) => split.rollen.get(&rol).copied(),
            Taak::Fase(fase) => split.fasen.get(&fase).copied(),
        }
    }

    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Taak::Rol(rol) => rol.label(),
            Taak::Fase(fase) => fase.label(),
        }
    }

    /// Three-letter column header.
    pub fn short(self) -> &'static str {
        match self {
            Taak::Rol(Rol::Regelgever) => "Reg",
            Taak::Rol(Rol::Financier) => "Fin",
            Taak::Rol(Rol::Beleidsvormer) => "Bvo",
            Taak::Rol(Rol::Stimulator) => "Sti",
            Taak::Rol(Rol::Informerend) => "Inf",
            Taak::Rol(Rol::Regisseur) => "Rgs",
            Taak::Rol(Rol::Werkgever) => "Wgv",
            Taak::Rol(Rol::Aanbieder) => "Aan",
            Taak::Rol(Rol::Bemiddelaar) => "Bem",
            Taak::Rol(Rol::Initiator) => "Ini",
            Taak::Fase(Fase::Planning) => "Pla",
            Taak::Fase(Fase::Beslissing) => "Bes",
            Taak::Fase(Fase::Uitvoering) => "Uit",
            Taak::Fase(Fase::Evaluatie) => "Eva",
        }
    }

    /// The group heading of this column.
    pub fn group_label(self) -> &'static str {
        match self {
            Taak::Rol(rol) => rol.group().label(),
            Taak::Fase(_) => "beleidscyclus",
        }
    }
}

/// "Enkele cijfers" per bestuur: fields a facilitator fills in; the report publishes none.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Cijfers {
    /// % of time the schepen / OCMW-voorzitter spends on the domain.
    pub tijd_mandataris_pct: BTreeMap<Bestuur, f64>,
    /// Leading staff in FTE (VTE).
    pub vte_leidinggevend: BTreeMap<Bestuur, f64>,
    /// Executing staff in FTE (VTE).
    pub vte_uitvoerend: BTreeMap<Bestuur, f64>,
    /// Money spent on policy (euro).
    pub middelen_beleid: BTreeMap<Bestuur, f64>,
    /// Money spent by the bestuur as actor itself (euro).
    pub middelen_eigen_actor: BTreeMap<Bestuur, f64>,
    /// Money spent supporting third-party actors (euro).
    pub middelen_derden: BTreeMap<Bestuur, f64>,
}

impl Cijfers {
    /// Every field with its Dutch label, in display order.
    pub fn fields(&self) -> [(&'static str, &BTreeMap<Bestuur, f64>); 6] {
        [
            ("tijd mandataris (%)", &self.tijd_mandataris_pct),
            ("VTE leidinggevend", &self.vte_leidinggevend),
            ("VTE uitvoerend", &self.vte_uitvoerend),
            ("middelen beleid (€)", &self.middelen_beleid),
            ("middelen eigen actor (€)", &self.middelen_eigen_actor),
            ("middelen derden (€)", &self.middelen_derden),
        ]
    }

    /// Every field, to change, in the order of [`Cijfers::fields`].
    pub fn fields_mut(&mut self) -> [&mut BTreeMap<Bestuur, f64>; 6] {
        [
            &mut self.tijd_mandataris_pct,
            &mut self.vte_leidinggevend,
            &mut self.vte_uitvoerend,
            &mut self.middelen_beleid,
            &mut self.middelen_eigen_actor,
            &mut self.middelen_derden,
        ]
    }
}

/// The gemeente–OCMW split of one municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleSplit {
    /// Id of the municipality.
    pub municipality: String,
    /// The bestuur that takes the lead.
    pub trekker: Besturen,
    /// Whether the task division is formalised.
    pub geformaliseerd: bool,
    /// Who holds each role; a role held by neither is absent.
    #[serde(default)]
    pub rollen: BTreeMap<Rol, Besturen>,
    /// Who holds each phase of the policy cycle; absent is neither.
    #[serde(default)]
    pub fasen: BTreeMap<Fase, Besturen>,
    /// The figures of "Enkele cijfers", where filled in.
    #[serde(default)]
    pub cijfers: Cijfers,
    /// Where the split comes from: `rapport r. …`, `HIVA-nota r. …` or `illustratief`; absent
    /// when the dataset does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The measurement (moment) this record belongs to; `None` is the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_has_a_role() {
        for group in [
            RolGroep::Beleidsbepalend,
            RolGroep::Beleidsondersteunend,
            RolGroep::Beleidscoordinerend,
            RolGroep::Beleidsuitvoerend,
        ] {
            assert!(Rol::ALL.iter().any(|r| r.group() == group), "{}", group.label());
        }
    }
}
