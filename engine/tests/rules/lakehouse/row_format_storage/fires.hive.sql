-- A managed reporting table kept as text files: every query parses every field.
CREATE TABLE daily_revenue (
    day STRING,
    country STRING,
    revenue DECIMAL(14,2)
)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
STORED AS TEXTFILE;
