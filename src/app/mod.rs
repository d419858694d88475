//! The app in The Elm Architecture: a [`Model`], [`Action`]s, and [`update`] returning
//! [`Effect`]s. No drawing and no I/O here.

mod action;
pub mod actions_view;
mod effect;
pub mod finder;
pub mod form;
pub mod help;
mod history;
mod model;
pub mod overlay;
mod screen;
pub mod text_input;
mod update;

pub use action::Action;
pub use effect::Effect;
pub use history::History;
pub use model::{Model, Projection, SaveState, Status, ThemeName};
pub use overlay::Overlay;
pub use screen::Screen;
pub use update::{jump, on_key, update};
