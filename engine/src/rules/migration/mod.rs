//! Migration rules: what a DDL statement does to a table that is already live.

mod add_column_volatile_default;
mod add_required_column_without_default;
mod column_type_change;
mod concurrently_in_transaction;
mod constraint_without_not_valid;
mod ddl_without_lock_timeout;
mod destructive_change;
mod index_without_concurrently;
mod set_not_null;

pub use add_column_volatile_default::AddColumnVolatileDefault;
pub use add_required_column_without_default::AddRequiredColumnWithoutDefault;
pub use column_type_change::ColumnTypeChange;
pub use concurrently_in_transaction::ConcurrentlyInTransaction;
pub use constraint_without_not_valid::ConstraintWithoutNotValid;
pub use ddl_without_lock_timeout::DdlWithoutLockTimeout;
pub use destructive_change::DestructiveChange;
pub use index_without_concurrently::IndexWithoutConcurrently;
pub use set_not_null::SetNotNull;

use crate::model::names::object_name;
use crate::rules::StatementCx;
use sqlparser::ast::{AlterTableOperation, Statement};

/// The operations of an `ALTER TABLE` on a table that existed before this
/// input (a table created earlier in the same input is new and empty).
pub(crate) fn live_alterations<'a>(cx: &StatementCx<'a>) -> Option<(String, &'a [AlterTableOperation])> {
    let Statement::AlterTable(alter) = cx.stmt else { return None };
    let table = object_name(&alter.name);
    (!cx.created_in_script(&table)).then_some((table, alter.operations.as_slice()))
}
