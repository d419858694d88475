//! Keymaps as data: RON files mapping keys to actions per context, merged over the default.

mod context;
mod file;
mod key;
mod bindings;

pub use context::Context;
pub use file::KeymapFile;
pub use key::Key;
pub use bindings::{DEFAULT, Keymap, VIM};
