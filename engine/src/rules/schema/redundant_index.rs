use crate::model::{Index, IndexOrigin, Table};
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags an index that another index already makes unnecessary: an exact
    /// duplicate, a B-tree whose columns are the leading columns of another
    /// B-tree, an index repeating the primary key or a UNIQUE constraint, and
    /// a hash index on a column that is already UNIQUE (its unique B-tree
    /// serves the same equality lookups).
    ///
    /// ## Why it matters
    /// Every index is written on every insert and on updates of its columns,
    /// takes memory from the cache, and adds to vacuum and backup time. A
    /// redundant one costs all of that and serves nothing.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
    /// CREATE INDEX idx_users_email_hash ON users USING hash (email);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
    /// ```
    ///
    /// ## In production
    /// Audits of mature databases routinely find a quarter of the indexes
    /// unused or duplicated; dropping them speeds up writes measurably.
    ///
    /// ## Alternatives
    /// Keep the longer composite index and drop the prefix; check
    /// `pg_stat_user_indexes.idx_scan` before dropping anything in production.
    pub struct RedundantIndex {
        code: "S010",
        name: "redundant-index",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["S6", "P5"],
        dialects: [],
        fix: Suggestion,
        summary: "An index another index already covers",
    }
}

/// Why `index` is unnecessary given `other`, if it is.
fn redundant_because(table: &Table, index: &Index, other: &Index) -> Option<String> {
    if index.predicate != other.predicate || index.keys.is_empty() {
        return None;
    }
    let describe = |i: &Index| match i.origin {
        IndexOrigin::PrimaryKey => "the primary key".to_string(),
        IndexOrigin::UniqueConstraint => format!("the UNIQUE constraint on ({})", i.display_keys()),
        IndexOrigin::CreateIndex => format!("index `{}` ({})", i.name.as_deref().unwrap_or("unnamed"), i.display_keys()),
    };
    if index.method == "hash" {
        let column = index.leading_column()?;
        return (other.unique && other.is_ordered() && other.keys.len() == 1 && other.leading_column() == Some(column))
            .then(|| format!("`{}.{column}` is already unique: {} serves every equality lookup", table.name, describe(other)));
    }
    if index.method != other.method || index.keys.len() > other.keys.len() || (index.unique && !(other.unique && other.keys.len() == index.keys.len())) {
        return None;
    }
    let prefix = index.keys.iter().zip(&other.keys).all(|(a, b)| a == b);
    let include_ok = index.include.iter().all(|c| other.include.contains(c) || other.keys.iter().any(|k| k.column.as_deref() == Some(c)));
    (prefix && include_ok).then(|| format!("its columns ({}) are a leading prefix of {}", index.display_keys(), describe(other)))
}

impl Rule for RedundantIndex {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            for (i, index) in table.indexes.iter().enumerate().filter(|(_, i)| i.origin == IndexOrigin::CreateIndex) {
                let reason = table.indexes.iter().enumerate().filter(|(j, _)| *j != i).find_map(|(j, other)| {
                    // Of two identical indexes, report only the later one.
                    let identical = other.keys == index.keys && other.method == index.method && other.unique == index.unique;
                    if identical && j > i && other.origin == IndexOrigin::CreateIndex {
                        return None;
                    }
                    // The index a key constraint adopts (Oracle uses an existing index on the
                    // key's columns; a constraint named like the index is enforced by it):
                    // dropping it would fail, ORA-02429 on Oracle.
                    let adopted = matches!(other.origin, IndexOrigin::PrimaryKey | IndexOrigin::UniqueConstraint)
                        && other.keys == index.keys
                        && (cx.dialect == crate::input::Dialect::Oracle || (other.name.is_some() && other.name == index.name));
                    if adopted {
                        return None;
                    }
                    redundant_because(table, index, other)
                });
                let Some(reason) = reason else { continue };
                let name = index.name.as_deref().unwrap_or("this index");
                let finding = out.report(index.span, format!("index `{name}` on `{}` is redundant: {reason}", table.name));
                // `deletedSearches_dateDeleted` built on `deletedItems`: named for another table.
                if let Some(meant) = named_for_other_table(cx, table, name) {
                    finding.note(format!("its name says `{meant}`, but it is built on `{}`: was it meant for `{meant}`?", table.name));
                }
                if let Some(n) = &index.name {
                    finding.fix("Drop the redundant index", crate::perf::drop_index_sql(cx.dialect, &table.name, n));
                }
            }
        }
    }
}

/// The other table an index's name starts with (`deletedsearches_…` on
/// `deleteditems`), when its own table's name is not that prefix.
fn named_for_other_table<'c>(cx: &'c CatalogCx, table: &Table, index: &str) -> Option<&'c str> {
    let index = index.to_ascii_lowercase();
    if index.starts_with(&table.name) {
        return None;
    }
    cx.catalog.tables.iter().map(|t| t.name.as_str()).find(|other| *other != table.name && other.len() > 3 && index.starts_with(&format!("{other}_")))
}
