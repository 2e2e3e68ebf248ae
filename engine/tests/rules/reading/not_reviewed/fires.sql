-- A valid PostgreSQL statement this reader does not know: listed as not reviewed.
CREATE CONVERSION latin_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
