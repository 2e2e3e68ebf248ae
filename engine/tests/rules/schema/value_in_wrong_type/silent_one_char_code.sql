-- TPC-DS flags: d_current_year is Y or N (is this the current year?), not a year.
CREATE TABLE date_dim (d_date_sk integer PRIMARY KEY, d_year integer, d_current_year char(1));
