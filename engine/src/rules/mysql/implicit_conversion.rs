use crate::model::names::column_of;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{BinaryOperator, Expr, Value};

crate::declare_rule! {
    /// ## What it does
    /// Flags a MySQL comparison of a text column with a number
    /// (`WHERE phone = 5550100`).
    ///
    /// ## Why it matters
    /// MySQL converts the column's value to a number on every row before
    /// comparing, so an index on the column cannot be used and the query
    /// scans the table. The conversion also matches values the author never
    /// meant: `'5550100abc'`, `' 5550100'` and `'05550100'` all equal
    /// 5550100.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE customers (id BIGINT PRIMARY KEY, phone VARCHAR(20) NOT NULL, KEY idx_phone (phone));
    /// SELECT id FROM customers WHERE phone = 5550100;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE customers (id BIGINT PRIMARY KEY, phone VARCHAR(20) NOT NULL, KEY idx_phone (phone));
    /// SELECT id FROM customers WHERE phone = '5550100';
    /// ```
    ///
    /// ## In production
    /// A lookup that was instant in testing scans millions of rows once the
    /// application binds the value as an integer; `EXPLAIN` shows
    /// `type: ALL` although the index exists.
    ///
    /// ## Alternatives
    /// Bind the value as a string; store numeric identifiers in a numeric
    /// column if they are really numbers.
    pub struct ImplicitConversion {
        code: "T206",
        name: "mysql-implicit-conversion",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T2", "Q6"],
        dialects: [Mysql],
        fix: None,
        summary: "text column compared with a number: per-row conversion, no index",
    }
}

fn is_number(expr: &Expr) -> bool {
    matches!(expr, Expr::Value(v) if matches!(v.value, Value::Number(..)))
}

impl Rule for ImplicitConversion {
    fn wants_expressions(&self) -> bool {
        true
    }

    fn expression(&self, cx: &StatementCx, expr: &Expr, out: &mut Sink) {
        let Expr::BinaryOp { left, op, right } = expr else { return };
        if !matches!(op, BinaryOperator::Eq | BinaryOperator::NotEq | BinaryOperator::Lt | BinaryOperator::LtEq | BinaryOperator::Gt | BinaryOperator::GtEq) {
            return;
        }
        let column_side = match (is_number(left), is_number(right)) {
            (false, true) => left,
            (true, false) => right,
            _ => return,
        };
        let Some(column) = column_of(column_side) else { return };
        let resolved = cx.facts.blocks.iter().find_map(|block| block.resolve(cx.catalog, &column));
        if let Some((table, col)) = resolved.filter(|(_, col)| col.kind.is_textual()) {
            out.report(
                cx.span_of(expr),
                format!("`{}.{}` is {} but is compared with a number: MySQL converts every row, so no index serves it", table.name, col.name, col.data_type),
            )
            .help("compare with a string literal (quote the value, or bind it as a string)");
        }
    }
}
