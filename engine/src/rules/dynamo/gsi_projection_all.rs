use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags global secondary indexes that project `ALL` attributes.
    ///
    /// ## Why it matters
    /// A GSI is a second table that DynamoDB keeps in step: every write to
    /// a projected attribute is written again to the index, and its storage
    /// is billed again. Projecting everything doubles the cost of every
    /// write and of storage for attributes the index's queries may never
    /// read.
    ///
    /// ## Example
    /// ```json
    /// {"TableName": "Orders", "AttributeDefinitions": [], "KeySchema": [{"AttributeName": "orderId", "KeyType": "HASH"}], "GlobalSecondaryIndexes": [{"IndexName": "byCustomer", "KeySchema": [{"AttributeName": "customerId", "KeyType": "HASH"}], "Projection": {"ProjectionType": "ALL"}}]}
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {"TableName": "Orders", "AttributeDefinitions": [], "KeySchema": [{"AttributeName": "orderId", "KeyType": "HASH"}], "GlobalSecondaryIndexes": [{"IndexName": "byCustomer", "KeySchema": [{"AttributeName": "customerId", "KeyType": "HASH"}], "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["total", "placedAt"]}}]}
    /// ```
    ///
    /// ## In production
    /// `ALL` is right when the index's queries really need whole items and
    /// the table is read-heavy; decide it per index, with the numbers.
    ///
    /// ## Alternatives
    /// `KEYS_ONLY` and a `BatchGetItem` on the table for the few items
    /// displayed.
    pub struct GsiProjectionAll {
        code: "N504",
        name: "dynamo-gsi-projection-all",
        area: Schema,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["T9"],
        dialects: [Dynamodb],
        fix: None,
        summary: "A global index projecting ALL: every write and byte paid twice",
    }
}

impl Rule for GsiProjectionAll {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for table in &cx.material.tables {
            for (index, _, span) in table.indexes.iter().filter(|(_, p, _)| p == "ALL") {
                out.report(
                    cx.span(span),
                    format!("index `{index}` of `{}` projects ALL attributes: every write and every stored byte is paid twice", table.name),
                )
                .help("project KEYS_ONLY or INCLUDE the attributes its queries read");
            }
        }
    }
}
