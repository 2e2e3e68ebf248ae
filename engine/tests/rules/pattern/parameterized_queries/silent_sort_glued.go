// The filter is bound, but the sort column is glued on: the statement is built from strings, no praise.
package store

import (
	"context"
	"database/sql"
)

func list(ctx context.Context, db *sql.DB, owner int64, sort string) (*sql.Rows, error) {
	query := "SELECT id, title FROM notes WHERE owner_id = $1"
	query = query + " ORDER BY " + sort
	return db.QueryContext(ctx, query, owner)
}
