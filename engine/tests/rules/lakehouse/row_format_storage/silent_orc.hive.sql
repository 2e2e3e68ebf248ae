-- The managed table stored as ORC.
CREATE TABLE daily_revenue (
    day STRING,
    country STRING,
    revenue DECIMAL(14,2)
)
STORED AS ORC;
