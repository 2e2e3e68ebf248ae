// The request body's keys are written into the expression.
export const handler = async (event: any) => {
  const body = JSON.parse(event.body);
  const fields = Object.keys(body);
  const params: any = {
    TableName: TABLE_NAME,
    Key: { [PRIMARY_KEY]: event.pathParameters.id },
    UpdateExpression: `set ${fields[0]} = :${fields[0]}`,
    ExpressionAttributeValues: {},
  };
  fields.slice(1).forEach((field) => {
    params.UpdateExpression += `, ${field} = :${field}`;
    params.ExpressionAttributeValues[`:${field}`] = body[field];
  });
  await db.update(params);
};
