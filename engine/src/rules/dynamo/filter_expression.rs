use crate::read::dynamo::Operation;
use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a `Query` that relies on a `FilterExpression`.
    ///
    /// ## Why it matters
    /// A filter expression runs after the items are read: capacity is
    /// charged for every item the key condition matched, and a page can
    /// come back empty with a `LastEvaluatedKey`, so clients loop through
    /// pages of nothing. When most items are filtered out, the key design
    /// does not fit the access pattern.
    ///
    /// ## Example
    /// ```json
    /// {"TableName": "Orders", "KeyConditionExpression": "customerId = :c", "FilterExpression": "orderStatus = :s"}
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {"TableName": "Orders", "KeyConditionExpression": "customerId = :c AND begins_with(statusDate, :s)"}
    /// ```
    ///
    /// ## In production
    /// Compare `ScannedCount` with `Count` in the responses: a large gap is
    /// capacity paid for items nobody wanted.
    ///
    /// ## Alternatives
    /// A composite sort key (`status#date`) or a sparse index that holds
    /// only the items the filter wants.
    pub struct FilterExpression {
        code: "N502",
        name: "dynamo-filter-expression",
        area: Query,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["T9"],
        dialects: [Dynamodb],
        fix: None,
        summary: "A Query that filters after reading: capacity paid for discarded items",
    }
}

impl Rule for FilterExpression {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for request in cx.material.requests.iter().filter(|r| r.operation == Operation::Query) {
            let Some((filter, span)) = &request.filter else { continue };
            out.report(cx.span(span), format!("`{filter}` is applied after the items are read: every item the key matched is billed"))
                .help("move the condition into the key (a composite sort key) or a sparse index");
        }
    }
}
