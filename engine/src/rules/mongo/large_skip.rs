use super::stage_name;
use crate::rules::{MongoCx, Rule, Sink};

/// Skips from this size on are flagged.
const LARGE: i64 = 1000;

crate::declare_rule! {
    /// ## What it does
    /// Flags `.skip(n)` and `$skip` stages of 1,000 or more.
    ///
    /// ## Why it matters
    /// The server reads and throws away every skipped document (or index
    /// key) before returning the page, so page 500 costs 500 pages of work.
    /// Deep pagination by skip gets slower the further a user (or a crawler)
    /// goes, and pages shift when documents are inserted meanwhile.
    ///
    /// ## Example
    /// ```mongodb
    /// db.posts.find({ published: true }).sort({ at: -1 }).skip(5000).limit(20)
    /// ```
    ///
    /// ## Use instead
    /// ```mongodb
    /// db.posts.find({ published: true, at: { $lt: ISODate("2024-06-01T10:00:00Z") } }).sort({ at: -1 }).limit(20)
    /// ```
    ///
    /// ## In production
    /// Range (keyset) pagination on an indexed sort key keeps every page as
    /// cheap as the first; pass the last key of a page to fetch the next.
    ///
    /// ## Alternatives
    /// Cap how deep pagination goes; precomputed page boundaries for
    /// reports.
    pub struct LargeSkip {
        code: "N403",
        name: "mongo-large-skip",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T6", "Q7"],
        dialects: [Mongodb],
        fix: None,
        summary: "skip of 1,000 or more: every skipped document is read",
    }
}

impl Rule for LargeSkip {
    fn mongo(&self, cx: &MongoCx, out: &mut Sink) {
        for operation in &cx.script.operations {
            let chained = operation.chained("skip").and_then(|c| c.args.first());
            let staged = operation.pipeline().iter().filter(|s| stage_name(s) == "$skip").filter_map(|s| s.get("$skip"));
            for skip in chained.into_iter().chain(staged) {
                if let Some(n) = skip.as_integer().filter(|n| *n >= LARGE) {
                    out.report(cx.span(&skip.span), format!("skipping {n} documents reads and discards all of them before the page"))
                        .help("paginate by range on the sort key (keyset pagination)");
                }
            }
        }
    }
}
