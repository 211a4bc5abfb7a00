// Package share reads and writes .parley files: one comparison with its
// pairing corrections, the teacher's lesson and notes, handed from a
// teacher to a class. The notes travel as a W3C Web Annotation collection;
// whoever opens the file gets them as a read-only layer beside their own.
package share

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/lesson"
)

// Extension is the file name extension of shared comparisons.
const Extension = ".parley"

// formatVersion is the version of the file format this Parley writes.
const formatVersion = 1

// MaxBytes is the largest .parley file Parley reads (two statements of up
// to 20 MB each and their notes).
const MaxBytes = 48 << 20

// ErrNotShare reports a file that is not a shared Parley comparison.
var ErrNotShare = errors.New("the file is not a shared Parley comparison")

// ErrNewer reports a file written by a newer Parley.
var ErrNewer = errors.New("the file was shared by a newer version of Parley")

// Correction is one of the sharer's corrections to the pairing.
type Correction struct {
	Kind     string `json:"kind"`
	Left     []int  `json:"left"`
	Right    []int  `json:"right"`
	Relation string `json:"relation,omitempty"`
}

// Bundle is a shared comparison.
type Bundle struct {
	Parley      int                       `json:"parley"`
	Title       string                    `json:"title"`
	From        string                    `json:"from"` // who shared it; the name of the notes' layer
	Left        compare.Document          `json:"left"`
	Right       compare.Document          `json:"right"`
	Corrections []Correction              `json:"corrections,omitempty"`
	Lesson      *lesson.Plan              `json:"lesson,omitempty"`
	Notes       data.AnnotationCollection `json:"notes"`
}

// Write writes the bundle as a .parley file.
func Write(w io.Writer, b Bundle) error {
	b.Parley = formatVersion
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return fmt.Errorf("write the shared comparison: %w", err)
	}
	return nil
}

// ReadFile reads the .parley file at path as Read does, refusing anything
// that is not a regular file (a named pipe, a device, a folder) before
// opening it.
func ReadFile(path string) (Bundle, error) {
	f, err := importer.OpenFile(path)
	if err != nil {
		return Bundle{}, err
	}
	defer f.Close()
	b, err := Read(f)
	if err != nil {
		return b, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// Read reads a .parley file, refusing anything that is not one, or that a
// newer Parley wrote, with a sentence that says so.
func Read(r io.Reader) (Bundle, error) {
	var b Bundle
	raw, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return b, fmt.Errorf("read the shared comparison: %w", err)
	}
	if len(raw) > MaxBytes {
		return b, fmt.Errorf("%w: it is larger than %d MB", ErrNotShare, MaxBytes>>20)
	}
	if !utf8.Valid(raw) {
		return b, fmt.Errorf("%w: it is not UTF-8 text", ErrNotShare)
	}
	if err := json.Unmarshal(raw, &b); err != nil {
		return b, fmt.Errorf("%w: %v", ErrNotShare, err)
	}
	switch {
	case b.Parley == 0:
		return b, fmt.Errorf("%w: it has no Parley version", ErrNotShare)
	case b.Parley > formatVersion:
		return b, fmt.Errorf("%w (format %d; this Parley reads %d)", ErrNewer, b.Parley, formatVersion)
	case strings.TrimSpace(b.Left.Text) == "" || strings.TrimSpace(b.Right.Text) == "":
		return b, fmt.Errorf("%w: a statement is missing", ErrNotShare)
	}
	if b.Notes.First != nil {
		for i, a := range b.Notes.First.Items {
			if err := a.Check(); err != nil {
				return b, fmt.Errorf("%w: note %d (%s): %v", ErrNotShare, i+1, a.ID, err)
			}
		}
	}
	for _, c := range b.Corrections {
		if c.Kind != "pair" && c.Kind != "unpair" && c.Kind != "relation" && c.Kind != "reject" {
			return b, fmt.Errorf("%w: unknown correction %q", ErrNotShare, c.Kind)
		}
	}
	if strings.TrimSpace(b.From) == "" {
		b.From = "Shared notes"
	}
	// What the file says about its statements is cut to the length an
	// imported document keeps: a 2 MB party name froze the window.
	b.Title, b.From = clip(b.Title), clip(b.From)
	for _, m := range []*compare.Meta{&b.Left.Meta, &b.Right.Meta} {
		for _, f := range []*string{&m.Title, &m.Party, &m.Source, &m.Outlet, &m.Date, &m.Language} {
			*f = clip(*f)
		}
		if len(m.URL) > 2048 {
			m.URL = ""
		}
	}
	return b, nil
}

// clip cuts s to importer.MaxMetaLen code points, the last an ellipsis.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= importer.MaxMetaLen {
		return s
	}
	return strings.TrimRight(string([]rune(s)[:importer.MaxMetaLen-1]), " ") + "…"
}

// NotesJSON returns the bundle's notes as W3C annotation JSON, as
// data.Store.ImportLayer reads them.
func (b Bundle) NotesJSON() ([]byte, error) {
	return json.Marshal(b.Notes)
}
