// The function is given a context and does not pass it on: a cancelled request keeps its query running.
package store

import (
	"context"
	"database/sql"
)

func setVersion(ctx context.Context, tx *sql.Tx, version int) error {
	_, err := tx.Exec("UPDATE system SET schema_version = $1", version)
	return err
}
