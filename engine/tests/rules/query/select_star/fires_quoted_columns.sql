-- The fix keeps the quoted, mixed-case names as the table spells them: bare className would not be found.
CREATE TABLE "_SCHEMA" ("className" varchar(120) PRIMARY KEY, "schema" jsonb, "isParseClass" bool);
SELECT * FROM "_SCHEMA";
