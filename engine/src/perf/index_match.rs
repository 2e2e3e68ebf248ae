//! Index matching: which of a table's indexes answers a block's needs, by
//! the B-tree rules (left prefix, equality before range, order after the
//! equality prefix), hash, GIN/GiST containment, partial and expression
//! indexes; the best access path, and the indexes that could serve a sort.

use super::access::{index_label, AccessKind, Need, SortNeed, TableAccess, TableNeeds};
use super::scale::Growth;
use crate::input::Dialect;
use crate::model::{Index, Table, TypeKind};

/// The keys as the storage engine holds them: InnoDB and SQLite append the
/// primary key (or rowid) to every secondary index.
fn effective_keys<'i>(index: &'i Index, table: &Table, dialect: Dialect) -> std::borrow::Cow<'i, [crate::model::IndexKey]> {
    let suffixed = matches!(dialect, Dialect::Mysql | Dialect::Sqlite) && index.origin != crate::model::IndexOrigin::PrimaryKey;
    if !suffixed {
        return std::borrow::Cow::Borrowed(&index.keys);
    }
    let mut keys = index.keys.clone();
    for column in &table.primary_key {
        if !keys.iter().any(|k| k.column.as_ref() == Some(column)) {
            keys.push(crate::model::IndexKey { column: Some(column.clone()), expr: column.clone() });
        }
    }
    std::borrow::Cow::Owned(keys)
}

/// A condition an index answers: one of the block's needs, or a join column.
#[derive(Debug, Clone, Copy)]
enum Use<'n> {
    Need(&'n Need),
    Join(&'n str),
}

impl Use<'_> {
    fn describe(self) -> String {
        match self {
            Use::Need(need) => need.describe(),
            Use::Join(key) => format!("{key} = (join)"),
        }
    }
}

/// How well one index answers a table's needs (described only for the index chosen).
#[derive(Debug, Clone, Default)]
struct Match<'n> {
    equal_keys: usize,
    range: bool,
    uses: Vec<Use<'n>>,
    sort_by_index: bool,
    covering: bool,
    unique_hit: bool,
    uncovered: Vec<String>,
}

impl Match<'_> {
    fn useful(&self) -> bool {
        self.equal_keys > 0 || self.range || self.sort_by_index
    }

    fn score(&self, limited: bool) -> usize {
        self.equal_keys * 8
            + usize::from(self.range) * 4
            + usize::from(self.sort_by_index && limited) * 6
            + usize::from(self.covering) * 2
            + usize::from(self.unique_hit) * 16
    }
}

/// Whether a partial index's predicate is implied by the query's own
/// conditions (each of its conjuncts appears among them, as text).
fn partial_applies(index: &Index, filter_texts: &[String]) -> bool {
    let Some(predicate) = &index.predicate else { return true };
    let squash = |s: &str| s.to_ascii_lowercase().chars().filter(|c| !c.is_whitespace() && *c != '(' && *c != ')').collect::<String>();
    let lower = predicate.to_ascii_lowercase();
    lower.split(" and ").map(squash).all(|part| filter_texts.iter().any(|f| squash(f).ends_with(&part) || squash(f) == part))
}

fn match_index<'n>(index: &'n Index, needs: &'n TableNeeds, filter_texts: &[String], join_lookup: bool, dialect: Dialect) -> Match<'n> {
    let mut m = Match::default();
    if !partial_applies(index, filter_texts) {
        return m;
    }
    let equal = |key: &crate::model::IndexKey| {
        needs.needs.iter().find(|(n, _)| match (n, &key.column) {
            (Need::Expression { expr, .. }, None) => *expr == key.expr,
            (n, Some(c)) => n.is_equality() && n.column() == c,
            _ => false,
        })
    };
    // The join column (borrowed from the needs) this key is probed by, per outer row.
    let joined = |key: &crate::model::IndexKey| -> Option<&'n str> {
        let column = key.column.as_ref()?;
        needs.join_columns.iter().find(|c| join_lookup && *c == column).map(String::as_str)
    };
    match index.method.as_str() {
        "gin" | "gist" => {
            if let Some((need, _)) =
                index.keys.iter().find_map(|k| needs.needs.iter().find(|(n, _)| matches!(n, Need::Contains(c) if Some(c) == k.column.as_ref())))
            {
                m.range = true;
                m.uses.push(Use::Need(need));
            }
            return m;
        }
        "hash" => {
            if let Some(key) = index.keys.first() {
                if let Some((need, _)) = equal(key).filter(|(n, _)| !matches!(n, Need::In(_))) {
                    m.equal_keys = 1;
                    m.uses.push(Use::Need(need));
                } else if let Some(column) = joined(key) {
                    m.equal_keys = 1;
                    m.uses.push(Use::Join(column));
                }
            }
            return m;
        }
        // BRIN, SP-GiST and other access methods answer operators not modelled here.
        "btree" => {}
        _ => return m,
    }
    let keys = effective_keys(index, needs.table, dialect);
    let mut position = 0;
    for key in keys.iter() {
        if let Some((need, _)) = equal(key) {
            m.equal_keys += 1;
            m.uses.push(Use::Need(need));
        } else if let Some(column) = joined(key) {
            m.equal_keys += 1;
            m.uses.push(Use::Join(column));
        } else {
            if let Some((need, _)) = needs.needs.iter().find(|(n, _)| matches!(n, Need::Range(c) | Need::Prefix(c) if key.column.as_ref() == Some(c))) {
                m.range = true;
                m.uses.push(Use::Need(need));
            }
            break;
        }
        position += 1;
    }
    m.unique_hit = index.unique && index.predicate.is_none() && m.equal_keys >= index.keys.len();
    // Rows come out in key order after the equality prefix: ORDER BY needs no sort.
    if !needs.order.is_empty() {
        let rest: Vec<Option<&str>> = keys[position.min(keys.len())..].iter().map(|k| k.column.as_deref()).collect();
        m.sort_by_index = m.unique_hit || (needs.order.len() <= rest.len() && needs.order.iter().zip(&rest).all(|(o, k)| Some(o.as_str()) == *k));
    }
    if let Some(read) = &needs.read_columns {
        let held = |c: &String| keys.iter().any(|k| k.column.as_ref() == Some(c)) || index.include.contains(c);
        m.uncovered = read.iter().filter(|c| !held(c)).cloned().collect();
        m.uncovered.sort();
        m.uncovered.dedup();
        m.covering = m.uncovered.is_empty();
    } else {
        m.uncovered = vec!["*".to_string()];
    }
    m
}

