package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
)

// update rewrites the golden files instead of comparing with them:
// go test ./cmd/parley -run Golden -update.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestCompareGolden pins the output of `parley compare` on the built-in
// sample in each format a reader or another program may keep: a change in
// the engine or the formats shows here as a diff to look at, and -update
// accepts it.
func TestCompareGolden(t *testing.T) {
	for _, format := range []string{"json", "md", "html"} {
		t.Run(format, func(t *testing.T) {
			out, _, err := runArgs(t, "", "compare", "--format", format, "../../assets/sample/left.txt", "../../assets/sample/right.txt")
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "golden", "sample."+format), out)
		})
	}
}

// TestNotesExportGolden pins `parley notes export` in each format: the
// notes of testdata/notes-in.json (a comment with tags, a highlight, and a
// highlighted comment that starts like a spreadsheet formula) are imported
// into a library holding the built-in sample, then exported. The JSON is
// the W3C Web Annotation collection other programs and a later Parley
// read; the CSV goes to spreadsheets. A change to either shows here, and
// -update accepts it.
func TestNotesExportGolden(t *testing.T) {
	db := sampleLibrary(t, "The talks of July 2018", compare.Meta{Party: "US", Title: "Remarks"}, compare.Meta{Party: "DPRK", Outlet: "KCNA"})
	if out, _, err := runArgs(t, "", "notes", "import", "--db", db, "--comparison", "1", filepath.Join("testdata", "notes-in.json")); err != nil {
		t.Fatalf("notes import: %v\n%s", err, out)
	}
	for _, format := range []string{"json", "csv", "md"} {
		t.Run(format, func(t *testing.T) {
			out, _, err := runArgs(t, "", "notes", "export", "--db", db, "--format", format)
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "golden", "notes."+format), out)
		})
	}
}

// checkGolden compares out with the golden file at path, or with -update
// writes it there.
func checkGolden(t *testing.T, path, out string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/parley -run Golden -update to write it)", err)
	}
	if out == string(want) {
		return
	}
	got, exp := strings.Split(out, "\n"), strings.Split(string(want), "\n")
	for i := range max(len(got), len(exp)) {
		var g, e string
		if i < len(got) {
			g = got[i]
		}
		if i < len(exp) {
			e = exp[i]
		}
		if g != e {
			t.Fatalf("output differs from %s at line %d:\n got: %.200s\nwant: %.200s\n(go test ./cmd/parley -run Golden -update accepts the change)", path, i+1, g, e)
		}
	}
}

// sampleLibrary is a new library, in a temporary folder, holding the
// built-in sample as comparison 1 under the given title and sources.
func sampleLibrary(t *testing.T, title string, left, right compare.Meta) (db string) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "parley.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var texts [2]string
	for i, side := range [2]string{"left", "right"} {
		b, err := os.ReadFile("../../assets/sample/" + side + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = string(b)
	}
	if _, err := s.CreateComparison(context.Background(), title,
		data.Document{Meta: left, Body: texts[0]}, data.Document{Meta: right, Body: texts[1]}); err != nil {
		t.Fatal(err)
	}
	return db
}
