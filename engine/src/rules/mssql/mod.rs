//! SQL Server's own rules (concept T3).

mod cursor;
mod missing_nocount;
mod nolock;
mod scalar_udf_in_predicate;
mod top_without_order_by;

pub use cursor::Cursor;
pub use missing_nocount::MissingNocount;
pub use nolock::Nolock;
pub use scalar_udf_in_predicate::ScalarUdfInPredicate;
pub use top_without_order_by::TopWithoutOrderBy;
