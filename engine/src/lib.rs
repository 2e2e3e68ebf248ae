//! The database review engine.
//!
//! Data flows one way: sources → parse → model → rules → findings → review.
//! The engine touches no DOM, file system or clock; the CLI and the browser
//! app are thin shells over [`review`].

pub mod code;
pub mod cql;
pub mod dynamo;
pub mod explain;
pub mod highlight;
pub mod kafka;
pub mod model;
pub mod mongo;
pub mod objlit;
pub mod perf;
pub mod redis;
pub mod review;
pub mod rules;
pub mod source;
pub mod sql;
mod suppress;
mod engine;
mod reader;
mod systems;

pub use reader::{is_cql_file, is_dynamo_file, is_kafka_file, is_mongo_file, is_redis_file};
pub use engine::{megabytes, review, review_sql, Document, Options, MAX_INPUT_BYTES};
pub use review::{Counts, Finding, Review, Section, Severity, Verdict};
pub use source::{LineIndex, TextSpan};
pub use sql::Dialect;
