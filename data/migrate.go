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

// migrate applies every migration newer than the database's user_version,
// each in its own transaction. Before changing a database that already has
// a schema, it writes a backup copy beside it (NAME.bak-vN).
func (s *Store) migrate() error {
	current, err := s.Version()
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	pending := migrations()[current:]
	if len(pending) == 0 {
		return nil
	}
	if current > 0 {
		if err := s.backup(fmt.Sprintf("%s.bak-v%d", s.path, current)); err != nil {
			return err
		}
	}
	for _, m := range pending {
		err := s.tx(context.Background(), func(tx *sql.Tx) error {
			if _, err := tx.Exec(m.sql); err != nil {
				return err
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

// backup writes a consistent copy of the database to dest.
func (s *Store) backup(dest string) error {
	if err := os.Remove(dest); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("backup before migration: %w", err)
	}
	if _, err := s.db.Exec("VACUUM INTO ?", dest); err != nil {
		return fmt.Errorf("backup before migration to %s: %w", dest, err)
	}
	return nil
}
