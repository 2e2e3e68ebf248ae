-- Numbered steps are ordered, but their count varies per recipe: a list, not the fixed lines of one address.
CREATE TABLE recipes (id bigint PRIMARY KEY, title text NOT NULL, step1 text, step2 text, step3 text, step4 text);
