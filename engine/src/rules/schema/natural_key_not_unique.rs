use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a natural key without a `UNIQUE` constraint: `email` or
    /// `username` on a users/customers/accounts table, `sku`, `slug`, `isbn`
    /// anywhere.
    ///
    /// ## Why it matters
    /// With a surrogate primary key, nothing stops two rows for the same
    /// person or product. Application-side "check then insert" races under
    /// concurrency; only a unique index makes duplicates impossible.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
    /// ```
    ///
    /// ## In production
    /// Duplicate accounts from double-clicked sign-up buttons are the
    /// textbook race; merging them later touches every child table.
    ///
    /// ## Alternatives
    /// `UNIQUE` on the natural key (on `lower(email)` for case-insensitive
    /// uniqueness), or `citext`.
    pub struct NaturalKeyNotUnique {
        code: "S021",
        name: "natural-key-not-unique",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["S8", "P2"],
        dialects: [],
        fix: Suggestion,
        summary: "A natural key without a UNIQUE constraint",
    }
}

const PEOPLE: &[&str] = &["user", "customer", "account", "member", "person", "people", "employee", "author", "student"];

impl Rule for NaturalKeyNotUnique {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        for table in &cx.catalog.tables {
            let people = PEOPLE.iter().any(|p| table.name.contains(p));
            for column in &table.columns {
                let natural = match column.name.as_str() {
                    "email" | "username" => people,
                    "sku" | "slug" | "isbn" => true,
                    _ => false,
                };
                let unique = table
                    .indexes
                    .iter()
                    .any(|i| i.unique && i.keys.len() == 1 && (i.leading_column() == Some(&column.name) || i.keys[0].expr.contains(&column.name)));
                if natural && !unique {
                    out.report(column.span, format!("`{}.{}` identifies a row but is not UNIQUE", table.name, column.name))
                        .fix("Enforce uniqueness", crate::perf::advice::unique_sql(cx.dialect, &table.name, &column.name));
                }
            }
        }
    }
}
