use crate::rules::{DynamoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags an item update in code (`update_item`, `UpdateCommand`,
    /// `DocumentClient.update`) that gives no `ConditionExpression`.
    ///
    /// ## Why it matters
    /// `UpdateItem` edits the item with the given key, or creates one when
    /// there is none. An "update todo 42" endpoint called with an id that
    /// does not exist (a typo, a deleted item, a guessed id) answers success
    /// and writes a new, partial item holding only the updated attributes,
    /// where the caller expected a 404. The table then collects items no
    /// create path ever wrote.
    ///
    /// ## Example
    /// ```python
    /// table.update_item(
    ///     Key={"id": todo_id},
    ///     UpdateExpression="SET checked = :c",
    ///     ExpressionAttributeValues={":c": True},
    /// )
    /// ```
    ///
    /// ## Use instead
    /// ```python
    /// table.update_item(
    ///     Key={"id": todo_id},
    ///     UpdateExpression="SET checked = :c",
    ///     ConditionExpression="attribute_exists(id)",
    ///     ExpressionAttributeValues={":c": True},
    /// )
    /// ```
    ///
    /// ## In production
    /// The condition costs nothing extra; a `ConditionalCheckFailedException`
    /// becomes the 404. An update that only `ADD`s to a counter or sets
    /// `if_not_exists(…)` means to create the item and is not flagged.
    ///
    /// ## Alternatives
    /// `attribute_exists` on the partition key for "must exist"; a version
    /// attribute compared in the condition for optimistic locking; `PutItem`
    /// with `attribute_not_exists` for "must not exist".
    pub struct UpdateCreatesItem {
        code: "N507",
        name: "dynamo-update-creates-item",
        area: Query,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T9"],
        dialects: [Dynamodb],
        fix: None,
        summary: "UpdateItem without a ConditionExpression creates the item when the key is missing",
    }
}

impl Rule for UpdateCreatesItem {
    fn dynamo(&self, cx: &DynamoCx, out: &mut Sink) {
        for update in cx.material.updates.iter().filter(|u| !u.condition && !u.adds_only) {
            let call = &cx.text[update.span.clone()];
            out.report(
                cx.span(&update.span),
                format!("`{call}` without a ConditionExpression creates the item when no item has this key: an update of a missing id becomes an insert"),
            )
            .help("add ConditionExpression=\"attribute_exists(<partition key>)\" and answer ConditionalCheckFailedException with a 404");
        }
    }
}
