//! A workspace belongs to one dataset and refuses to open against another.

use std::path::Path;

use crate::domain::Workspace;
use crate::ronfile::Problem;
use crate::workspace::store;

/// Whether `workspace` (in `dir`) may open against the dataset with id `dataset` (`None`: the
/// shipped sample or a dataset directory without `project.ron`). A workspace without a
/// recorded dataset is an older one and opens as before; one that records a dataset opens only
/// against that dataset.
pub fn belongs(workspace: &Workspace, dataset: Option<&str>, dir: &Path) -> Result<(), Problem> {
    let Some(recorded) = workspace.dataset.as_deref() else { return Ok(()) };
    if Some(recorded) == dataset {
        return Ok(());
    }
    let other = dataset.map_or_else(|| "de ingebouwde voorbeelddataset".to_string(), |id| format!("dataset '{id}'"));
    let message = format!(
        "deze werkmap hoort bij dataset '{recorded}', niet bij {other}; open het project met --project (de werkmap blijft ongewijzigd)"
    );
    Err(Problem::whole_file(store::file(dir).display().to_string(), message))
}

/// Records the dataset in a workspace that records none yet and holds nothing yet (a fresh
/// project's workspace), so that from its first save on it belongs to that dataset.
pub fn adopt(workspace: &mut Workspace, dataset: Option<&str>) {
    let empty = Workspace {
        dataset: workspace.dataset.clone(),
        id_tag: workspace.id_tag,
        replica_names: workspace.replica_names.clone(),
        ..Workspace::default()
    };
    if workspace.dataset.is_none() && *workspace == empty {
        workspace.dataset = dataset.map(str::to_string);
    }
}

/// Reads the id of the dataset `source` names, refuses a workspace of another dataset and
/// lets an empty workspace adopt this one.
pub fn fit(source: &crate::dataset::Source, dir: &Path, workspace: &mut Workspace) -> Result<(), Problem> {
    let dataset_dir = match source {
        crate::dataset::Source::Directory(dir) => Some(dir.as_path()),
        crate::dataset::Source::Shipped => None,
    };
    let id = super::dataset_id(dataset_dir)?;
    belongs(workspace, id.as_deref(), dir)?;
    adopt(workspace, id.as_deref());
    Ok(())
}
