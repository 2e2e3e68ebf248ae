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
/// input (a table created earlier in the same input is new and empty), in
/// a change meant to run (not a documentation example).
pub(crate) fn live_alterations<'a>(cx: &StatementCx<'a>) -> Option<(String, &'a [AlterTableOperation])> {
    let Statement::AlterTable(alter) = cx.stmt else { return None };
    let table = object_name(&alter.name);
    is_live_change(cx, &table).then_some((table, alter.operations.as_slice()))
}

/// Whether a change to `table` reaches a table in production: not one the
/// same script created, and not an example in a lesson's prose.
pub(crate) fn is_live_change(cx: &StatementCx, table: &str) -> bool {
    !cx.illustration && !cx.created_in_script(table)
}

/// Phrases by which a lesson's prose says it is about changing a database
/// that is serving traffic. Without one, a lesson's DDL demonstrates syntax
/// (a reference page, a tutorial building its sample tables) and the
/// online-migration rules have nothing to say about it.
const LIVE_CHANGE_PHRASES: [&str; 15] = [
    "schema migration",
    "database migration",
    "migration file",
    "migration script",
    "migrations",
    "zero-downtime",
    "zero downtime",
    "without downtime",
    "lock_timeout",
    "expand and contract",
    "expand-and-contract",
    "online schema",
    "live table",
    "in production",
    "production database",
];

/// Whether a lesson (`text` with its fenced blocks `fences`) talks, outside
/// its code, about changing a running database.
pub(crate) fn teaches_live_changes(text: &str, fences: &[crate::read::markdown::Fence]) -> bool {
    let mut prose = String::with_capacity(text.len());
    let mut at = 0;
    for fence in fences {
        prose.push_str(&text[at.min(fence.opening.start)..fence.opening.start]);
        at = fence.content.end.max(at);
    }
    prose.push_str(&text[at.min(text.len())..]);
    let prose = prose.to_ascii_lowercase();
    LIVE_CHANGE_PHRASES.iter().any(|phrase| prose.contains(phrase))
}
