//! The one state of the app.

use std::collections::BTreeSet;

use jiff::civil::Date;

use crate::domain::Dataset;
use crate::keymap::{Context, Keymap};
use crate::workspace::{Baseline, Workspace};

use super::actions_view::ActionsView;
use super::history::History;
use super::overlay::Overlay;
use super::{Action, Screen};

/// The colour themes, cycled with `t`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ThemeName {
    /// For a dark terminal.
    #[default]
    Standaard,
    /// For a light terminal or a washed-out beamer.
    Licht,
    /// Maximum contrast.
    Contrast,
}

impl ThemeName {
    /// The next theme.
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Standaard => ThemeName::Licht,
            ThemeName::Licht => ThemeName::Contrast,
            ThemeName::Contrast => ThemeName::Standaard,
        }
    }

    /// Dutch name.
    pub fn label(self) -> &'static str {
        match self {
            ThemeName::Standaard => "standaard",
            ThemeName::Licht => "licht",
            ThemeName::Contrast => "hoog contrast",
        }
    }
}

/// How the screen is shown on the beamer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Projection {
    /// The colour theme.
    pub theme: ThemeName,
    /// `NO_COLOR` was set: styles without colour.
    pub no_color: bool,
    /// Presentation mode: no tabs, no status line.
    pub presentation: bool,
    /// The screen is blanked.
    pub blank: bool,
}

/// The status line: the last key and what it did, and a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    /// The last key, as spelled in keymaps.
    pub last_key: Option<String>,
    /// The command it ran.
    pub last_command: Option<&'static str>,
    /// A message about the result (e.g. what was undone).
    pub message: Option<String>,
}

/// Whether the workspace on disk is up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// This revision and all before it are durable.
    Saved(u64),
    /// Writing failed; the message says why.
    Failed(String),
    /// Another instance writes this workspace: nothing is saved from here.
    ReadOnly,
}

/// Everything the screens show, changed only by [`super::update`].
#[derive(Debug, Clone)]
pub struct Model {
    /// The dataset, with the edits made in this session.
    pub dataset: Dataset,
    /// The keymap in force (the help is generated from it).
    pub keymap: Keymap,
    /// The screen shown.
    pub screen: Screen,
    /// The selected municipality (matrix, regisseur and gemeente–OCMW rows).
    pub municipality: usize,
    /// The selected component (matrix column, drill-down).
    pub component: usize,
    /// Drill-down: the selected finding row.
    pub drill_row: usize,
    /// Gemeente–OCMW screen: the selected role/phase column.
    pub rollen_column: usize,
    /// Actoren screen: selected actor.
    pub actor_row: usize,
    /// Actions screen: selection, filter, sort.
    pub actions: ActionsView,
    /// Matrix cells (municipality, component) marked for one shared action.
    pub marked: BTreeSet<(usize, usize)>,
    /// Municipalities marked (regisseur, gemeente–OCMW screens) for one shared action.
    pub marked_municipalities: BTreeSet<usize>,
    /// Meetings, actions and edits: what is saved.
    pub workspace: Workspace,
    /// The shipped fields of the findings changed since start.
    pub baseline: Baseline,
    /// Counts the changes to the workspace.
    pub revision: u64,
    /// How far saving has got.
    pub saved: SaveState,
    /// Today, for due dates and new meetings.
    pub today: Date,
    /// The overlay on top of the screen, if any.
    pub overlay: Option<Overlay>,
    /// Theme and presentation.
    pub projection: Projection,
    /// The status line.
    pub status: Status,
    /// Undo and redo of edits.
    pub history: History,
    /// Damage to the workspace found when it was opened; in the banner all session.
    pub load_warning: Option<String>,
}

impl Model {
    /// A model on a dataset and a workspace whose finding edits are already applied to it.
    pub fn new(dataset: Dataset, keymap: Keymap, projection: Projection, today: Date) -> Model {
        Model {
            baseline: Baseline::default(),
            dataset,
            actions: ActionsView::default(),
            marked: BTreeSet::new(),
            marked_municipalities: BTreeSet::new(),
            workspace: Workspace::default(),
            revision: 0,
            saved: SaveState::Saved(0),
            today,
            keymap,
            screen: Screen::Matrix,
            municipality: 0,
            component: 0,
            drill_row: 0,
            rollen_column: 0,
            actor_row: 0,
            overlay: None,
            projection,
            status: Status::default(),
            history: History::default(),
            load_warning: None,
        }
    }

    /// The model with a loaded workspace, its references checked when it was opened: its
    /// finding edits are applied to the dataset.
    pub fn with_workspace(mut self, workspace: Workspace, read_only: bool) -> Model {
        crate::workspace::apply_edits(&mut self.dataset, &mut self.baseline, &[], &workspace.finding_edits);
        self.workspace = workspace;
        if read_only {
            self.saved = SaveState::ReadOnly;
        }
        self
    }

    /// Whether the workspace is written by another instance.
    pub fn read_only(&self) -> bool {
        self.saved == SaveState::ReadOnly
    }

    /// Whether every change is on disk.
    pub fn all_saved(&self) -> bool {
        self.saved == SaveState::Saved(self.revision)
    }

    /// The keymap context of what has the focus.
    pub fn context(&self) -> Context {
        self.overlay.as_ref().map_or(self.screen.context(), Overlay::context)
    }

    /// The findings listed in the drill-down of the selected matrix cell.
    pub fn drill_findings(&self) -> Vec<usize> {
        let indicators = self.dataset.component_indicators(self.component);
        let m = self.municipality;
        indicators.iter().flat_map(|&i| self.dataset.cell_findings(m, i).iter().copied()).collect()
    }

    /// The finding selected in the drill-down.
    pub fn selected_finding(&self) -> Option<usize> {
        self.drill_findings().get(self.drill_row).copied()
    }

    /// The key bound to an action where the focus is, spelled for a hint.
    pub fn hint(&self, action: &Action) -> String {
        self.keymap.key_for(self.context(), action).map_or_else(String::new, |k| k.to_string())
    }
}
