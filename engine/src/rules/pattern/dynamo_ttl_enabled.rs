use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Praises DynamoDB tables defined with an enabled TTL.
    ///
    /// ## Why it matters
    /// Items that expire by themselves keep tables small and queries
    /// cheap, without a cleanup job or write capacity spent on deletes.
    ///
    /// ## Example
    /// ```json
    /// {"TableName": "Sessions", "AttributeDefinitions": [], "KeySchema": [{"AttributeName": "sessionId", "KeyType": "HASH"}], "TimeToLiveSpecification": {"AttributeName": "expiresAt", "Enabled": true}}
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {"TableName": "Sessions", "AttributeDefinitions": [], "KeySchema": [{"AttributeName": "sessionId", "KeyType": "HASH"}]}
    /// ```
    ///
    /// ## In production
    /// Streams see TTL deletions too, so downstream copies can follow them.
    ///
    /// ## Alternatives
    /// Archiving expired items to S3 from the stream when they must be kept.
    pub struct DynamoTtlEnabled {
        code: "P014",
        name: "dynamo-ttl-enabled",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["T9", "A6"],
        dialects: [Dynamodb],
        fix: None,
        summary: "a DynamoDB table with a TTL",
    }
}

impl Rule for DynamoTtlEnabled {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for table in cx.material.tables.iter().filter(|t| t.ttl) {
            out.report(cx.span(&table.span), format!("`{}` expires its items with a TTL", table.name));
        }
    }
}
