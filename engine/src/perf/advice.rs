//! Index advice across the workload: each query that reads a table without
//! a usable index proposes one, and proposals that one composite index can
//! answer are merged, so the author gets one statement serving several queries.

use super::access::{AccessKind, Need, SortNeed, TableAccess, TableNeeds};
use super::index_match::low_cardinality;
use crate::input::Dialect;
use crate::source::TextSpan;
use serde::{Deserialize, Serialize};

/// A query an advised index serves.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ServedQuery {
    pub statement: usize,
    /// Where the query asks for it (its condition, or the query).
    pub span: TextSpan,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexAdvice {
    pub table: String,
    /// Key parts in order (columns or expressions).
    pub keys: Vec<String>,
    /// `gin` for containment; `None` for the default B-tree.
    pub method: Option<String>,
    /// The statement to run, in the system's online form.
    pub sql: String,
    pub serves: Vec<ServedQuery>,
    /// An existing index this one makes redundant (its keys are a prefix).
    pub replaces: Option<String>,
    /// Only the leading key is a foreign key column the foreign-key rule reports.
    pub foreign_key_only: bool,
    /// The table's hinted size.
    pub rows: Option<u64>,
}

/// One query's wish for an index, before merging.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub table: String,
    pub keys: Vec<String>,
    /// The first `equal_len` keys are equalities and can be reordered freely.
    pub equal_len: usize,
    pub method: Option<&'static str>,
    pub served: ServedQuery,
    pub replaces: Option<String>,
}

/// What index (if any) would serve this table access better.
pub(super) fn candidate(
    needs: &TableNeeds,
    access: &TableAccess,
    driving_elsewhere: bool,
    limited: bool,
    served: ServedQuery,
    dialect: Dialect,
) -> Option<Candidate> {
    let table = &needs.table.name;
    let make = |keys: Vec<String>, equal_len: usize, method, replaces, served| Candidate { table: table.clone(), keys, equal_len, method, served, replaces };
    let usable_span = |pred: &dyn Fn(&Need) -> bool| needs.needs.iter().find(|(n, _)| pred(n)).map(|(_, s)| *s);
    // An ordered walk that filters row by row is a full scan in the worst case.
    let scans = access.kind == AccessKind::FullScan || access.growth == super::scale::Growth::Linear;
    if !scans {
        // An index narrows by equality but the rows still need sorting for a
        // top-N: extending that index by the sort keys removes the sort.
        if access.sort == SortNeed::Sort && limited && needs.needs.iter().all(|(n, _)| matches!(n, Need::Equal(_))) {
            let index = access.index_in(needs.table, dialect)?;
            let mut keys: Vec<String> = needs.needs.iter().map(|(n, _)| n.column().to_string()).collect();
            keys.dedup();
            if keys.is_empty() || needs.order.iter().any(|o| keys.contains(o)) {
                return None;
            }
            let equal_len = keys.len();
            keys.extend(needs.order.iter().cloned());
            let replaces =
                (index.keys.len() <= equal_len && index.keys.iter().all(|k| k.column.as_ref().is_some_and(|c| keys[..equal_len].contains(c))) && !index.unique)
                    .then(|| access.index.clone())
                    .flatten();
            return Some(make(keys, equal_len, None, replaces, served));
        }
        return None;
    }
    let mut keys: Vec<String> = Vec::new();
    let push = |k: &str, keys: &mut Vec<String>| {
        if !keys.iter().any(|x| x == k) && keys.len() < 4 {
            keys.push(k.to_string());
        }
    };
    for (need, _) in &needs.needs {
        if let Need::Equal(c) = need {
            push(c, &mut keys);
        }
    }
    for (need, _) in &needs.needs {
        match need {
            Need::In(c) => push(c, &mut keys),
            Need::Expression { expr, .. } => push(expr, &mut keys),
            _ => {}
        }
    }
    let equal_len = keys.len();
    // `LIKE 'abc%'` needs a `text_pattern_ops` index outside the C collation:
    // not proposed, only recognised when it exists.
    let range = needs.needs.iter().find_map(|(n, _)| match n {
        Need::Range(c) => Some(c.clone()),
        _ => None,
    });
    // Sort keys alone help only a top-N with nothing to filter row by row.
    let order_only = keys.is_empty() && range.is_none();
    let sortable = !order_only || needs.needs.is_empty();
    if limited && sortable && !needs.order.is_empty() && (range.is_none() || range.as_ref() == needs.order.first()) {
        for o in &needs.order {
            push(o, &mut keys);
        }
    } else if let Some(r) = &range {
        push(r, &mut keys);
    }
    if keys.iter().all(|k| low_cardinality(needs.table, k)) {
        keys.clear();
    }
    if !keys.is_empty() {
        let span = usable_span(&|n| !matches!(n, Need::Unusable { .. } | Need::Contains(_))).unwrap_or(served.span);
        return Some(make(keys, equal_len, None, None, ServedQuery { span, ..served }));
    }
    if dialect == Dialect::Postgres {
        if let Some((Need::Contains(c), span)) = needs.needs.iter().find(|(n, _)| matches!(n, Need::Contains(_))) {
            return Some(make(vec![c.clone()], 1, Some("gin"), None, ServedQuery { span: *span, ..served }));
        }
    }
    // Reached through a join from a table its own filters narrow: each
    // joined row is one probe on the join column.
    if driving_elsewhere && needs.needs.is_empty() {
        if let Some(column) = needs.join_columns.first() {
            return Some(make(vec![column.clone()], 1, None, None, served));
        }
    }
    None
}

