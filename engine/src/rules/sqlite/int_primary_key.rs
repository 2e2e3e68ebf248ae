use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a SQLite single-column primary key declared `INT`, `BIGINT` or
    /// any integer type other than exactly `INTEGER`.
    ///
    /// ## Why it matters
    /// Only `INTEGER PRIMARY KEY` becomes the table's rowid: ids assigned
    /// automatically, lookups straight into the table's B-tree. `INT
    /// PRIMARY KEY` is an ordinary column with a separate unique index —
    /// twice the storage and a second lookup — and, for historical
    /// reasons, it accepts `NULL` unless declared `NOT NULL`, so inserts
    /// without an id succeed with no id.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE notes (id INT PRIMARY KEY, body TEXT NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
    /// ```
    ///
    /// ## In production
    /// The NULL ids surface as rows nobody can update or delete by id; the
    /// extra index as a database twice the expected size.
    ///
    /// ## Alternatives
    /// `WITHOUT ROWID` tables for non-integer or composite keys.
    pub struct IntPrimaryKey {
        code: "T505",
        name: "sqlite-int-primary-key",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T5", "S2"],
        dialects: [Sqlite],
        fix: None,
        summary: "INT (not INTEGER) PRIMARY KEY in SQLite: not the rowid, NULL ids allowed",
    }
}

impl Rule for IntPrimaryKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            let [key] = table.primary_key.as_slice() else { continue };
            let Some(column) = table.columns.iter().find(|c| c.name == *key) else { continue };
            if column.kind.is_integer() && column.data_type != "INTEGER" {
                let nulls = if column.nullable { " and accepts NULL ids" } else { "" };
                out.report(
                    column.span,
                    format!("`{}.{}` is {} PRIMARY KEY: not the rowid, so it needs a second index{nulls}", table.name, column.name, column.data_type),
                )
                .help("declare it INTEGER PRIMARY KEY");
            }
        }
    }
}
