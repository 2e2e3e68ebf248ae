//! Identifier and expression helpers shared by the catalog, the facts and the rules.

use serde::{Deserialize, Serialize};
use sqlparser::ast::{Expr, Ident, ObjectName, ObjectNamePart, Query, Statement, TableFactor, Visit, Visitor};
use std::ops::ControlFlow;

/// A column as a query names it: `o.customer_id` or `customer_id`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ColumnRef {
    pub qualifier: Option<String>,
    pub column: String,
}

impl std::fmt::Display for ColumnRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.qualifier {
            Some(q) => write!(f, "{q}.{}", self.column),
            None => f.write_str(&self.column),
        }
    }
}

/// Identifiers compare case-insensitively, as unquoted SQL identifiers do.
pub fn ident(id: &Ident) -> String {
    id.value.to_ascii_lowercase()
}

/// The unqualified object name (`public.users` is `users`).
pub fn object_name(name: &ObjectName) -> String {
    match name.0.last() {
        Some(ObjectNamePart::Identifier(id)) => ident(id),
        Some(other) => other.to_string().to_ascii_lowercase(),
        None => String::new(),
    }
}

pub fn strip_parens(mut expr: &Expr) -> &Expr {
    while let Expr::Nested(inner) = expr {
        expr = inner;
    }
    expr
}

/// Expression text normalised for comparing an index expression with a predicate.
pub fn normalise_expr(expr: &Expr) -> String {
    strip_parens(expr).to_string().to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect()
}

/// The column an expression is, if it is exactly a column.
pub fn column_of(expr: &Expr) -> Option<ColumnRef> {
    match strip_parens(expr) {
        Expr::Identifier(id) => Some(ColumnRef { qualifier: None, column: ident(id) }),
        Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
            Some(ColumnRef { qualifier: Some(ident(&parts[parts.len() - 2])), column: ident(&parts[parts.len() - 1]) })
        }
        _ => None,
    }
}

/// Every column an expression mentions (including inside subqueries).
pub fn columns_in(expr: &Expr, out: &mut Vec<ColumnRef>) {
    let _ = walk_exprs(expr, |e| {
        if let Some(c) = column_of(e) {
            out.push(c);
        }
        ControlFlow::<()>::Continue(())
    });
}

pub fn mentions_column(expr: &Expr) -> bool {
    walk_exprs(expr, |e| if matches!(e, Expr::Identifier(_) | Expr::CompoundIdentifier(_)) { ControlFlow::Break(()) } else { ControlFlow::Continue(()) })
        .is_break()
}

/// Lower-case name of a called function (`count`, `now`, `pg_catalog.lower` is `lower`).
pub fn function_name(expr: &Expr) -> Option<String> {
    match strip_parens(expr) {
        Expr::Function(f) => Some(object_name(&f.name)),
        _ => None,
    }
}

pub const AGGREGATES: &[&str] = &[
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "array_agg",
    "string_agg",
    "json_agg",
    "jsonb_agg",
    "bool_and",
    "bool_or",
    "every",
    "group_concat",
    "listagg",
    "stddev",
    "variance",
    "percentile_cont",
    "percentile_disc",
];

/// Whether an expression contains an aggregate call (not a window call).
pub fn has_aggregate(expr: &Expr) -> bool {
    walk_exprs(expr, |e| match e {
        Expr::Function(f) if f.over.is_none() && AGGREGATES.contains(&object_name(&f.name).as_str()) => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

pub fn has_window(expr: &Expr) -> bool {
    walk_exprs(expr, |e| match e {
        Expr::Function(f) if f.over.is_some() => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

/// A node met while walking a statement.
pub enum Node<'a> {
    Expr(&'a Expr),
    Query(&'a Query),
    Table(&'a TableFactor),
    Statement(&'a Statement),
}

/// Walks the nodes under a node. One concrete visitor type (the callback is
/// a trait object) keeps sqlparser's generic walk from being compiled once
/// per call site, which matters for the wasm bundle's size.
struct NodeWalker<'f>(&'f mut dyn FnMut(Node) -> ControlFlow<()>);

impl Visitor for NodeWalker<'_> {
    type Break = ();

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        (self.0)(Node::Expr(expr))
    }

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<()> {
        (self.0)(Node::Query(query))
    }

    fn pre_visit_table_factor(&mut self, table: &TableFactor) -> ControlFlow<()> {
        (self.0)(Node::Table(table))
    }

    fn pre_visit_statement(&mut self, statement: &Statement) -> ControlFlow<()> {
        (self.0)(Node::Statement(statement))
    }
}

/// Every node under `node` (itself included), nested statements and queries too.
pub fn walk_nodes<N: Visit + ?Sized>(node: &N, mut f: impl FnMut(Node) -> ControlFlow<()>) -> ControlFlow<()> {
    node.visit(&mut NodeWalker(&mut f))
}

pub fn walk_exprs<N: Visit + ?Sized>(node: &N, mut f: impl FnMut(&Expr) -> ControlFlow<()>) -> ControlFlow<()> {
    walk_nodes(node, |n| match n {
        Node::Expr(expr) => f(expr),
        _ => ControlFlow::Continue(()),
    })
}
