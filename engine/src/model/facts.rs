//! Query facts: what each SELECT, UPDATE and DELETE block reads, filters,
//! joins, sorts and limits, extracted in one visitor walk per statement.

use super::catalog::{Catalog, Column, SpanCx, Table};
use super::names::{column_of, columns_in, has_aggregate, has_window, mentions_column, object_name, strip_parens, ColumnRef};
use crate::source::TextSpan;
use sqlparser::ast::{
    BinaryOperator, Expr, GroupByExpr, InTarget, JoinConstraint, JoinOperator, LimitClause, NonBlock, Query, Select, SelectItem, SetExpr, SetOperator,
    SetQuantifier, Spanned, Statement, TableFactor, TableWithJoins, TopQuantity, Value, Visit, Visitor,
};
use std::ops::ControlFlow;

#[derive(Debug, Default)]
pub struct StatementFacts {
    pub blocks: Vec<Block>,
    /// Every table the statement names, in order of appearance.
    pub tables: Vec<String>,
    /// `UNION` without `ALL`.
    pub union_distinct: Vec<TextSpan>,
    /// Names defined by `WITH` (they are not tables).
    pub cte_names: Vec<String>,
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

/// Collect the facts of one parsed statement.
pub fn collect(stmt: &Statement, cx: &SpanCx) -> StatementFacts {
    let mut collector = Collector { cx, facts: StatementFacts::default(), depth: 0 };
    match stmt {
        Statement::Update(update) => {
            let mut block = Block::new(BlockKind::Update, cx.statement, true);
            collector.add_from_item(&mut block, &update.table);
            collector.add_where(&mut block, update.selection.as_ref());
            collector.facts.blocks.push(block);
        }
        Statement::Delete(delete) => {
            let mut block = Block::new(BlockKind::Delete, cx.statement, true);
            let from = match &delete.from {
                sqlparser::ast::FromTable::WithFromKeyword(f) | sqlparser::ast::FromTable::WithoutKeyword(f) => f,
            };
            for item in from {
                collector.add_from_item(&mut block, item);
            }
            collector.add_where(&mut block, delete.selection.as_ref());
            collector.facts.blocks.push(block);
        }
        _ => {}
    }
    let _ = stmt.visit(&mut collector);
    collector.facts
}

struct Collector<'a> {
    cx: &'a SpanCx<'a>,
    facts: StatementFacts,
    depth: usize,
}

impl Visitor for Collector<'_> {
    type Break = ();

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<()> {
        self.depth += 1;
        let top_level = self.depth == 1;
        if let Some(with) = &query.with {
            self.facts.cte_names.extend(with.cte_tables.iter().map(|c| super::names::ident(&c.alias.name)));
        }
        self.set_expr(&query.body, Some(query), top_level);
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, _query: &Query) -> ControlFlow<()> {
        self.depth -= 1;
        ControlFlow::Continue(())
    }

    fn pre_visit_relation(&mut self, relation: &sqlparser::ast::ObjectName) -> ControlFlow<()> {
        self.facts.tables.push(object_name(relation));
        ControlFlow::Continue(())
    }
}

impl Block {
    fn new(kind: BlockKind, span: TextSpan, top_level: bool) -> Block {
        Block {
            kind,
            span,
            top_level,
            relations: Vec::new(),
            from_items: Vec::new(),
            joins: Vec::new(),
            column_pairs: Vec::new(),
            filters: Vec::new(),
            has_where: false,
            order_by: Vec::new(),
            limit: None,
            offset: None,
            star: None,
            selected: Vec::new(),
            distinct: None,
            grouped: false,
            aggregate: false,
            window: false,
            having: None,
            lock: None,
            correlated_subqueries: Vec::new(),
            derived_tables: 0,
        }
    }
}

