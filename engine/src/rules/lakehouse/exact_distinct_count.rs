use crate::finding::Severity;
use crate::input::Dialect;
use crate::model::names::{walk_nodes, Node};
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{DuplicateTreatment, Expr, FunctionArguments, GroupByExpr, SelectItem, SetExpr};
use std::ops::ControlFlow;

crate::declare_rule! {
    /// ## What it does
    /// Flags `count(DISTINCT …)` over a whole Hive or Spark table, without
    /// `GROUP BY`.
    ///
    /// ## Why it matters
    /// Hive computes an ungrouped distinct count in one reducer, which
    /// receives every distinct value of the column from every mapper. Spark
    /// spreads the work but still shuffles every distinct value. On a
    /// column of hundreds of millions of ids, either is the slowest step of
    /// the job, for a number usually shown rounded on a dashboard.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE visits (user_id BIGINT, url STRING) PARTITIONED BY (dt STRING) STORED AS ORC;
    /// SELECT count(DISTINCT user_id) FROM visits WHERE dt >= '2024-01-01';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE visits (user_id BIGINT, url STRING) PARTITIONED BY (dt STRING) STORED AS ORC;
    /// SELECT count(*) FROM (SELECT user_id FROM visits WHERE dt >= '2024-01-01' GROUP BY user_id) AS users;
    /// ```
    ///
    /// ## In production
    /// The job spends most of its time in one straggler task; adding
    /// machines does not help.
    ///
    /// ## Alternatives
    /// `approx_count_distinct(user_id)` in Spark (HyperLogLog, about 2 %
    /// error by default); HLL sketches stored per day and merged for
    /// longer ranges.
    pub struct ExactDistinctCount {
        code: "T705",
        name: "lakehouse-exact-distinct-count",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T11", "T12"],
        dialects: [Spark, Hive],
        fix: None,
        summary: "An ungrouped count(DISTINCT) funnels every value through one task",
    }
}

impl Rule for ExactDistinctCount {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let _ = walk_nodes(cx.stmt, |node| {
            let Node::Query(query) = node else { return ControlFlow::Continue(()) };
            let SetExpr::Select(select) = query.body.as_ref() else { return ControlFlow::Continue(()) };
            let grouped = !matches!(&select.group_by, GroupByExpr::Expressions(e, _) if e.is_empty());
            if grouped || select.from.is_empty() {
                return ControlFlow::Continue(());
            }
            for item in &select.projection {
                let (SelectItem::UnnamedExpr(expr) | SelectItem::ExprWithAlias { expr, .. }) = item else { continue };
                let Expr::Function(f) = expr else { continue };
                let distinct = matches!(&f.args, FunctionArguments::List(l) if l.duplicate_treatment == Some(DuplicateTreatment::Distinct));
                if distinct && f.name.to_string().eq_ignore_ascii_case("count") {
                    let (message, severity, help) = match cx.dialect {
                        Dialect::Hive => {
                            ("an ungrouped `count(DISTINCT)` runs in a single reducer", Severity::Warning, "count the rows of a GROUP BY subquery instead")
                        }
                        _ => (
                            "an exact `count(DISTINCT)` over the whole table shuffles every distinct value",
                            Severity::Info,
                            "use approx_count_distinct where an estimate will do",
                        ),
                    };
                    out.report(cx.span_of(expr), message).severity(severity).help(help);
                }
            }
            ControlFlow::Continue(())
        });
    }
}
