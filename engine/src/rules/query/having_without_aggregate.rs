use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Notes a `HAVING` clause with no aggregate in it.
    ///
    /// ## Why it matters
    /// `HAVING` filters groups after aggregation; a condition on plain
    /// columns belongs in `WHERE`, where it removes rows before they are
    /// grouped and can use an index. It also tells the reader the author
    /// confused the two clauses.
    ///
    /// ## Example
    /// ```sql
    /// SELECT status, count(*) FROM orders GROUP BY status HAVING status <> 'cancelled';
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT status, count(*) FROM orders WHERE status <> 'cancelled' GROUP BY status;
    /// ```
    ///
    /// ## In production
    /// Planners can sometimes push such conditions down, but not across
    /// every construct; writing it in `WHERE` is never worse.
    ///
    /// ## Alternatives
    /// Keep `HAVING` for conditions on aggregates, such as `HAVING count(*) > 10`.
    pub struct HavingWithoutAggregate {
        code: "Q018",
        name: "having-without-aggregate",
        area: Query,
        severity: Info,
        section: BestPracticeAlignment,
        concepts: ["Q13"],
        dialects: [],
        fix: None,
        summary: "HAVING without an aggregate belongs in WHERE",
    }
}

impl Rule for HavingWithoutAggregate {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            if let Some((span, false)) = block.having {
                out.report(span, "`HAVING` without an aggregate filters after grouping; move the condition to `WHERE`")
                    .help("conditions on plain columns go in WHERE");
            }
        }
    }
}
