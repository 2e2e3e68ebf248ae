-- Read access to the customers table opened to every role.
GRANT SELECT ON customers TO PUBLIC;
