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
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	// The driver registers itself as "sqlite3" and names its errors;
	// build with -tags sqlite_fts5.
	"github.com/mattn/go-sqlite3"
)

// ApplicationID is the number Parley writes into the header of its
// libraries (PRAGMA application_id): the letters "Prly". A library written
// before Parley marked its files is recognised by its schema and gets the
// mark when it is next opened for writing.
const ApplicationID = 0x50726c79

// ErrNotSQLite reports a database path whose file is not an SQLite database.
var ErrNotSQLite = errors.New("the file is not a Parley database (not SQLite)")

// ErrNotParley reports an SQLite database that is not a Parley library:
// another program's, which Parley leaves as it is.
var ErrNotParley = errors.New("the file is another program's SQLite database, not a Parley library")

// ErrNewer reports a database written by a newer Parley than this one.
var ErrNewer = errors.New("the database was written by a newer version of Parley")

// ErrNoFTS5 reports an SQLite build without the FTS5 full-text module.
var ErrNoFTS5 = errors.New("this build of Parley lacks SQLite's FTS5 module (build with -tags sqlite_fts5)")

// ErrCorrupt reports a database that fails SQLite's integrity check.
var ErrCorrupt = errors.New("the database failed its integrity check")

// ErrCannotWrite reports a library, or a folder for one, that Parley may
// not write to.
var ErrCannotWrite = errors.New("the library cannot be written to")

// ErrNoLibrary reports a library that does not exist, where one is read
// without being created.
var ErrNoLibrary = errors.New("there is no library there yet")

// Store is an open Parley database.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool
}

// sqliteMagic is the header every SQLite 3 database file starts with.
var sqliteMagic = []byte("SQLite format 3\x00")

// dsn builds the connection string for path with Parley's pragmas. A
// read-only connection changes nothing, not even the journal mode.
func dsn(path string, readOnly bool) string {
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
		// Statements a connection runs again (each note of an import)
		// are prepared once.
		q.Set("_stmt_cache_size", "64")
	}
	return fileURL(path, q)
}

// fileURL is the SQLite URI of path with the query q.
func fileURL(path string, q url.Values) string {
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath()}
	u.RawQuery = q.Encode()
	return u.String()
}

// Open opens the library at path for reading and writing, creating it and
// its folder if needed, and brings its schema up to date. Nothing is
// written until the file is known to be a Parley library (or an empty
// file, or an SQLite database with nothing in it) that this Parley can
// bring up to date: another program's SQLite file, a file that is not
// SQLite, one that fails SQLite's integrity check, one a newer Parley
// wrote, and one Parley may not write to are refused and left as they
// were, with nothing beside them. Before it changes the schema of a
// library Parley writes a copy beside it (NAME.bak-vN); the library is
// switched to WAL only once its schema is current.
func Open(path string) (*Store, error) {
	st, err := os.Stat(path)
	exists := err == nil
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := newLibraryFolder(path); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("open the library %s: %w", path, unwrapPath(err))
	case !st.Mode().IsRegular():
		return nil, fmt.Errorf("open the library %s: %w", path, notAFile(st))
	}
	var p probed
	if exists && st.Size() > 0 {
		if p, err = probe(path); err != nil {
			return nil, err
		}
	}
	if exists && (!writable(path) || !writable(filepath.Dir(path))) {
		return nil, fmt.Errorf("open the library %s: %w: the file or its folder is read-only; make them writable, or choose another library", path, ErrCannotWrite)
	}
	if err := prepare(path, p, !exists); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open the library %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// OpenReadOnly opens an existing library only to read it (to export its
