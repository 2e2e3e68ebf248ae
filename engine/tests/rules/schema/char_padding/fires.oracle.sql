-- Oracle blank-pads CHAR to its width and hands the spaces back: a varying title gets trailing spaces.
CREATE TABLE books (book_id NUMBER(10) PRIMARY KEY, title CHAR(100) NOT NULL);
