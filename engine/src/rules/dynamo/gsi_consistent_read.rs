use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a `Query` or `Scan` of a global secondary index with
    /// `ConsistentRead` set to true.
    ///
    /// ## Why it matters
    /// Global secondary indexes are updated asynchronously and support only
    /// eventually consistent reads: DynamoDB rejects the request with a
    /// `ValidationException`. Code that sets it "to be safe" fails at run
    /// time, and the wish behind it (read your own write through the index)
    /// cannot be met that way.
    ///
    /// ## Example
    /// ```json
    /// {"TableName": "Orders", "IndexName": "byCustomer", "KeyConditionExpression": "customerId = :c", "ConsistentRead": true}
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {"TableName": "Orders", "IndexName": "byCustomer", "KeyConditionExpression": "customerId = :c"}
    /// ```
    ///
    /// ## In production
    /// Index lag is usually under a second but has no bound; flows that
    /// need the latest write read the base table by its key.
    ///
    /// ## Alternatives
    /// A local secondary index (same partition key), which does support
    /// strongly consistent reads.
    pub struct GsiConsistentRead {
        code: "N506",
        name: "dynamo-gsi-consistent-read",
        area: Query,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["T9"],
        dialects: [Dynamodb],
        fix: None,
        summary: "ConsistentRead on a global secondary index: rejected",
    }
}

impl Rule for GsiConsistentRead {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for request in &cx.material.requests {
            let (Some(index), Some(span)) = (&request.index, &request.consistent_read) else { continue };
            // A local index shares the table's partition key and allows it.
            let local = cx.table(&request.table).is_some_and(|t| !t.indexes.iter().any(|(name, _, _)| name == index));
            if !local {
                out.report(cx.span(span), format!("`ConsistentRead` on index `{index}`: global secondary indexes only serve eventually consistent reads, so DynamoDB rejects this request"))
                    .help("drop ConsistentRead, or read the base table by its key");
            }
        }
    }
}
