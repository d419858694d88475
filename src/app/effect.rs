//! What [`super::update`] asks the app loop to do outside the model.

/// A side effect, run by the app loop after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave the app, restoring the terminal.
    Quit,
}
