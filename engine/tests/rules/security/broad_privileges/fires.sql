-- A reporting role handed every privilege, and the right to pass it on.
CREATE ROLE reporting LOGIN PASSWORD 'change-me';
GRANT ALL ON orders, customers TO reporting WITH GRANT OPTION;
