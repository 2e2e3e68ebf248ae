//! The visitor that walks one statement and fills its blocks.

use crate::model::catalog::SpanCx;
use crate::model::names::{column_of, columns_in, has_aggregate, has_window, object_name, strip_parens};
use crate::source::TextSpan;
use sqlparser::ast::{
    BinaryOperator, Expr, GroupByExpr, JoinConstraint, JoinOperator, LimitClause, NonBlock, Query, Select, SelectItem, SetExpr, SetOperator, SetQuantifier,
    Spanned, Statement, TableFactor, TableWithJoins, TopQuantity, Visit, Visitor,
};
use std::ops::ControlFlow;

use super::predicates::{bound, classify, column_pair, is_trivially_true};
use super::{Block, BlockKind, Bound, JoinFact, LockFact, OrderKey, Predicate, Relation, StatementFacts};

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
    collector.facts.view = matches!(stmt, Statement::CreateView(_));
    collector.facts.load = super::load_of(stmt);
    collector.facts
}

pub(super) struct Collector<'a> {
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
            self.facts.cte_names.extend(with.cte_tables.iter().map(|c| crate::model::names::ident(&c.alias.name)));
        }
        self.set_expr(&query.body, Some(query), top_level);
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, _query: &Query) -> ControlFlow<()> {
        self.depth -= 1;
        ControlFlow::Continue(())
    }

    // A query inside an expression is a subquery even when the statement
    // has no query of its own (T-SQL's `IF EXISTS (SELECT * …)`).
    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        if is_subquery(expr) {
            self.depth += 1;
        }
        ControlFlow::Continue(())
    }

    fn post_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        if is_subquery(expr) {
            self.depth -= 1;
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_relation(&mut self, relation: &sqlparser::ast::ObjectName) -> ControlFlow<()> {
        self.facts.tables.push(object_name(relation));
        ControlFlow::Continue(())
    }
}

fn is_subquery(expr: &Expr) -> bool {
    matches!(expr, Expr::Exists { .. } | Expr::Subquery(_) | Expr::In { target: sqlparser::ast::InTarget::Subquery(_), .. })
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
                    let random = matches!(crate::model::names::function_name(&key.expr).as_deref(), Some("random" | "rand" | "newid" | "dbms_random.value"));
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
                block.relations.push(Relation {
                    name: object_name(name),
                    alias: alias.as_ref().map(|a| crate::model::names::ident(&a.name)),
                    span: self.span(name),
                });
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

pub(super) fn inner_relation_names(query: &Query) -> Vec<String> {
    let mut names = Vec::new();
    if let SetExpr::Select(select) = query.body.as_ref() {
        for item in &select.from {
            for factor in std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation)) {
                if let TableFactor::Table { name, alias, .. } = factor {
                    names.push(object_name(name));
                    if let Some(a) = alias {
                        names.push(crate::model::names::ident(&a.name));
                    }
                }
            }
        }
    }
    names
}
