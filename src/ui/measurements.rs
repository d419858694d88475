//! The measurement chooser: the project's measurements (name, date, id), the one in view and
//! the compared one marked, the keys beneath.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::ListItem;

use crate::app::Model;
use crate::app::overlays::measurements::MeasurementChooser;
use crate::command::Action;

use super::popup;
use super::text::clean;
use super::theme::Theme;

/// Draws the chooser over the screen.
pub fn render(frame: &mut Frame, area: Rect, model: &Model, chooser: &MeasurementChooser, theme: &Theme) {
    let dataset = model.dataset();
    let all = dataset.measurements().all();
    let view = &dataset.measurement().id;
    let compared = model.measurement.compared().map(|c| c.measurement().id.as_str());
    let height = u16::try_from(all.len()).unwrap_or(u16::MAX).saturating_add(3);
    let inner = popup::open(
        frame,
        area,
        area.width.saturating_sub(4).min(64),
        height,
        "Metingen · ● in beeld · ↔ vergeleken",
        theme,
    );
    let [list, keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let item = |index: usize| {
        let measurement = all.get(index)?;
        let mark = if &measurement.id == view {
            '●'
        } else if compared == Some(measurement.id.as_str()) {
            '↔'
        } else {
            ' '
        };
        let date = measurement.date.map_or_else(|| "–".to_string(), |d| d.to_string());
        let text = format!("{mark} {:<20} {date:<10}  {}", clean(&measurement.name), clean(&measurement.id));
        Some(ListItem::new(Line::styled(text, theme.text)))
    };
    popup::choices(frame, list, all.len(), chooser.selected, item, theme);
    let hint = format!(
        "{} tonen · {} vergelijken · {} sluiten",
        model.hint(&Action::Open),
        model.hint(&Action::CompareChosen),
        model.hint(&Action::Back)
    );
    frame.render_widget(Line::styled(hint, theme.key), keys);
}
