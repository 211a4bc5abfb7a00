package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/internal/nobody"
)

// TestNotesValidatesBeforeOpening: `parley notes export --format bogus`
// created (and migrated) the default library before refusing its
// arguments. Every mistake in the arguments is refused first, and no
// library is created.
func TestNotesValidatesBeforeOpening(t *testing.T) {
	home := t.TempDir()
	t.Setenv(data.EnvDB, "")
	t.Setenv("XDG_DATA_HOME", home)
	notes := writeFile(t, "notes.json", "[]")
	for _, args := range [][]string{
		{"notes", "export", "--format", "bogus"},
		{"notes", "export", "--comparison", "-3"},
		{"notes", "export", "extra.json"},
		{"notes", "import", notes},
		{"notes", "import", "--comparison", "1"},
		{"notes", "import", "--comparison", "1", filepath.Join(home, "missing.json")},
		{"notes", "frobnicate"},
	} {
		_, _, err := runArgs(t, "", args...)
		if err == nil {
			t.Errorf("parley %s: no error", strings.Join(args, " "))
		}
		if _, err := os.Stat(filepath.Join(home, "parley")); err == nil {
			t.Fatalf("parley %s created the library folder before refusing", strings.Join(args, " "))
		}
	}
	// Nothing to export from a library that does not exist: it is not
	// created for that either.
	if out, errOut, err := runArgs(t, "", "notes", "export", "--format", "json"); err != nil || !strings.Contains(out, `"total": 0`) || !strings.Contains(errOut, "no library") {
		t.Errorf("export without a library: %v\n%s%s", err, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(home, "parley")); err == nil {
		t.Error("export created a library")
	}
}

// TestNotesExportFromReadOnlyFolder: exporting from a library in a folder
// Parley may not write to failed with "attempt to write a readonly
// database". Export only reads, and leaves no file beside the library.
func TestNotesExportFromReadOnlyFolder(t *testing.T) {
	if nobody.Rerun(t) {
		return
	}
	dir := filepath.Join(t.TempDir(), "shared")
	db := filepath.Join(dir, "parley.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, err := s.CreateComparison(ctx, "Talks", data.Document{Meta: compare.Meta{Party: "US"}, Body: "We made progress."},
		data.Document{Meta: compare.Meta{Party: "DPRK"}, Body: "It was regretful."})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddNote(ctx, data.Note{Comparison: c, Body: "a note in a read-only place", Targets: []data.Target{{Side: data.Left, Start: 3, End: 7}}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		t.Skip("this user can write to a read-only folder")
	}

	out, _, err := runArgs(t, "", "notes", "export", "--db", db)
	if err != nil || !strings.Contains(out, "a note in a read-only place") {
		t.Errorf("export from a read-only folder: %v\n%s", err, out)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the folder holds %v, want the library alone", names)
	}
	// Writing there says so in words.
	_, _, err = runArgs(t, "", "notes", "import", "--db", db, "--comparison", "1", writeFile(t, "n.json", "[]"))
	if err == nil || !strings.Contains(err.Error(), "read-only") || strings.Contains(err.Error(), "attempt to write") {
		t.Errorf("import into a read-only library: %v", err)
	}
}
