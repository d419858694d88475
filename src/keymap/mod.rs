//! Keymaps as data: RON files mapping keys to actions per context, merged over the default.

mod bindings;
mod context;
mod file;
mod key;
mod quit;

pub use bindings::{DEFAULT, Keymap, VIM};
pub use context::Context;
pub use file::KeymapFile;
pub use key::Key;
