-- In PostgreSQL an UPDATE touches only the matching rows: no mutation of data parts.
UPDATE products SET price = 19.90 WHERE sku = 'KT-1';
