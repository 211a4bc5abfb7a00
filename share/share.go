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
	"reflect"
	"strconv"
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

// Statement is one side of a shared comparison as the .parley format holds
// it: its own type, so that the file format changes only when this package
// says so, whatever becomes of compare.Document.
type Statement struct {
	Title    string `json:"title"`
	Party    string `json:"party"`
	Source   string `json:"source,omitempty"`
	Outlet   string `json:"outlet,omitempty"`
	URL      string `json:"url,omitempty"`
	Date     string `json:"date,omitempty"`
	Language string `json:"language,omitempty"`
	Text     string `json:"text"`
}

// StatementOf is the statement of a document.
func StatementOf(d compare.Document) Statement {
	return Statement{Title: d.Title, Party: d.Party, Source: d.Source, Outlet: d.Outlet, URL: d.URL,
		Date: d.Date, Language: d.Language, Text: d.Text}
}

// Document is the statement as a document to compare.
func (s Statement) Document() compare.Document {
	return compare.Document{Meta: compare.Meta{Title: s.Title, Party: s.Party, Source: s.Source, Outlet: s.Outlet,
		URL: s.URL, Date: s.Date, Language: s.Language}, Text: s.Text}
}

// Bundle is a shared comparison.
type Bundle struct {
	Parley      int                       `json:"parley"`
	Title       string                    `json:"title"`
	From        string                    `json:"from"` // who shared it; the name of the notes' layer
	Left        Statement                 `json:"left"`
	Right       Statement                 `json:"right"`
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
	// The version first, so that a file from a newer Parley is said to be
	// one whatever else it holds.
	var head struct {
		Parley json.RawMessage `json:"parley"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return b, fmt.Errorf("%w: %s", ErrNotShare, jsonProblem(err))
	}
	version, err := formatOf(head.Parley)
	if err != nil {
		return b, err
	}
	if err := json.Unmarshal(raw, &b); err != nil {
		return b, fmt.Errorf("%w: %s", ErrNotShare, jsonProblem(err))
	}
	b.Parley = version
	if err := b.validate(); err != nil {
		return b, fmt.Errorf("%w: %v", ErrNotShare, err)
	}
	if strings.TrimSpace(b.From) == "" {
		b.From = "Shared notes"
	}
	// What the file says about its statements is cut to the length an
	// imported document keeps: a 2 MB party name froze the window.
	b.Title, b.From = clip(b.Title), clip(b.From)
	for _, m := range []*Statement{&b.Left, &b.Right} {
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

// Limits on what a .parley may ask of the window.
const (
	maxLessonItems = 10000 // pairs in a lesson
	maxCorrections = 10000 // corrections to the pairing
	maxClaimList   = 1000  // claims one correction or lesson item names on a side
)

// formatOf reads the "parley" version: a whole number from 1 to the
// version this Parley writes.
func formatOf(raw json.RawMessage) (int, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return 0, fmt.Errorf("%w: it has no Parley version", ErrNotShare)
	}
	var n json.Number
	if t := strings.TrimSpace(string(raw)); t == "" || !strings.ContainsRune("-0123456789", rune(t[0])) || json.Unmarshal(raw, &n) != nil {
		return 0, fmt.Errorf("%w: its \"parley\" is %s, %s; a .parley file gives its format version as a number, such as %d",
			ErrNotShare, clipJSON(raw), jsonKind(raw), formatVersion)
	}
	v, err := strconv.Atoi(n.String())
	switch {
	case err != nil:
		return 0, fmt.Errorf("%w: its format version %s is not a whole number", ErrNotShare, n)
	case v < 1:
		return 0, fmt.Errorf("%w: its format version %d is not one Parley writes (they start at 1)", ErrNotShare, v)
	case v > formatVersion:
		return 0, fmt.Errorf("%w (format %d; this Parley reads %d)", ErrNewer, v, formatVersion)
	}
	return v, nil
}

// validate refuses what no Parley writes: a missing or binary statement,
// corrections and lesson items naming claims the statements cannot have,
// more of them than a window can show, and notes Parley would not keep.
func (b *Bundle) validate() error {
	sides := map[string]string{"left": b.Left.Text, "right": b.Right.Text}
	length := map[string]int{}
	for _, side := range []string{"left", "right"} {
		text := sides[side]
		switch {
		case strings.TrimSpace(text) == "":
			return errors.New("a statement is missing")
		case strings.ContainsRune(text, 0):
			return fmt.Errorf("the %s statement contains a NUL character, which text does not", side)
		case len(text) > importer.MaxText:
			return fmt.Errorf("the %s statement is longer than %d MB", side, importer.MaxText>>20)
		}
		length[side] = utf8.RuneCountInString(text)
	}
	// A claim holds at least one character of its statement.
	claims := func(what, side string, ids []int) error {
		if len(ids) > maxClaimList {
			return fmt.Errorf("%s names %d claims on the %s; at most %d", what, len(ids), side, maxClaimList)
		}
		for _, id := range ids {
			if id < 0 {
				return fmt.Errorf("%s names claim %d on the %s; claims are numbered from 0", what, id, side)
			}
			if id >= length[side] {
				return fmt.Errorf("%s names claim %d on the %s, which a statement of %d characters cannot have", what, id, side, length[side])
			}
		}
		return nil
	}
	if len(b.Corrections) > maxCorrections {
		return fmt.Errorf("it has %d corrections; at most %d", len(b.Corrections), maxCorrections)
	}
	for i, c := range b.Corrections {
		if c.Kind != "pair" && c.Kind != "unpair" && c.Kind != "relation" && c.Kind != "reject" {
			return fmt.Errorf("unknown correction %q", c.Kind)
		}
		what := fmt.Sprintf("correction %d", i+1)
		if err := claims(what, "left", c.Left); err != nil {
			return err
		}
		if err := claims(what, "right", c.Right); err != nil {
			return err
		}
	}
	if b.Lesson != nil {
		if n := len(b.Lesson.Items); n > maxLessonItems {
			return fmt.Errorf("its lesson has %d items; a lesson has at most %d", n, maxLessonItems)
		}
		for i, it := range b.Lesson.Items {
			what := fmt.Sprintf("lesson item %d", i+1)
			if err := claims(what, "left", it.Left); err != nil {
				return err
			}
			if err := claims(what, "right", it.Right); err != nil {
				return err
			}
		}
	}
	if b.Notes.First != nil {
		for i, a := range b.Notes.First.Items {
			if err := a.Check(); err != nil {
				return fmt.Errorf("note %d: %v", i+1, err)
			}
		}
	}
	return nil
}

// jsonProblem words an error of encoding/json as a sentence about the file.
func jsonProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("it is not valid JSON (near byte %d)", syntax.Offset)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			return fmt.Sprintf("it holds %s where an object is expected", article(typ.Value))
		}
		return fmt.Sprintf("its %q is %s, where %s is expected", field, article(typ.Value), typeWords(typ.Type))
	}
	return err.Error()
}

// article puts "a" or "an" before a JSON kind ("string", "number", …).
func article(kind string) string {
	if kind == "array" || kind == "object" {
		return "an " + kind
	}
	return "a " + kind
}

// typeWords names what a Go type holds, for a reader.
func typeWords(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list"
	}
	return "an object"
}

// jsonKind names the kind of a JSON value.
func jsonKind(raw json.RawMessage) string {
	switch t := strings.TrimSpace(string(raw)); {
	case strings.HasPrefix(t, `"`):
		return "a string"
	case strings.HasPrefix(t, "["):
		return "a list"
	case strings.HasPrefix(t, "{"):
		return "an object"
	case t == "true" || t == "false":
		return "true or false"
	}
	return "not a number"
}

// clipJSON shortens a JSON value for a message.
func clipJSON(raw json.RawMessage) string {
	s := strings.TrimSpace(string(raw))
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}

// NotesJSON returns the bundle's notes as W3C annotation JSON, as
// data.Store.ImportLayer reads them.
func (b Bundle) NotesJSON() ([]byte, error) {
	return json.Marshal(b.Notes)
}
