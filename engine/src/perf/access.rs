//! Access paths: for one query block and one of its tables, which index the
//! planner can use, following the B-tree rules (left prefix, equality before
//! range, sort order after the equality prefix), hash (equality only), GIN
//! and GiST (containment), expression and partial indexes, index-only scans.

use super::scale::Growth;
use crate::input::Dialect;
use crate::model::{Block, Catalog, ColumnRef, Index, PredicateKind, Table, TypeKind};
use crate::source::TextSpan;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccessKind {
    /// Equality on the index's leading keys: a few probes.
    IndexSeek,
    /// A range or an ordered walk of the index.
    RangeScan,
    /// A seek or range answered from the index alone.
    IndexOnly,
    /// Every row of the table is read.
    FullScan,
}

impl AccessKind {
    /// The name on the wire and in CSS classes (`index_seek`).
    pub fn slug(self) -> &'static str {
        match self {
            AccessKind::IndexSeek => "index_seek",
            AccessKind::RangeScan => "range_scan",
            AccessKind::IndexOnly => "index_only",
            AccessKind::FullScan => "full_scan",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AccessKind::IndexSeek => "index seek",
            AccessKind::RangeScan => "range scan",
            AccessKind::IndexOnly => "index-only scan",
            AccessKind::FullScan => "full scan",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortNeed {
    /// No ORDER BY on this table.
    None,
    /// The index returns rows in the requested order.
    ByIndex,
    /// The rows are sorted after they are read.
    Sort,
}

/// How one query reads one table.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TableAccess {
    pub table: String,
    pub kind: AccessKind,
    /// The index used, by name (or its keys when unnamed).
    pub index: Option<String>,
    /// What the index answers: `customer_id =`, `created_at range`.
    pub uses: Vec<String>,
    /// Conditions checked row by row after the access.
    pub residual: Vec<String>,
    pub sort: SortNeed,
    /// Reached once per row of another table, through a join column.
    pub per_joined_row: bool,
    pub growth: Growth,
    /// Columns the query reads that the index used does not hold (`*` for
    /// `SELECT *`): each matching row costs a visit to the table.
    #[serde(default)]
    pub uncovered: Vec<String>,
}

impl TableAccess {
    /// The catalog index this access uses.
    pub fn index_in<'t>(&self, table: &'t Table, dialect: Dialect) -> Option<&'t Index> {
        let label = self.index.as_deref()?;
        table.indexes.iter().find(|i| index_label(i, table, dialect) == label)
    }

    /// `orders: index seek, sort needed`.
    pub fn describe(&self) -> String {
        let sort = match self.sort {
            SortNeed::Sort => ", sort needed",
            SortNeed::ByIndex => ", in index order",
            SortNeed::None => "",
        };
        format!("{}: {}{sort}", self.table, self.kind.label())
    }
}

/// One thing a query asks of a table's column.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Need {
    Equal(String),
    In(String),
    Range(String),
    /// `LIKE 'abc%'`: a range on a B-tree (with a `text_pattern_ops` or C collation).
    Prefix(String),
    /// `lower(email) = $1`, answered only by an index on that expression.
    Expression {
        column: String,
        expr: String,
    },
    Contains(String),
    /// A condition no index on this table can answer, with why.
    Unusable {
        column: String,
        why: &'static str,
    },
}

impl Need {
    pub(super) fn column(&self) -> &str {
        match self {
            Need::Equal(c) | Need::In(c) | Need::Range(c) | Need::Prefix(c) | Need::Contains(c) => c,
            Need::Expression { column, .. } | Need::Unusable { column, .. } => column,
        }
    }

    fn is_equality(&self) -> bool {
        matches!(self, Need::Equal(_) | Need::In(_))
    }

    pub(super) fn describe(&self) -> String {
        match self {
            Need::Equal(c) => format!("{c} = …"),
            Need::In(c) => format!("{c} IN (…)"),
            Need::Range(c) => format!("range on {c}"),
            Need::Prefix(c) => format!("{c} LIKE 'prefix%'"),
            Need::Expression { expr, .. } => format!("{expr} = …"),
            Need::Contains(c) => format!("{c} @> / && / @@"),
            Need::Unusable { column, why } => format!("{column}: {why}"),
        }
    }
}

/// What one query block asks of one of its tables.
#[derive(Debug, Clone)]
pub(super) struct TableNeeds<'c> {
    pub table: &'c Table,
    pub needs: Vec<(Need, TextSpan)>,
    /// Columns compared with another table's (join columns).
    pub join_columns: Vec<String>,
    /// ORDER BY columns, when every key is a plain column of this table.
    pub order: Vec<String>,
    /// Every column of this table the block reads; `None` for `SELECT *` or a write.
    pub read_columns: Option<Vec<String>>,
}

