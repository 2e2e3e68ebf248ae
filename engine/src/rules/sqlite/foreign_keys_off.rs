use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a SQLite schema that declares foreign keys while the input
    /// never runs `PRAGMA foreign_keys = ON`.
    ///
    /// ## Why it matters
    /// SQLite parses `REFERENCES` clauses but does not enforce them unless
    /// each connection turns enforcement on. Without it, deleting a customer
    /// leaves their orders pointing at nothing, and nothing complains.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    /// CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id));
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// PRAGMA foreign_keys = ON;
    /// CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    /// CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id));
    /// ```
    ///
    /// ## In production
    /// The pragma is per connection, so it belongs in the code that opens
    /// connections (or the driver's connection string); tutorials that
    /// show it once in the shell leave apps without it.
    ///
    /// ## Alternatives
    /// Enforce references in the application (fragile); `PRAGMA
    /// foreign_key_check` in CI to find orphans that already exist.
    pub struct ForeignKeysOff {
        code: "T502",
        name: "sqlite-foreign-keys-off",
        area: Schema,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["T5", "S8"],
        dialects: [Sqlite],
        fix: None,
        summary: "SQLite foreign keys declared but never enforced (PRAGMA foreign_keys)",
    }
}

impl Rule for ForeignKeysOff {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.state.sqlite_foreign_keys {
            return;
        }
        let declared = cx.catalog.tables.iter().flat_map(|t| t.foreign_keys.iter().map(move |fk| (t, fk))).next();
        if let Some((table, fk)) = declared {
            out.report(
                fk.span,
                format!("`{}` references `{}`, but SQLite enforces foreign keys only after `PRAGMA foreign_keys = ON`", table.name, fk.references),
            )
            .help("run PRAGMA foreign_keys = ON; on every connection");
        }
    }
}
