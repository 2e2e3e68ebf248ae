-- hive-testbench: an external table over generated files; Hive cannot enforce a constraint on it.
create external table if not exists store_sales(
      ss_item_sk bigint
,     ss_quantity int
,     ss_list_price decimal(7,2)
)
row format delimited fields terminated by '|'
location '/tmp/tpcds/store_sales';
