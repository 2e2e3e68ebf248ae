# boto3: updating an unknown id writes a new, partial item.
import boto3

table = boto3.resource("dynamodb").Table("todos")


def update(event, context):
    return table.update_item(
        Key={"id": event["pathParameters"]["id"]},
        UpdateExpression="SET checked = :c",
        ExpressionAttributeValues={":c": True},
        ReturnValues="ALL_NEW",
    )
