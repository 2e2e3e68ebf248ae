//! Rules over the application code around the SQL (concepts C1–C3, X1, Q5,
//! Q9, A4, A5, P8, P9).

mod connection_per_request;
mod go_pool_short_lifetime;
mod go_pool_without_limits;
mod go_query_without_context;
mod go_rows_not_closed;
mod query_in_loop;
mod slow_call_in_transaction;
mod sql_built_from_strings;

pub use connection_per_request::ConnectionPerRequest;
pub use go_pool_short_lifetime::GoPoolShortLifetime;
pub use go_pool_without_limits::GoPoolWithoutLimits;
pub use go_query_without_context::GoQueryWithoutContext;
pub use go_rows_not_closed::GoRowsNotClosed;
pub use query_in_loop::QueryInLoop;
pub use slow_call_in_transaction::SlowCallInTransaction;
pub use sql_built_from_strings::SqlBuiltFromStrings;

/// Methods that send SQL to the database, per driver family.
pub(crate) const QUERY_METHODS: &[&str] = &[
    // Go database/sql, pgx, sqlx
    "Query",
    "QueryRow",
    "QueryContext",
    "QueryRowContext",
    "Exec",
    "ExecContext",
    // Python DB-API, asyncpg, SQLAlchemy
    "execute",
    "fetch",
    "fetchrow",
    "fetchval",
    // node-postgres, mysql2
    "query",
    // JDBC, Spring
    "executeQuery",
    "executeUpdate",
    "queryForObject",
    "queryForList",
];
