use crate::read::dynamo::Operation;
use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags DynamoDB `Scan` calls, and says so when the scan filters on
    /// the table's own partition key (a `Query` would do).
    ///
    /// ## Why it matters
    /// A scan reads every item of the table, one megabyte page at a time,
    /// and is charged for all of it, whatever the filter keeps. On a table
    /// that grows, the request that took 20 ms at launch takes minutes and
    /// consumes the table's read capacity, throttling everything else.
    ///
    /// ## Example
    /// ```json
    /// {"TableName": "Orders", "FilterExpression": "customerId = :c", "ExpressionAttributeValues": {":c": {"S": "c-42"}}}
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {"TableName": "Orders", "KeyConditionExpression": "customerId = :c", "ExpressionAttributeValues": {":c": {"S": "c-42"}}}
    /// ```
    ///
    /// ## In production
    /// Access patterns come first in DynamoDB: each one is a `Query` on a
    /// table or index keyed for it; scans are for exports and migrations.
    ///
    /// ## Alternatives
    /// A global secondary index keyed by the attribute the scan filters on;
    /// parallel scans or an S3 export for analytics.
    pub struct Scan {
        code: "N501",
        name: "dynamo-scan",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T9", "Q2"],
        dialects: [Dynamodb],
        fix: None,
        summary: "Scan reads and bills the whole table",
    }
}

impl Rule for Scan {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for request in cx.material.requests.iter().filter(|r| r.operation == Operation::Scan) {
            let key = cx.table(&request.table).and_then(|t| t.partition_key.as_ref()).map(|(k, _)| k.as_str());
            let on_key = key.zip(request.filter.as_ref()).is_some_and(|(k, (filter, _))| filter.contains(k));
            let message = match key {
                Some(k) if on_key => format!("a Scan of `{}` filtered on its partition key `{k}`: a Query reads only that partition", request.table),
                _ => format!("a Scan reads and bills every item of `{}`, whatever the filter keeps", request.table),
            };
            out.report(cx.span(&request.span), message).help("query the table (or an index) by the key this access pattern uses");
        }
    }
}
