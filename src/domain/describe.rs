//! Dutch wording shared by the screens and the exports: what a link or an owner is called,
//! and the level a matrix cell shows.

use super::{AgreedRating, Dataset, Link, Owner, Workspace};

/// Dutch description of a link, with names from the dataset.
pub fn link_text(dataset: &Dataset, link: &Link) -> String {
    let municipality = |id: &str| dataset.municipality(id).map_or(id.to_string(), |m| m.name.clone());
    match link {
        Link::Municipality(id) => municipality(id),
        Link::Cell { municipality: id, component } => {
            let label = dataset.components().iter().find(|c| c.nr == *component).map_or("?", |c| c.short.as_str());
            format!("{} · {label}", municipality(id))
        }
        Link::Finding { municipality: id, indicator } => format!("{} · {indicator}", municipality(id)),
        Link::Actor(id) => dataset.actors().iter().find(|a| a.id == *id).map_or(id.clone(), |a| a.name.clone()),
    }
}

/// Dutch description of an owner, with actor names from the dataset.
pub fn owner_text(dataset: &Dataset, owner: Option<&Owner>) -> String {
    match owner {
        None => "—".to_string(),
        Some(Owner::Gemeente) => "gemeente".to_string(),
        Some(Owner::Ocmw) => "OCMW".to_string(),
        Some(Owner::Beide) => "gemeente en OCMW".to_string(),
        Some(Owner::Actor(id)) => dataset.actors().iter().find(|a| a.id == *id).map_or(id.clone(), |a| a.name.clone()),
        Some(Owner::Tekst(text)) => text.clone(),
    }
}

/// The rating a meeting agreed for a cell (by position) in the dataset's measurement, if any.
pub fn agreed_rating<'w>(
    dataset: &Dataset,
    workspace: &'w Workspace,
    municipality: usize,
    component: usize,
) -> Option<&'w AgreedRating> {
    let municipality = dataset.municipalities().get(municipality)?;
    let component = dataset.components().get(component)?;
    workspace.rating(dataset.measurement_key(), &municipality.id, component.nr)
}

/// The level shown for a cell: the meeting's agreed rating in the dataset's measurement, else the computed one; and
/// whether it was agreed.
pub fn cell_level(
    dataset: &Dataset,
    workspace: &Workspace,
    municipality: usize,
    component: usize,
) -> (Option<u32>, bool) {
    let agreed = agreed_rating(dataset, workspace, municipality, component).map(|r| u32::from(r.level));
    match agreed {
        Some(level) => (Some(level), true),
        None => (dataset.cell_score(municipality, component).level(), false),
    }
}
