use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags an `UpdateExpression` built in code (interpolated,
    /// concatenated or appended to) by an update that gives no
    /// `ExpressionAttributeNames`: the attribute names are written into the
    /// expression itself.
    ///
    /// ## Why it matters
    /// Such code usually loops over the fields of the request body
    /// (`Object.keys(body)`) and writes `SET <field> = :<field>` for each.
    /// Whoever sends the request then chooses which attributes are written:
    /// any attribute of the item (an owner, a role, a price), which is mass
    /// assignment, and text that is not a plain name (`a = :a, b`, a
    /// reserved word, a nested path) changes or breaks the expression.
    /// Names belong in `ExpressionAttributeNames` (`#f`), values in
    /// `ExpressionAttributeValues` (`:f`), and only for allowed fields.
    ///
    /// ## Example
    /// ```typescript
    /// const params = {
    ///   TableName: TABLE_NAME,
    ///   Key: { id },
    ///   UpdateExpression: `set ${field} = :${field}`,
    ///   ExpressionAttributeValues: { [`:${field}`]: body[field] },
    /// };
    /// await db.update(params);
    /// ```
    ///
    /// ## Use instead
    /// ```typescript
    /// const params = {
    ///   TableName: TABLE_NAME,
    ///   Key: { id },
    ///   UpdateExpression: "set #title = :title",
    ///   ConditionExpression: "attribute_exists(id)",
    ///   ExpressionAttributeNames: { "#title": "title" },
    ///   ExpressionAttributeValues: { ":title": body.title },
    /// };
    /// await db.update(params);
    /// ```
    ///
    /// ## In production
    /// Build the expression from an allow-list of editable fields, each
    /// mapped to a `#name` placeholder; reject or ignore the rest of the
    /// body, and never let the key attributes through.
    ///
    /// ## Alternatives
    /// A schema validator on the request body (only known fields pass); a
    /// mapper (DynamoDB Toolbox, ElectroDB, PynamoDB) that writes the
    /// placeholders for you.
    pub struct UpdateExpressionBuilt {
        code: "N508",
        name: "dynamo-update-expression-built",
        area: Security,
        severity: Error,
        section: TechnicalAssessment,
        concepts: ["T9", "X1"],
        dialects: [Dynamodb],
        fix: None,
        summary: "UpdateExpression built from strings without ExpressionAttributeNames",
    }
}

impl Rule for UpdateExpressionBuilt {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for update in cx.material.updates.iter().filter(|u| u.built && !u.names) {
            let at = update.expression.as_ref().unwrap_or(&update.span);
            out.report(
                cx.span(at),
                "this UpdateExpression is built in code with the attribute names written into it (no ExpressionAttributeNames): the input decides which attributes are written, and can change the expression",
            )
            .help("map an allow-list of fields to #name placeholders in ExpressionAttributeNames, their values to :value");
        }
    }
}
