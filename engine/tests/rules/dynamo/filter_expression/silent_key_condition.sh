# The status is part of a composite sort key (STATUS#date), so the key condition selects the open orders.
aws dynamodb query --table-name Orders --key-condition-expression "customerId = :c AND begins_with(sk, :open)" --expression-attribute-values file://values.json
