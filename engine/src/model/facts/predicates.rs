//! What one condition says: the column it constrains and how.

use crate::model::names::{column_of, columns_in, mentions_column, strip_parens, ColumnRef};
use sqlparser::ast::{BinaryOperator, Expr, InTarget, Value};

use super::{Bound, PredicateKind};

pub(super) fn bound(expr: &Expr) -> Bound {
    match strip_parens(expr) {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse().map(Bound::Literal).unwrap_or(Bound::Other),
            Value::Placeholder(_) => Bound::Parameter,
            _ => Bound::Other,
        },
        _ => Bound::Other,
    }
}

pub(super) fn is_trivially_true(expr: &Expr) -> bool {
    match strip_parens(expr) {
        Expr::Value(v) => matches!(v.value, Value::Boolean(true)),
        Expr::BinaryOp { left, op: BinaryOperator::Eq, right } => !mentions_column(left) && !mentions_column(right) && left.to_string() == right.to_string(),
        _ => false,
    }
}

/// `a.x = b.y` (or any comparison of two columns of different relations).
pub(super) fn column_pair(expr: &Expr) -> Option<(ColumnRef, ColumnRef)> {
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

pub(super) fn is_comparison(op: &BinaryOperator) -> bool {
    matches!(op, BinaryOperator::Eq | BinaryOperator::NotEq | BinaryOperator::Lt | BinaryOperator::LtEq | BinaryOperator::Gt | BinaryOperator::GtEq)
}

pub(super) fn is_containment(op: &BinaryOperator) -> bool {
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

pub(super) fn classify(expr: &Expr) -> (Option<ColumnRef>, PredicateKind) {
    match expr {
        Expr::BinaryOp { left, op, right } if is_comparison(op) => {
            let (col_side, value_side) = if mentions_column(left) { (left, right) } else { (right, left) };
            if mentions_column(value_side) {
                return (None, PredicateKind::Other);
            }
            if let Some(column) = column_of(col_side) {
                // `<>` is neither a point nor a range a B-tree can walk.
                let kind = match op {
                    BinaryOperator::Eq => PredicateKind::Equality,
                    BinaryOperator::NotEq => PredicateKind::Other,
                    _ => PredicateKind::Range,
                };
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

pub(super) fn wrapped(col_side: &Expr) -> (Option<ColumnRef>, PredicateKind) {
    let mut columns = Vec::new();
    columns_in(col_side, &mut columns);
    match columns.as_slice() {
        [one] => (Some(one.clone()), PredicateKind::Wrapped { column_expr: crate::model::names::normalise_expr(col_side) }),
        _ => (None, PredicateKind::Other),
    }
}

pub(super) fn like(expr: &Expr, pattern: &Expr, case_insensitive: bool) -> (Option<ColumnRef>, PredicateKind) {
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