/// Whether `index` keys (already advised) answer `wish` as well.
fn answers(advised: &Candidate, wish: &Candidate) -> bool {
    if advised.table != wish.table || advised.method != wish.method || wish.keys.len() > advised.keys.len() {
        return false;
    }
    let equal: std::collections::BTreeSet<&String> = wish.keys[..wish.equal_len].iter().collect();
    let head: std::collections::BTreeSet<&String> = advised.keys[..wish.equal_len].iter().collect();
    equal == head && wish.keys[wish.equal_len..] == advised.keys[wish.equal_len..wish.keys.len()]
}

/// Merge the wishes: the widest first, each narrower one joins an index that answers it.
pub(super) fn consolidate(mut wishes: Vec<Candidate>, dialect: Dialect, sizes: &super::scale::TableSizes, catalog: &crate::model::Catalog) -> Vec<IndexAdvice> {
    // Equality keys can go in any order: put the columns most queries share
    // first, so a query on `tenant_id` alone and one on `tenant_id, status`
    // share one index.
    let mut shared: std::collections::HashMap<(String, String), usize> = std::collections::HashMap::new();
    for wish in &wishes {
        for key in &wish.keys[..wish.equal_len] {
            *shared.entry((wish.table.clone(), key.clone())).or_default() += 1;
        }
    }
    for wish in &mut wishes {
        let table = wish.table.clone();
        wish.keys[..wish.equal_len].sort_by_key(|k| std::cmp::Reverse(shared.get(&(table.clone(), k.clone())).copied().unwrap_or(0)));
    }
    wishes.sort_by(|a, b| b.keys.len().cmp(&a.keys.len()).then(a.served.statement.cmp(&b.served.statement)));
    let mut merged: Vec<(Candidate, Vec<ServedQuery>)> = Vec::new();
    for wish in wishes {
        match merged.iter_mut().find(|(advised, _)| answers(advised, &wish)) {
            Some((advised, served)) => {
                if !served.iter().any(|s| s.statement == wish.served.statement) {
                    served.push(wish.served);
                }
                advised.replaces = advised.replaces.take().or(wish.replaces);
            }
            None => {
                let served = vec![wish.served.clone()];
                merged.push((wish, served));
            }
        }
    }
    let mut advice: Vec<IndexAdvice> = merged
        .into_iter()
        .map(|(c, mut serves)| {
            serves.sort_by_key(|s| s.statement);
            let foreign_key_only =
                c.keys.len() == 1 && catalog.table(&c.table).is_some_and(|t| t.foreign_keys.iter().any(|fk| fk.columns.first() == c.keys.first()));
            IndexAdvice {
                sql: index_sql(dialect, &c.table, &c.keys, c.method),
                rows: sizes.of(&c.table),
                table: c.table,
                keys: c.keys,
                method: c.method.map(str::to_string),
                serves,
                replaces: c.replaces,
                foreign_key_only,
            }
        })
        .collect();
    advice.sort_by_key(|a| a.serves.first().map(|s| s.statement));
    advice
}

