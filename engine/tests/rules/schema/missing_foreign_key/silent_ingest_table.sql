-- An ingest table of events keeps no foreign key, for write speed; the rest of the schema declares them.
CREATE TABLE organizations (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE customers (id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations (id));
CREATE TABLE events (id uuid PRIMARY KEY, organization_id uuid NOT NULL, customer_id uuid, created_at timestamptz NOT NULL);