pub(super) fn needs_of<'c>(block: &Block, catalog: &'c Catalog, relation: usize) -> Option<TableNeeds<'c>> {
    let table = catalog.table(&block.relations[relation].name)?;
    let here = |c: &ColumnRef| block.relation_of(catalog, c) == Some(relation) && table.column(&c.column).is_some();
    let mut needs = Vec::new();
    for filter in &block.filters {
        let Some(column) = filter.column.as_ref().filter(|c| here(c)) else {
            if let PredicateKind::Or(columns) = &filter.kind {
                if let Some(first) = columns.iter().find(|c| here(c)) {
                    let distinct = columns.iter().map(|c| &c.column).collect::<std::collections::BTreeSet<_>>().len();
                    if distinct > 1 {
                        needs.push((Need::Unusable { column: first.column.clone(), why: "OR across columns" }, filter.span));
                    }
                }
            }
            continue;
        };
        let name = column.column.clone();
        let need = match &filter.kind {
            PredicateKind::Equality => Need::Equal(name),
            PredicateKind::InList | PredicateKind::InSubquery { negated: false } => Need::In(name),
            // `IS NULL` and `IS NOT NULL` share one kind; neither is worth an index of its own.
            PredicateKind::IsNull => continue,
            PredicateKind::Range | PredicateKind::RowRange(_) => Need::Range(name),
            PredicateKind::Like { leading_wildcard: true, .. } => Need::Unusable { column: name, why: "leading wildcard" },
            PredicateKind::Like { case_insensitive: true, .. } => Need::Unusable { column: name, why: "case-insensitive match" },
            PredicateKind::Like { .. } => Need::Prefix(name),
            PredicateKind::Wrapped { column_expr } => {
                let qualifier = column.qualifier.as_deref().map(|q| format!("{q}.")).unwrap_or_default();
                let expr = if qualifier.is_empty() { column_expr.clone() } else { column_expr.replace(&qualifier, "") };
                if indexable_expression(&expr) {
                    Need::Expression { column: name, expr }
                } else {
                    Need::Unusable { column: name, why: "function on the column" }
                }
            }
            PredicateKind::Contains => Need::Contains(name),
            _ => continue,
        };
        needs.push((need, filter.span));
    }
    let mut join_columns = Vec::new();
    for (a, b) in &block.column_pairs {
        for (mine, other) in [(a, b), (b, a)] {
            if here(mine) && block.relation_of(catalog, other).is_some_and(|r| r != relation) && !join_columns.contains(&mine.column) {
                join_columns.push(mine.column.clone());
            }
        }
    }
    let order: Vec<String> =
        block.order_by.iter().map(|k| k.column.as_ref().filter(|c| here(c) && !k.random).map(|c| c.column.clone())).collect::<Option<_>>().unwrap_or_default();
    let read_columns = (block.star.is_none() && block.kind == crate::model::BlockKind::Select).then(|| {
        let mut columns: Vec<String> = block.selected.iter().filter(|c| here(c)).map(|c| c.column.clone()).collect();
        columns.extend(needs.iter().map(|(n, _)| n.column().to_string()));
        columns.extend(join_columns.iter().cloned());
        columns.extend(order.iter().cloned());
        columns
    });
    Some(TableNeeds { table, needs, join_columns, order, read_columns })
}

/// Expressions an index can be built on and a query can match: deterministic
/// functions of one column (`lower(email)`, `payload->>'kind'`). A user
/// function or `date_trunc` on a timestamptz cannot be indexed as written.
fn indexable_expression(expr: &str) -> bool {
    ["lower(", "upper(", "abs("].iter().any(|f| expr.starts_with(f)) || expr.contains("->>") || expr.contains("->")
}

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

/// The index's name, or the one the database gives an unnamed constraint.
pub fn index_label(index: &Index, table: &Table, dialect: Dialect) -> String {
    if let Some(name) = &index.name {
        return name.clone();
    }
    let columns = || index.keys.iter().map(|k| k.expr.as_str()).collect::<Vec<_>>().join("_");
    match (index.origin, dialect) {
        (crate::model::IndexOrigin::PrimaryKey, Dialect::Mysql) => "PRIMARY".to_string(),
        (crate::model::IndexOrigin::PrimaryKey, _) => format!("{}_pkey", table.name),
        (crate::model::IndexOrigin::UniqueConstraint, _) => format!("{}_{}_key", table.name, columns()),
        (crate::model::IndexOrigin::CreateIndex, _) => format!("{}_{}_idx", table.name, columns()),
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
