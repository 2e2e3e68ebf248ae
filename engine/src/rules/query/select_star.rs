use crate::rules::util::{block_tables, column_list};
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags `SELECT *` in the outermost query of a statement.
    ///
    /// ## Why it matters
    /// The query returns every column, including ones the caller never reads:
    /// wide text and JSON values are fetched, decompressed and shipped over
    /// the network for nothing, covering (index-only) scans become impossible,
    /// and adding a column later silently changes what the application gets.
    ///
    /// ## Example
    /// ```sql
    /// SELECT * FROM orders WHERE customer_id = 42;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id, status, total_cents FROM orders WHERE customer_id = 42;
    /// ```
    ///
    /// ## In production
    /// Teams that ban `SELECT *` in application code do it after an added
    /// `jsonb` column multiplied response sizes, or after a column rename broke
    /// a mapper that read columns by position.
    ///
    /// ## Alternatives
    /// Name the columns; for ad-hoc exploration in a console `SELECT *` is
    /// fine. `EXISTS (SELECT * …)` is also fine: nothing is fetched there.
    pub struct SelectStar {
        code: "Q001",
        name: "select-star",
        area: Query,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["Q1"],
        dialects: [],
        fix: Suggestion,
        summary: "SELECT * in an application query",
    }
}

impl Rule for SelectStar {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in cx.facts.blocks.iter().filter(|b| b.top_level) {
            let Some(star) = block.star else { continue };
            // Selecting everything from a CTE: the CTE already chose the columns.
            if !block.relations.is_empty() && block.relations.iter().all(|r| cx.facts.cte_names.contains(&r.name)) {
                continue;
            }
            let tables = block_tables(block, cx.catalog);
            let names: Vec<&str> = block.relations.iter().map(|r| r.name.as_str()).collect();
            let finding = out.report(star, format!("`SELECT *` from `{}` fetches every column", names.join("`, `")));
            // A column store reads, and BigQuery bills, each column selected; a LIMIT does not reduce it.
            let finding = if cx.dialect == crate::input::Dialect::Bigquery {
                finding.help("list the columns the caller needs: BigQuery bills every byte of every column read, whatever the LIMIT")
            } else {
                finding.help("list the columns the caller needs")
            };
            if let [table] = tables.as_slice() {
                if block.relations.len() == 1 && !table.columns.is_empty() {
                    let rewritten = cx.source_with(star, &column_list(table));
                    finding.fix("Name the columns", rewritten);
                }
            }
        }
    }
}
