package ui

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
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