// notes, say), without creating, migrating or changing anything, and
// without leaving files beside it: it works where Parley may not write.
// It refuses what Open refuses, a library that does not exist
// (ErrNoLibrary), and one whose schema an older Parley wrote.
func OpenReadOnly(path string) (*Store, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("read the library %s: %w", path, ErrNoLibrary)
	case err != nil:
		return nil, fmt.Errorf("read the library %s: %w", path, unwrapPath(err))
	case !st.Mode().IsRegular():
		return nil, fmt.Errorf("read the library %s: %w", path, notAFile(st))
	case st.Size() == 0:
		return nil, fmt.Errorf("read the library %s: %w (the file is empty)", path, ErrNoLibrary)
	}
	p, err := probe(path)
	if err != nil {
		return nil, err
	}
	if p.empty {
		return nil, fmt.Errorf("read the library %s: %w (the database is empty)", path, ErrNoLibrary)
	}
	if p.version < latestVersion() {
		return nil, fmt.Errorf("read the library %s: an older Parley wrote it (schema %d); open it once in Parley with write access to bring it up to date", path, p.version)
	}
	db, err := sql.Open("sqlite3", readDSN(path, p.wal))
	if err != nil {
		return nil, fmt.Errorf("read the library %s: %w", path, err)
	}
	return &Store{db: db, path: path, readOnly: true}, nil
}

// readDSN is the connection string that reads path without writing
// anything: read-only, and for a WAL database with no -wal file beside it
// (so no writer has it open and every change is in the file) immutable,
// so that SQLite creates no -wal and -shm files either.
func readDSN(path string, wal bool) string {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_busy_timeout", "5000")
	if _, err := os.Stat(path + "-wal"); wal && errors.Is(err, os.ErrNotExist) {
		q.Set("immutable", "1")
	}
	return fileURL(path, q)
}

// probed is what probe learnt of a file.
type probed struct {
	version int   // PRAGMA user_version
	appID   int32 // PRAGMA application_id
	empty   bool  // an SQLite database with nothing in it
	wal     bool  // in WAL mode
}

