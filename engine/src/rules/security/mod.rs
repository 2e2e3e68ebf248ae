//! Security rules: injection in stored code, privileges, secrets, validation, audit.

mod broad_grant;
mod dynamic_sql_concatenation;
mod missing_audit_columns;
mod plaintext_secret;
mod security_definer_search_path;
mod unchecked_bounded_value;

pub use broad_grant::BroadGrant;
pub use dynamic_sql_concatenation::DynamicSqlConcatenation;
pub use missing_audit_columns::MissingAuditColumns;
pub use plaintext_secret::PlaintextSecret;
pub use security_definer_search_path::SecurityDefinerSearchPath;
pub use unchecked_bounded_value::UncheckedBoundedValue;