impl Collector<'_> {
    fn span(&self, node: &impl Spanned) -> TextSpan {
        self.cx.span_of(node.span())
    }

    fn set_expr(&mut self, body: &SetExpr, query: Option<&Query>, top_level: bool) {
        match body {
            SetExpr::Select(select) => {
                let block = self.select(select, query, top_level);
                self.facts.blocks.push(block);
            }
            SetExpr::SetOperation { left, right, op, set_quantifier } => {
                if *op == SetOperator::Union && matches!(set_quantifier, SetQuantifier::None | SetQuantifier::Distinct) {
                    self.facts.union_distinct.push(self.span(body));
                }
                self.set_expr(left, None, top_level);
                self.set_expr(right, None, top_level);
            }
            _ => {}
        }
    }

    fn select(&mut self, select: &Select, query: Option<&Query>, top_level: bool) -> Block {
        let mut block = Block::new(BlockKind::Select, self.span(select), top_level);
        for item in &select.from {
            self.add_from_item(&mut block, item);
        }
        self.add_where(&mut block, select.selection.as_ref());
        for item in &select.projection {
            match item {
                SelectItem::Wildcard(_) | SelectItem::QualifiedWildcard(..) => {
                    block.star.get_or_insert(self.span(item));
                }
                SelectItem::UnnamedExpr(expr) | SelectItem::ExprWithAlias { expr, .. } => {
                    columns_in(expr, &mut block.selected);
                    block.aggregate |= has_aggregate(expr);
                    block.window |= has_window(expr);
                    self.correlated(&mut block, expr);
                }
                _ => {}
            }
        }
        if select.distinct.is_some() {
            block.distinct = Some(block.span);
        }
        block.grouped = match &select.group_by {
            GroupByExpr::All(_) => true,
            GroupByExpr::Expressions(exprs, _) => !exprs.is_empty(),
        };
        if let Some(having) = &select.having {
            block.having = Some((self.span(having), has_aggregate(having)));
        }
        if let Some(query) = query {
            self.query_tail(&mut block, query);
        }
        block
    }

    fn query_tail(&self, block: &mut Block, query: &Query) {
        if let Some(order_by) = &query.order_by {
            if let sqlparser::ast::OrderByKind::Expressions(exprs) = &order_by.kind {
                for key in exprs {
                    let random = matches!(super::names::function_name(&key.expr).as_deref(), Some("random" | "rand" | "newid" | "dbms_random.value"));
                    block.order_by.push(OrderKey { column: column_of(&key.expr), random, span: self.span(&key.expr) });
                }
            }
        }
        match &query.limit_clause {
            Some(LimitClause::LimitOffset { limit, offset, .. }) => {
                block.limit = limit.as_ref().map(bound);
                block.offset = offset.as_ref().map(|o| (bound(&o.value), self.span(&o.value)));
            }
            Some(LimitClause::OffsetCommaLimit { offset, limit }) => {
                block.limit = Some(bound(limit));
                block.offset = Some((bound(offset), self.span(offset)));
            }
            None => {}
        }
        if let Some(fetch) = &query.fetch {
            block.limit = Some(fetch.quantity.as_ref().map(bound).unwrap_or(Bound::Other));
        }
        // SQL Server's `SELECT TOP n` limits like `LIMIT n` (`PERCENT` does not bound it).
        if let SetExpr::Select(select) = query.body.as_ref() {
            if let Some(top) = select.top.as_ref().filter(|top| !top.percent) {
                block.limit = Some(match &top.quantity {
                    Some(TopQuantity::Expr(expr)) => bound(expr),
                    Some(TopQuantity::Constant(n)) => Bound::Literal(*n),
                    None => Bound::Other,
                });
            }
        }
        if let Some(lock) = query.locks.first() {
            block.lock = Some(LockFact { skip_locked: lock.nonblock == Some(NonBlock::SkipLocked), span: block.span });
        }
    }

    fn add_from_item(&mut self, block: &mut Block, item: &TableWithJoins) {
        let mut group = Vec::new();
        self.add_factor(block, &item.relation, &mut group);
        for join in &item.joins {
            self.add_factor(block, &join.relation, &mut group);
            let (cross, constraint) = match &join.join_operator {
                JoinOperator::CrossJoin(c) => (true, Some(c)),
                JoinOperator::Join(c)
                | JoinOperator::Inner(c)
                | JoinOperator::Left(c)
                | JoinOperator::LeftOuter(c)
                | JoinOperator::Right(c)
                | JoinOperator::RightOuter(c)
                | JoinOperator::FullOuter(c)
                | JoinOperator::Semi(c)
                | JoinOperator::LeftSemi(c)
                | JoinOperator::RightSemi(c)
                | JoinOperator::Anti(c)
                | JoinOperator::LeftAnti(c)
                | JoinOperator::RightAnti(c) => (false, Some(c)),
                _ => (false, None),
            };
            let mut fact = JoinFact { cross, has_constraint: true, trivial: false, span: self.span(&join.relation) };
            match constraint {
                Some(JoinConstraint::On(on)) => {
                    fact.trivial = is_trivially_true(on);
                    fact.span = self.span(on);
                    self.add_conjuncts(block, on);
                }
                Some(JoinConstraint::None) => fact.has_constraint = false,
                _ => {}
            }
            block.joins.push(fact);
        }
        block.from_items.push(group);
    }

    fn add_factor(&mut self, block: &mut Block, factor: &TableFactor, group: &mut Vec<usize>) {
        match factor {
            TableFactor::Table { name, alias, args: None, .. } => {
                group.push(block.relations.len());
                block.relations.push(Relation { name: object_name(name), alias: alias.as_ref().map(|a| super::names::ident(&a.name)), span: self.span(name) });
            }
            TableFactor::NestedJoin { table_with_joins, .. } => self.add_from_item(block, table_with_joins),
            TableFactor::Derived { .. } => block.derived_tables += 1,
            _ => block.derived_tables += 1,
        }
    }

    fn add_where(&mut self, block: &mut Block, selection: Option<&Expr>) {
        if let Some(expr) = selection {
            block.has_where = true;
            self.add_conjuncts(block, expr);
        }
    }

    fn add_conjuncts(&mut self, block: &mut Block, expr: &Expr) {
        match strip_parens(expr) {
            Expr::BinaryOp { left, op: BinaryOperator::And, right } => {
                self.add_conjuncts(block, left);
                self.add_conjuncts(block, right);
            }
            conjunct => {
                if let Some(pair) = column_pair(conjunct) {
                    block.column_pairs.push(pair);
                } else {
                    let predicate = self.predicate(conjunct);
                    block.filters.push(predicate);
                }
            }
        }
    }

    fn predicate(&self, expr: &Expr) -> Predicate {
        let span = self.span(expr);
        let (column, kind) = classify(expr);
        let mut columns = Vec::new();
        columns_in(expr, &mut columns);
        Predicate { column, kind, span, columns }
    }

    /// A scalar subquery in the select list that names an outer relation.
    fn correlated(&self, block: &mut Block, expr: &Expr) {
        let _ = crate::model::names::walk_exprs(expr, |e| {
            if let Expr::Subquery(sub) = e {
                let inner_names = inner_relation_names(sub);
                let mut referenced = Vec::new();
                columns_in(e, &mut referenced);
                let outer = |q: &str| block.relations.iter().any(|r| r.alias.as_deref() == Some(q) || r.name == q);
                if referenced.iter().any(|c| c.qualifier.as_deref().is_some_and(|q| outer(q) && !inner_names.iter().any(|n| n == q))) {
                    block.correlated_subqueries.push(self.span(e));
                }
            }
            ControlFlow::<()>::Continue(())
        });
    }
}

