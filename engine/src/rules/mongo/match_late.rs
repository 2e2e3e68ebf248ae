use super::stage_name;
use crate::rules::{MongoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags an aggregation whose first `$match` comes after a `$lookup`,
    /// `$unwind`, `$sort` or `$project`, when it filters on fields those
    /// stages did not produce.
    ///
    /// ## Why it matters
    /// Only a `$match` at the start of a pipeline can use an index. Placed
    /// after a `$lookup`, it runs after the join was done for every
    /// document of the collection, and after an `$unwind`, on every array
    /// element: the pipeline does all the work and throws most of it away.
    ///
    /// ## Example
    /// ```mongodb
    /// db.orders.aggregate([
    ///   { $lookup: { from: "customers", localField: "customerId", foreignField: "_id", as: "customer" } },
    ///   { $match: { status: "open" } }
    /// ])
    /// ```
    ///
    /// ## Use instead
    /// ```mongodb
    /// db.orders.aggregate([
    ///   { $match: { status: "open" } },
    ///   { $lookup: { from: "customers", localField: "customerId", foreignField: "_id", as: "customer" } }
    /// ])
    /// ```
    ///
    /// ## In production
    /// `explain("executionStats")` shows the difference: a `COLLSCAN`
    /// feeding the lookup, against an `IXSCAN` that returns a few documents.
    ///
    /// ## Alternatives
    /// A `$match` inside the `$lookup`'s own pipeline for conditions on the
    /// joined documents.
    pub struct MatchLate {
        code: "N405",
        name: "mongo-match-late",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T6", "S5"],
        dialects: [Mongodb],
        fix: None,
        summary: "$match after $lookup/$unwind on original fields: no index, all the work",
    }
}

impl Rule for MatchLate {
    fn mongo(&self, cx: &MongoCx, out: &mut Sink) {
        for operation in &cx.script.operations {
            let stages = operation.pipeline();
            let Some(first_match) = stages.iter().position(|s| stage_name(s) == "$match") else { continue };
            let before = &stages[..first_match];
            // A $group produces new documents: a $match after it is HAVING, not misplaced.
            if before.is_empty() || before.iter().any(|s| matches!(stage_name(s), "$group" | "$bucket" | "$facet" | "$replaceRoot" | "$addFields" | "$set")) {
                continue;
            }
            if !before.iter().any(|s| matches!(stage_name(s), "$lookup" | "$unwind" | "$sort" | "$project")) {
                continue;
            }
            // Fields the earlier stages introduce (the lookup's `as`, an unwound path).
            let produced: Vec<String> = before
                .iter()
                .filter_map(|s| {
                    s.get("$lookup").and_then(|l| l.get("as")).and_then(|a| a.as_str()).map(str::to_string).or_else(|| {
                        s.get("$unwind")
                            .and_then(|u| u.as_str().or_else(|| u.get("path").and_then(|p| p.as_str())))
                            .map(|p| p.trim_start_matches('$').to_string())
                    })
                })
                .collect();
            let Some(matched) = stages[first_match].get("$match") else { continue };
            let original = matched
                .fields()
                .iter()
                .any(|(k, _)| !k.name.starts_with('$') && !produced.iter().any(|p| k.name == *p || k.name.starts_with(&format!("{p}."))));
            if original {
                out.report(
                    cx.span(&stages[first_match].span),
                    format!(
                        "this `$match` runs after `{}`: it cannot use an index, and the earlier stages ran for every document",
                        stage_name(&before[before.len() - 1])
                    ),
                )
                .help("move the conditions on the collection's own fields into a $match at the start");
            }
        }
    }
}
