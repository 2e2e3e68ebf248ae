-- An external table over CSV files dropped by a partner: read as they arrive, converted downstream.
CREATE EXTERNAL TABLE partner_feed (
    sku STRING,
    price STRING
)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
STORED AS TEXTFILE
LOCATION 's3://landing/partner-feed/';
