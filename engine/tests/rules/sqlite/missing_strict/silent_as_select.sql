-- A table created from a query takes its columns from the query.
CREATE TABLE low_stock AS SELECT sku, quantity FROM stock WHERE quantity < 5;