// probe reads an existing, non-empty file without changing it or leaving
// anything beside it, and refuses it unless it is a Parley library this
// Parley can open, or an SQLite database with nothing in it: its header,
// its application_id, its user_version and tables (for a library written
// before Parley marked its files), and SQLite's integrity check.
func probe(path string) (probed, error) {
	var p probed
	head, err := readHeader(path)
	if err != nil {
		return p, err
	}
	p.wal = head[18] == 2 || head[19] == 2
	before := besideFiles(path)
	db, err := sql.Open("sqlite3", readDSN(path, p.wal))
	if err != nil {
		return p, fmt.Errorf("open the library %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	err = p.check(db, path)
	db.Close()
	if err != nil {
		removeCreated(path, before)
	}
	return p, err
}

// check reads the probed facts and decides.
func (p *probed) check(db *sql.DB, path string) error {
	if err := db.QueryRow("PRAGMA application_id").Scan(&p.appID); err != nil {
		return fmt.Errorf("open the library %s: %w", path, notSQLite(err))
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&p.version); err != nil {
		return fmt.Errorf("open the library %s: %w", path, notSQLite(err))
	}
	tables, err := tableNames(db)
	if err != nil {
		return fmt.Errorf("open the library %s: %w", path, notSQLite(err))
	}
	p.empty = len(tables) == 0 && p.version == 0
	switch {
	case p.appID == ApplicationID:
		if p.version > latestVersion() {
			return fmt.Errorf("open the library %s: %w (schema %d, this Parley knows %d)", path, ErrNewer, p.version, latestVersion())
		}
	case p.appID != 0:
		return fmt.Errorf("open %s: %w (its application id is %#x)", path, ErrNotParley, uint32(p.appID))
	case p.empty:
	case p.version < 1 || p.version > latestVersion() || !slices.Equal(tables, schemaTables()[p.version]):
		return fmt.Errorf("open %s: %w", path, ErrNotParley)
	}
	rows, err := db.Query("PRAGMA integrity_check(20)")
	if err != nil {
		return fmt.Errorf("check the library %s: %w", path, notSQLite(err))
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("check the library %s: %w", path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check the library %s: %w", path, notSQLite(err))
	}
	if len(problems) > 0 {
		return fmt.Errorf("check the library %s: %w: %s", path, ErrCorrupt, strings.Join(problems, "; "))
	}
	return nil
}

// tableNames lists a database's tables, in order.
func tableNames(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// schemaTables lists the tables of Parley's schema by version, as the
// migrations make them in a database in memory; it runs the migrations on
// first use, not when the program starts.
var schemaTables = sync.OnceValue(func() map[int][]string {
	byVersion := map[int][]string{}
	db, err := sql.Open("sqlite3", "file:parley-schema?mode=memory")
	if err == nil {
		db.SetMaxOpenConns(1)
		for _, m := range migrations() {
			if _, err = db.Exec(m.sql); err != nil {
				break
			}
			byVersion[m.version], _ = tableNames(db)
		}
		db.Close()
	}
	return byVersion
})

// readHeader reads the first 100 bytes of an SQLite file, refusing a file
// that does not start with SQLite's header.
func readHeader(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open the library %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read the library %s: %w", path, err)
	}
	if n < len(head) || !bytes.Equal(head[:len(sqliteMagic)], sqliteMagic) {
		return nil, fmt.Errorf("open %s: %w", path, ErrNotSQLite)
	}
	return head, nil
}

// besideFiles notes which of SQLite's companion files exist beside path.
func besideFiles(path string) map[string]bool {
	m := map[string]bool{}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		_, err := os.Stat(path + suffix)
		m[suffix] = err == nil
	}
	return m
}

// removeCreated removes the companion files of a refused file that were
// not there before it was probed.
func removeCreated(path string, before map[string]bool) {
	for suffix, existed := range before {
		if !existed {
			os.Remove(path + suffix)
		}
	}
}

// newLibraryFolder makes sure a new library can be created at path: its
// folder exists (it is made if need be) and Parley may write there.
func newLibraryFolder(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create the library %s: %w: its folder %s cannot be made (%v); choose another place for the library", path, ErrCannotWrite, dir, unwrapPath(err))
	}
	if !writable(dir) {
		return fmt.Errorf("create the library %s: %w: the folder %s is read-only; choose another place for the library", path, ErrCannotWrite, dir)
	}
	return nil
}

// prepare brings the library at path (probed as p; created says the file
// is new) up to date on a connection of its own that leaves the journal
// mode alone: a backup of an existing schema first, removed again if it
// could not be written whole; then each migration in its own transaction,
// the first marking the file as Parley's; or just the mark for a library
// written before there was one. A new file that could not be given a
// schema is removed.
func prepare(path string, p probed, created bool) (err error) {
	q := url.Values{}
	q.Set("_busy_timeout", "5000")
	q.Set("_foreign_keys", "on")
	q.Set("_txlock", "immediate")
	q.Set("_synchronous", "FULL")
	db, err := sql.Open("sqlite3", fileURL(path, q))
	if err != nil {
		return fmt.Errorf("open the library %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	defer db.Close()
	if created {
		defer func() {
			if err != nil && p.version == 0 {
				db.Close()
				for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
					os.Remove(path + suffix)
				}
			}
		}()
	}
	s := &Store{db: db, path: path}
	if err := s.checkFTS5(); err != nil {
		return err
	}
	if err := s.migrate(p.version, p.appID); err != nil {
		return fmt.Errorf("update the library %s: %w", path, err)
	}
	return nil
}

// unwrapPath drops the path and operation from an *fs.PathError, which the
// messages already name.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// notAFile says what a path that is not a regular file is.
func notAFile(st fs.FileInfo) error {
	switch m := st.Mode(); {
	case m.IsDir():
		return errors.New("it is a folder, not a file")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("it is a named pipe (FIFO), not a file")
	case m&fs.ModeDevice != 0:
		return errors.New("it is a device, not a file")
	}
	return errors.New("it is not a regular file")
}

// notSQLite maps SQLite's "file is not a database" error (SQLITE_NOTADB)
// to ErrNotSQLite.
func notSQLite(err error) error {
	if se, ok := errors.AsType[sqlite3.Error](err); ok && se.Code == sqlite3.ErrNotADB {
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

// ReadOnly reports whether the store was opened with OpenReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

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
