// The Context variant is used, but with context.Background(): no deadline at all.
package jobs

import (
	"context"
	"database/sql"
)

func purgeExpired(db *sql.DB) error {
	_, err := db.ExecContext(context.Background(), "DELETE FROM sessions WHERE expires_at < now()")
	return err
}
