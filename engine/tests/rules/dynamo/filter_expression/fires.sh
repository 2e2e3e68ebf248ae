# All of a customer's orders are read (and billed) and then filtered down to the open ones.
aws dynamodb query --table-name Orders --key-condition-expression "customerId = :c" --filter-expression "orderStatus = :open" --expression-attribute-values file://values.json
