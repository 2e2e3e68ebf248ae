use crate::finding::Severity;
use crate::model::Bound;
use crate::rules::{Rule, Sink, StatementCx};

crate::declare_rule! {
    /// ## What it does
    /// Flags `OFFSET` pagination: a literal offset of 1,000 or more as a
    /// warning, and an offset passed as a parameter (it grows page by page) as
    /// a note.
    ///
    /// ## Why it matters
    /// The database still reads and throws away every skipped row: page 5,000
    /// of 20 rows reads 100,000 rows to return 20. Rows inserted meanwhile
    /// shift the pages, so readers see duplicates or miss rows.
    ///
    /// ## Example
    /// ```sql
    /// SELECT id, title FROM posts ORDER BY id LIMIT 20 OFFSET 100000;
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// SELECT id, title FROM posts WHERE id > $1 ORDER BY id LIMIT 20;
    /// ```
    ///
    /// ## In production
    /// Crawlers walking deep pages of an `OFFSET`-paginated listing are a
    /// classic source of database load; large sites cap the page number or
    /// switch to cursors.
    ///
    /// ## Alternatives
    /// Keyset (cursor) pagination on a unique, indexed key, or a row-value
    /// comparison `(created_at, id) < ($1, $2)` when sorting by a non-unique
    /// column.
    pub struct OffsetPagination {
        code: "Q010",
        name: "offset-pagination",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["Q7"],
        dialects: [],
        fix: None,
        summary: "OFFSET pagination reads and discards every skipped row",
    }
}

impl Rule for OffsetPagination {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        for block in &cx.facts.blocks {
            let Some((offset, span)) = block.offset else { continue };
            match offset {
                Bound::Literal(n) if n >= 1000 => {
                    out.report(span, format!("`OFFSET {n}` reads and discards {n} rows before returning any"))
                        .note(OFFSET_GROWTH)
                        .help("page with a key instead: WHERE id > $last_seen ORDER BY id LIMIT n");
                }
                Bound::Parameter => {
                    out.report(span, "`OFFSET` pagination slows down with every page")
                        .severity(Severity::Info)
                        .note(OFFSET_GROWTH)
                        .help("page with a key instead: WHERE id > $last_seen ORDER BY id LIMIT n");
                }
                _ => {}
            }
        }
    }
}

/// How the cost grows, said in the finding.
const OFFSET_GROWTH: &str = "page k reads k × page size rows: the cost grows with the depth of the page (O(n)); a keyset page costs one index probe (O(log n))";
