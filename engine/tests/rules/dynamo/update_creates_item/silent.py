# The item must exist; a counter that ADDs means to create it.
def update(table, todo_id):
    table.update_item(
        Key={"id": todo_id},
        UpdateExpression="SET checked = :c",
        ConditionExpression="attribute_exists(id)",
        ExpressionAttributeValues={":c": True},
    )
    table.update_item(Key={"id": "visits"}, UpdateExpression="ADD hits :one", ExpressionAttributeValues={":one": 1})
    # Not DynamoDB: a dict's update.
    settings.update(values)
