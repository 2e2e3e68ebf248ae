-- SQL Server's OFFSET … FETCH with a deep offset.
CREATE TABLE posts (id bigint PRIMARY KEY, title nvarchar(200) NOT NULL);

SELECT id, title FROM posts ORDER BY id OFFSET 100000 ROWS FETCH NEXT 20 ROWS ONLY;
