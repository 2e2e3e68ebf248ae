use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Notes `UNION` without `ALL`.
    ///
    /// Pedantic: off unless enabled (`enabled = ["pedantic"]`, or the
    /// rule's name), as it is right but seldom worth the time in a schema
    /// already in use.
    ///
    /// ## Why it matters
    /// `UNION` removes duplicates, which means sorting or hashing the whole
    /// combined result. When the branches cannot overlap (different tables,
    /// disjoint filters) that work is wasted, and when they can, silently
    /// dropping rows is often not what was meant.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id FROM active_users UNION SELECT id FROM archived_users;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id FROM active_users UNION ALL SELECT id FROM archived_users;
    /// ```
    ///
    /// ## In production
    /// On large branches the de-duplication step spills to disk; switching
    /// to `UNION ALL` is one of the cheapest wins in report tuning.
    ///
    /// ## Alternatives
    /// `UNION ALL`, and `DISTINCT` on the combined result only when duplicates
    /// really must go.
    pub struct UnionWithoutAll {
        code: "Q014",
        name: "union-without-all",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["Q10"],
        dialects: [],
        fix: None,
        pedantic: true,
        summary: "UNION where UNION ALL is meant",
    }
}

impl Rule for UnionWithoutAll {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for span in &cx.facts.union_distinct {
            out.report(*span, "`UNION` de-duplicates the combined result; use `UNION ALL` if the branches cannot overlap")
                .help("write UNION ALL unless removing duplicates is the point");
        }
    }
}
