use crate::model::names::object_name;
use crate::rules::util::name_is;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Expr, SetExpr, Statement, TableObject, Value};

crate::declare_rule! {
    /// ## What it does
    /// Flags an install or seed script that writes a fixed credential: a
    /// user row with a literal password (or its hash), or a setting that
    /// stores a literal API or webhook token. A lesson's demo rows are left
    /// alone.
    ///
    /// ## Why it matters
    /// Every installation made from the script starts with the same
    /// credentials, and the script is public: the default admin password is
    /// known to anyone who reads it (a published bcrypt hash of a guessable
    /// password is cracked in seconds), and a token shipped in the schema
    /// opens every installation that kept it.
    ///
    /// ## Example
    /// ```sql
    /// INSERT INTO users (username, password, role) VALUES ('admin', '$2y$10$GzDCeQl/GdH.pCZfz4fWdO3qmayutRCmxEIY9U9t1k9q9F89VNDCm', 'app-admin');
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// INSERT INTO users (username, password, role, must_change_password) VALUES ('admin', NULL, 'app-admin', true);
    /// ```
    ///
    /// ## In production
    /// Installers generate the first administrator's password (printed once,
    /// or sent to the operator) and create tokens per installation; an
    /// account without a password can only be claimed through a setup step.
    ///
    /// ## Alternatives
    /// A setup wizard that creates the first account; a one-time setup token
    /// read from the environment; forcing a password change at first login.
    pub struct SeededCredential {
        code: "X007",
        name: "seeded-credential",
        area: Security,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["X4"],
        dialects: [],
        fix: None,
        summary: "A script that ships a fixed password or token",
    }
}

/// Columns, and settings keys, that hold a credential.
const CREDENTIAL: &[&str] =
    &["password", "passwd", "pwd", "password_hash", "api_token", "api_key", "apikey", "secret", "secret_key", "access_token", "webhook_token", "token"];

impl Rule for SeededCredential {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::Insert(insert) = cx.stmt else { return };
        let Some(SetExpr::Values(values)) = insert.source.as_deref().map(|q| q.body.as_ref()) else { return };
        let TableObject::TableName(name) = &insert.table else { return };
        if cx.in_lesson {
            return;
        }
        let table = object_name(name);
        let columns: Vec<String> = insert.columns.iter().map(object_name).collect();
        for row in &values.rows {
            // A named credential column given a literal: `(username, password) VALUES ('admin', '$2y$…')`.
            for (column, value) in columns.iter().zip(row.iter()) {
                if name_is(column, CREDENTIAL) && literal(value).is_some_and(|v| v.len() >= 8) {
                    out.report(
                        cx.span_of(value),
                        format!("the script gives `{table}.{column}` a fixed value: every installation starts with the same credential"),
                    )
                    .help(
                        "create the account at install time with a generated password (or none, claimed in a setup step), and generate tokens per installation",
                    );
                }
            }
            // A settings row: `('api_token', '0fde96ab…', …)`.
            if let [key, value, ..] = row.as_slice() {
                let secret_key = literal(key).is_some_and(|k| k.len() < 40 && name_is(&k.to_ascii_lowercase(), CREDENTIAL));
                if secret_key && literal(value).is_some_and(|v| v.len() >= 16) {
                    let key = literal(key).unwrap_or_default();
                    out.report(cx.span_of(value), format!("the script stores a fixed `{key}` in `{table}`: every installation shares the same token"))
                        .help("generate the token when the application is installed, not in the schema script");
                }
            }
        }
    }
}

/// The text of a string literal.
fn literal(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}
