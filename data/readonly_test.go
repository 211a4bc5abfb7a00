package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-reader/parley/internal/nobody"
)

// TestReadOnlyPlacesAreSaidInWords: a new library in a read-only folder
// failed with "unable to open database file: no such file or directory",
// and an existing one there with "attempt to write a readonly database"
// (leaving -wal and -shm files where it could). Each now says what is
// wrong and what to do, and leaves nothing behind.
func TestReadOnlyPlacesAreSaidInWords(t *testing.T) {
	if nobody.Rerun(t) {
		return
	}
	dir := filepath.Join(t.TempDir(), "ro")
	existing := filepath.Join(dir, "parley.db")
	s, err := Open(existing)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		t.Skip("this user can write to a read-only folder")
	}
	before := snap(t, existing)
	for _, c := range []struct {
		path string
		says []string
	}{
		{filepath.Join(dir, "new.db"), []string{"read-only", dir, "choose another place"}},
		{filepath.Join(dir, "missing", "new.db"), []string{"cannot be made", "permission denied", "choose another place"}},
		{existing, []string{"read-only", "make them writable"}},
	} {
		_, err := Open(c.path)
		if !errors.Is(err, ErrCannotWrite) {
			t.Errorf("Open(%s) = %v, want ErrCannotWrite", c.path, err)
			continue
		}
		for _, w := range c.says {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Open(%s) = %q, which does not say %q", c.path, err, w)
			}
		}
		for _, jargon := range []string{"unable to open database file", "attempt to write"} {
			if strings.Contains(err.Error(), jargon) {
				t.Errorf("Open(%s) = %q: SQLite's words", c.path, err)
			}
		}
	}
	before.untouched(t, existing)
}
