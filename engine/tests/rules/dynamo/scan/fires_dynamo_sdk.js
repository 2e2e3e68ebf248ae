// A lookup written as a Scan with a filter on the user id.
import { DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";

const client = new DynamoDBClient({});

export const sessionsOf = (userId) =>
  client.send(new ScanCommand({ TableName: "Sessions", FilterExpression: "userId = :u", ExpressionAttributeValues: { ":u": { S: userId } } }));
