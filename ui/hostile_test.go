package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/ui/reading"
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

func TestRefusalsAreWrittenToStandardErrorOneLineEach(t *testing.T) {
	var log bytes.Buffer
	refusalLog = &log
	t.Cleanup(func() { refusalLog = os.Stderr })
	r := newTestReader(t, nil)
	fifo := filepath.Join(t.TempDir(), "lesson.parley")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	r.OpenSharedFile(fifo)
	r.showError("The notes could not be read", errors.New("first line\nsecond line"))
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "named pipe") || !strings.Contains(lines[1], "first line second line") {
		t.Errorf("standard error has %q, want one line for each refusal", log.String())
	}
}

func TestATooLongNoteIsRefusedInWordsAndKeptInTheEditor(t *testing.T) {
	saved := false
	f := newNoteForm(data.Note{}, "“quote”", func(string, func([]string)) {}, func(string, data.Colour, []string) { saved = true })
	f.body.SetText(strings.Repeat("word ", data.MaxNoteLen/5+1))
	err := f.apply()
	var p problem
	if !errors.As(err, &p) || !strings.Contains(p.detail, "at most 20000") || !strings.Contains(p.title, "too long") {
		t.Errorf("apply = %v, want a problem saying the note is too long", err)
	}
	if saved {
		t.Error("a note longer than a note holds was handed to the store")
	}
	f.body.SetText("Short.")
	if err := f.apply(); err != nil || !saved {
		t.Errorf("a short note: apply = %v, saved %v", err, saved)
	}
}

func TestImportedNotesSayHowManySharedNotesWereLeftAlone(t *testing.T) {
	msg := importedNotes(data.ImportReport{Added: 2, ReadOnly: 3})
	if !strings.Contains(msg, "3 left out") || !strings.Contains(msg, "read-only") {
		t.Errorf("the status line says %q, want the 3 read-only notes named", msg)
	}
}

func TestAHugePartyNameIsClippedToWhatTheHeaderShows(t *testing.T) {
	huge := strings.Repeat("Ministry of Very Long Names ", 2<<20/28) // 2 MB
	left, right := police, witness
	left.Party, right.Title, right.Outlet = huge, huge, huge
	r := openReaderOn(t, nil, left, right)
	for side, p := range r.panes {
		if n := utf8.RuneCountInString(p.party.Text) + utf8.RuneCountInString(p.meta.Text); n > 3*maxHeaderLen+2 {
			t.Errorf("side %d: the header holds %d characters of a 2 MB name, want what it can show", side, n)
		}
	}
	if !strings.HasPrefix(r.panes[reading.Left].party.Text, "Ministry of Very Long Names") {
		t.Errorf("the header shows %.40q, want the name's start", r.panes[reading.Left].party.Text)
	}
	warn := claimContaining(t, r, reading.Left, "three clear warnings")
	r.tapped(reading.Left, warn.Start)
	if n := len(r.details.verdict.String()) + len(r.details.diff.String()); n > 10*maxHeaderLen+2000 {
		t.Errorf("the details strip holds %d bytes with a 2 MB party name", n)
	}
}

func TestClipKeepsWholeCodePoints(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{{"short", 10, "short"}, {"전부 다 말했다", 4, "전부 다…"}, {"abcdef", 3, "abc…"}, {"", 3, ""}} {
		if got := clip(c.s, c.n); got != c.want {
			t.Errorf("clip(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
