use crate::finding::Severity;
use crate::rules::{MongoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags `updateMany`, `deleteMany`, `update` and `remove` with an empty
    /// filter (`{}`). A filter in a variable is not taken for an empty one,
    /// and a `deleteMany({})` written as the alternative to dropping the
    /// collection (`fast ? c.deleteMany({}) : c.drop()`) empties it on
    /// purpose and is not flagged.
    ///
    /// ## Why it matters
    /// An empty filter matches every document: the update rewrites the whole
    /// collection, the delete empties it. In a script it is usually a
    /// placeholder someone forgot to fill, and MongoDB has no transaction
    /// log to roll it back from.
    ///
    /// ## Example
    /// ```mongodb
    /// db.users.updateMany({}, { $set: { plan: "free" } })
    /// ```
    ///
    /// ## Use instead
    /// ```mongodb
    /// db.users.updateMany({ plan: "trial", trialEndsAt: { $lt: new Date() } }, { $set: { plan: "free" } })
    /// ```
    ///
    /// ## In production
    /// Run the filter as a `countDocuments` first and compare the number
    /// with what you expect; keep backups you have restored at least once.
    ///
    /// ## Alternatives
    /// `db.collection.drop()` when emptying a collection is really meant
    /// (faster, and obviously intentional).
    pub struct UnfilteredWrite {
        code: "N406",
        name: "mongo-unfiltered-write",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T6", "Q2"],
        dialects: [Mongodb],
        fix: None,
        summary: "updateMany/deleteMany with an empty filter touches every document",
    }
}

impl Rule for UnfilteredWrite {
    fn mongo(&self, cx: &MongoCx, out: &mut Sink) {
        for operation in &cx.script.operations {
            let Some(call) = operation.method().filter(|c| matches!(c.name.as_str(), "updateMany" | "deleteMany" | "update" | "remove")) else { continue };
            // `fast ? c.deleteMany({}) : c.drop()`: emptying the collection is the point.
            let line_start = cx.text[..operation.span.start].rfind('\n').map_or(0, |n| n + 1);
            let line_end = cx.text[operation.span.end..].find('\n').map_or(cx.text.len(), |n| operation.span.end + n);
            let emptying = cx.text[line_start..line_end].contains(".drop(");
            if call.args.first().is_some_and(super::is_empty_object) && !emptying {
                let deletes = matches!(call.name.as_str(), "deleteMany" | "remove");
                let what = if deletes { "deletes every document of" } else { "rewrites every document of" };
                let finding = out
                    .report(cx.span(&call.name_span), format!("`{}` with an empty filter {what} `{}`", call.name, operation.collection))
                    .help("give it the filter you mean (and count the matches first)");
                if deletes {
                    finding.severity(Severity::Error);
                }
            }
        }
    }
}
