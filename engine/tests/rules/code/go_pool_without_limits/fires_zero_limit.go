// SetMaxOpenConns(0) is database/sql's default, "no limit": the sqlx pool below is still unbounded.
package worker

import (
	"os"
	"time"

	"github.com/jmoiron/sqlx"
)

func connect() (*sqlx.DB, error) {
	db, err := sqlx.Connect("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(0)
	db.SetConnMaxLifetime(time.Hour)
	return db, nil
}
