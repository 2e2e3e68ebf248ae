# A strongly consistent read asked of a global secondary index, which DynamoDB rejects.
aws dynamodb query --table-name Orders --index-name byStatus --key-condition-expression "orderStatus = :s" --consistent-read
