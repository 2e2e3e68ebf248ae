-- name: GetAuthor :one
SELECT * FROM authors WHERE author_id = $1;

-- name: ListBooks :many
SELECT * FROM books WHERE author_id = $1 ORDER BY title;
