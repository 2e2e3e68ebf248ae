//! Small helpers the rules share: suggested DDL and name heuristics.

use crate::input::Dialect;
use crate::model::{Block, Catalog, Table};

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

/// Whether `name` is one of `words` or ends with `_word` / starts with `word_`.
pub fn name_is(name: &str, words: &[&str]) -> bool {
    // Without allocating: this runs for every column of every table on every keystroke.
    words
        .iter()
        .any(|w| name == *w || name.strip_suffix(w).is_some_and(|rest| rest.ends_with('_')) || name.strip_prefix(w).is_some_and(|rest| rest.starts_with('_')))
}

/// Words that name a table rows are appended to all day: events, logs,
/// messages, page views. Such tables reach billions of rows; a table of
/// users, projects or comments seldom does.
const HIGH_VOLUME: &[&str] =
    &["events", "event", "logs", "log", "metrics", "measurements", "readings", "clicks", "pageviews", "page_views", "impressions", "telemetry", "messages"];

/// Whether a table's name says rows are appended to it continuously.
pub fn is_high_volume_table(name: &str) -> bool {
    name_is(name, HIGH_VOLUME)
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
/// plus a LIMIT. A block that locks its rows (`FOR UPDATE SKIP LOCKED`)
/// takes a batch of work, not a page, whatever its filter.
pub struct Keyset {
    pub columns: Vec<crate::model::ColumnRef>,
    pub span: crate::source::TextSpan,
}

pub fn keyset(block: &Block) -> Option<Keyset> {
    use crate::model::PredicateKind;
    block.limit?;
    if block.lock.is_some() {
        return None;
    }
    let first_sort = block.order_by.first()?.column.as_ref()?;
    block.filters.iter().find_map(|f| {
        let columns = match &f.kind {
            PredicateKind::Range => vec![f.column.clone()?],
            PredicateKind::RowRange(columns) => columns.clone(),
            _ => return None,
        };
        (columns.first()?.column == first_sort.column).then_some(Keyset { columns, span: f.span })
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

/// Each system's own spelling of the types the schema rules recommend;
/// `None` where the "stringly" or integer form is that system's idiom and
/// the rule should stay silent.
pub struct SystemTypes {
    /// For dates and times kept in text.
    pub timestamp: Option<&'static str>,
    /// For flags kept in text.
    pub boolean: &'static str,
    /// For flags kept in integers (MySQL's TINYINT(1), SQLite's 0/1 are idioms).
    pub boolean_for_integers: Option<&'static str>,
    pub uuid: Option<&'static str>,
    pub json: Option<&'static str>,
}

pub fn system_types(dialect: Dialect) -> SystemTypes {
    match dialect {
        Dialect::Mysql => SystemTypes {
            timestamp: Some("DATETIME (kept in UTC) or DATE"),
            boolean: "BOOLEAN (TINYINT(1))",
            boolean_for_integers: None,
            uuid: Some("BINARY(16) with UUID_TO_BIN"),
            json: Some("JSON"),
        },
        Dialect::Mssql => SystemTypes {
            timestamp: Some("DATETIMEOFFSET, DATETIME2 or DATE"),
            boolean: "BIT",
            boolean_for_integers: Some("BIT"),
            uuid: Some("UNIQUEIDENTIFIER"),
            json: Some("NVARCHAR(MAX) with CHECK (ISJSON(…) = 1)"),
        },
        Dialect::Oracle => SystemTypes {
            timestamp: Some("TIMESTAMP WITH TIME ZONE or DATE"),
            boolean: "NUMBER(1) with a CHECK (BOOLEAN from 23ai)",
            boolean_for_integers: None,
            uuid: Some("RAW(16)"),
            json: Some("JSON (21c and later) or a CLOB with an IS JSON check"),
        },
        // SQLite has no date, boolean or UUID types: text dates and 0/1 are its idiom.
        Dialect::Sqlite => SystemTypes {
            timestamp: None,
            boolean: "INTEGER 0/1 with a CHECK",
            boolean_for_integers: None,
            uuid: None,
            json: Some("TEXT with CHECK (json_valid(…))"),
        },
        Dialect::Clickhouse => SystemTypes {
            timestamp: Some("DateTime, DateTime64 or Date"),
            boolean: "Bool",
            boolean_for_integers: None,
            uuid: Some("UUID"),
            json: Some("JSON (or columns for the fields queries read)"),
        },
        Dialect::Spark | Dialect::Hive => {
            SystemTypes { timestamp: Some("TIMESTAMP or DATE"), boolean: "BOOLEAN", boolean_for_integers: Some("BOOLEAN"), uuid: None, json: None }
        }
        // BigQuery's TIMESTAMP is an absolute instant; a UUID is a STRING (GENERATE_UUID()).
        Dialect::Bigquery => {
            SystemTypes { timestamp: Some("TIMESTAMP or DATE"), boolean: "BOOL", boolean_for_integers: Some("BOOL"), uuid: None, json: Some("JSON") }
        }
        Dialect::Postgres | Dialect::Generic | Dialect::Auto | Dialect::Redis | Dialect::Cassandra | Dialect::Kafka | Dialect::Mongodb | Dialect::Dynamodb => {
            SystemTypes {
                timestamp: Some("timestamptz or date"),
                boolean: "boolean",
                boolean_for_integers: Some("boolean"),
                uuid: Some("uuid"),
                json: Some("jsonb"),
            }
        }
    }
}

/// Whether a relation, as written (`sys.objects`, `pg_tables`,
/// `information_schema.columns`), is the system's own catalog: an
/// introspection query, not application data.
pub fn is_system_catalog(written: &str) -> bool {
    let name = written.trim().trim_matches(|c| c == '"' || c == '`').to_ascii_lowercase();
    const SCHEMAS: [&str; 5] = ["sys.", "information_schema.", "pg_catalog.", "system.", "sqlite_"];
    const TABLES: [&str; 5] = ["sysobjects", "syscolumns", "sysindexes", "dual", "sqlite_master"];
    name.starts_with("pg_") || SCHEMAS.iter().any(|s| name.starts_with(s)) || TABLES.contains(&name.as_str())
}
