// Package share reads and writes .parley files: one comparison with its
// pairing corrections, the teacher's lesson and notes, handed from a
// teacher to a class. The notes travel as a W3C Web Annotation collection;
// whoever opens the file gets them as a read-only layer beside their own.
package share

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
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

// MaxBytes is the largest .parley file Parley reads: two statements of up
// to importer.MaxText (8 MB) each and up to data.MaxAnnotations notes (150,000 notes of a
// few lines each are about 170 MB). Read decodes the file as it reads it,
// so a file this large costs what its notes hold, not a copy of the file.
const MaxBytes = 256 << 20

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

// Write writes the bundle as a .parley file. Its notes that
// data.Annotations names as the reader's own (by data.OwnCreator) are
// named as by the sharer, b.From.
func Write(w io.Writer, b Bundle) error {
	b.Parley = formatVersion
	b.Notes = byWhomShared(b.Notes, strings.TrimSpace(b.From))
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return fmt.Errorf("write the shared comparison: %w", err)
	}
	return nil
}

// byWhomShared is the notes with those by data.OwnCreator named as by
// from; the notes handed in are left as they were.
func byWhomShared(notes data.AnnotationCollection, from string) data.AnnotationCollection {
	if notes.First == nil || from == "" {
		return notes
	}
	page := *notes.First
	page.Items = slices.Clone(page.Items)
	for i, a := range page.Items {
		if c := a.Creator; c != nil && c.ID == "" && c.Name == data.OwnCreator {
			page.Items[i].Creator = &data.Agent{Type: c.Type, Name: from}
		}
	}
	notes.First = &page
	return notes
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
// newer Parley wrote, with a sentence that says so. The file is decoded as
// it is read, a note at a time, so that reading it costs what it holds:
// never more than MaxBytes of file and data.MaxAnnotations notes.
func Read(r io.Reader) (Bundle, error) {
	var b Bundle
	in := &checkedReader{r: r}
	d := &decoder{dec: json.NewDecoder(in)}
	members, err := d.bundle(&b.Notes)
	if err == nil {
		// Nothing may follow the bundle.
		if _, end := d.dec.Token(); end != io.EOF {
			err = cmp.Or(end, error(&json.SyntaxError{Offset: d.dec.InputOffset()}))
		}
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, errTooLarge):
		return Bundle{}, fmt.Errorf("%w: it is larger than %d MB", ErrNotShare, MaxBytes>>20)
	case errors.Is(err, errNotUTF8):
		return Bundle{}, fmt.Errorf("%w: it is not UTF-8 text", ErrNotShare)
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return Bundle{}, fmt.Errorf("%w: it is not valid JSON (it ends at byte %d, before the comparison does)", ErrNotShare, in.n)
	case errors.As(err, &syntax) || errors.As(err, &typ):
		return Bundle{}, fmt.Errorf("%w: %s", ErrNotShare, jsonProblem(err))
	case err != nil:
		return Bundle{}, fmt.Errorf("read the shared comparison: %w", err)
	}
	// The version first, so that a file from a newer Parley is said to be
	// one whatever else it holds.
	var head struct {
		Parley json.RawMessage `json:"parley"`
	}
	if err := json.Unmarshal(members, &head); err != nil {
		return b, fmt.Errorf("%w: %s", ErrNotShare, jsonProblem(err))
	}
	version, err := formatOf(head.Parley)
	if err != nil {
		return b, err
	}
	notes := b.Notes
	if err := json.Unmarshal(members, &b); err != nil {
		return b, fmt.Errorf("%w: %s", ErrNotShare, jsonProblem(err))
	}
	b.Notes = notes
	if d.shape != nil {
		return b, fmt.Errorf("%w: %s", ErrNotShare, jsonProblem(d.shape))
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

// Errors of the reader under the decoder, which Read words for a reader.
var (
	errTooLarge = errors.New("larger than MaxBytes")
	errNotUTF8  = errors.New("not UTF-8")
)

// checkedReader reads at most MaxBytes from r, all of it UTF-8: anything
// more, or bytes that are not UTF-8, is an error.
type checkedReader struct {
	r     io.Reader
	n     int64  // bytes read
	carry []byte // the start of a code point the last read cut in two
	buf   []byte
}

func (c *checkedReader) Read(p []byte) (int, error) {
	if left := MaxBytes + 1 - c.n; int64(len(p)) > left {
		p = p[:left] // one byte past the limit says the file is beyond it
	}
	n, err := c.r.Read(p)
	if c.n += int64(n); c.n > MaxBytes {
		return 0, errTooLarge
	}
	chunk := p[:n]
	if len(c.carry) > 0 {
		c.buf = append(append(c.buf[:0], c.carry...), chunk...)
		chunk = c.buf
	}
	// A code point cut off at the end is checked with the next read.
	cut := len(chunk)
	for i := len(chunk) - 1; i >= 0 && i >= len(chunk)-utf8.UTFMax; i-- {
		if utf8.RuneStart(chunk[i]) {
			if !utf8.FullRune(chunk[i:]) {
				cut = i
			}
			break
		}
	}
	if !utf8.Valid(chunk[:cut]) {
		return 0, errNotUTF8
	}
	c.carry = append(c.carry[:0], chunk[cut:]...)
	if err == io.EOF && len(c.carry) > 0 {
		return 0, errNotUTF8
	}
	return n, err
}

// decoder reads a bundle a value at a time. A value of the wrong shape
// (text where a number belongs) is kept in shape, the first one only, and
// the rest of the file read on, so that a newer Parley's file is told by
// its version whatever its notes hold.
type decoder struct {
	dec   *json.Decoder
	shape error
}

// wrongShape keeps the first value of the wrong shape.
func (d *decoder) wrongShape(err error) {
	if d.shape == nil {
		d.shape = err
	}
}

// bundle reads the bundle's object. Its notes are decoded into notes as
// they are read; every other member is handed back as a JSON object of
// its own, to be decoded into a Bundle.
func (d *decoder) bundle(notes *data.AnnotationCollection) ([]byte, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return nil, err
	}
	if tok == nil {
		return []byte("{}"), nil // null: no version, said as such
	}
	if tok != json.Delim('{') {
		return nil, &json.UnmarshalTypeError{Value: tokenKind(tok), Type: reflect.TypeFor[Bundle]()}
	}
	var rest object
	err = d.members(&rest, func(key string) (bool, error) {
		if !strings.EqualFold(key, "notes") {
			return false, nil
		}
		*notes = data.AnnotationCollection{}
		return true, d.collection(notes)
	})
	return rest.bytes(), err
}

// members reads the members of an object whose '{' is read, handing each
// key to value, which reads the value and says so, or leaves it to be
// copied into rest.
func (d *decoder) members(rest *object, value func(key string) (bool, error)) error {
	for d.dec.More() {
		tok, err := d.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		read, err := value(key)
		if err != nil {
			return err
		}
		if !read {
			var raw json.RawMessage
			if err := d.dec.Decode(&raw); err != nil {
				return err
			}
			rest.add(key, raw)
		}
	}
	_, err := d.dec.Token() // '}'
	return err
}

// collection reads the notes' collection, streaming its first page.
func (d *decoder) collection(c *data.AnnotationCollection) error {
	tok, err := d.dec.Token()
	if err != nil || tok == nil {
		return err
	}
	if tok != json.Delim('{') {
		return d.mismatch(tok, "notes", reflect.TypeFor[data.AnnotationCollection]())
	}
	var rest object
	err = d.members(&rest, func(key string) (bool, error) {
		if !strings.EqualFold(key, "first") {
			return false, nil
		}
		c.First = nil
		return true, d.page(c)
	})
	if err != nil {
		return err
	}
	var tmp Bundle
	if err := json.Unmarshal(nest(rest.bytes(), "notes"), &tmp); err != nil {
		d.wrongShape(err)
	}
	tmp.Notes.First = c.First
	*c = tmp.Notes
	return nil
}

// page reads the collection's first page, an annotation at a time.
func (d *decoder) page(c *data.AnnotationCollection) error {
	tok, err := d.dec.Token()
	if err != nil || tok == nil {
		return err
	}
	if tok != json.Delim('{') {
		return d.mismatch(tok, "notes.first", reflect.TypeFor[data.AnnotationPage]())
	}
	p := &data.AnnotationPage{}
	var rest object
	err = d.members(&rest, func(key string) (bool, error) {
		if !strings.EqualFold(key, "items") {
			return false, nil
		}
		p.Items = nil
		return true, d.items(p)
	})
	if err != nil {
		return err
	}
	var tmp Bundle
	if err := json.Unmarshal(nest(rest.bytes(), "notes", "first"), &tmp); err != nil {
		d.wrongShape(err)
	}
	if tmp.Notes.First != nil {
		tmp.Notes.First.Items = p.Items
		p = tmp.Notes.First
	}
	c.First = p
	return nil
}

// items reads a page's annotations, one at a time, refusing more than
// data.MaxAnnotations of them.
func (d *decoder) items(p *data.AnnotationPage) error {
	tok, err := d.dec.Token()
	if err != nil || tok == nil {
		return err
	}
	if tok != json.Delim('[') {
		return d.mismatch(tok, "notes.first.items", reflect.TypeFor[[]data.Annotation]())
	}
	p.Items = []data.Annotation{}
	for d.dec.More() {
		if len(p.Items) == data.MaxAnnotations {
			d.wrongShape(fmt.Errorf("it has more than %d notes; a shared comparison holds at most %d", data.MaxAnnotations, data.MaxAnnotations))
			var skip json.RawMessage
			if err := d.dec.Decode(&skip); err != nil {
				return err
			}
			continue
		}
		var a data.Annotation
		if err := d.dec.Decode(&a); err != nil {
			var typ *json.UnmarshalTypeError
			if !errors.As(err, &typ) {
				return err
			}
			typ.Field = strings.TrimSuffix("notes.first.items."+typ.Field, ".")
			d.wrongShape(typ)
		}
		p.Items = append(p.Items, a)
	}
	_, err = d.dec.Token() // ']'
	return err
}

// mismatch skips the value that tok starts, which is not of type t, and
// keeps that as the field's wrong shape.
func (d *decoder) mismatch(tok json.Token, field string, t reflect.Type) error {
	d.wrongShape(&json.UnmarshalTypeError{Value: tokenKind(tok), Type: t, Field: field})
	return d.skip(tok)
}

// skip reads the rest of the value that tok starts.
func (d *decoder) skip(tok json.Token) error {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := d.dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// tokenKind names the kind of JSON value tok starts, as encoding/json
// names them.
func tokenKind(tok json.Token) string {
	switch tok.(type) {
	case string:
		return "string"
	case float64, json.Number:
		return "number"
	case bool:
		return "bool"
	}
	if tok == json.Delim('[') {
		return "array"
	}
	return "object"
}

// object builds a JSON object from members read one by one.
type object struct{ b []byte }

// add appends the member key: value.
func (o *object) add(key string, value json.RawMessage) {
	if len(o.b) == 0 {
		o.b = append(o.b, '{')
	} else {
		o.b = append(o.b, ',')
	}
	k, _ := json.Marshal(key)
	o.b = append(append(append(o.b, k...), ':'), value...)
}

// bytes is the object.
func (o *object) bytes() []byte {
	if len(o.b) == 0 {
		return []byte("{}")
	}
	return append(o.b, '}')
}

// nest puts value at path in objects, {"a":{"b":value}}, so that decoding
// it into a Bundle names a field of the wrong shape by its whole path.
func nest(value []byte, path ...string) []byte {
	var out []byte
	for _, k := range path {
		out = append(out, `{"`+k+`":`...)
	}
	out = append(out, value...)
	for range path {
		out = append(out, '}')
	}
	return out
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
