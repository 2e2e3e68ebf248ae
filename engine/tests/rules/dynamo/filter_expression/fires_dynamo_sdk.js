// SDK v3 query whose real condition is in FilterExpression.
import { DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";

const client = new DynamoDBClient({});

export async function openOrders(customerId) {
  return client.send(new QueryCommand({
    TableName: "Orders",
    KeyConditionExpression: "customerId = :c",
    FilterExpression: "orderStatus = :open",
    ExpressionAttributeValues: { ":c": { S: customerId }, ":open": { S: "OPEN" } },
  }));
}
