// The same method taking the caller's context and passing it to ExecContext.
package store

import (
	"context"
	"database/sql"
)

type Accounts struct{ db *sql.DB }

func (a *Accounts) Suspend(ctx context.Context, id int64) error {
	_, err := a.db.ExecContext(ctx, "UPDATE accounts SET suspended_at = now() WHERE id = $1", id)
	return err
}