fn inner_relation_names(query: &Query) -> Vec<String> {
    let mut names = Vec::new();
    if let SetExpr::Select(select) = query.body.as_ref() {
        for item in &select.from {
            for factor in std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation)) {
                if let TableFactor::Table { name, alias, .. } = factor {
                    names.push(object_name(name));
                    if let Some(a) = alias {
                        names.push(super::names::ident(&a.name));
                    }
                }
            }
        }
    }
    names
}

fn bound(expr: &Expr) -> Bound {
    match strip_parens(expr) {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse().map(Bound::Literal).unwrap_or(Bound::Other),
            Value::Placeholder(_) => Bound::Parameter,
            _ => Bound::Other,
        },
        _ => Bound::Other,
    }
}

fn is_trivially_true(expr: &Expr) -> bool {
    match strip_parens(expr) {
        Expr::Value(v) => matches!(v.value, Value::Boolean(true)),
        Expr::BinaryOp { left, op: BinaryOperator::Eq, right } => !mentions_column(left) && !mentions_column(right) && left.to_string() == right.to_string(),
        _ => false,
    }
}

/// `a.x = b.y` (or any comparison of two columns of different relations).
fn column_pair(expr: &Expr) -> Option<(ColumnRef, ColumnRef)> {
    if let Expr::BinaryOp { left, op, right } = expr {
        if is_comparison(op) {
            let (l, r) = (column_of(left)?, column_of(right)?);
            if l.qualifier.is_some() && r.qualifier.is_some() && l.qualifier == r.qualifier {
                return None;
            }
            return Some((l, r));
        }
    }
    None
}

