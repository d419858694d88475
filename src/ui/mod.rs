//! Pure views: one function per screen and overlay, drawing a [`Model`] into a frame.

mod actoren;
mod background;
mod chrome;
mod confirm;
mod drill;
mod finder;
mod follow_ups;
mod form;
mod help;
mod hints;
mod input_line;
mod matrix;
mod measurements;
mod popup;
mod questionnaire;
mod regisseur;
mod rollen;
pub mod text;
pub mod theme;
mod window;
pub mod wrapped;

pub use matrix::level_glyph;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Paragraph};

use crate::app::{Model, Overlay};
use crate::screen::Screen;

use theme::Theme;

/// The smallest area the screens are drawn in; below it a short message is shown.
pub const MIN_WIDTH: u16 = 60;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 16;

/// Draws the whole model.
pub fn view(frame: &mut Frame, model: &Model) {
    let area = frame.area();
    let theme = Theme::of(&model.chrome.projection);
    frame.render_widget(Clear, area);
    if model.chrome.projection.blank {
        return;
    }
    // The theme's own background (light in the light theme), under everything drawn after.
    frame.buffer_mut().set_style(area, theme.background);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, &theme);
        return;
    }
    let body = chrome::render(frame, area, model, &theme);
    match model.chrome.screen {
        Screen::Matrix => matrix::render(frame, body, model, &theme),
        Screen::Drill => drill::render(frame, body, model, &theme),
        Screen::Regisseur => regisseur::render(frame, body, model, &theme),
        Screen::Rollen => rollen::render(frame, body, model, &theme),
        Screen::FollowUps => follow_ups::render(frame, body, model, &theme),
        Screen::Actoren => actoren::render(frame, body, model, &theme),
    }
    match &model.chrome.overlay {
        Some(Overlay::Help(help)) => help::render(frame, area, model, help, &theme),
        Some(Overlay::Finder(finder)) => finder::render(frame, area, model, finder, &theme),
        Some(Overlay::Form(form)) => form::render(frame, area, model, form, &theme),
        Some(Overlay::Confirm(question)) => confirm::render(frame, area, model, question, &theme),
        Some(Overlay::Background(background)) => background::render(frame, area, model, background, &theme),
        Some(Overlay::Questionnaire(questionnaire)) => questionnaire::render(frame, area, model, questionnaire, &theme),
        Some(Overlay::Measurements(chooser)) => measurements::render(frame, area, model, chooser, &theme),
        None => {}
    }
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let message =
        format!("Venster te klein ({}×{}). Minstens {MIN_WIDTH}×{MIN_HEIGHT} nodig.", area.width, area.height);
    let paragraph = wrapped::wrapped(Paragraph::new(message).style(theme.marker), true);
    frame.render_widget(paragraph, area);
}
