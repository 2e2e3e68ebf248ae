-- calibre: books_ratings_link.rating is an id of ratings (no declared key); the value is checked in ratings.
CREATE TABLE ratings (id INTEGER PRIMARY KEY, rating INTEGER CHECK(rating > -1 AND rating < 11), UNIQUE (rating));
CREATE TABLE books_ratings_link ( id INTEGER PRIMARY KEY,
                                  book INTEGER NOT NULL,
                                  rating INTEGER NOT NULL,
                                  UNIQUE(book, rating)
                                );
