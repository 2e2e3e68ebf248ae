use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::Statement;

crate::declare_rule! {
    /// ## What it does
    /// Flags privilege grants broader than an application needs: `GRANT ALL`,
    /// grants `TO PUBLIC`, `WITH GRANT OPTION`, and roles created with
    /// `SUPERUSER`.
    ///
    /// ## Why it matters
    /// The application's role defines the blast radius of a bug or an
    /// injection. With `ALL` it can drop tables and truncate data; with
    /// `PUBLIC`, every role, present and future, gets the privilege.
    ///
    /// ## Example
    /// ```sql
    /// GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO app_user;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// GRANT SELECT, INSERT, UPDATE ON orders, customers TO app_user;
    /// ```
    ///
    /// ## In production
    /// Least privilege: a migration role owns the schema, the application
    /// role gets only DML on its tables, analysts get read-only roles.
    ///
    /// ## Alternatives
    /// Group roles per capability (`app_read`, `app_write`) granted to login
    /// roles; default privileges for tables created later.
    pub struct BroadPrivileges {
        code: "X002",
        name: "broad-privileges",
        area: Security,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["X3"],
        dialects: [],
        fix: None,
        summary: "GRANT ALL, grants to PUBLIC, WITH GRANT OPTION, superuser roles",
    }
}

impl Rule for BroadPrivileges {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let text = match cx.stmt {
            Statement::Grant(_) | Statement::CreateRole(_) | Statement::AlterRole { .. } => cx.source().to_ascii_uppercase(),
            _ => return,
        };
        let mut problems = Vec::new();
        if text.starts_with("GRANT ALL") {
            problems.push("grants ALL privileges");
        }
        if text.contains(" TO PUBLIC") {
            problems.push("grants to PUBLIC (every role)");
        }
        if text.contains("WITH GRANT OPTION") {
            problems.push("lets the grantee grant it on");
        }
        if text.contains(" SUPERUSER") && !text.contains("NOSUPERUSER") {
            problems.push("creates a superuser role");
        }
        if !problems.is_empty() {
            out.report(cx.span, format!("statement {}", problems.join(", "))).help("grant only the privileges the role needs, on the tables it uses");
        }
    }
}
