-- A view that builds one export row per invoice with per-row subqueries: the shape is the point of the view.
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
CREATE TABLE fees (id bigint PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES invoices (id), amount numeric NOT NULL);
CREATE INDEX ON fees (invoice_id);
CREATE VIEW exports_invoices AS SELECT i.id, (SELECT json_agg(f.amount) FROM fees f WHERE f.invoice_id = i.id) AS fees FROM invoices i;
