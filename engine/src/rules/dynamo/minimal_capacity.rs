use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a table defined with `ProvisionedThroughput` of one read or
    /// one write capacity unit, in a template that sets up no auto scaling
    /// for it.
    ///
    /// ## Why it matters
    /// One read capacity unit is one strongly consistent read of up to 4 KB
    /// a second (two eventually consistent ones); one write unit is one
    /// write of up to 1 KB a second. Burst capacity saves up at most five
    /// minutes of unused units. Past that, requests are throttled
    /// (`ProvisionedThroughputExceededException`): a list endpoint that
    /// scans the table, or a handful of concurrent writes, is enough.
    ///
    /// ## Example
    /// ```json
    /// {"TableName": "todos",
    ///  "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
    ///  "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
    ///  "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {"TableName": "todos",
    ///  "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
    ///  "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
    ///  "BillingMode": "PAY_PER_REQUEST"}
    /// ```
    ///
    /// ## In production
    /// On-demand (`PAY_PER_REQUEST`) suits unknown or spiky traffic;
    /// provisioned capacity pays off for steady load, sized from measured
    /// consumption and with auto scaling
    /// (`AWS::ApplicationAutoScaling::ScalableTarget`) around it.
    ///
    /// ## Alternatives
    /// Provisioned capacity with auto scaling between a floor and a
    /// ceiling; reserved capacity for a steady base load.
    pub struct MinimalCapacity {
        code: "N510",
        name: "dynamo-minimal-capacity",
        area: Architecture,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["T9"],
        dialects: [Dynamodb],
        fix: None,
        summary: "ProvisionedThroughput of 1 unit without auto scaling: throttles under real load",
    }
}

impl Rule for MinimalCapacity {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        if cx.text.contains("ScalableTarget") {
            return; // auto scaling adjusts the units
        }
        for table in &cx.material.tables {
            let Some((read, write, span)) = &table.provisioned else { continue };
            if *read > 1 && *write > 1 {
                continue;
            }
            out.report(
                cx.span(span),
                format!("{read} read and {write} write capacity unit(s): a scan of more than a few KB, or a few writes a second, is throttled once the burst is spent"),
            )
            .help("use BillingMode PAY_PER_REQUEST, or size the units from measured load with auto scaling");
        }
    }
}
