// An IN list of $n placeholders built in code: the ids are still bound, never spliced.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

func byIDs(ctx context.Context, db *sql.DB, ids []int64) (*sql.Rows, error) {
	placeholders := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		placeholders[i] = fmt.Sprintf("$%d", i+1)
		args[i] = id
	}
	query := "SELECT id, title FROM notes WHERE id IN (" + strings.Join(placeholders, ",") + ")"
	return db.QueryContext(ctx, query, args...)
}
