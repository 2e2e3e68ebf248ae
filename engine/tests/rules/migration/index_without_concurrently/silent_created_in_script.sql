-- Objects this script creates are empty: a table made inside CREATE SCHEMA and a
-- materialized view built from it can be indexed without CONCURRENTLY.
CREATE SCHEMA sales
    CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL)
    CREATE TABLE order_lines (order_id bigint NOT NULL, sku text NOT NULL, quantity int NOT NULL);
CREATE INDEX order_lines_order_id_idx ON sales.order_lines (order_id);

CREATE MATERIALIZED VIEW sales.daily_orders AS
SELECT date_trunc('day', placed_at) AS day, count(*) AS orders FROM sales.orders GROUP BY 1;
CREATE UNIQUE INDEX daily_orders_day_idx ON sales.daily_orders (day);
