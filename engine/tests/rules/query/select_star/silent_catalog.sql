-- Introspection: the catalog's own rows, read to see what exists.
SELECT * FROM pg_tables WHERE schemaname = 'public';
SELECT * FROM information_schema.columns WHERE table_name = 'orders';
