-- Every selected column is grouped or aggregated, ANY_VALUE saying any row will do.
SELECT country, city, SUM(total) AS revenue, ANY_VALUE(currency) AS currency
FROM orders
GROUP BY country, city;
