// A sample stack: cdk destroy deletes the table and its items.
import { Stack, RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, Table } from "aws-cdk-lib/aws-dynamodb";

export class ItemsStack extends Stack {
  constructor(app: App, id: string) {
    super(app, id);
    new Table(this, "items", {
      partitionKey: { name: "itemId", type: AttributeType.STRING },
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }
}
