-- Capability roles with only the DML each one needs; the migration role owns the schema.
CREATE ROLE app_read NOLOGIN;
CREATE ROLE app_write NOLOGIN;
GRANT SELECT ON orders, customers TO app_read;
GRANT INSERT, UPDATE ON orders TO app_write;
GRANT app_read, app_write TO app_service;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
