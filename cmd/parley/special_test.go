package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNamedPipesAreRefused: a named pipe given as a shared comparison or
// as a statement blocked in open() for ever. Parley refuses it before
// opening it, and before opening (or creating) the library.
func TestNamedPipesAreRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "library.db")
	good := writeFile(t, "good.txt", "The ceasefire held for thirty days.")
	for _, name := range []string{"lesson.parley", "statement.txt"} {
		fifo := filepath.Join(dir, name)
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
		args := []string{"--db", db, fifo}
		if name == "statement.txt" {
			args = append(args, good)
		}
		done := make(chan error, 1)
		go func() {
			_, _, err := runArgs(t, "", args...)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "named pipe") || !strings.Contains(err.Error(), name) {
				t.Errorf("parley %s: error %v, want one naming the file as a named pipe", name, err)
			}
		case <-time.After(3 * time.Second):
			if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
				w.Close()
			}
			t.Fatalf("parley %s blocked until a writer opened the pipe", name)
		}
		if _, err := os.Stat(db); err == nil {
			t.Errorf("parley %s created the library before refusing the file", name)
		}
	}
}
