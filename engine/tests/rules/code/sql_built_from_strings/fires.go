// A report filter spliced into the statement with fmt.Sprintf.
package report

import (
	"context"
	"database/sql"
	"fmt"
)

func byRegion(ctx context.Context, db *sql.DB, region string) (*sql.Rows, error) {
	q := fmt.Sprintf("SELECT id, total FROM orders WHERE region = '%s'", region)
	return db.QueryContext(ctx, q)
}