/// The best access to one table, given what the block asks of it.
pub(super) fn best_access(needs: &TableNeeds, filter_texts: &[String], limited: bool, join_lookup: bool, dialect: Dialect) -> TableAccess {
    let table = needs.table;
    let best = table
        .indexes
        .iter()
        .map(|index| (index, match_index(index, needs, filter_texts, join_lookup, dialect)))
        .filter(|(_, m)| m.useful() && (m.equal_keys > 0 || m.range || limited))
        // Among equals the first declared wins (max_by_key keeps the last).
        .rev()
        .max_by_key(|(_, m)| m.score(limited));
    let used_columns: Vec<&str> =
        best.as_ref().map(|(i, m)| i.keys.iter().take(m.equal_keys + usize::from(m.range)).filter_map(|k| k.column.as_deref()).collect()).unwrap_or_default();
    let residual: Vec<String> = needs
        .needs
        .iter()
        .filter(|(n, _)| {
            !used_columns.contains(&n.column())
                && !best.as_ref().is_some_and(|(_, m)| m.uses.iter().any(|u| matches!(u, Use::Need(used) if std::ptr::eq(*used, n))))
        })
        .map(|(n, _)| n.describe())
        .collect();
    let sort = match (&best, needs.order.is_empty()) {
        (_, true) => SortNeed::None,
        (Some((_, m)), false) if m.sort_by_index => SortNeed::ByIndex,
        _ => SortNeed::Sort,
    };
    let per_joined_row = best.as_ref().is_some_and(|(_, m)| m.uses.iter().any(|u| matches!(u, Use::Join(_))));
    match best {
        Some((index, m)) => {
            let kind = if m.covering {
                AccessKind::IndexOnly
            } else if m.equal_keys > 0 && !m.range && (m.unique_hit || m.equal_keys == index.keys.len() || !m.sort_by_index || needs.order.is_empty()) {
                AccessKind::IndexSeek
            } else {
                AccessKind::RangeScan
            };
            // Walking the index in order while filtering row by row can read
            // the whole table before LIMIT rows match.
            let walk_only = m.uses.is_empty();
            let growth = if walk_only && !residual.is_empty() { Growth::Linear } else { Growth::Logarithmic };
            let uses = if walk_only { vec![format!("in {} order", needs.order.join(", "))] } else { m.uses.into_iter().map(Use::describe).collect() };
            let uncovered = m.uncovered;
            TableAccess {
                table: table.name.clone(),
                kind,
                index: Some(index_label(index, table, dialect)),
                uses,
                residual,
                sort,
                per_joined_row,
                growth,
                uncovered,
            }
        }
        None => {
            let growth = if sort == SortNeed::Sort { Growth::Linearithmic } else { Growth::Linear };
            TableAccess {
                table: table.name.clone(),
                kind: AccessKind::FullScan,
                index: None,
                uses: Vec::new(),
                residual,
                sort,
                per_joined_row: false,
                growth,
                uncovered: Vec::new(),
            }
        }
    }
}

/// Indexes that return the table in the block's ORDER BY order: the planner
/// may walk one for a full ordered read even without a LIMIT.
pub(super) fn sorting_indexes(needs: &TableNeeds, dialect: Dialect) -> Vec<String> {
    if needs.order.is_empty() {
        return Vec::new();
    }
    needs
        .table
        .indexes
        .iter()
        .filter(|i| i.is_ordered())
        .filter(|i| {
            let keys = effective_keys(i, needs.table, dialect);
            needs.order.len() <= keys.len() && needs.order.iter().zip(keys.iter()).all(|(o, k)| k.column.as_ref() == Some(o))
        })
        .map(|i| index_label(i, needs.table, dialect))
        .collect()
}

/// Whether a column's type makes a lone index on it pointless (two values).
pub(super) fn low_cardinality(table: &Table, column: &str) -> bool {
    table.column(column).is_some_and(|c| c.kind == TypeKind::Boolean)
}

/// A column of an enumerated type (a PostgreSQL enum, MySQL's inline
/// `ENUM(…)`): a handful of values, so like a boolean an index on it alone
/// rarely narrows a query enough to be used.
pub(super) fn enumerated(catalog: &crate::model::Catalog, table: &Table, column: &str) -> bool {
    table.column(column).is_some_and(|c| {
        let ty = c.data_type.to_ascii_lowercase();
        let unqualified = ty.rsplit('.').next().unwrap_or_default().trim_matches('"');
        ty.starts_with("enum(") || catalog.enum_types.iter().any(|e| e.eq_ignore_ascii_case(unqualified))
    })
}
