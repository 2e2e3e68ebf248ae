//! Access paths: for one query block and one of its tables, which index the
//! planner can use, following the B-tree rules (left prefix, equality before
//! range, sort order after the equality prefix), hash (equality only), GIN
//! and GiST (containment), expression and partial indexes, index-only scans.

use super::scale::Growth;
use crate::input::Dialect;
use crate::model::{Block, Catalog, ColumnRef, Index, PredicateKind, Table};
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

    pub(super) fn is_equality(&self) -> bool {
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
    // A distance to a constant (pgvector's `<->`, `<#>`, `<=>`) is answered by
    // a vector index through ORDER BY … LIMIT, never by an expression index.
    if ["<->", "<#>", "<=>", "<+>", "<~>", "<%>"].iter().any(|op| expr.contains(op)) {
        return false;
    }
    ["lower(", "upper(", "abs("].iter().any(|f| expr.starts_with(f)) || expr.contains("->>") || expr.contains("->")
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
