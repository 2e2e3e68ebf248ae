//! Security rules: injection in stored code, privileges, secrets, validation, audit.

mod broad_privileges;
mod dynamic_sql_concatenation;
mod missing_audit_trail;
mod plaintext_secret;
mod security_definer_search_path;
mod seeded_credential;
mod unchecked_bounded_value;

pub use broad_privileges::BroadPrivileges;
pub use dynamic_sql_concatenation::DynamicSqlConcatenation;
pub use missing_audit_trail::MissingAuditTrail;
pub use plaintext_secret::PlaintextSecret;
pub use security_definer_search_path::SecurityDefinerSearchPath;
pub use seeded_credential::SeededCredential;
pub use unchecked_bounded_value::UncheckedBoundedValue;
