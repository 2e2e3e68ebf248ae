// A one-second lifetime: every connection is replaced about once a second.
package store

import (
	"database/sql"
	"time"
)

func open(dsn string) (*sql.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(100)
	db.SetConnMaxLifetime(time.Second)
	return db, nil
}
