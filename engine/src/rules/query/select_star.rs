use crate::rules::util::block_tables;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags `SELECT *` in the outermost query of a statement. Left alone:
    /// `EXISTS (SELECT * …)`, which fetches nothing; the system's catalog;
    /// a table function with its own column list; a view's definition (its
    /// columns are fixed when it is created); sqlc query files (`-- name: … :many`), which
    /// expand the star at code-generation time; and a lesson's examples,
    /// except on BigQuery, which bills every column read.
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
        // A lesson shows what a query returns (BigQuery's bill for every column
        // read is worth saying even there); sqlc writes the column list at
        // code-generation time.
        if (cx.in_lesson && cx.dialect != crate::input::Dialect::Bigquery) || is_sqlc_query(cx) {
            return;
        }
        for block in cx.facts.blocks.iter().filter(|b| b.top_level) {
            let Some(star) = block.star else { continue };
            // Selecting everything from a CTE: the CTE already chose the columns.
            if !block.relations.is_empty() && block.relations.iter().all(|r| cx.facts.cte_names.contains(&r.name)) {
                continue;
            }
            // A table function with a column definition list, or the system's own catalog.
            if block.relations.is_empty() || block.relations.iter().any(|r| r.name.is_empty()) || block.relations.iter().all(|r| cx.reads_system_catalog(r)) {
                continue;
            }
            // A view's columns are fixed when it is created, and a view over a whole
            // table (AdventureWorks' short-name views, a ClickHouse materialized
            // view copying its source) means to expose all of them.
            if cx.facts.view {
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
                    finding.fix("Name the columns", cx.source_with(star, &written_columns(cx, table)));
                }
            }
        }
    }
}

/// The table's columns as its definition spells them: a name quoted in a
/// definition in this document keeps its quotes (`"className"`, which the
/// bare `classname` would not find).
fn written_columns(cx: &StatementCx, table: &crate::model::Table) -> String {
    let names: Vec<String> = table
        .columns
        .iter()
        .map(|column| {
            let written = if column.span.source == cx.span.source { cx.text.get(column.span.start..).unwrap_or("") } else { "" };
            quoted_prefix(written).unwrap_or(&column.name).to_string()
        })
        .collect();
    names.join(", ")
}

/// The quoted identifier `text` starts with (`"a b"`, `` `a` ``, `[a]`).
fn quoted_prefix(text: &str) -> Option<&str> {
    let close = match text.chars().next()? {
        '"' => '"',
        '`' => '`',
        '[' => ']',
        _ => return None,
    };
    let end = text[1..].find(close)? + 2;
    Some(&text[..end])
}

/// A query in a sqlc query file: `-- name: GetAuthor :one` right above it.
fn is_sqlc_query(cx: &StatementCx) -> bool {
    let before = &cx.text[..cx.span.start.min(cx.text.len())];
    let previous_line = before.trim_end().rsplit('\n').next().unwrap_or("");
    previous_line.trim_start().strip_prefix("--").is_some_and(|c| c.trim_start().starts_with("name:") && c.contains(" :"))
}
