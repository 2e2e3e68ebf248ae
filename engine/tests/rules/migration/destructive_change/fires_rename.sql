-- Renaming a table breaks every deployed instance still using the old name.
ALTER TABLE customer_notes RENAME TO account_notes;
