package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order. Their file
// names are NNNN_name.sql and the numbers run from 1 without gaps.
func migrations() []migration {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		panic("data: embedded migrations missing: " + err.Error())
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			panic("data: migration file without a number: " + e.Name())
		}
		b, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			panic("data: read migration: " + err.Error())
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			panic(fmt.Sprintf("data: migration %s out of sequence, want %04d", m.name, i+1))
		}
	}
	return ms
}

// latestVersion is the schema version this build of Parley writes.
func latestVersion() int { return len(migrations()) }

// Version returns the database's schema version.
func (s *Store) Version() (int, error) {
	var v int
	err := s.db.QueryRow("PRAGMA user_version").Scan(&v)
	return v, err
}

// migrate applies every migration newer than version (the database's
// user_version), each in its own transaction, the first of them also
// marking the file with ApplicationID; appID is the mark the file has.
// Before changing a database that already has a schema, it writes a backup
// copy beside it (NAME.bak-vN), and refuses to go on without one.
func (s *Store) migrate(version int, appID int32) error {
	pending := migrations()[version:]
	if len(pending) == 0 {
		if appID == ApplicationID {
			return nil
		}
		_, err := s.db.Exec(fmt.Sprintf("PRAGMA application_id = %d", ApplicationID))
		return err
	}
	if version > 0 {
		if err := s.backup(fmt.Sprintf("%s.bak-v%d", s.path, version)); err != nil {
			return err
		}
	}
	for i, m := range pending {
		err := s.tx(context.Background(), func(tx *sql.Tx) error {
			if _, err := tx.Exec(m.sql); err != nil {
				return err
			}
			if i == 0 && appID != ApplicationID {
				if _, err := tx.Exec(fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
					return err
				}
			}
			_, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// backup writes a consistent copy of the database to dest. A copy that
// could not be written whole (on a full disk, say) is removed.
func (s *Store) backup(dest string) error {
	if err := os.Remove(dest); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("backup before migration: %w", err)
	}
	if _, err := s.db.Exec("VACUUM INTO ?", dest); err != nil {
		os.Remove(dest)
		return fmt.Errorf("backup before migration to %s (nothing was changed): %w", dest, err)
	}
	return nil
}
