// os.Open reads a migration file: it is not a database pool.
package migrate

import (
	"io"
	"os"
)

func load(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	return string(b), err
}
