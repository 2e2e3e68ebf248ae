use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a CDK DynamoDB table given `RemovalPolicy.DESTROY`.
    ///
    /// ## Why it matters
    /// A CDK table is retained by default: when it leaves the stack, or the
    /// stack is destroyed, the table and its data stay. With `DESTROY`,
    /// `cdk destroy`, a refactor that removes or renames the construct, or a
    /// change that makes CloudFormation replace the table deletes it, data
    /// included, with no prompt. Backups taken on demand survive; the
    /// table's point-in-time recovery goes with it.
    ///
    /// ## Example
    /// ```typescript
    /// const table = new Table(this, "items", {
    ///   partitionKey: { name: "itemId", type: AttributeType.STRING },
    ///   removalPolicy: RemovalPolicy.DESTROY,
    /// });
    /// ```
    ///
    /// ## Use instead
    /// ```typescript
    /// const table = new Table(this, "items", {
    ///   partitionKey: { name: "itemId", type: AttributeType.STRING },
    ///   removalPolicy: RemovalPolicy.RETAIN,
    ///   deletionProtection: true,
    /// });
    /// ```
    ///
    /// ## In production
    /// `DESTROY` suits a sandbox or a test stack; pick it per stage
    /// (`isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY`) rather than
    /// in the construct every stage shares.
    ///
    /// ## Alternatives
    /// `RemovalPolicy.SNAPSHOT` where the construct supports it;
    /// `deletionProtection` on the table, which refuses the delete whatever
    /// the stack asks.
    pub struct RemovalPolicyDestroy {
        code: "N509",
        name: "dynamo-removal-policy-destroy",
        area: Architecture,
        severity: Warning,
        section: RealWorldContext,
        concepts: ["T9"],
        dialects: [Dynamodb],
        fix: None,
        summary: "CDK table with RemovalPolicy.DESTROY: removing the construct deletes the data",
    }
}

impl Rule for RemovalPolicyDestroy {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for construct in &cx.material.constructs {
            let Some(policy) = &construct.removal_destroy else { continue };
            out.report(
                cx.span(policy),
                format!("this `{}` is deleted with its data when the stack is destroyed or the construct is removed or replaced", construct.kind),
            )
            .help("use RemovalPolicy.RETAIN (the default) and deletionProtection outside throwaway stages");
        }
    }
}
