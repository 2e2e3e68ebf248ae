-- A dump defines its tables, then hands them to their owner and adds the keys:
-- nothing reads the new tables yet, so no lock queue can form.
CREATE SCHEMA billing
    CREATE TABLE invoices (id bigint NOT NULL, customer_id bigint NOT NULL, total numeric(12, 2) NOT NULL);
ALTER TABLE billing.invoices OWNER TO billing_app;
ALTER TABLE ONLY billing.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);

CREATE TABLE payments_staging (id bigint NOT NULL, invoice_id bigint NOT NULL);
ALTER TABLE payments_staging RENAME TO payments;
ALTER TABLE payments ADD COLUMN paid_at timestamptz;
