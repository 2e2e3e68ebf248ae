// A repository method with database/sql's context-free Exec: a lock wait holds the connection forever.
package store

import "database/sql"

type Accounts struct{ db *sql.DB }

func (a *Accounts) Suspend(id int64) error {
	_, err := a.db.Exec("UPDATE accounts SET suspended_at = now() WHERE id = $1", id)
	return err
}
