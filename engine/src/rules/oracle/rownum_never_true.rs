use super::is_rownum;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{BinaryOperator, Expr, Value};

crate::declare_rule! {
    /// ## What it does
    /// Flags `ROWNUM > n`, `ROWNUM >= n` (n above 1) and `ROWNUM = n`
    /// (n above 1): conditions that can never be true.
    ///
    /// ## Why it matters
    /// `ROWNUM` is given to a row only when it passes the filter. The first
    /// candidate row is numbered 1, fails `ROWNUM > 10`, and is discarded;
    /// the next candidate is numbered 1 again, and so on. The query returns
    /// nothing, which is how "page 2" of a `ROWNUM` pagination comes back
    /// empty.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id FROM orders WHERE ROWNUM > 20;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id FROM orders ORDER BY id OFFSET 20 ROWS FETCH NEXT 20 ROWS ONLY;
    /// ```
    ///
    /// ## In production
    /// Hand-written pagination over `ROWNUM` is a classic: the first page
    /// works, every later page is empty, and the bug report says "the list
    /// stops after 20 items".
    ///
    /// ## Alternatives
    /// `OFFSET … FETCH` (12c+); an inline view that aliases `ROWNUM` (`rn`)
    /// and filters `rn > 20` outside; keyset pagination on an indexed key.
    pub struct RownumNeverTrue {
        code: "T402",
        name: "oracle-rownum-never-true",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["T4", "Q7"],
        dialects: [Oracle],
        fix: None,
        summary: "ROWNUM > n or ROWNUM = n (n > 1) matches no row",
    }
}

/// A whole-number literal (ROWNUM is compared with whole numbers).
fn number(expr: &Expr) -> Option<u64> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Clone, Copy)]
enum Comparison {
    Above,
    AtLeast,
    Equal,
    Other,
}

impl Rule for RownumNeverTrue {
    fn wants_expressions(&self) -> bool {
        true
    }

    fn expression(&self, cx: &StatementCx, expr: &Expr, out: &mut Sink) {
        let Expr::BinaryOp { left, op, right } = expr else { return };
        let comparison = |op: &BinaryOperator| match op {
            BinaryOperator::Gt => Comparison::Above,
            BinaryOperator::GtEq => Comparison::AtLeast,
            BinaryOperator::Eq => Comparison::Equal,
            _ => Comparison::Other,
        };
        // Read `n < ROWNUM` as `ROWNUM > n`.
        let (comparison, n) = match (is_rownum(left), is_rownum(right)) {
            (true, false) => (comparison(op), number(right)),
            (false, true) => (
                match op {
                    BinaryOperator::Lt => Comparison::Above,
                    BinaryOperator::LtEq => Comparison::AtLeast,
                    other => comparison(other),
                },
                number(left),
            ),
            _ => return,
        };
        let Some(n) = n else { return };
        let never = match comparison {
            Comparison::Above => n >= 1,
            Comparison::AtLeast | Comparison::Equal => n > 1,
            Comparison::Other => false,
        };
        if never {
            out.report(cx.span_of(expr), "this `ROWNUM` condition is never true: each row is numbered 1 until one passes")
                .help("use OFFSET … FETCH, or filter an aliased ROWNUM in an outer query");
        }
    }
}
