use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags `ORDER BY random()` (and `RAND()`, `NEWID()`) used to pick random rows.
    ///
    /// ## Why it matters
    /// Every row gets a random number and the whole table is sorted, to keep
    /// a handful. The cost is the table size times log of it, on every call.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id, title FROM articles ORDER BY random() LIMIT 5;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id, title FROM articles TABLESAMPLE SYSTEM (1) LIMIT 5;
    /// ```
    ///
    /// ## In production
    /// "Random featured item" widgets built this way become the slowest query
    /// of a site; most teams precompute a random pool or sample by key.
    ///
    /// ## Alternatives
    /// `TABLESAMPLE`, picking random ids within the key range and fetching by
    /// key, or a precomputed shuffled list refreshed periodically.
    pub struct OrderByRandom {
        code: "Q012",
        name: "order-by-random",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q8"],
        dialects: [],
        fix: None,
        summary: "ORDER BY random() sorts the whole table",
    }
}

impl Rule for OrderByRandom {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            for key in block.order_by.iter().filter(|k| k.random) {
                let table = block.relations.first().map(|r| r.name.as_str()).unwrap_or("the input");
                out.report(key.span, format!("`ORDER BY random()` sorts all of `{table}` to keep a few rows"))
                    .help("sample with TABLESAMPLE or pick random keys and fetch by key");
            }
        }
    }
}
