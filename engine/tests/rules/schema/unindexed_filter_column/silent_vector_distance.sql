-- pgvector: a distance to a constant is served by a vector index through ORDER BY … LIMIT, not by an expression index.
CREATE TABLE items (id bigserial PRIMARY KEY, embedding vector(3));
CREATE INDEX ON items USING hnsw (embedding vector_l2_ops);
SELECT * FROM items WHERE embedding <-> '[3,1,2]' < 5;
