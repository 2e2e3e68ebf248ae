use super::expiring;
use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a table whose name says its items expire (sessions, tokens,
    /// caches, carts, locks) when its definition has no enabled
    /// `TimeToLiveSpecification`.
    ///
    /// ## Why it matters
    /// Without a TTL, expired sessions and tokens stay forever: storage
    /// grows, queries must filter them out (paying to read them), and
    /// "expired" depends on every reader checking a timestamp. DynamoDB's
    /// TTL deletes them in the background at no write cost.
    ///
    /// ## Example
    /// ```json
    /// {"TableName": "Sessions", "AttributeDefinitions": [{"AttributeName": "sessionId", "AttributeType": "S"}], "KeySchema": [{"AttributeName": "sessionId", "KeyType": "HASH"}]}
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {"TableName": "Sessions", "AttributeDefinitions": [{"AttributeName": "sessionId", "AttributeType": "S"}], "KeySchema": [{"AttributeName": "sessionId", "KeyType": "HASH"}], "TimeToLiveSpecification": {"AttributeName": "expiresAt", "Enabled": true}}
    /// ```
    ///
    /// ## In production
    /// TTL deletion is eventual (usually within a few days of expiry), so
    /// reads that must be exact still compare the timestamp.
    ///
    /// ## Alternatives
    /// `aws dynamodb update-time-to-live` on an existing table; a scheduled
    /// cleanup only where TTL cannot express the rule.
    pub struct MissingTtl {
        code: "N505",
        name: "dynamo-missing-ttl",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T9", "A6"],
        dialects: [Dynamodb],
        fix: None,
        summary: "A table of expiring items without a TTL",
    }
}

impl Rule for MissingTtl {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        // `update-time-to-live` anywhere in the material enables it separately.
        if cx.text.contains("update-time-to-live") || cx.text.contains("UpdateTimeToLive") {
            return;
        }
        for table in cx.material.tables.iter().filter(|t| !t.ttl && expiring(&t.name)) {
            out.report(cx.span(&table.span), format!("`{}` holds expiring items but has no TTL: they are never deleted", table.name))
                .help("enable TimeToLiveSpecification on an epoch-seconds attribute");
        }
    }
}
