// The same report query with the region passed as a parameter.
package report

import (
	"context"
	"database/sql"
)

func byRegion(ctx context.Context, db *sql.DB, region string) (*sql.Rows, error) {
	return db.QueryContext(ctx, "SELECT id, total FROM orders WHERE region = $1", region)
}
