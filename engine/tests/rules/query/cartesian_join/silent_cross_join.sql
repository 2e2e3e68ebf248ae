-- A cross product that is meant (every day of the month for every product) says so with CROSS JOIN.
CREATE TABLE products (id bigint PRIMARY KEY, sku text NOT NULL UNIQUE);
CREATE TABLE sales (
    product_id bigint NOT NULL REFERENCES products (id),
    sold_on date NOT NULL,
    quantity integer NOT NULL
);

SELECT p.sku, d.day::date AS day, coalesce(sum(s.quantity), 0) AS sold
FROM products p
CROSS JOIN generate_series(date '2026-11-01', date '2026-11-30', interval '1 day') AS d(day)
LEFT JOIN sales s ON s.product_id = p.id AND s.sold_on = d.day::date
GROUP BY p.sku, d.day
ORDER BY p.sku, d.day;
