// Names joined into the IN list are values spliced into the statement.
package store

import (
	"context"
	"database/sql"
	"strings"
)

func byNames(ctx context.Context, db *sql.DB, names []string) (*sql.Rows, error) {
	query := "SELECT id FROM tags WHERE name IN ('" + strings.Join(names, "','") + "')"
	return db.QueryContext(ctx, query)
}
