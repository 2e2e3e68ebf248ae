use crate::input::Dialect;
use crate::model::Table;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags tables created without a primary key and without a UNIQUE key
    /// that includes a NOT NULL column (which names the rows just as well).
    /// A one-column table recording the schema's version is left alone.
    ///
    /// ## Why it matters
    /// Without a key nothing stops duplicate rows, and no row can be named
    /// reliably: updates and deletes hit every copy. Logical replication
    /// cannot replicate `UPDATE`/`DELETE` on such tables without a replica
    /// identity, and ORMs and CDC tools assume a key.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE page_views (user_id bigint, url text, viewed_at timestamptz);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE page_views (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint, url text, viewed_at timestamptz);
    /// ```
    ///
    /// ## In production
    /// Deduplicating a keyless table after the fact means a full-table
    /// rewrite under lock; every team that runs logical replication or
    /// Debezium learns to require primary keys in schema review.
    ///
    /// ## Alternatives
    /// A surrogate `bigint` identity key, or a composite key of the natural
    /// columns when they are truly unique and immutable (a join table's pair
    /// of foreign keys).
    pub struct MissingPrimaryKey {
        code: "S001",
        name: "missing-primary-key",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["S1"],
        dialects: [],
        fix: Suggestion,
        summary: "A table without a primary key",
    }
}

impl Rule for MissingPrimaryKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect.is_analytical() {
            return;
        }
        for table in cx.catalog.tables.iter().filter(|t| t.primary_key.is_empty() && !t.columns.is_empty() && !has_unique_key(t) && !is_version_marker(t)) {
            let finding = out
                .report(table.span, format!("table `{}` has no primary key", table.name))
                .note("duplicates cannot be prevented and rows cannot be addressed one by one");
            if let Some(sql) = surrogate_key_sql(cx.dialect, &table.name) {
                finding.fix("Add a surrogate key", sql);
            } else if cx.dialect == Dialect::Sqlite {
                finding.help("SQLite cannot add a primary key to an existing table: rebuild it with `id INTEGER PRIMARY KEY`");
            }
        }
    }
}

/// A UNIQUE key with a NOT NULL column names the rows (over NOT NULL
/// columns only, InnoDB even clusters on it): the table is keyed, whatever it
/// is called. A nullable scope beside it (`UNIQUE (user_id, language)` with
/// NULL for "shared by everyone") is deliberate and a primary key could not
/// express it; a UNIQUE over nullable columns only lets any number of rows
/// share NULL, and is no key.
fn has_unique_key(table: &Table) -> bool {
    table.indexes.iter().any(|index| {
        index.unique
            && !index.keys.is_empty()
            && index.predicate.is_none()
            && index.columns().any(|c| c.and_then(|c| table.column(c)).is_some_and(|c| !c.nullable))
    })
}

/// A one-column table that records the schema's version: one row, never addressed by key.
fn is_version_marker(table: &Table) -> bool {
    table.columns.len() == 1 && table.name.contains("version")
}

/// The statement that adds a generated key, in the system's own syntax.
fn surrogate_key_sql(dialect: Dialect, name: &str) -> Option<String> {
    let table = crate::perf::advice::quoted(dialect, name);
    let key_name: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    Some(match dialect {
        Dialect::Postgres => format!("ALTER TABLE {table} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;"),
        Dialect::Mysql => format!("ALTER TABLE {table} ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY;"),
        Dialect::Mssql => format!("ALTER TABLE {table} ADD id bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_{key_name} PRIMARY KEY;"),
        Dialect::Oracle => format!("ALTER TABLE {table} ADD (id NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"),
        _ => return None,
    })
}
