use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// In a pasted query log or script, flags the same query shape run
    /// three or more times with different literal values: the trace an
    /// N+1 loop leaves in `log_min_duration_statement` or an ORM's log.
    ///
    /// ## Why it matters
    /// Each run pays a network round trip, parsing and planning for one
    /// row. A page that shows 50 orders then makes 51 queries; at a few
    /// milliseconds each the page spends its time waiting, and the database
    /// its CPU on overhead. The count grows with the data shown (O(n)
    /// round trips).
    ///
    /// ## Example
    /// ```sql
    /// SELECT id, name FROM customers WHERE id = 17;
    /// SELECT id, name FROM customers WHERE id = 23;
    /// SELECT id, name FROM customers WHERE id = 41;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id, name FROM customers WHERE id = ANY(ARRAY[17, 23, 41]);
    /// ```
    ///
    /// ## In production
    /// ORMs produce this by lazy-loading a relation inside a loop;
    /// `pg_stat_statements` shows it as one statement with a huge `calls`
    /// count and a tiny mean time.
    ///
    /// ## Alternatives
    /// Eager loading (`JOIN`, or the ORM's `include`/`select_related`);
    /// one query with `= ANY($1)` over the collected ids; a DataLoader that
    /// batches lookups per request.
    pub struct RepeatedQueryShape {
        code: "Q021",
        name: "repeated-query-shape",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q9"],
        dialects: [],
        fix: None,
        summary: "The same query runs again and again with different values (N+1)",
    }
}

impl Rule for RepeatedQueryShape {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for repeated in &cx.performance.repeated {
            let finding = out
                .report(repeated.spans[0], format!("the same query runs {} times with different values: `{}`", repeated.count, repeated.shape))
                .note("one round trip, parse and plan per row: the count grows with the rows shown (N+1)")
                .help("fetch them in one query (`WHERE id = ANY($1)` or a JOIN), or batch the lookups");
            for span in repeated.spans.iter().skip(1).take(5) {
                finding.related(*span);
            }
        }
    }
}
