use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Notes a single query block that joins six or more tables. A view's
    /// definition is left alone: joining many tables into one reporting
    /// shape is what such views are for.
    ///
    /// ## Why it matters
    /// Many joins for one read often mean the schema is split finer than the
    /// reads need (over-normalisation: lookup tables for trivial values,
    /// one-to-one splits). Each join is another place for a bad row estimate,
    /// and PostgreSQL stops searching for the best join order exhaustively
    /// beyond `join_collapse_limit` (8) tables.
    ///
    /// ## Example
    /// ```sql
    /// SELECT o.id FROM orders o
    /// JOIN customers c ON c.id = o.customer_id
    /// JOIN addresses a ON a.id = c.address_id
    /// JOIN cities ci ON ci.id = a.city_id
    /// JOIN countries co ON co.id = ci.country_id
    /// JOIN currencies cu ON cu.id = co.currency_id;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT o.id, o.currency_code FROM orders o JOIN customers c ON c.id = o.customer_id;
    /// ```
    ///
    /// ## In production
    /// Hot read paths are usually shaped to need two or three joins; teams
    /// copy stable attributes (a currency code, a country code) onto the row
    /// that is read, or maintain a read model.
    ///
    /// ## Alternatives
    /// Natural keys for small stable lookups (`currency_code char(3)`), a
    /// materialised view for the read path, or a denormalised projection.
    pub struct ManyJoins {
        code: "Q020",
        name: "many-joins",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["S3"],
        dialects: [],
        fix: None,
        summary: "A query that needs many joins for one read",
    }
}

impl Rule for ManyJoins {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        // A reporting view joins what its readers would otherwise join themselves.
        if cx.facts.view {
            return;
        }
        for block in &cx.facts.blocks {
            if block.relations.len() >= 6 {
                out.report(block.span, format!("one query block joins {} tables", block.relations.len()))
                    .help("check whether the read path needs every hop, or whether the schema is split too finely");
            }
        }
    }
}
