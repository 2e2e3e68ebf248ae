// Retained (the default), with deletion protection; boto3-style Table(name) is no construct.
new Table(this, "items", {
  partitionKey: { name: "itemId", type: AttributeType.STRING },
  removalPolicy: RemovalPolicy.RETAIN,
  deletionProtection: true,
});
new Table(this, "sessions", { partitionKey: { name: "id", type: AttributeType.STRING } });
