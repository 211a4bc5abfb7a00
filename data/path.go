package data

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// EnvDB is the environment variable that overrides the database location.
const EnvDB = "PARLEY_DB"

// DefaultPath returns where Parley keeps its database: the PARLEY_DB
// environment variable if set, else the platform's user data location
// ($XDG_DATA_HOME/parley on Linux, ~/Library/Application Support/Parley on
// macOS, %AppData%\Parley on Windows).
func DefaultPath() (string, error) {
	if p := os.Getenv(EnvDB); p != "" {
		return p, nil
	}
	var dir string
	switch runtime.GOOS {
	case "windows", "darwin":
		d, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("find user data folder: %w", err)
		}
		dir = filepath.Join(d, "Parley")
	default:
		if d := os.Getenv("XDG_DATA_HOME"); d != "" {
			dir = filepath.Join(d, "parley")
		} else {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", fmt.Errorf("find home folder: %w", err)
			}
			dir = filepath.Join(home, ".local", "share", "parley")
		}
	}
	return filepath.Join(dir, "parley.db"), nil
}
