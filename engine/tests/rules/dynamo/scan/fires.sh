# A nightly export scanning the whole Orders table for last day's items.
aws dynamodb scan --table-name Orders --filter-expression "placedAt >= :since" --expression-attribute-values file://since.json
