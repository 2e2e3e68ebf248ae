use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes a `UNIQUE` constraint on a plain `email` text column.
    ///
    /// ## Why it matters
    /// Uniqueness is case-sensitive: `Ada@example.com` and `ada@example.com`
    /// are two accounts, yet mail servers treat them as one address. Login by
    /// email then needs `lower(email)`, which the unique index cannot serve.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
    /// CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
    /// ```
    ///
    /// ## In production
    /// Duplicate accounts differing only in case, and password resets sent
    /// to the wrong one, are a common support issue.
    ///
    /// ## Alternatives
    /// A unique index on `lower(email)`, the `citext` type, or a
    /// nondeterministic case-insensitive collation (PostgreSQL 12+).
    pub struct CaseSensitiveUniqueEmail {
        code: "S022",
        name: "case-sensitive-unique-email",
        area: Schema,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["S8"],
        dialects: [Postgres],
        fix: None,
        summary: "Email uniqueness that ignores case differences",
    }
}

impl Rule for CaseSensitiveUniqueEmail {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            let Some(column) = table.column("email") else { continue };
            if column.data_type.eq_ignore_ascii_case("citext") {
                continue;
            }
            let lowered = table.indexes.iter().any(|i| i.unique && i.keys.first().is_some_and(|k| k.expr.contains("lower(")));
            if table.is_unique_column("email") && !lowered {
                out.report(column.span, format!("`{}.email` is unique case-sensitively: `Ada@x.com` and `ada@x.com` can both exist", table.name))
                    .help(format!("CREATE UNIQUE INDEX ON {} (lower(email)); or use citext", table.name));
            }
        }
    }
}
