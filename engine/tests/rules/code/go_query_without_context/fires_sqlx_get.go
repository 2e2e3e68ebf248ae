// sqlx's Get has no context: GetContext is the call that takes one.
package store

import "github.com/jmoiron/sqlx"

type Account struct {
	ID    int64  `db:"id"`
	Email string `db:"email"`
}

func one(db *sqlx.DB, id int64) (Account, error) {
	var a Account
	err := db.Get(&a, "SELECT id, email FROM accounts WHERE id = $1", id)
	return a, err
}