/// `CREATE INDEX CONCURRENTLY …` (PostgreSQL) or the online `ALTER TABLE … ADD INDEX` (MySQL).
pub fn index_sql(dialect: Dialect, table: &str, keys: &[String], method: Option<&str>) -> String {
    // MySQL takes an expression key only in parentheses; the others take a
    // bare column or function call, and any other expression in parentheses.
    let parts: Vec<String> = keys
        .iter()
        .map(|k| {
            let column = k.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == ' ' || c == '"');
            let call = k.ends_with(')') && k.find('(').is_some_and(|open| open > 0 && k[..open].chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.'));
            if column || (call && dialect != Dialect::Mysql) {
                k.clone()
            } else {
                format!("({k})")
            }
        })
        .collect();
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    let sql = create_index_sql(dialect, table, &refs);
    match method {
        Some(method) => sql.replacen(&format!(" ON {table} ("), &format!(" ON {table} USING {method} ("), 1),
        None => sql,
    }
}

/// The statement that adds an index without blocking writes where the
/// system can, per system. SQL Server's `WITH (ONLINE = ON)` and Oracle's
/// `ONLINE` are left out: both are Enterprise Edition features, and the
/// statement would fail on every other edition.
pub fn create_index_sql(dialect: Dialect, table: &str, keys: &[&str]) -> String {
    let name = format!("idx_{}_{}", slug(table), keys.iter().map(|k| slug(k)).collect::<Vec<_>>().join("_"));
    let (keys, table) = (keys.join(", "), quoted(dialect, table));
    match dialect {
        Dialect::Postgres => format!("CREATE INDEX CONCURRENTLY {name} ON {table} ({keys});"),
        Dialect::Mysql => format!("ALTER TABLE {table} ADD INDEX {name} ({keys}), ALGORITHM=INPLACE, LOCK=NONE;"),
        _ => format!("CREATE INDEX {name} ON {table} ({keys});"),
    }
}

/// The statement that drops an index without blocking writes where the
/// system can, per system (Oracle's `DROP INDEX … ONLINE` is for Enterprise
/// Edition only, so it is left out).
pub fn drop_index_sql(dialect: Dialect, table: &str, index: &str) -> String {
    let (table, index) = (quoted(dialect, table), quoted(dialect, index));
    match dialect {
        Dialect::Postgres => format!("DROP INDEX CONCURRENTLY {index};"),
        Dialect::Mysql => format!("ALTER TABLE {table} DROP INDEX {index}, ALGORITHM=INPLACE, LOCK=NONE;"),
        Dialect::Mssql => format!("DROP INDEX {index} ON {table};"),
        Dialect::Clickhouse => format!("ALTER TABLE {table} DROP INDEX {index};"),
        _ => format!("DROP INDEX {index};"),
    }
}

/// The statement that makes `column` unique, per system: SQLite cannot add
/// a constraint to an existing table, so it gets a unique index.
pub fn unique_sql(dialect: Dialect, table: &str, column: &str) -> String {
    let quoted_table = quoted(dialect, table);
    match dialect {
        Dialect::Sqlite => format!("CREATE UNIQUE INDEX {} ON {quoted_table} ({column});", quoted(dialect, &format!("{table}_{column}_key"))),
        _ => format!("ALTER TABLE {quoted_table} ADD UNIQUE ({column});"),
    }
}

/// A table or index name as the system needs it written: quoted when it
/// holds anything but letters, digits and underscores (`[Order Details]`)
/// or the system reserves it as a word (`"user"` in PostgreSQL).
pub fn quoted(dialect: Dialect, name: &str) -> String {
    let plain = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !crate::read::sql::reserved_words::is_reserved(dialect, name);
    match dialect {
        _ if plain => name.to_string(),
        Dialect::Mssql => format!("[{}]", name.replace(']', "]]")),
        Dialect::Mysql | Dialect::Clickhouse | Dialect::Spark | Dialect::Hive | Dialect::Bigquery => format!("`{}`", name.replace('`', "``")),
        _ => format!("\"{}\"", name.replace('"', "\"\"")),
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
