-- `status <> 2` matches nearly every row: a B-tree on status would not be used for it.
CREATE TABLE credit_notes (id uuid PRIMARY KEY, status integer NOT NULL, total_amount_cents bigint NOT NULL);
SELECT id, total_amount_cents FROM credit_notes WHERE status <> 2;
