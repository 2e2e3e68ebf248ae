-- A seed file kept apart from the schema: the table was created elsewhere, so a
-- column added there shifts these values.
INSERT INTO vets VALUES (1, 'James', 'Carter');
INSERT INTO vets VALUES (2, 'Helen', 'Leary');
