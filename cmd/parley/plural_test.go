package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
)

// TestMessagesCountInSingular: one note imported is "1 note added", and
// one line of several without a tab "was not classified".
func TestMessagesCountInSingular(t *testing.T) {
	db := sampleLibrary(t, "The talks", compare.Meta{Party: "US"}, compare.Meta{Party: "DPRK"})
	// The first note of testdata/notes-in.json alone.
	b, err := os.ReadFile(filepath.Join("testdata", "notes-in.json"))
	if err != nil {
		t.Fatal(err)
	}
	var coll map[string]any
	if err := json.Unmarshal(b, &coll); err != nil {
		t.Fatal(err)
	}
	page := coll["first"].(map[string]any)
	page["items"] = page["items"].([]any)[:1]
	coll["total"] = 1
	if b, err = json.Marshal(coll); err != nil {
		t.Fatal(err)
	}
	out, _, err := runArgs(t, "", "notes", "import", "--db", db, "--comparison", "1", writeFile(t, "one.json", string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if want := "1 note added, 0 updated, 0 could not be placed in the text (kept as orphans)\n"; out != want {
		t.Errorf("notes import says %q, want %q", out, want)
	}

	for stdin, want := range map[string]string{
		"no tab\n":                  "1 of 1 line had no tab and was not classified",
		"a\tb\nno tab\n":            "1 of 2 lines had no tab and was not classified",
		"one\ntwo\nthe ceasefire\t": "2 of 3 lines had no tab and were not classified",
	} {
		_, stderr, err := runArgs(t, stdin, "classify")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stderr, want) {
			t.Errorf("classify %q says %q, want %q", stdin, stderr, want)
		}
	}
}
