use crate::rules::{MongoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags updates that `$push` to an array without `$slice`, or
    /// `$addToSet` to one, so the array only ever grows.
    ///
    /// ## Why it matters
    /// A document is capped at 16 MB and is rewritten whole when it grows
    /// past its allocation. An array of comments, events or followers
    /// embedded in its parent grows with activity: updates slow down,
    /// every read of the parent drags the whole array along, and one day
    /// the write fails at the size limit.
    ///
    /// ## Example
    /// ```mongodb
    /// db.posts.updateOne({ _id: 42 }, { $push: { comments: { by: "ada", text: "Nice" } } })
    /// ```
    ///
    /// ## Use instead
    /// ```mongodb
    /// db.posts.updateOne({ _id: 42 }, { $push: { recentComments: { $each: [{ by: "ada", text: "Nice" }], $slice: -20 } } })
    /// ```
    ///
    /// ## In production
    /// Keep the latest few embedded for display and the full history in
    /// its own collection, one document per item, indexed by parent.
    ///
    /// ## Alternatives
    /// The bucket pattern: documents of up to N items per parent and period.
    pub struct UnboundedArray {
        code: "N407",
        name: "mongo-unbounded-array",
        area: Schema,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["T6"],
        dialects: [Mongodb],
        fix: None,
        summary: "$push without $slice: an embedded array that grows forever",
    }
}

impl Rule for UnboundedArray {
    fn mongo(&self, cx: &MongoCx, out: &mut Sink) {
        for operation in &cx.script.operations {
            let Some(call) = operation.method().filter(|c| c.name.starts_with("update") || c.name == "findOneAndUpdate") else { continue };
            let Some(update) = call.args.get(1) else { continue };
            for (operator, fields) in update.fields().iter().filter(|(k, _)| matches!(k.name.as_str(), "$push" | "$addToSet")) {
                for (field, value) in fields.fields() {
                    if operator.name == "$push" && value.get("$slice").is_some() {
                        continue;
                    }
                    out.report(
                        cx.span(&field.span),
                        format!("`{}` on `{}` grows the embedded array with every update, up to the 16 MB document limit", operator.name, field.name),
                    )
                    .help("cap it ($push with $each and $slice) or keep the items in their own collection");
                }
            }
        }
    }
}
