use crate::model::names::{column_of, ident, object_name};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Expr, InTarget, SelectItem, SetExpr, TableFactor};

crate::declare_rule! {
    /// ## What it does
    /// Flags `NOT IN (SELECT col …)` when `col` is nullable. Not on
    /// ClickHouse, whose `IN` treats a comparison with NULL as false, so
    /// `NOT IN` returns the plain complement there.
    ///
    /// ## Why it matters
    /// `x NOT IN (1, NULL)` is never true: comparing with NULL gives unknown,
    /// so the moment one NULL enters the subquery's result the whole query
    /// returns no rows, silently. It also blocks the anti-join plans that
    /// `NOT EXISTS` gets.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE customers (id bigint PRIMARY KEY);
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
    /// SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE customers (id bigint PRIMARY KEY);
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
    /// SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
    /// ```
    ///
    /// ## In production
    /// This bug hides for months: the query is right until the first row with
    /// a NULL arrives, then a report or a cleanup job quietly sees nothing.
    ///
    /// ## Alternatives
    /// `NOT EXISTS` (an anti-join), `LEFT JOIN … WHERE o.id IS NULL`, or make
    /// the column `NOT NULL` if NULL is not a valid value.
    pub struct NotInNullable {
        code: "Q006",
        name: "not-in-nullable",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["Q4"],
        dialects: [],
        fix: None,
        summary: "NOT IN over a nullable column returns nothing once a NULL appears",
    }
}

impl Rule for NotInNullable {
    fn wants_expressions(&self) -> bool {
        true
    }

    fn expression(&self, cx: &StatementCx, expr: &Expr, out: &mut Sink) {
        let Expr::In { negated: true, target: InTarget::Subquery(subquery), .. } = expr else { return };
        let SetExpr::Select(select) = subquery.body.as_ref() else { return };
        let [SelectItem::UnnamedExpr(item) | SelectItem::ExprWithAlias { expr: item, .. }] = select.projection.as_slice() else {
            return;
        };
        let Some(column) = column_of(item) else { return };
        let Some(from) = select.from.first() else { return };
        let TableFactor::Table { name, alias, .. } = &from.relation else { return };
        let table_name = object_name(name);
        if let Some(q) = &column.qualifier {
            if *q != table_name && alias.as_ref().map(|a| ident(&a.name)).as_deref() != Some(q.as_str()) {
                return;
            }
        }
        let Some(col) = cx.catalog.table(&table_name).and_then(|t| t.column(&column.column)) else { return };
        let filtered = select.selection.as_ref().is_some_and(|w| w.to_string().to_ascii_lowercase().contains(&format!("{} is not null", column.column)));
        // ClickHouse evaluates IN in two-valued logic (a comparison with NULL is
        // false), so NOT IN over a NULL gives the plain complement: no trap there.
        if !col.nullable || filtered || cx.dialect == crate::input::Dialect::Clickhouse {
            return;
        }
        out.report(cx.span_of(expr), format!("`NOT IN` over nullable `{table_name}.{}`: one NULL makes the result empty", column.column))
            .note("x NOT IN (…, NULL) is never true")
            .help("rewrite as NOT EXISTS (SELECT 1 FROM … WHERE … = outer.key)");
    }
}
