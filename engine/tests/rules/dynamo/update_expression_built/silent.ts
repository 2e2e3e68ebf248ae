// Names through ExpressionAttributeNames placeholders; a fixed expression.
export const handler = async (event: any) => {
  const body = JSON.parse(event.body);
  await db.update({
    TableName: TABLE_NAME,
    Key: { id: event.pathParameters.id },
    UpdateExpression: `set #${ALLOWED[0]} = :v`,
    ConditionExpression: "attribute_exists(id)",
    ExpressionAttributeNames: { [`#${ALLOWED[0]}`]: ALLOWED[0] },
    ExpressionAttributeValues: { ":v": body.title },
  });
  await db.update({
    TableName: TABLE_NAME,
    Key: { id: event.pathParameters.id },
    UpdateExpression: "set title = :t",
    ConditionExpression: "attribute_exists(id)",
    ExpressionAttributeValues: { ":t": body.title },
  });
};
