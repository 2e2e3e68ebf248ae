// AWS SDK v3 document client: no condition, so a missing key is created.
import { DynamoDBDocument } from "@aws-sdk/lib-dynamodb";

const db = DynamoDBDocument.from(new DynamoDB());
export const handler = async (event: any) => {
  await db.update({
    TableName: "items",
    Key: { itemId: event.pathParameters.id },
    UpdateExpression: "set title = :t",
    ExpressionAttributeValues: { ":t": "x" },
  });
};
