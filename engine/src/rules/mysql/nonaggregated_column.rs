use crate::model::names::{has_aggregate, normalise_expr};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{GroupByExpr, SelectItem, SetExpr, Statement};

crate::declare_rule! {
    /// ## What it does
    /// Flags a grouped query that selects a plain column that is neither in
    /// `GROUP BY` nor inside an aggregate.
    ///
    /// ## Why it matters
    /// With `ONLY_FULL_GROUP_BY` (the default since MySQL 5.7) the query is
    /// rejected; on servers where the mode was switched off, MySQL returns a
    /// value from an arbitrary row of each group — results that change with
    /// the plan, silently.
    ///
    /// ## Example
    /// ```sql
    /// SELECT customer_id, status, count(*) FROM orders GROUP BY customer_id;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT customer_id, status, count(*) FROM orders GROUP BY customer_id, status;
    /// ```
    ///
    /// ## In production
    /// Legacy applications often disable `ONLY_FULL_GROUP_BY` to silence the
    /// error, and report wrong numbers for years.
    ///
    /// ## Alternatives
    /// Add the column to `GROUP BY`, aggregate it (`max(status)`), or use
    /// `ANY_VALUE(status)` when any row's value is truly acceptable.
    pub struct NonaggregatedColumn {
        code: "T205",
        name: "mysql-nonaggregated-column",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["T2"],
        dialects: [Mysql],
        fix: None,
        summary: "A selected column neither grouped nor aggregated",
    }
}

impl Rule for NonaggregatedColumn {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::Query(query) = cx.stmt else { return };
        let SetExpr::Select(select) = query.body.as_ref() else { return };
        let GroupByExpr::Expressions(groups, _) = &select.group_by else { return };
        if groups.is_empty() {
            return;
        }
        let grouped: Vec<String> = groups.iter().map(normalise_expr).collect();
        let last_part = |s: &str| s.rsplit('.').next().unwrap_or(s).to_string();
        for item in &select.projection {
            let (SelectItem::UnnamedExpr(expr) | SelectItem::ExprWithAlias { expr, .. }) = item else { continue };
            if crate::model::names::column_of(expr).is_none() || has_aggregate(expr) {
                continue;
            }
            let text = normalise_expr(expr);
            let covered = grouped.iter().any(|g| *g == text || last_part(g) == last_part(&text));
            if !covered {
                out.report(cx.span_of(expr), format!("`{text}` is selected but neither grouped nor aggregated"))
                    .help(format!("add `{text}` to GROUP BY, or aggregate it (max, ANY_VALUE)"));
            }
        }
    }
}
