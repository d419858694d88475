//! The one state of the app: what is loaded (changed only through commits, undo and redo),
//! the screens' selections, and the chrome around them.

use jiff::civil::Date;

use crate::command::Action;
use crate::domain::{Dataset, Workspace};
use crate::keymap::{Context, Keymap};
use crate::screen::Screen;

use super::loaded::Loaded;
use super::measurement_view::MeasurementView;
use super::overlays::Overlay;
use super::screens::Screens;

/// The colour themes, cycled with `t`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

    /// The theme that suits a terminal's own background, light or dark.
    pub fn suiting(light_background: bool) -> ThemeName {
        if light_background { ThemeName::Licht } else { ThemeName::Standaard }
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

/// What the app remembers from one run to the next (`state.ron` in the config directory):
/// the theme and presentation mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remembered {
    /// The colour theme.
    #[serde(default)]
    pub theme: ThemeName,
    /// Presentation mode.
    #[serde(default)]
    pub presentation: bool,
}

impl Projection {
    /// What of the projection is remembered.
    pub fn remembered(&self) -> Remembered {
        Remembered { theme: self.theme, presentation: self.presentation }
    }

    /// The projection with what was remembered from the last run.
    pub fn with(self, remembered: Remembered) -> Projection {
        Projection { theme: remembered.theme, presentation: remembered.presentation, ..self }
    }
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

/// What surrounds the screens: which one is shown, the overlay, the projection, the status.
#[derive(Debug, Clone, Default)]
pub struct Chrome {
    /// The screen shown.
    pub screen: Screen,
    /// The overlay on top of the screen, if any.
    pub overlay: Option<Overlay>,
    /// Theme and presentation.
    pub projection: Projection,
    /// The status line.
    pub status: Status,
    /// Damage to the workspace found when it was opened; in the banner all session.
    pub load_warning: Option<String>,
    /// The overlay the one on top returns to when it closes (the questionnaire under its help).
    pub beneath: Option<Box<Overlay>>,
    /// The workbook last named (to import), offered again by the import form.
    pub workbook: Option<std::path::PathBuf>,
}

/// Everything the screens show, changed only by [`super::update`].
#[derive(Debug, Clone)]
pub struct Model {
    /// Dataset, workspace and their history.
    pub loaded: Loaded,
    /// Each screen's state.
    pub screens: Screens,
    /// Screen shown, overlay, projection, status line.
    pub chrome: Chrome,
    /// The keymap in force (the help is generated from it).
    pub keymap: Keymap,
    /// Today, for due dates and new meetings.
    pub today: Date,
    /// The measurement compared with, when comparing.
    pub measurement: MeasurementView,
}

impl Model {
    /// A model on a dataset with an empty workspace.
    pub fn new(dataset: Dataset, keymap: Keymap, projection: Projection, today: Date) -> Model {
        let chrome = Chrome { projection, ..Chrome::default() };
        let (loaded, screens, measurement) = (Loaded::new(dataset), Screens::default(), MeasurementView::default());
        Model { loaded, screens, chrome, keymap, today, measurement }
    }

    /// The model with a loaded workspace (its references checked when it was opened), its
    /// finding edits applied to the dataset the same way every change applies them.
    pub fn with_workspace(mut self, workspace: Workspace, read_only: bool) -> Model {
        self.loaded.load(workspace, read_only);
        self
    }

    /// The dataset with the workspace's edits applied.
    pub fn dataset(&self) -> &Dataset {
        self.loaded.dataset()
    }

    /// Meetings, follow-up actions, edits and ratings.
    pub fn workspace(&self) -> &Workspace {
        self.loaded.workspace()
    }

    /// The keymap context of what has the focus.
    pub fn context(&self) -> Context {
        self.chrome.overlay.as_ref().map_or(Context::Screen(self.chrome.screen), Overlay::context)
    }

    /// The key bound to an action where the focus is, spelled for a hint; while an overlay
    /// is open, the screen's key for what the overlay does not bind, so that the screen's hints
    /// beneath keep their letters.
    pub fn hint(&self, action: &Action) -> String {
        self.keymap
            .key_for(self.context(), action)
            .or_else(|| self.keymap.key_for(Context::Screen(self.chrome.screen), action))
            .map_or_else(String::new, |k| k.shown())
    }
}
