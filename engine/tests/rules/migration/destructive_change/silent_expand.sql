-- The expand step of a rename: add the new column and copy, dropping nothing.
ALTER TABLE customers ADD COLUMN full_name text;
UPDATE customers SET full_name = name WHERE full_name IS NULL AND id BETWEEN 1 AND 10000;
