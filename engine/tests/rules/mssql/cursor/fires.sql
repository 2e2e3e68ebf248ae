-- Raising prices one product at a time through a cursor.
DECLARE product_cursor CURSOR FOR SELECT id FROM dbo.products WHERE category_id = 7;
OPEN product_cursor;
FETCH NEXT FROM product_cursor INTO @id;
CLOSE product_cursor;
DEALLOCATE product_cursor;
