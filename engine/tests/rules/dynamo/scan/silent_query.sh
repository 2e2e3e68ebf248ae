# The same access through a Query on the key: only the matching partition is read.
aws dynamodb query --table-name Sessions --key-condition-expression "userId = :u" --expression-attribute-values file://user.json
aws dynamodb describe-table --table-name Sessions
