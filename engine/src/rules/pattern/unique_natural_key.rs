use crate::model::IndexOrigin;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Recognises a surrogate primary key paired with a `UNIQUE` natural key
    /// (`id` plus `email UNIQUE`).
    ///
    /// ## Why it matters
    /// The surrogate key stays stable for references while the natural value
    /// is still guaranteed unique by the database, so duplicates are
    /// impossible even under concurrent inserts.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
    /// ```
    ///
    /// ## In production
    /// The standard shape of user, product and account tables; the unique
    /// index also serves the lookup by natural key.
    ///
    /// ## Alternatives
    /// A unique index on `lower(email)` for case-insensitive identities.
    pub struct UniqueNaturalKey {
        code: "P002",
        name: "unique-natural-key",
        area: Pattern,
        severity: Praise,
        section: TechnicalAssessment,
        concepts: ["P2"],
        dialects: [],
        fix: None,
        summary: "A surrogate key with a UNIQUE natural key",
    }
}

impl Rule for UniqueNaturalKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            let [key] = table.primary_key.as_slice() else { continue };
            let surrogate = table.column(key).is_some_and(|c| c.generated_key || c.name == "id");
            // `isbn NOT NULL DEFAULT '' UNIQUE` is no natural key: the second row without one collides.
            let empty_default = |i: &crate::model::Index| {
                i.columns().any(|c| c.and_then(|c| table.column(c)).is_some_and(|c| c.default.as_deref().is_some_and(|d| d.trim() == "''")))
            };
            let natural =
                table.indexes.iter().find(|i| i.unique && i.origin != IndexOrigin::PrimaryKey && i.leading_column() != Some(key.as_str()) && !empty_default(i));
            if let (true, Some(index)) = (surrogate, natural) {
                out.report(index.span, format!("`{}` keeps a surrogate key and enforces its natural key ({}) as UNIQUE", table.name, index.display_keys()));
            }
        }
    }
}
