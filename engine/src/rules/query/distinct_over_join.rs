use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Notes `SELECT DISTINCT` over a join.
    ///
    /// ## Why it matters
    /// `DISTINCT` after a join usually hides duplication the join created (a
    /// one-to-many join read as one-to-one). The database builds the whole
    /// duplicated result and then sorts or hashes it to remove the copies.
    ///
    /// ## Example
    /// ```sql
    /// SELECT DISTINCT c.id, c.name FROM customers c JOIN orders o ON o.customer_id = c.id;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT c.id, c.name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
    /// ```
    ///
    /// ## In production
    /// A `DISTINCT` added to "fix duplicates" is a frequent source of slow
    /// reports: the join fans out to millions of rows before they are folded.
    ///
    /// ## Alternatives
    /// `EXISTS` for "has at least one", aggregate the many side before the
    /// join, or fix the join condition if it is missing a key column.
    pub struct DistinctOverJoin {
        code: "Q013",
        name: "distinct-over-join",
        area: Query,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["Q10"],
        dialects: [],
        fix: None,
        summary: "DISTINCT hiding duplicates created by a join",
    }
}

impl Rule for DistinctOverJoin {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            if let Some(span) = block.distinct {
                if block.relations.len() > 1 && !block.aggregate {
                    out.report(span, "`DISTINCT` over a join often hides rows the join duplicated")
                        .help("use EXISTS for a semi-join, or aggregate the many side before joining");
                }
            }
        }
    }
}
