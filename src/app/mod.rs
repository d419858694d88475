//! The app in The Elm Architecture: a [`Model`], [`Msg`]s (mostly commands from the keymap),
//! and [`update`] returning [`Effect`]s. No drawing and no I/O here.
//!
//! Each screen's state and update live in [`screens`], each overlay's in [`overlays`]; every
//! change to the workspace goes through [`Loaded`].

mod change;
mod decisions;
mod derived;
mod effect;
mod follow_up_editor;
mod history;
mod loaded;
pub mod measurement_view;
mod meetings;
mod model;
mod msg;
mod navigation;
pub mod overlays;
mod records;
pub mod screens;
pub mod text_input;
pub mod text_lines;
mod update;
mod workbook;

pub use effect::Effect;
pub use follow_up_editor::{owner_suggestion, parse_owner};
pub use history::History;
pub use loaded::{Loaded, SaveState};
pub use measurement_view::{MeasurementPurpose, MeasurementView};
pub use model::{Chrome, Model, Projection, Remembered, Status, ThemeName};
pub use msg::Msg;
pub use navigation::jump;
pub use overlays::Overlay;
pub use update::{on_key, update};
