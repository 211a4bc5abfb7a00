package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// rawDB runs statements on a plain connection to the file at path, as
// another program (or an older Parley) would, and closes it.
func rawDB(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%.60s: %v", s, err)
		}
	}
}

// snapshot is a file's bytes and the names of the files beside it.
type snapshot struct {
	content []byte
	beside  []string
}

func snap(t *testing.T, path string) snapshot {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return snapshot{b, names}
}

// untouched fails the test if the file or its folder changed since s.
func (s snapshot) untouched(t *testing.T, path string) {
	t.Helper()
	now := snap(t, path)
	if !bytes.Equal(now.content, s.content) {
		t.Errorf("%s was modified (header bytes 18-19 %v, were %v)", filepath.Base(path), now.content[18:20], s.content[18:20])
	}
	if fmt.Sprint(now.beside) != fmt.Sprint(s.beside) {
		t.Errorf("the folder held %v and now holds %v", s.beside, now.beside)
	}
}

// parleySchema is every migration up to version v, without Parley's mark:
// a library written before Parley marked its files.
func parleySchema(v int) []string {
	var stmts []string
	for _, m := range migrations()[:v] {
		stmts = append(stmts, m.sql)
	}
	return append(stmts, fmt.Sprintf("PRAGMA user_version = %d", v))
}

// TestAnotherProgramsDatabaseIsRefusedUntouched: an SQLite file of another
// program was converted into a library (20 tables added, user_version 4,
// WAL). It is refused, and neither it nor its folder changes, whether it
// is in rollback or WAL mode, and whatever its user_version says.
func TestAnotherProgramsDatabaseIsRefusedUntouched(t *testing.T) {
	for name, stmts := range map[string][]string{
		"rollback":        {"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO customers (name) VALUES ('Ada')"},
		"wal":             {"PRAGMA journal_mode = WAL", "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO customers (name) VALUES ('Ada')"},
		"user_version 3":  {"CREATE TABLE notes (x)", "PRAGMA user_version = 3"},
		"other app id":    append(parleySchema(latestVersion()), "PRAGMA application_id = 1234"),
		"newer, unmarked": {"CREATE TABLE future (x)", "PRAGMA user_version = 999"},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "other.db")
			rawDB(t, path, stmts...)
			before := snap(t, path)
			s, err := Open(path)
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, ErrNotParley) {
				t.Errorf("Open = %v, want ErrNotParley", err)
			}
			before.untouched(t, path)
		})
	}
}

// TestNewerLibraryIsRefusedUntouched: a library a newer Parley wrote (it
// carries Parley's mark) is refused as newer, untouched.
func TestNewerLibraryIsRefusedUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "future.db")
	rawDB(t, path, "PRAGMA journal_mode = WAL", "CREATE TABLE future (x)", "PRAGMA user_version = 999",
		fmt.Sprintf("PRAGMA application_id = %d", ApplicationID))
	before := snap(t, path)
	if _, err := Open(path); !errors.Is(err, ErrNewer) {
		t.Errorf("Open = %v, want ErrNewer", err)
	}
	if _, err := OpenReadOnly(path); !errors.Is(err, ErrNewer) {
		t.Errorf("OpenReadOnly = %v, want ErrNewer", err)
	}
	before.untouched(t, path)
}

