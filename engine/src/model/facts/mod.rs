//! Query facts: what each SELECT, UPDATE and DELETE block reads, filters,
//! joins, sorts and limits, extracted in one visitor walk per statement.

use super::catalog::{Catalog, Column, Table};
use super::names::ColumnRef;
use crate::source::TextSpan;

mod collector;
mod predicates;

pub use collector::collect;

#[derive(Debug, Default)]
pub struct StatementFacts {
    pub blocks: Vec<Block>,
    /// Every table the statement names, in order of appearance.
    pub tables: Vec<String>,
    /// `UNION` without `ALL`.
    pub union_distinct: Vec<TextSpan>,
    /// Names defined by `WITH` (they are not tables).
    pub cte_names: Vec<String>,
    /// A `CREATE VIEW` or `CREATE MATERIALIZED VIEW`: its blocks are the
    /// view's body, not a query the application runs.
    pub view: bool,
    /// Rows the statement loads as written (`INSERT … VALUES`, `COPY … FROM stdin`).
    pub load: Option<Load>,
}

/// Rows written out in the script itself, not computed by a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Load {
    pub table: String,
    /// How many rows, when the statement shows them (`COPY` from a file does not).
    pub rows: Option<usize>,
}

/// The rows an `INSERT … VALUES` or a `COPY … FROM` loads.
pub fn load_of(stmt: &sqlparser::ast::Statement) -> Option<Load> {
    use sqlparser::ast::{CopySource, CopyTarget, SetExpr, Statement};
    match stmt {
        Statement::Insert(insert) => {
            let SetExpr::Values(values) = insert.source.as_ref()?.body.as_ref() else { return None };
            let sqlparser::ast::TableObject::TableName(name) = &insert.table else { return None };
            Some(Load { table: super::names::object_name(name), rows: Some(values.rows.len()) })
        }
        Statement::Copy { source: CopySource::Table { table_name, .. }, to: false, target, payload, .. } => {
            let rows = match target {
                CopyTarget::Stdin => payload.as_ref().map(|p| p.data.lines().count()),
                _ => None,
            };
            Some(Load { table: super::names::object_name(table_name), rows })
        }
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Select,
    Update,
    Delete,
}

/// One SELECT (or the WHERE part of an UPDATE/DELETE).
#[derive(Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub span: TextSpan,
    /// The statement's outermost query, rather than a subquery.
    pub top_level: bool,
    pub relations: Vec<Relation>,
    /// Relations grouped by FROM item: more than one item is a comma join.
    pub from_items: Vec<Vec<usize>>,
    pub joins: Vec<JoinFact>,
    /// Comparisons between columns (join predicates), from ON and WHERE.
    pub column_pairs: Vec<(ColumnRef, ColumnRef)>,
    pub filters: Vec<Predicate>,
    pub has_where: bool,
    pub order_by: Vec<OrderKey>,
    pub limit: Option<Bound>,
    pub offset: Option<(Bound, TextSpan)>,
    pub star: Option<TextSpan>,
    /// Columns the select list names (for index-only scans).
    pub selected: Vec<ColumnRef>,
    pub distinct: Option<TextSpan>,
    pub grouped: bool,
    pub aggregate: bool,
    pub window: bool,
    pub having: Option<(TextSpan, bool)>,
    pub lock: Option<LockFact>,
    /// Scalar subqueries in the select list that reference the outer query.
    pub correlated_subqueries: Vec<TextSpan>,
    pub derived_tables: usize,
}

#[derive(Debug, Clone)]
pub struct Relation {
    pub name: String,
    pub alias: Option<String>,
    pub span: TextSpan,
}

#[derive(Debug, Clone)]
pub struct JoinFact {
    pub cross: bool,
    pub has_constraint: bool,
    /// `ON 1=1`, `ON TRUE` and the like.
    pub trivial: bool,
    pub span: TextSpan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Literal(u64),
    Parameter,
    Other,
}

#[derive(Debug, Clone, Copy)]
pub struct LockFact {
    pub skip_locked: bool,
    pub span: TextSpan,
}

#[derive(Debug, Clone)]
pub struct OrderKey {
    pub column: Option<ColumnRef>,
    pub random: bool,
    pub span: TextSpan,
}

#[derive(Debug, Clone)]
pub struct Predicate {
    pub column: Option<ColumnRef>,
    pub kind: PredicateKind,
    pub span: TextSpan,
    /// Every column the predicate mentions.
    pub columns: Vec<ColumnRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PredicateKind {
    Equality,
    Range,
    /// `(a, b) > ($1, $2)`: a row comparison, the keyset form with a tie-breaker.
    RowRange(Vec<ColumnRef>),
    InList,
    InSubquery {
        negated: bool,
    },
    Like {
        leading_wildcard: bool,
        case_insensitive: bool,
    },
    IsNull,
    /// A column wrapped in a function, cast or arithmetic: `lower(email) = $1`.
    Wrapped {
        column_expr: String,
    },
    /// `payload @> '{…}'`, `tags && $1`, `doc @@ query`: containment, overlap
    /// and text search, which GIN and GiST indexes answer.
    Contains,
    /// `a = 1 OR b = 2`: the columns on each side.
    Or(Vec<ColumnRef>),
    Other,
}

impl Block {
    /// The table and column a reference points at, when the catalog knows it.
    pub fn resolve<'c>(&self, catalog: &'c Catalog, column: &ColumnRef) -> Option<(&'c Table, &'c Column)> {
        match &column.qualifier {
            Some(q) => {
                let rel = self.relations.iter().find(|r| r.alias.as_deref() == Some(q.as_str()) || r.name == *q)?;
                let table = catalog.table(&rel.name)?;
                Some((table, table.column(&column.column)?))
            }
            None => {
                let mut found = self.relations.iter().filter_map(|r| catalog.table(&r.name)).filter_map(|t| t.column(&column.column).map(|c| (t, c)));
                let first = found.next()?;
                found.next().is_none().then_some(first)
            }
        }
    }

    /// Which relation a qualified or unambiguous column belongs to.
    pub fn relation_of(&self, catalog: &Catalog, column: &ColumnRef) -> Option<usize> {
        match &column.qualifier {
            Some(q) => self.relations.iter().position(|r| r.alias.as_deref() == Some(q.as_str()) || r.name == *q),
            None if self.relations.len() == 1 => Some(0),
            None => {
                let owner = |r: &Relation| catalog.table(&r.name).is_some_and(|t| t.column(&column.column).is_some());
                let mut matches = self.relations.iter().enumerate().filter(|(_, r)| owner(r));
                let first = matches.next()?.0;
                matches.next().is_none().then_some(first)
            }
        }
    }
}
