//! Small helpers the rules share: suggested DDL and name heuristics.

use crate::model::{Block, Catalog, Table};
use crate::sql::Dialect;

/// The statement that adds an index without blocking writes, per system.
pub fn create_index_sql(dialect: Dialect, table: &str, keys: &[&str]) -> String {
    let name = format!("idx_{}_{}", table, keys.iter().map(|k| slug(k)).collect::<Vec<_>>().join("_"));
    let keys = keys.join(", ");
    match dialect {
        Dialect::Postgres => format!("CREATE INDEX CONCURRENTLY {name} ON {table} ({keys});"),
        Dialect::Mysql => format!("ALTER TABLE {table} ADD INDEX {name} ({keys}), ALGORITHM=INPLACE, LOCK=NONE;"),
        Dialect::Mssql => format!("CREATE INDEX {name} ON {table} ({keys}) WITH (ONLINE = ON);"),
        Dialect::Oracle => format!("CREATE INDEX {name} ON {table} ({keys}) ONLINE;"),
        _ => format!("CREATE INDEX {name} ON {table} ({keys});"),
    }
}

/// A 64-bit generated primary key column, in the system's own syntax.
pub fn identity_key_sql(dialect: Dialect, column: &str) -> String {
    match dialect {
        Dialect::Mysql => format!("{column} BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY"),
        Dialect::Mssql => format!("{column} BIGINT IDENTITY(1,1) PRIMARY KEY"),
        Dialect::Oracle => format!("{column} NUMBER(19) GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
        Dialect::Sqlite => format!("{column} INTEGER PRIMARY KEY"),
        _ => format!("{column} bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
    }
}

fn slug(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// Whether `name` is one of `words` or ends with `_word` / starts with `word_`.
pub fn name_is(name: &str, words: &[&str]) -> bool {
    words.iter().any(|w| name == *w || name.ends_with(&format!("_{w}")) || name.starts_with(&format!("{w}_")))
}

/// The catalog tables a block reads, in FROM order.
pub fn block_tables<'c>(block: &Block, catalog: &'c Catalog) -> Vec<&'c Table> {
    block.relations.iter().filter_map(|r| catalog.table(&r.name)).collect()
}

/// Column list of a table for a rewritten `SELECT` / `INSERT`.
pub fn column_list(table: &Table) -> String {
    table.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// Keyset pagination in a block: a range filter on the leading sort key(s)
/// plus a LIMIT.
pub struct Keyset {
    pub columns: Vec<crate::model::ColumnRef>,
    pub span: crate::source::TextSpan,
}

pub fn keyset(block: &Block) -> Option<Keyset> {
    use crate::model::PredicateKind;
    block.limit?;
    let first_sort = block.order_by.first()?.column.as_ref()?;
    block.filters.iter().find_map(|f| {
        let columns = match &f.kind {
            PredicateKind::Range => vec![f.column.clone()?],
            PredicateKind::RowRange(columns) => columns.clone(),
            _ => return None,
        };
        (columns.first()?.column == first_sort.column).then(|| Keyset { columns, span: f.span })
    })
}

/// Why a partition key with this name and type would have a value per row
/// or so (a timestamp, an id), or `None` when it looks coarse enough.
pub fn fine_partition_reason(column: &str, type_text: &str) -> Option<&'static str> {
    let kind = crate::model::TypeKind::classify(type_text).0;
    let name = column.to_ascii_lowercase();
    if matches!(kind, crate::model::TypeKind::Timestamp | crate::model::TypeKind::TimestampTz) {
        Some("a timestamp")
    } else if name == "id" || name.ends_with("_id") || kind == crate::model::TypeKind::Uuid {
        Some("an id")
    } else {
        None
    }
}
