//! The regie analysis as data: what the dataset says, with no knowledge of screens or storage.

pub mod actor;
pub mod bestuur;
pub mod classification;
pub mod component;
pub mod dataset;
pub mod due;
pub mod finding;
pub mod followup;
pub mod indicator;
pub mod meeting;
pub mod municipality;
pub mod provenance;
pub mod roles;
pub mod score;
pub mod summary;
pub mod table;
mod validate;

pub use actor::{Actor, Relation, RelationKind, Scope, Vorm, is_illustrative};
pub use bestuur::{Besturen, Bestuur};
pub use classification::{Classification, Klasse, RegieVariant};
pub use component::Component;
pub use dataset::{Dataset, DatasetParts};
pub use finding::{Finding, Verdict};
pub use followup::{ActionStatus, FollowUp, Link, Owner, Urgency};
pub use indicator::Indicator;
pub use meeting::Meeting;
pub use municipality::Municipality;
pub use provenance::Provenance;
pub use roles::{Cijfers, Fase, Rol, RolGroep, RoleSplit, Taak};
pub use score::Score;
pub use summary::{SummaryLine, regional_summary};
pub use table::{Issue, Place, Table};