// TestLibrariesCarryParleysMark: a new library, an empty file and an empty
// SQLite database become libraries with PRAGMA application_id set, and a
// library written before Parley marked its files (Parley's schema and
// user_version, no mark) opens, keeps its data, and gets the mark.
func TestLibrariesCarryParleysMark(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	emptySQLite := filepath.Join(dir, "empty-sqlite.db")
	rawDB(t, emptySQLite, "VACUUM")
	legacy := filepath.Join(dir, "legacy.db")
	rawDB(t, legacy, append(parleySchema(latestVersion()),
		`INSERT INTO documents (id, body, digest) VALUES (1, 'a', 'x'), (2, 'b', 'y')`,
		`INSERT INTO comparisons (id, title, left_doc, right_doc) VALUES (1, 'Old talks', 1, 2)`)...)
	older := filepath.Join(dir, "older.db")
	rawDB(t, older, parleySchema(latestVersion()-1)...)

	for _, path := range []string{filepath.Join(dir, "new.db"), empty, emptySQLite, legacy, older} {
		s, err := Open(path)
		if err != nil {
			t.Errorf("Open(%s) = %v", filepath.Base(path), err)
			continue
		}
		var id int32
		if err := s.db.QueryRow("PRAGMA application_id").Scan(&id); err != nil || id != ApplicationID {
			t.Errorf("%s: application_id = %#x, %v; want %#x", filepath.Base(path), id, err, ApplicationID)
		}
		if v, _ := s.Version(); v != latestVersion() {
			t.Errorf("%s: version %d, want %d", filepath.Base(path), v, latestVersion())
		}
		if path == legacy {
			if es, _ := s.Library(context.Background(), ""); len(es) != 1 || es[0].Title != "Old talks" {
				t.Errorf("the legacy library's comparisons = %+v", es)
			}
		}
		s.Close()
	}
}

// TestDamagedIndexIsRefused: a library whose notes index no longer
// matches its table passed quick_check and exported garbled ids. Opening
// runs integrity_check and refuses it, untouched.
func TestDamagedIndexIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c := newComparison(t, s, "Talks")
	for i := range 20 {
		noteOn(t, s, c, Left, "progress", fmt.Sprintf("note %d", i))
	}
	s.Close()
	// Point the unique index on (comparison_id, uid) at other columns:
	// its entries no longer match the rows, which only integrity_check
	// reads.
	rawDB(t, path, "PRAGMA writable_schema = ON",
		`UPDATE sqlite_schema SET sql = 'CREATE INDEX notes_live ON notes(uid, deleted_at)' WHERE name = 'notes_live'`,
		"PRAGMA writable_schema = OFF")
	before := snap(t, path)
	if s, err := Open(path); !errors.Is(err, ErrCorrupt) {
		if err == nil {
			s.Close()
		}
		t.Errorf("Open = %v, want ErrCorrupt", err)
	}
	if s, err := OpenReadOnly(path); !errors.Is(err, ErrCorrupt) {
		if err == nil {
			s.Close()
		}
		t.Errorf("OpenReadOnly = %v, want ErrCorrupt", err)
	}
	before.untouched(t, path)
}

// envFullDisk names the library a child of TestFullDiskChangesNothing
// opens with its file size limited.
const envFullDisk = "PARLEY_TEST_FULL_DISK_DB"

// TestFullDiskChild is the child of TestFullDiskChangesNothing: it opens
// the library with writes limited to half its size, as on a full disk,
// and prints the error. Run on its own it does nothing.
func TestFullDiskChild(t *testing.T) {
	path := os.Getenv(envFullDisk)
	if path == "" {
		t.Skip("runs only as the child of TestFullDiskChangesNothing")
	}
	limit, _ := strconv.ParseUint(os.Getenv(envFullDisk+"_LIMIT"), 10, 64)
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err == nil {
		s.Close()
	}
	fmt.Printf("error: %v\n", err)
}

// TestFullDiskChangesNothing: a failed migration on a full disk left the
// library in WAL mode and a 0-byte backup beside it. The journal mode is
// now left alone until the schema is up to date, and a backup that could
// not be written is removed: the folder is as it was.
func TestFullDiskChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process")
	}
	path := filepath.Join(t.TempDir(), "old.db")
	stmts := parleySchema(latestVersion() - 1)
	for i := range 300 {
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO documents (body, digest) VALUES ('%s', 'd%d')`, strings.Repeat("statement ", 100), i))
	}
	rawDB(t, path, stmts...)
	before := snap(t, path)
	cmd := exec.Command(os.Args[0], "-test.run=^TestFullDiskChild$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), envFullDisk+"="+path, fmt.Sprintf("%s_LIMIT=%d", envFullDisk, len(before.content)/2))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "error: ") || strings.Contains(string(out), "error: <nil>") {
		t.Fatalf("the library opened on a full disk:\n%s", out)
	}
	t.Logf("child: %s", out[strings.Index(string(out), "error: "):])
	before.untouched(t, path)
}
