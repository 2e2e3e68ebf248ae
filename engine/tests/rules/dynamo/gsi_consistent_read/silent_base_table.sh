# Consistent reads of the base table by its key are allowed; the index is read eventually consistent.
aws dynamodb query --table-name Orders --key-condition-expression "customerId = :c" --consistent-read
aws dynamodb query --table-name Orders --index-name byStatus --key-condition-expression "orderStatus = :s"
