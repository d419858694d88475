//! The regie analysis as data: what the dataset says and what a steering group changes in
//! it (the workspace), with no knowledge of screens or storage.

pub mod actor;
pub mod bestuur;
pub mod classification;
pub mod component;
pub mod dataset;
pub mod decision;
pub mod describe;
pub mod due;
pub mod dutch_date;
pub mod edits;
pub mod finding;
pub mod follow_up;
pub mod indicator;
pub mod meeting;
pub mod municipality;
pub mod provenance;
pub mod roles;
pub mod score;
pub mod sentences;
pub mod status_change;
pub mod summary;
pub mod table;
pub mod text;
mod validate;
pub mod workspace;

pub use actor::{Actor, Relation, RelationKind, Scope, Vorm};
pub use bestuur::{Besturen, Bestuur};
pub use classification::{Classification, Klasse, RegieVariant};
pub use component::Component;
pub use dataset::{Dataset, DatasetParts};
pub use decision::Decision;
pub use edits::{Baseline, FindingEdit, FindingFields, apply_edits, apply_workspace};
pub use finding::{Finding, Verdict};
pub use follow_up::{FollowUp, FollowUpStatus, Link, Owner, Urgency};
pub use indicator::Indicator;
pub use meeting::Meeting;
pub use municipality::Municipality;
pub use provenance::Provenance;
pub use roles::{Cijfers, Fase, Rol, RolGroep, RoleSplit, Taak};
pub use score::Score;
pub use status_change::StatusChange;
pub use summary::{SummaryLine, regional_summary};
pub use table::{Issue, Place, Table};
pub use workspace::{AgreedRating, Workspace};
