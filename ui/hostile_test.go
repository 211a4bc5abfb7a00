package ui

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/parley-reader/parley/importer"
)

// returnsSoon runs f and fails the test if it has not returned in a few
// seconds (a named pipe opened for reading waits for a writer for ever).
func returnsSoon(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s still waits on a named pipe after 5 s", what)
	}
}

func TestANamedPipeIsRefusedNotWaitedOn(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "lesson.parley")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	r := newTestReader(t, nil)
	returnsSoon(t, "OpenSharedFile", func() { r.OpenSharedFile(fifo) })
	if r.opening.share != nil {
		t.Error("a named pipe was taken for a shared comparison")
	}
	returnsSoon(t, "a dropped file", func() {
		r.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(fifo)})
	})
	r.lib.flush()
	if r.model != nil {
		t.Error("a dropped named pipe opened a comparison")
	}
}

func TestACancelledImportStopsAndSaysSo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "police.txt")
	if err := os.WriteFile(path, []byte(police.Text), 0o600); err != nil {
		t.Fatal(err)
	}
	r := newTestReader(t, nil)
	// The reader presses Cancel as the import starts.
	r.background = func(job func()) {
		r.opening.importing.cancel()
		job()
	}
	opened := false
	r.importFiles([]string{path}, func([]importer.Doc) { opened = true })
	if opened {
		t.Error("a cancelled import was opened")
	}
	if got := r.status.text.Text; !strings.Contains(got, "cancelled") {
		t.Errorf("the status line says %q, want that the import was cancelled", got)
	}
	if r.opening.importing != nil {
		t.Error("the cancelled import is still under way")
	}
	// Without Cancel the same file imports.
	r.background = func(job func()) { job() }
	r.importFiles([]string{path}, func([]importer.Doc) { opened = true })
	if !opened {
		t.Error("the import was not opened")
	}
}