fn is_comparison(op: &BinaryOperator) -> bool {
    matches!(op, BinaryOperator::Eq | BinaryOperator::NotEq | BinaryOperator::Lt | BinaryOperator::LtEq | BinaryOperator::Gt | BinaryOperator::GtEq)
}

fn is_containment(op: &BinaryOperator) -> bool {
    matches!(
        op,
        BinaryOperator::AtArrow
            | BinaryOperator::ArrowAt
            | BinaryOperator::Question
            | BinaryOperator::QuestionAnd
            | BinaryOperator::QuestionPipe
            | BinaryOperator::AtAt
            | BinaryOperator::PGOverlap
    )
}

fn classify(expr: &Expr) -> (Option<ColumnRef>, PredicateKind) {
    match expr {
        Expr::BinaryOp { left, op, right } if is_comparison(op) => {
            let (col_side, value_side) = if mentions_column(left) { (left, right) } else { (right, left) };
            if mentions_column(value_side) {
                return (None, PredicateKind::Other);
            }
            if let Some(column) = column_of(col_side) {
                let kind = if *op == BinaryOperator::Eq { PredicateKind::Equality } else { PredicateKind::Range };
                return (Some(column), kind);
            }
            if let Expr::Tuple(items) = strip_parens(col_side) {
                let columns: Vec<ColumnRef> = items.iter().filter_map(column_of).collect();
                if columns.len() == items.len() && *op != BinaryOperator::Eq {
                    return (columns.first().cloned(), PredicateKind::RowRange(columns));
                }
                return (None, PredicateKind::Other);
            }
            wrapped(col_side)
        }
        Expr::BinaryOp { left, op, right } if is_containment(op) => {
            let (col_side, value_side) = if mentions_column(left) { (left, right) } else { (right, left) };
            match column_of(col_side) {
                Some(column) if !mentions_column(value_side) => (Some(column), PredicateKind::Contains),
                _ => (None, PredicateKind::Other),
            }
        }
        Expr::Between { expr, .. } => match column_of(expr) {
            Some(c) => (Some(c), PredicateKind::Range),
            None => wrapped(expr),
        },
        Expr::In { expr, target: InTarget::Subquery(_), negated, .. } => (column_of(expr), PredicateKind::InSubquery { negated: *negated }),
        Expr::In { expr, .. } => match column_of(expr) {
            Some(c) => (Some(c), PredicateKind::InList),
            None => wrapped(expr),
        },
        Expr::Like { expr, pattern, .. } => like(expr, pattern, false),
        Expr::ILike { expr, pattern, .. } => like(expr, pattern, true),
        Expr::IsNull(e) | Expr::IsNotNull(e) => (column_of(e), PredicateKind::IsNull),
        Expr::BinaryOp { left, op: BinaryOperator::Or, right } => {
            let mut columns = Vec::new();
            columns_in(left, &mut columns);
            columns_in(right, &mut columns);
            (None, PredicateKind::Or(columns))
        }
        _ => (None, PredicateKind::Other),
    }
}

fn wrapped(col_side: &Expr) -> (Option<ColumnRef>, PredicateKind) {
    let mut columns = Vec::new();
    columns_in(col_side, &mut columns);
    match columns.as_slice() {
        [one] => (Some(one.clone()), PredicateKind::Wrapped { column_expr: super::names::normalise_expr(col_side) }),
        _ => (None, PredicateKind::Other),
    }
}

fn like(expr: &Expr, pattern: &Expr, case_insensitive: bool) -> (Option<ColumnRef>, PredicateKind) {
    let leading_wildcard = match strip_parens(pattern) {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) => s.starts_with('%') || s.starts_with('_'),
            _ => false,
        },
        _ => false,
    };
    match column_of(expr) {
        Some(c) => (Some(c), PredicateKind::Like { leading_wildcard, case_insensitive }),
        None => wrapped(expr),
    }
}
