use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags joins with no join condition: tables listed with commas and no
    /// predicate linking them, `JOIN … ON 1 = 1` or `ON TRUE`, and a `JOIN`
    /// with no `ON` at all.
    ///
    /// ## Why it matters
    /// Every row of one side pairs with every row of the other. Two tables of
    /// 10,000 rows produce 100 million rows; the query runs for minutes and
    /// the result is wrong anyway. A `DISTINCT` on top often hides it.
    ///
    /// ## Example
    /// ```sql
    /// SELECT c.name, o.total FROM customers c, orders o WHERE o.total > 100;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT c.name, o.total FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.total > 100;
    /// ```
    ///
    /// ## In production
    /// An accidental cross join is a common cause of a runaway query that
    /// fills temporary disk space; a `statement_timeout` is the safety net.
    ///
    /// ## Alternatives
    /// Write joins with explicit `JOIN … ON`; when a cross product is really
    /// wanted (a calendar times a product list), say so with `CROSS JOIN`.
    pub struct CartesianJoin {
        code: "Q004",
        name: "cartesian-join",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["Q3"],
        dialects: [],
        fix: None,
        summary: "A join without a join condition",
    }
}

impl Rule for CartesianJoin {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            for join in block.joins.iter().filter(|j| !j.cross && (j.trivial || !j.has_constraint)) {
                out.report(join.span, "join condition is always true: every row pairs with every row")
                    .help("join on the key that relates the two tables, e.g. `ON o.customer_id = c.id`");
            }
            if block.from_items.len() < 2 || block.from_items.iter().any(|items| items.is_empty()) {
                continue;
            }
            // Union-find over FROM items, linked by column comparisons.
            let mut group: Vec<usize> = (0..block.from_items.len()).collect();
            let item_of = |rel: usize| block.from_items.iter().position(|items| items.contains(&rel));
            fn root(group: &mut [usize], mut i: usize) -> usize {
                while group[i] != i {
                    i = group[i];
                }
                i
            }
            let mut unknown = false;
            for (left, right) in &block.column_pairs {
                let (Some(l), Some(r)) = (block.relation_of(cx.catalog, left), block.relation_of(cx.catalog, right)) else {
                    unknown = true;
                    continue;
                };
                if let (Some(a), Some(b)) = (item_of(l), item_of(r)) {
                    let (ra, rb) = (root(&mut group, a), root(&mut group, b));
                    group[ra] = rb;
                }
            }
            // A predicate we cannot attribute, or one relating two tables
            // (even inside an OR), might be the join condition: stay silent.
            unknown |= block.filters.iter().any(|f| {
                let owners: Vec<Option<usize>> = f.columns.iter().map(|c| block.relation_of(cx.catalog, c)).collect();
                owners.iter().any(Option::is_none) || owners.windows(2).any(|w| w[0] != w[1])
            });
            if unknown {
                continue;
            }
            let first = root(&mut group, 0);
            for i in 1..block.from_items.len() {
                if root(&mut group, i) != first {
                    let Some(&rel) = block.from_items[i].first() else { continue };
                    let (a, b) = (&block.relations[block.from_items[0][0]].name, &block.relations[rel].name);
                    out.report(block.relations[rel].span, format!("`{b}` is joined to `{a}` without a join condition (cartesian product)"))
                        .note("the result has rows(a) × rows(b) rows")
                        .help("use `JOIN … ON` with the key that relates the tables");
                }
            }
        }
    }
}
