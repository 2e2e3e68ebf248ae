//! The model rules read: the schema catalog and per-statement query facts.

pub mod catalog;
pub mod facts;
pub mod integer_width;
pub mod names;
pub mod types;

pub use catalog::{Catalog, Column, ForeignKey, Index, IndexKey, IndexOrigin, SpanCx, Table};
pub use facts::{Block, BlockKind, Bound, Load, Predicate, PredicateKind, Relation, StatementFacts};
pub use integer_width::{integer_width, IntegerWidth};
pub use names::ColumnRef;
pub use types::TypeKind;
