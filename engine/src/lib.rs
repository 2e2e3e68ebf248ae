//! The database review engine.
//!
//! Data flows one way: sources → parse → model → rules → findings → review.
//! The engine touches no DOM, file system or clock; the CLI and the browser
//! app are thin shells over [`review`].

pub mod finding;
pub mod highlight;
pub mod input;
pub mod model;
pub mod perf;
pub mod read;
pub mod review;
pub mod rules;
pub mod source;

pub use input::{megabytes, Dialect, Document, Options, MAX_INPUT_BYTES};
pub use read::is_reviewable;
pub use review::{review, review_sql, Counts, Finding, Review, Section, Severity, Verdict};
pub use source::{LineIndex, TextSpan};
