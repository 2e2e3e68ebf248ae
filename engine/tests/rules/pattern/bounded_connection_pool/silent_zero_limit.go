// A lifetime, but SetMaxOpenConns(0) means "no limit" (database/sql's DB.SetMaxOpenConns): nothing to praise.
package store

import (
	"database/sql"
	"time"
)

func configure(db *sql.DB) {
	db.SetMaxOpenConns(0)
	db.SetMaxIdleConns(10)
	db.SetConnMaxLifetime(15 * time.Minute)
}
