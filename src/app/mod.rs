//! The app in The Elm Architecture: a [`Model`], [`Action`]s, and [`update`] returning
//! [`Effect`]s. No drawing and no I/O here.

mod action;
mod effect;
pub mod finder;
pub mod help;
mod history;
mod model;
mod overlay;
mod screen;
pub mod text_input;
mod update;

pub use action::Action;
pub use effect::Effect;
pub use history::{Edit, FindingFields, History};
pub use model::{Model, Projection, Status, ThemeName};
pub use overlay::{NoteEditor, Overlay};
pub use screen::Screen;
pub use update::{jump, on_key, update};
