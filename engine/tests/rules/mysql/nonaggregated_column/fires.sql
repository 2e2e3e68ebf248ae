-- Revenue per country, with the city picked from an arbitrary row of each group.
SELECT country, city, SUM(total) AS revenue
FROM orders
GROUP BY country;
