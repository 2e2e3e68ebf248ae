-- Spark: a parquet table enforces no CHECK (only Delta tables do); the pipeline validates the load.
CREATE TABLE order_lines (order_id BIGINT, quantity INT, price DECIMAL(10, 2)) USING parquet;
