package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-reader/parley/compare"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenCreatesFileWithSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nested", "folder", "parley.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file not created: %v", err)
	}
	v, err := s.Version()
	if err != nil || v != latestVersion() {
		t.Fatalf("schema version = %d, %v; want %d", v, err, latestVersion())
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
}

func TestFTS5IsCompiledIn(t *testing.T) {
	s := openTemp(t)
	if _, err := s.db.Exec("CREATE VIRTUAL TABLE temp.probe USING fts5(body)"); err != nil {
		t.Fatalf("fts5 unavailable (build with -tags sqlite_fts5): %v", err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	id, err := s.CreateComparison(ctx, "Talks", Document{Meta: compare.Meta{Party: "US"}, Body: "We made progress."},
		Document{Meta: compare.Meta{Party: "DPRK"}, Body: "It was so regretful — 정말."})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Comparison(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Talks" || c.Left.Party != "US" || c.Right.Body != "It was so regretful — 정말." {
		t.Errorf("reopened comparison = %+v", c)
	}
	if found, ok, err := s.FindComparison(ctx, "We made progress.", "It was so regretful — 정말."); err != nil || !ok || found != id {
		t.Errorf("FindComparison = %d, %v, %v; want %d", found, ok, err, id)
	}
	if _, ok, _ := s.FindComparison(ctx, "We made progress.", "Something else."); ok {
		t.Error("FindComparison matched different texts")
	}
	if _, err := s.Comparison(ctx, id+100); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing comparison error = %v, want ErrNotFound", err)
	}
}

func TestRefusesFileThatIsNotSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	content := []byte("these are my precious notes, not a database\n")
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	if !errors.Is(err, ErrNotSQLite) {
		t.Fatalf("Open(text file) error = %v, want ErrNotSQLite", err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, content) {
		t.Error("the refused file was modified")
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Error("a WAL file was created beside the refused file")
	}
}

// TestRefusesDamagedHeader: a file that begins as SQLite's do but whose
// header SQLite cannot read is refused as not a library: SQLite's own
// SQLITE_NOTADB, told by its code rather than by its words.
func TestRefusesDamagedHeader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "damaged.db")
	content := append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xff}, 4096)...)
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	if !errors.Is(err, ErrNotSQLite) {
		t.Fatalf("Open(damaged header) error = %v, want ErrNotSQLite", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
		t.Error("the refused file was modified")
	}
}

func TestRefusesNewerDatabaseUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "future.db")
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("CREATE TABLE future (x); PRAGMA user_version = 999; PRAGMA application_id = %d", ApplicationID)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)

	_, err = Open(path)
	if !errors.Is(err, ErrNewer) {
		t.Fatalf("Open(newer db) error = %v, want ErrNewer", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the newer database was modified")
	}
}

func TestEmptyFileBecomesDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open(empty file) = %v", err)
	}
	s.Close()
}

func TestMigrationBacksUpOldSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	// A database at schema 1 whose user_version was wound back to simulate
	// an older Parley: apply migration 1 by hand.
	if _, err := db.Exec(migrations()[0].sql + "; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if latestVersion() == 1 {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if _, err := os.Stat(path + ".bak-v1"); err == nil {
			t.Error("backup written although no migration was pending")
		}
		return
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path + ".bak-v1"); err != nil {
		t.Errorf("no backup before migrating: %v", err)
	}
}

func TestCorrectionsRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	id, err := s.CreateComparison(ctx, "t", Document{Body: "a"}, Document{Body: "b"})
	if err != nil {
		t.Fatal(err)
	}
	want := []Correction{
		{Kind: "pair", Left: []int{0}, Right: []int{3, 4}},
		{Kind: "relation", Left: []int{0}, Right: []int{3, 4}, Relation: "contradict"},
		{Kind: "reject", Left: []int{5}, Right: []int{6}},
		{Kind: "unpair", Left: []int{2}, Right: []int{1}},
	}
	var ids []int64
	for _, c := range want {
		cid, err := s.AddCorrection(ctx, id, c)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, cid)
	}
	if err := s.DeleteCorrection(ctx, ids[3]); err != nil {
		t.Fatal(err)
	}
	got, err := s.Corrections(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[1].Relation != "contradict" || len(got[0].Right) != 2 || got[0].Right[1] != 4 || got[2].Kind != "reject" {
		t.Errorf("corrections = %+v", got)
	}
	if _, err := s.AddCorrection(ctx, id, Correction{Kind: "shrug"}); err == nil {
		t.Error("a correction of unknown kind was accepted")
	}
}

func TestDSNEscapesPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a folder?with#odd chars")
	s, err := Open(filepath.Join(dir, "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(filepath.Join(dir, "parley.db")); err != nil {
		t.Errorf("database not at the escaped path: %v", err)
	}
}

func TestDefaultPathHonoursEnv(t *testing.T) {
	t.Setenv(EnvDB, "/tmp/custom.db")
	if p, _ := DefaultPath(); p != "/tmp/custom.db" {
		t.Errorf("DefaultPath = %q", p)
	}
	t.Setenv(EnvDB, "")
	t.Setenv("XDG_DATA_HOME", "/xdg")
	if p, _ := DefaultPath(); p != "/xdg/parley/parley.db" {
		t.Errorf("DefaultPath = %q", p)
	}
}
