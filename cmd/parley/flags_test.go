package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-reader/parley/data"
)

// TestFlagsAfterFileNames: `parley FILE.parley --db X` failed as "expected
// two files ... got 3", as did every subcommand given its flags after its
// files. Flags are read wherever they stand, and "--" ends them.
func TestFlagsAfterFileNames(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "library.db")
	left := writeFile(t, "left.txt", "We made progress on almost all of the central issues.")
	right := writeFile(t, "right.txt", "The talks were regrettable and no progress was made.")

	out, _, err := runArgs(t, "", "compare", left, right, "--format", "md")
	if err != nil || !strings.HasPrefix(out, "#") {
		t.Errorf("compare LEFT RIGHT --format md: %v\n%.80s", err, out)
	}
	out, _, err = runArgs(t, "", "split", left, "--format", "md")
	if err != nil || strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Errorf("split ARTICLE --format md: %v\n%.80s", err, out)
	}
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, _, err = runArgs(t, "", "notes", "import", writeFile(t, "n.json", "[]"), "--comparison", "7", "--db", db)
	if err == nil || !strings.Contains(err.Error(), "comparison 7") {
		t.Errorf("notes import FILE --comparison 7 --db X: %v, want the missing comparison 7", err)
	}
	// The window's own arguments: a shared file that is not there, and a
	// statement that is empty, are refused for what they are (before any
	// window opens), not for the flags after them.
	_, _, err = runArgs(t, "", filepath.Join(dir, "missing.parley"), "--db", db, "--present")
	if err == nil || !strings.Contains(err.Error(), "missing.parley") || strings.Contains(err.Error(), "expected two files") {
		t.Errorf("parley X.parley --db DB --present: %v", err)
	}
	empty := writeFile(t, "empty.txt", "")
	_, _, err = runArgs(t, "", empty, right, "--present", "--db", db)
	if err == nil || !strings.Contains(err.Error(), "empty") || strings.Contains(err.Error(), "expected two files") {
		t.Errorf("parley LEFT RIGHT --present --db DB: %v", err)
	}
	// After "--" everything is a file name.
	_, _, err = runArgs(t, "", "compare", "--", left, "--format")
	if err == nil || !strings.Contains(err.Error(), "--format") {
		t.Errorf("compare -- LEFT --format: %v, want --format read as a file name", err)
	}
}
