use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Reads the schema and the queries together and notes a query answered
    /// by a covering index (one with `INCLUDE` columns) that selects columns
    /// the index does not hold, often through `SELECT *`.
    ///
    /// ## Why it matters
    /// A covering index exists so the query never touches the table: an
    /// index-only scan reads a few index pages. One extra column turns it
    /// into an index scan plus a random table read per matching row, so the
    /// cost grows with the rows matched instead of staying in the index,
    /// and the index's `INCLUDE` columns are paid for on every write for
    /// nothing.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL, total numeric NOT NULL, note text);
    /// CREATE INDEX orders_customer_cover ON orders (customer_id) INCLUDE (status, total);
    /// SELECT * FROM orders WHERE customer_id = $1;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL, total numeric NOT NULL, note text);
    /// CREATE INDEX orders_customer_cover ON orders (customer_id) INCLUDE (status, total);
    /// SELECT status, total FROM orders WHERE customer_id = $1;
    /// ```
    ///
    /// ## In production
    /// `EXPLAIN` shows `Index Scan` where `Index Only Scan` was intended;
    /// the difference is largest on tables bigger than memory, where each
    /// table visit is a disk read.
    ///
    /// ## Alternatives
    /// Select only what the screen shows; if the column is really needed,
    /// add it to the index's `INCLUDE` list (a wider index, written on every
    /// update of that column).
    pub struct SelectPastCoveringIndex {
        code: "Q022",
        name: "select-past-covering-index",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["Q1", "S5"],
        dialects: [],
        fix: None,
        summary: "A query selects columns its covering index does not hold",
    }
}

impl Rule for SelectPastCoveringIndex {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for plan in &cx.performance.queries {
            for access in plan.accesses.iter().filter(|a| !a.uncovered.is_empty()) {
                let Some(table) = cx.catalog.table(&access.table) else { continue };
                let Some(index) = access.index_in(table, cx.dialect) else { continue };
                if index.include.is_empty() {
                    continue;
                }
                let name = access.index.as_deref().unwrap_or_default();
                let extra = match access.uncovered.as_slice() {
                    [star] if star == "*" => "`SELECT *`".to_string(),
                    columns => format!("`{}`", columns.join("`, `")),
                };
                out.report(
                    plan.span,
                    format!(
                        "{extra} reads past `{name}`, which covers ({}) INCLUDE ({}): every matching row costs a table visit",
                        index.display_keys(),
                        index.include.join(", ")
                    ),
                )
                .note("an index-only scan stays in the index; one column more and each matching row is a random read of the table")
                .help("select only the columns the index holds, or add the column to its INCLUDE list");
            }
        }
    }
}
