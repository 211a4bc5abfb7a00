package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
			path := filepath.Join("testdata", "golden", "sample."+format)
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
			if out != string(want) {
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
						t.Fatalf("%s differs from %s at line %d:\n got: %.200s\nwant: %.200s\n(go test ./cmd/parley -run Golden -update accepts the change)", format, path, i+1, g, e)
					}
				}
			}
		})
	}
}
