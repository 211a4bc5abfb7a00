// Package data keeps Parley's library in a local SQLite database: the
// documents, the comparisons between them, the reader's corrections, and
// the reader's notes and highlights with their tags, anchored to the text
// (package anchor re-anchors them when a text changes) and searchable with
// FTS5 together with the documents.
//
// Every change is committed in its own transaction as it is made. The
// connection pragmas (foreign keys, WAL, busy timeout, immediate write
// transactions) are set in the DSN so that every pooled connection has them.
// The schema evolves through embedded, numbered migrations tracked by
// PRAGMA user_version.
package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	// The driver registers itself as "sqlite3"; build with -tags sqlite_fts5.
	_ "github.com/mattn/go-sqlite3"
)

// ErrNotSQLite reports a database path whose file is not an SQLite database.
var ErrNotSQLite = errors.New("the file is not a Parley database (not SQLite)")

// ErrNewer reports a database written by a newer Parley than this one.
var ErrNewer = errors.New("the database was written by a newer version of Parley")

// ErrNoFTS5 reports an SQLite build without the FTS5 full-text module.
var ErrNoFTS5 = errors.New("this build of Parley lacks SQLite's FTS5 module (build with -tags sqlite_fts5)")

// ErrCorrupt reports a database that fails SQLite's integrity check.
var ErrCorrupt = errors.New("the database failed its integrity check")

// Store is an open Parley database.
type Store struct {
	db   *sql.DB
	path string
}

// sqliteMagic is the header every SQLite 3 database file starts with.
var sqliteMagic = []byte("SQLite format 3\x00")

// dsn builds the connection string for path with Parley's pragmas.
func dsn(path string, readOnly bool) string {
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath()}
	q := url.Values{}
	q.Set("_busy_timeout", "5000")
	if readOnly {
		q.Set("mode", "ro")
	} else {
		q.Set("_foreign_keys", "on")
		q.Set("_journal_mode", "WAL")
		q.Set("_txlock", "immediate")
		q.Set("_synchronous", "FULL")
		// A page cache of 16 MiB keeps a library of thousands of notes
		// and their search index in memory.
		q.Set("_cache_size", "-16384")
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// Open opens the database at path, creating it and its folder if needed,
// and brings its schema up to date. A file that is not SQLite, fails its
// integrity check or comes from a newer Parley is refused and left untouched.
func Open(path string) (*Store, error) {
	if err := checkFile(path); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create folder for database %s: %w", path, err)
	}
	if _, err := os.Stat(path); err == nil {
		if err := preflight(path); err != nil {
			return nil, err
		}
	}
	db, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.checkFTS5(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("update database %s: %w", path, err)
	}
	return s, nil
}

// checkFile refuses a non-empty file that does not start with SQLite's header.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	if st.IsDir() {
		return fmt.Errorf("open database %s: it is a folder, not a file", path)
	}
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF || err == nil) {
		return nil // an empty file becomes a new database
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("read database %s: %w", path, err)
	}
	if !bytes.Equal(head[:n], sqliteMagic) {
		return fmt.Errorf("open database %s: %w", path, ErrNotSQLite)
	}
	return nil
}

// preflight opens an existing database read-only and checks its version and
// integrity, so that a refused file is never written to.
func preflight(path string) error {
	db, err := sql.Open("sqlite3", dsn(path, true))
	if err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	defer db.Close()
	var version int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("open database %s: %w", path, notSQLite(err))
	}
	if version > latestVersion() {
		return fmt.Errorf("open database %s: %w (schema %d, this Parley knows %d)", path, ErrNewer, version, latestVersion())
	}
	var result string
	if err := db.QueryRow("PRAGMA quick_check").Scan(&result); err != nil {
		return fmt.Errorf("check database %s: %w", path, notSQLite(err))
	}
	if result != "ok" {
		return fmt.Errorf("check database %s: %w: %s", path, ErrCorrupt, result)
	}
	return nil
}

// notSQLite maps SQLite's "file is not a database" error to ErrNotSQLite.
func notSQLite(err error) error {
	if bytes.Contains([]byte(err.Error()), []byte("not a database")) {
		return ErrNotSQLite
	}
	return err
}

func (s *Store) checkFTS5() error {
	var used int
	if err := s.db.QueryRow("SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&used); err != nil {
		return fmt.Errorf("open database %s: %w", s.path, notSQLite(err))
	}
	if used != 1 {
		return ErrNoFTS5
	}
	return nil
}

// Path returns the file the store is kept in.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// tx runs fn in one transaction and commits it, or rolls back on error.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	t, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(t); err != nil {
		t.Rollback()
		return err
	}
	return t.Commit()
}
