use crate::model::names::object_name;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Expr, WindowType};

crate::declare_rule! {
    /// ## What it does
    /// Flags order-dependent window functions (`row_number`, `rank`, `lag`,
    /// `lead`, `first_value`…) whose window has no `ORDER BY`.
    ///
    /// ## Why it matters
    /// Without an order the rows of a partition arrive in whatever order the
    /// plan produces: "the first order per customer" changes between runs,
    /// after a `VACUUM`, or when a parallel plan is chosen.
    ///
    /// ## Example
    /// ```sql
    /// SELECT customer_id, row_number() OVER (PARTITION BY customer_id) AS n FROM orders;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY created_at, id) AS n FROM orders;
    /// ```
    ///
    /// ## In production
    /// Deduplication jobs that keep `row_number() = 1` without an order keep
    /// a different row each run, which shows up as flapping data.
    ///
    /// ## Alternatives
    /// Order by a unique key (or add one as a tie-breaker); `DISTINCT ON (…)
    /// ORDER BY …` in PostgreSQL for "first row per group".
    pub struct WindowWithoutOrder {
        code: "Q019",
        name: "window-without-order",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["Q14"],
        dialects: [],
        fix: None,
        summary: "An order-dependent window function without ORDER BY",
    }
}

const ORDER_DEPENDENT: &[&str] =
    &["row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value"];

impl Rule for WindowWithoutOrder {
    fn wants_expressions(&self) -> bool {
        true
    }

    fn expression(&self, cx: &StatementCx, expr: &Expr, out: &mut Sink) {
        let Expr::Function(function) = expr else { return };
        let Some(WindowType::WindowSpec(spec)) = &function.over else { return };
        let name = object_name(&function.name);
        if ORDER_DEPENDENT.contains(&name.as_str()) && spec.order_by.is_empty() && spec.window_name.is_none() {
            out.report(cx.span_of(expr), format!("`{name}()` over a window without `ORDER BY` gives arbitrary results"))
                .help("add ORDER BY with a unique tie-breaker inside OVER (…)");
        }
    }
}
