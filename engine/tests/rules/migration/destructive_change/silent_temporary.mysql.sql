-- A temporary table lives for the session: dropping it loses no kept data.
CREATE TEMPORARY TABLE tmp_totals (customer_id BIGINT, total DECIMAL(12, 2));
DROP TEMPORARY TABLE tmp_totals;
