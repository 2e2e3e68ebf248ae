-- SQL Server: the query stays inside the covering index.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status nvarchar(20) NOT NULL,
    total decimal(12, 2) NOT NULL,
    note nvarchar(max) NULL
);
CREATE INDEX orders_customer_cover ON orders (customer_id) INCLUDE (status, total);

SELECT status, total FROM orders WHERE customer_id = 42;
