use crate::model::{Column, Table};
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a natural key without a `UNIQUE` constraint: `email` or
    /// `username` on a users/customers/accounts table, `sku`, `slug`, `isbn`
    /// anywhere.
    ///
    /// Stays silent where the schema shows the column is not a key on its
    /// own: a unique constraint already includes it (`UNIQUE (username,
    /// mail_host)`: the key is the pair); the table belongs to a tenant
    /// (`organization_id`, `tenant_id`…), so the value is unique per tenant
    /// at most; the column is optional (nullable, as for users signing in
    /// through LDAP or OAuth) or defaults to the empty string, which a
    /// `UNIQUE` would let only one row keep.
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
/// Columns that scope a row to a tenant.
const TENANT: &[&str] = &["organization_id", "organisation_id", "org_id", "tenant_id", "workspace_id", "team_id", "company_id", "site_id", "website_id"];

/// Whether the schema shows `column` is not meant to be unique by itself.
fn not_a_key_alone(table: &Table, column: &Column) -> bool {
    let in_unique = table.indexes.iter().any(|i| i.unique && i.keys.iter().any(|k| k.column.as_deref() == Some(&column.name) || k.expr.contains(&column.name)));
    let tenant = table.columns.iter().any(|c| TENANT.contains(&c.name.to_ascii_lowercase().as_str()) && !table.primary_key.contains(&c.name));
    let empty_default = column.default.as_deref().is_some_and(|d| d.trim_matches(|c| c == '(' || c == ')') == "''");
    in_unique || tenant || column.nullable || empty_default
}

impl Rule for NaturalKeyNotUnique {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        for table in &cx.catalog.tables {
            let people = PEOPLE.iter().any(|p| table.name.contains(p));
            for column in &table.columns {
                let natural = match column.name.to_ascii_lowercase().as_str() {
                    "email" | "username" => people,
                    "sku" | "slug" | "isbn" => true,
                    _ => false,
                };
                if natural && !not_a_key_alone(table, column) {
                    out.report(column.span, format!("`{}.{}` identifies a row but is not UNIQUE", table.name, column.name))
                        .fix("Enforce uniqueness", crate::perf::advice::unique_sql(cx.dialect, &table.name, &column.name));
                }
            }
        }
    }
}
