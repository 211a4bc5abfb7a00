package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// importWithin imports path, failing the test if the import has not
// returned after a while (a FIFO blocks open() until a writer comes: the
// test then plays the writer, so that the import returns and the test can
// end).
func importWithin(t *testing.T, path string) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Import(path)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(3 * time.Second):
		if w, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		<-done
		t.Fatalf("Import(%s) blocked until a writer opened the pipe", filepath.Base(path))
		return nil
	}
}

// TestImportRefusesWhatIsNotAFile: a named pipe given as a statement
// blocked in open() for ever, and a device read as an empty file. Both are
// refused before they are opened, with a sentence saying what they are.
func TestImportRefusesWhatIsNotAFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "statement.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	for _, c := range []struct{ path, says string }{
		{fifo, "named pipe"},
		{os.DevNull, "device"},
		{t.TempDir(), "folder"},
	} {
		err := importWithin(t, c.path)
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), c.says) || !strings.Contains(err.Error(), c.path) {
			t.Errorf("Import(%s) = %v, want ErrNotRegular naming the file and saying %q", c.path, err, c.says)
		}
	}
}
