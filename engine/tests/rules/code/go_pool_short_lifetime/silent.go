// Connections rotated every half hour, idle ones closed after five minutes; 0 means reuse forever.
package store

import (
	"database/sql"
	"time"
)

func tune(db *sql.DB, legacy *sql.DB) {
	db.SetMaxOpenConns(20)
	db.SetConnMaxLifetime(30 * time.Minute)
	db.SetConnMaxIdleTime(5 * time.Minute)
	legacy.SetConnMaxLifetime(0)
	legacy.SetConnMaxLifetime(90 * time.Second)
}
