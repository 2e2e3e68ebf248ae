// The same worker with its pool capped at 10 connections.
package worker

import (
	"database/sql"
	"os"
	"time"

	_ "github.com/lib/pq"
)

func connect() (*sql.DB, error) {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(10)
	db.SetMaxIdleConns(10)
	db.SetConnMaxLifetime(20 * time.Minute)
	return db, db.Ping()
}
