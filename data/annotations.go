package data

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-reader/parley/anchor"
)

// AnnotationContext is the JSON-LD context of the W3C Web Annotation model.
const AnnotationContext = "http://www.w3.org/ns/anno.jsonld"

// AnnotationCollection is a W3C Web Annotation collection holding one page
// of annotations.
type AnnotationCollection struct {
	Context string          `json:"@context"`
	Type    string          `json:"type"`
	Label   string          `json:"label,omitempty"`
	Total   int             `json:"total"`
	First   *AnnotationPage `json:"first,omitempty"`
}

// AnnotationPage is a page of annotations.
type AnnotationPage struct {
	Context    string       `json:"@context,omitempty"`
	Type       string       `json:"type"`
	StartIndex int          `json:"startIndex"`
	Items      []Annotation `json:"items"`
}

// Annotation is one note in the W3C Web Annotation model. Parley adds two
// properties to a target, named by absolute IRIs as JSON-LD allows:
// "parley:side" (left or right) and "parley:claim" (the claim's id).
type Annotation struct {
	Context    string                      `json:"@context,omitempty"`
	ID         string                      `json:"id"`
	Type       string                      `json:"type"`
	Motivation string                      `json:"motivation,omitempty"`
	Creator    *Agent                      `json:"creator,omitempty"`
	Created    string                      `json:"created,omitempty"`
	Modified   string                      `json:"modified,omitempty"`
	Body       OneOrMany[AnnotationBody]   `json:"body,omitempty"`
	Target     OneOrMany[AnnotationTarget] `json:"target"`
	Stylesheet *Stylesheet                 `json:"stylesheet,omitempty"`
}

// Agent is who wrote an annotation, its "creator": a Person (or an
// Organization, or Software) with a name, an IRI (id), or both. An
// annotation may name its creator by IRI alone, as a string, or name
// several; Parley reads the first.
type Agent struct {
	ID   string `json:"id,omitempty"`
	Type string `json:"type"`
	Name string `json:"name,omitempty"`
}

// The kinds of Agent Parley keeps; any other is read as a Person.
const (
	Person       = "Person"
	Organization = "Organization"
	Software     = "Software"
)

// OwnCreator is the creator an export names on the reader's own notes:
// the library knows no name for its reader. Importing an annotation by
// OwnCreator (and no IRI) makes it the importing reader's own.
const OwnCreator = "You"

// maxCreatorLen is the longest creator's name Parley keeps, in code
// points; a longer one is cut, as a document's party is.
const maxCreatorLen = 200

// UnmarshalJSON reads an agent written as an object, as an IRI, or as a
// list of either (the first is kept). A creator of any other shape names
// no one, as it did before Parley read creators: the note is kept without.
func (a *Agent) UnmarshalJSON(b []byte) error {
	*a = Agent{}
	t := bytes.TrimLeft(b, " \t\r\n")
	switch {
	case len(t) == 0:
	case t[0] == '[':
		var many []json.RawMessage
		if json.Unmarshal(b, &many) == nil && len(many) > 0 {
			return a.UnmarshalJSON(many[0])
		}
	case t[0] == '"':
		if json.Unmarshal(b, &a.ID) != nil {
			a.ID = ""
		}
	case t[0] == '{':
		var v struct {
			ID   string            `json:"id"`
			Type OneOrMany[string] `json:"type"`
			Name string            `json:"name"`
		}
		if json.Unmarshal(b, &v) == nil {
			*a = Agent{ID: v.ID, Name: v.Name}
			if len(v.Type) > 0 {
				a.Type = v.Type[0]
			}
		}
	}
	return nil
}

// keep is the agent as a note keeps it: a known kind (else Person), a
// name of at most maxCreatorLen code points, an id only if it is a URI;
// the zero Agent for none, or for OwnCreator.
func (a *Agent) keep() Agent {
	if a == nil {
		return Agent{}
	}
	c := Agent{Type: a.Type, Name: strings.TrimSpace(a.Name), ID: a.ID}
	if c.Type != Organization && c.Type != Software {
		c.Type = Person
	}
	if utf8.RuneCountInString(c.Name) > maxCreatorLen {
		c.Name = strings.TrimRight(string([]rune(c.Name)[:maxCreatorLen-1]), " ") + "…"
	}
	if c.ID != "" && checkID(c.ID) != nil {
		c.ID = ""
	}
	if c.ID == "" && (c.Name == "" || c.Name == OwnCreator && c.Type == Person) {
		return Agent{}
	}
	return c
}

// AnnotationBody is a TextualBody: the note's Markdown (purpose commenting,
// format text/markdown) or one tag (purpose tagging).
type AnnotationBody struct {
	Type     string `json:"type"`
	Value    string `json:"value"`
	Format   string `json:"format,omitempty"`
	Purpose  string `json:"purpose,omitempty"`
	Language string `json:"language,omitempty"`
}

// AnnotationTarget is a SpecificResource: the document (urn:sha256: of its
// text) with a TextPositionSelector and a TextQuoteSelector, and the
// highlight colour as a styleClass.
type AnnotationTarget struct {
	Source     string              `json:"source"`
	Selector   OneOrMany[Selector] `json:"selector,omitempty"`
	StyleClass string              `json:"styleClass,omitempty"`
	Side       string              `json:"parley:side,omitempty"`
	Claim      *int                `json:"parley:claim,omitempty"`
	// Orphan marks a target Parley could not place in the text; its
	// selectors are those it was imported with, or where it was last seen.
	Orphan bool `json:"parley:orphan,omitempty"`
}

// Selector is a TextPositionSelector (Start, End) or a TextQuoteSelector
// (Exact, Prefix, Suffix).
type Selector struct {
	Type   string `json:"type"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

// Stylesheet is an embedded CSS stylesheet giving the highlight colours.
type Stylesheet struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

// OneOrMany is a list that JSON writes as an array and reads from an array
// or a single object, as the Web Annotation model allows for bodies,
// targets and selectors.
type OneOrMany[T any] []T

// UnmarshalJSON reads an array or a single object.
func (o *OneOrMany[T]) UnmarshalJSON(b []byte) error {
	if t := bytes.TrimLeft(b, " \t\r\n"); len(t) > 0 && (t[0] == '[' || t[0] == 'n') { // a list, or null
		var many []T
		if err := json.Unmarshal(b, &many); err != nil {
			return err
		}
		*o = many
		return nil
	}
	var one T
	if err := json.Unmarshal(b, &one); err != nil {
		return err
	}
	*o = OneOrMany[T]{one}
	return nil
}

// colourCSS is the stylesheet rule for each highlight colour.
var colourCSS = map[Colour]string{
	Yellow: ".yellow { background-color: #fff59d; }",
	Green:  ".green { background-color: #c5e1a5; }",
	Blue:   ".blue { background-color: #90caf9; }",
	Pink:   ".pink { background-color: #f8bbd0; }",
	Purple: ".purple { background-color: #ce93d8; }",
}

// Annotations converts notes to a W3C annotation collection.
func Annotations(sets []ComparisonNotes) AnnotationCollection {
	page := &AnnotationPage{Type: "AnnotationPage", Items: []Annotation{}}
	for _, set := range sets {
		for _, n := range set.Notes {
			page.Items = append(page.Items, annotation(set.Comparison, n))
		}
	}
	return AnnotationCollection{Context: AnnotationContext, Type: "AnnotationCollection",
		Label: "Parley notes", Total: len(page.Items), First: page}
}

// annotation converts one note.
func annotation(c LibraryEntry, n Note) Annotation {
	// Each annotation carries the context itself, so that it is a Web
	// Annotation on its own, taken out of the collection.
	creator := NoteCreator(n)
	a := Annotation{Context: AnnotationContext, ID: n.UID, Type: "Annotation", Creator: &creator, Created: n.CreatedAt, Modified: n.UpdatedAt,
		Body: OneOrMany[AnnotationBody]{}, Target: OneOrMany[AnnotationTarget]{}}
	switch {
	case n.Body != "":
		a.Motivation = "commenting"
		a.Body = append(a.Body, AnnotationBody{Type: "TextualBody", Value: n.Body, Format: "text/markdown", Purpose: "commenting"})
	case n.Colour != NoColour:
		a.Motivation = "highlighting"
	default:
		a.Motivation = "tagging"
	}
	for _, t := range n.Tags {
		a.Body = append(a.Body, AnnotationBody{Type: "TextualBody", Value: t, Purpose: "tagging"})
	}
	if n.Colour != NoColour {
		a.Stylesheet = &Stylesheet{Type: "CssStylesheet", Value: colourCSS[n.Colour]}
	}
	for _, t := range n.Targets {
		doc := c.Left
		if t.Side == Right {
			doc = c.Right
		}
		start, end := t.Start, t.End
		at := AnnotationTarget{Source: "urn:sha256:" + doc.Digest, StyleClass: string(n.Colour), Side: string(t.Side),
			Selector: OneOrMany[Selector]{
				{Type: "TextPositionSelector", Start: &start, End: &end},
				{Type: "TextQuoteSelector", Exact: t.Exact, Prefix: t.Prefix, Suffix: t.Suffix},
			}}
		if n.Kind != OnSpan {
			claim := t.Claim
			at.Claim = &claim
		}
		if t.State == anchor.Orphan {
			at.Orphan = true
			var imported OneOrMany[Selector]
			if json.Unmarshal([]byte(t.Imported), &imported) == nil && len(imported) > 0 {
				at.Selector = imported
			}
		}
		a.Target = append(a.Target, at)
	}
	return a
}

// ImportAnnotations merges W3C annotations (a collection, a page, a single
// annotation or an array of them, as Annotations writes) into a comparison,
// in one transaction, as the reader's own notes. An annotation whose id
// matches one of the reader's notes in the comparison updates it if it was
// modified later than the note; one whose id names a shared (read-only)
// note is left out; any other becomes a new note. Each target is
// re-anchored against the local text and counted as an orphan if it cannot
// be placed. A note the reader deleted stays deleted.
func (s *Store) ImportAnnotations(ctx context.Context, comparison int64, r io.Reader) (added, updated, orphans int, err error) {
	rep, err := s.ImportNotes(ctx, comparison, r, "")
	return rep.Added, rep.Updated, rep.Orphans, err
}

// ImportLayer imports annotations as ImportAnnotations does, into the named
// read-only layer: the notes that came with a shared comparison, kept
// apart from the reader's own. An empty layer imports the reader's own.
func (s *Store) ImportLayer(ctx context.Context, comparison int64, r io.Reader, layer string) (added, updated, orphans int, err error) {
	rep, err := s.ImportNotes(ctx, comparison, r, layer)
	return rep.Added, rep.Updated, rep.Orphans, err
}

// ImportReport says what an import did.
type ImportReport struct {
	Added   int // new notes
	Updated int // notes of the layer replaced by a later version
	Orphans int // of those, notes that could not be placed in the text
	// ReadOnly counts annotations of the reader's own import that name a
	// shared note: they are left out, and the shared note as it was.
	ReadOnly int
}

// ImportNotes imports annotations into a layer ("" for the reader's own)
// and reports what it did. An import only ever changes notes of its own
// layer: an annotation whose id a note of another layer already has is
// left out of the reader's own import (ReadOnly), and in a shared layer
// becomes that layer's note under an id of its own, derived from the
// layer and the annotation's id, so that importing it again finds it.
func (s *Store) ImportNotes(ctx context.Context, comparison int64, r io.Reader, layer string) (ImportReport, error) {
	var rep ImportReport
	items, err := readAnnotations(r)
	if err != nil {
		return rep, fmt.Errorf("import notes: %w", err)
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		texts, err := comparisonTexts(ctx, tx, comparison)
		if err != nil {
			return err
		}
		im, err := startImport(ctx, tx, comparison, texts)
		if err != nil {
			return err
		}
		defer im.close()
		for i, a := range items {
			n, err := noteFromAnnotation(a, texts)
			if err != nil {
				return fmt.Errorf("annotation %d (%s): %w", i+1, a.ID, err)
			}
			n.Comparison, n.Layer = comparison, layer
			result, err := im.merge(&n)
			if err != nil {
				return fmt.Errorf("annotation %d (%s): %w", i+1, a.ID, err)
			}
			switch result {
			case merged:
				rep.Added++
			case replaced:
				rep.Updated++
			case readOnly:
				rep.ReadOnly++
				continue
			default:
				continue
			}
			if slices.ContainsFunc(n.Targets, func(t Target) bool { return t.State == anchor.Orphan }) {
				rep.Orphans++
			}
		}
		return im.finish()
	})
	if err != nil {
		return ImportReport{}, fmt.Errorf("import notes into comparison %d: %w", comparison, err)
	}
	return rep, nil
}

// readAnnotations decodes the annotations in r.
func readAnnotations(r io.Reader) ([]Annotation, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxAnnotationsBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxAnnotationsBytes {
		return nil, fmt.Errorf("%w: the file is larger than %d MB", ErrTooLarge, MaxAnnotationsBytes>>20)
	}
	items, err := decodeAnnotations(b)
	if len(items) > MaxAnnotations {
		return nil, fmt.Errorf("%w: the file holds %d annotations; Parley imports at most %d at once", ErrTooLarge, len(items), MaxAnnotations)
	}
	return items, err
}

// decodeAnnotations decodes annotations as readAnnotations reads them.
func decodeAnnotations(b []byte) ([]Annotation, error) {
	var many []Annotation
	if err := json.Unmarshal(b, &many); err == nil {
		return many, nil
	}
	var doc struct {
		Type  string          `json:"type"`
		First json.RawMessage `json:"first"`
		Items []Annotation    `json:"items"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("the file is not Web Annotation JSON: %w", err)
	}
	switch doc.Type {
	case "AnnotationCollection":
		if len(doc.First) == 0 {
			return nil, nil
		}
		var page AnnotationPage
		if err := json.Unmarshal(doc.First, &page); err != nil {
			return nil, fmt.Errorf("the collection's first page cannot be read (only an embedded page is supported): %w", err)
		}
		return page.Items, nil
	case "AnnotationPage":
		return doc.Items, nil
	case "Annotation":
		var a Annotation
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, err
		}
		return []Annotation{a}, nil
	}
	return nil, fmt.Errorf("the file holds a %q, not annotations", doc.Type)
}

// noteFromAnnotation builds a note from an annotation, its targets
// re-anchored against the comparison's texts.
func noteFromAnnotation(a Annotation, texts sides) (Note, error) {
	n := Note{UID: a.ID, CreatedAt: stamp(a.Created), UpdatedAt: stamp(a.Modified), Kind: OnSpan, Creator: a.Creator.keep()}
	if err := checkID(a.ID); err != nil {
		return n, err
	}
	if n.UID == "" {
		n.UID = newUID()
	}
	var comments []string
	for _, b := range a.Body {
		switch b.Purpose {
		case "tagging":
			n.Tags = append(n.Tags, b.Value)
		case "highlighting":
			n.Colour = Colour(b.Value)
		default:
			comments = append(comments, b.Value)
		}
	}
	n.Body = strings.Join(comments, "\n\n")
	n.Tags = normaliseTags(n.Tags)
	if err := checkNoteSize(n.Body, n.Tags); err != nil {
		return n, err
	}
	if len(a.Target) == 0 || len(a.Target) > 2 {
		return n, fmt.Errorf("an annotation needs one or two targets, not %d", len(a.Target))
	}
	for _, at := range a.Target {
		if c := Colour(at.StyleClass); c != NoColour && c.Valid() {
			n.Colour = c
		}
		t, err := placeImported(at, texts)
		if err != nil {
			return n, err
		}
		if at.Claim != nil {
			// A claim is at least one code point of its side's text.
			if c := *at.Claim; c < 0 || c >= len(texts[t.Side].codePoints()) {
				return n, fmt.Errorf("it names claim %d, which the %s statement cannot have (claims are numbered from 0, and it has %d characters)", c, t.Side, len(texts[t.Side].codePoints()))
			}
			t.Claim = *at.Claim
			n.Kind = OnClaim
		}
		n.Targets = append(n.Targets, t)
	}
	if !n.Colour.Valid() {
		n.Colour = NoColour
	}
	if len(n.Targets) == 2 {
		n.Kind = OnPair
		slices.SortFunc(n.Targets, func(a, b Target) int { return strings.Compare(string(a.Side), string(b.Side)) })
		if n.Targets[0].Side != Left || n.Targets[1].Side != Right {
			return n, errors.New("an annotation with two targets needs one on each side")
		}
	}
	return n, nil
}

// placeImported re-anchors one imported target. Its side is the one whose
// text has the target's digest, else the one it names, else the one where
// its quote is found best.
func placeImported(at AnnotationTarget, texts sides) (Target, error) {
	var want anchor.Target
	hasQuote, hasPosition := false, false
	if len(at.Selector) > maxSelectors {
		return Target{}, fmt.Errorf("%w: a target has %d selectors; Parley reads at most %d", ErrTooLarge, len(at.Selector), maxSelectors)
	}
	longest := max(len(texts[Left].codePoints()), len(texts[Right].codePoints()))
	for _, sel := range at.Selector {
		if n := utf8.RuneCountInString(sel.Exact); n > longest {
			return Target{}, fmt.Errorf("%w: a quote is %d characters long, longer than either statement", ErrTooLarge, n)
		}
		if n := max(utf8.RuneCountInString(sel.Prefix), utf8.RuneCountInString(sel.Suffix)); n > maxSelectorContext {
			return Target{}, fmt.Errorf("%w: a quote's context is %d characters long; Parley reads at most %d", ErrTooLarge, n, maxSelectorContext)
		}
	}
	for _, sel := range at.Selector {
		switch sel.Type {
		case "TextPositionSelector":
			if sel.Start != nil && sel.End != nil {
				want.Position = anchor.TextPositionSelector{Start: *sel.Start, End: *sel.End}
				hasPosition = true
			}
		case "TextQuoteSelector":
			want.Quote = anchor.TextQuoteSelector{Exact: sel.Exact, Prefix: sel.Prefix, Suffix: sel.Suffix}
			hasQuote = sel.Exact != ""
		}
	}
	if !hasQuote && !hasPosition {
		return Target{}, errors.New("a target needs a TextQuoteSelector or a TextPositionSelector")
	}
	candidates := []Side{Left, Right}
	switch {
	case at.Source == "urn:sha256:"+texts[Left].digest:
		candidates = []Side{Left}
	case at.Source == "urn:sha256:"+texts[Right].digest:
		candidates = []Side{Right}
	case at.Side == string(Left) || at.Side == string(Right):
		candidates = []Side{Side(at.Side)}
	}
	var best Target
	for i, side := range candidates {
		t := resolveImported(texts[side].codePoints(), want, hasQuote)
		t.Side = side
		if i == 0 || t.State < best.State {
			best = t
		}
	}
	if best.State == anchor.Orphan {
		b, err := json.Marshal(at.Selector)
		if err != nil {
			return Target{}, err
		}
		best.Imported = string(b)
	}
	return best, nil
}

// resolveImported places want in text. Without a quote the position is
// taken as it is, if it fits.
func resolveImported(text []rune, want anchor.Target, hasQuote bool) Target {
	p := want.Position
	if !hasQuote {
		if p.Start >= 0 && p.Start < p.End && p.End <= len(text) {
			a := anchor.Make(text, p.Start, p.End)
			return Target{Start: p.Start, End: p.End, Exact: a.Quote.Exact, Prefix: a.Quote.Prefix, Suffix: a.Quote.Suffix, State: anchor.Exact}
		}
		return Target{State: anchor.Orphan}
	}
	start, end, state := anchor.ResolveRunes(text, want)
	if state == anchor.Orphan {
		q := want.Quote
		return Target{Start: start, End: end, Exact: q.Exact, Prefix: q.Prefix, Suffix: q.Suffix, State: state}
	}
	a := anchor.Make(text, start, end)
	return Target{Start: start, End: end, Exact: a.Quote.Exact, Prefix: a.Quote.Prefix, Suffix: a.Quote.Suffix, State: state}
}

// mergeResult says what noteImport.merge did with a note.
type mergeResult int

const (
	unchanged mergeResult = iota // the layer's note is as recent
	merged                       // a new note
	replaced                     // the layer's note, replaced by a later version
	readOnly                     // the id is another layer's note; nothing written
)

// noteImport writes the notes of one import into a comparison, in the
// import's transaction, with statements prepared once. It pauses the
// triggers that keep the notes' search index (notes_fts) in step, row by
// row, and at the end indexes every note it wrote in one statement, as
// the triggers would have.
type noteImport struct {
	ctx     context.Context
	tx      *sql.Tx
	docs    map[Side]int64
	known   map[string]knownNote // the comparison's notes by uid
	tags    map[string]int64     // tag ids by name, as written
	written []int64              // notes to index at the end
	indexed []int64              // of those, notes in the index already
	stmts   []*sql.Stmt

	insertNote, updatedAt, updateNote, deleteTargets, insertTag, tagID, deleteNoteTags *sql.Stmt
	// The notes, their targets and their tags are written a batch of rows
	// at a time, the notes under the ids SQLite would give them one by
	// one (the largest so far, plus one), from nextID on; or, in a library
	// whose ids come near the largest there is, one note at a time.
	notes, targets, noteTags *batch
	nextID                   int64
}

// batchRows is how many rows a batch writes in one statement.
const batchRows = 100

// The INSERT of a note and the values of one, which without times of
// creation or change is given the time of the insert.
const (
	insertNoteSQL = `INSERT INTO notes (id, uid, comparison_id, kind, body, colour, created_at, updated_at, layer,
		creator_name, creator_id, creator_type)`
	insertNoteRow = `(?, ?, ?, ?, ?, ?, coalesce(nullif(?, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
		coalesce(nullif(?, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ?, ?, ?, ?)`
)

// batch gathers rows of one table and writes them with one INSERT of many
// rows.
type batch struct {
	insert string    // the INSERT, up to VALUES
	row    string    // the placeholders of one row
	width  int       // values in a row
	full   *sql.Stmt // the INSERT of batchRows rows
	args   []any
}

// newBatch prepares the INSERT of a full batch of rows of width values,
// each row written as row.
func (im *noteImport) newBatch(insert, row string, width int) (*batch, error) {
	b := &batch{insert: insert, width: width, row: row}
	var err error
	b.full, err = im.tx.PrepareContext(im.ctx, b.sql(batchRows))
	if err != nil {
		return nil, err
	}
	im.stmts = append(im.stmts, b.full)
	return b, nil
}

// sql is the INSERT of n rows.
func (b *batch) sql(n int) string {
	return b.insert + " VALUES " + strings.TrimSuffix(strings.Repeat(b.row+", ", n), ", ")
}

// add adds a row, writing the batch once it is full. The import's
// foreign keys are checked when it commits, so that a batch of targets
// may be written before the batch of notes they belong to.
func (im *noteImport) add(b *batch, row ...any) error {
	b.args = append(b.args, row...)
	if len(b.args) < batchRows*b.width {
		return nil
	}
	return im.flush(b)
}

// placeholders is the row of n placeholders.
func placeholders(n int) string {
	return "(" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
}

// flush writes the rows gathered.
func (im *noteImport) flush(b *batch) error {
	var err error
	switch n := len(b.args) / b.width; n {
	case 0:
		return nil
	case batchRows:
		_, err = b.full.ExecContext(im.ctx, b.args...)
	default:
		_, err = im.tx.ExecContext(im.ctx, b.sql(n), b.args...)
	}
	b.args = b.args[:0]
	return err
}

// knownNote is what an import needs of a note with a given uid.
type knownNote struct {
	id               int64
	updatedAt, layer string
	fresh            bool // written by this import, not yet indexed
}

// startImport pauses the index triggers and prepares the statements of an
// import into comparison.
func startImport(ctx context.Context, tx *sql.Tx, comparison int64, texts sides) (*noteImport, error) {
	im := &noteImport{ctx: ctx, tx: tx, known: map[string]knownNote{}, tags: map[string]int64{},
		docs: map[Side]int64{Left: texts[Left].doc, Right: texts[Right].doc}}
	rows, err := tx.QueryContext(ctx, `SELECT uid, id, updated_at, layer FROM notes WHERE comparison_id = ?`, comparison)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var uid string
		var k knownNote
		if err := rows.Scan(&uid, &k.id, &k.updatedAt, &k.layer); err != nil {
			return nil, err
		}
		im.known[uid] = k
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO notes_fts_paused (paused) VALUES (1)`); err != nil {
		return nil, err
	}
	// Until the commit, which turns it off again.
	if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys = ON`); err != nil {
		return nil, err
	}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&im.insertNote, insertNoteSQL + " VALUES " + insertNoteRow},
		{&im.updatedAt, `SELECT updated_at FROM notes WHERE id = ?`},
		{&im.updateNote, `UPDATE notes SET kind = ?, body = ?, colour = ?, updated_at = ?, creator_name = ?, creator_id = ?, creator_type = ?
			WHERE id = ?`},
		{&im.deleteTargets, `DELETE FROM note_targets WHERE note_id = ?`},
		{&im.insertTag, `INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING`},
		{&im.tagID, `SELECT id FROM tags WHERE name = ?`},
		{&im.deleteNoteTags, `DELETE FROM note_tags WHERE note_id = ?`},
	} {
		if *p.stmt, err = tx.PrepareContext(ctx, p.sql); err != nil {
			im.close()
			return nil, err
		}
		im.stmts = append(im.stmts, *p.stmt)
	}
	var last int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM notes`).Scan(&last); err != nil {
		im.close()
		return nil, err
	}
	if last < math.MaxInt64-MaxAnnotations {
		im.nextID = last + 1
		if im.notes, err = im.newBatch(insertNoteSQL, insertNoteRow, 12); err != nil {
			im.close()
			return nil, err
		}
	}
	if im.targets, err = im.newBatch(`INSERT INTO note_targets (note_id, side, doc_id, cp_start, cp_end, exact, prefix, suffix, claim, state, imported)`, placeholders(11), 11); err != nil {
		im.close()
		return nil, err
	}
	if im.noteTags, err = im.newBatch(`INSERT OR IGNORE INTO note_tags (note_id, tag_id)`, placeholders(2), 2); err != nil {
		im.close()
		return nil, err
	}
	return im, nil
}

// close closes the import's statements.
func (im *noteImport) close() {
	for _, st := range im.stmts {
		st.Close()
	}
	im.stmts = nil
}

// merge inserts n into its layer, or replaces the layer's note with its
// uid if n was modified later. A note of another layer is never touched:
// see ImportNotes.
func (im *noteImport) merge(n *Note) (mergeResult, error) {
	k, ok := im.known[n.UID]
	if ok && k.layer != n.Layer {
		if n.Layer == "" {
			return readOnly, nil
		}
		// The shared note keeps its own id in its layer.
		n.UID = layerUID(n.Layer, n.UID)
		if k, ok = im.known[n.UID]; ok && k.layer != n.Layer {
			return readOnly, nil
		}
	}
	if !ok {
		if err := im.insert(n); err != nil {
			return unchanged, err
		}
		// A note without a time of change was given the time of its
		// insert, which is read if the import names the note again.
		im.known[n.UID] = knownNote{id: n.ID, updatedAt: n.UpdatedAt, layer: n.Layer, fresh: true}
		im.written = append(im.written, n.ID)
		return merged, im.writeParts(n, false)
	}
	if k.updatedAt == "" {
		if err := im.flushAll(); err != nil {
			return unchanged, err
		}
		if err := im.updatedAt.QueryRowContext(im.ctx, k.id).Scan(&k.updatedAt); err != nil {
			return unchanged, err
		}
	}
	if !later(n.UpdatedAt, k.updatedAt) {
		return unchanged, nil
	}
	n.ID = k.id
	if _, err := im.updateNote.ExecContext(im.ctx, n.Kind, n.Body, n.Colour, n.UpdatedAt, n.Creator.Name, n.Creator.ID, n.Creator.Type, n.ID); err != nil {
		return unchanged, err
	}
	if !k.fresh {
		im.written = append(im.written, n.ID)
		im.indexed = append(im.indexed, n.ID)
		k.fresh = true
	}
	k.updatedAt = n.UpdatedAt
	im.known[n.UID] = k
	return replaced, im.writeParts(n, true)
}

// insert writes the note n, without its targets and tags, and sets n.ID.
func (im *noteImport) insert(n *Note) error {
	if im.notes != nil {
		n.ID = im.nextID
		im.nextID++
		return im.add(im.notes, n.ID, n.UID, n.Comparison, n.Kind, n.Body, n.Colour, n.CreatedAt, n.UpdatedAt, n.Layer,
			n.Creator.Name, n.Creator.ID, n.Creator.Type)
	}
	res, err := im.insertNote.ExecContext(im.ctx, nil, n.UID, n.Comparison, n.Kind, n.Body, n.Colour, n.CreatedAt, n.UpdatedAt, n.Layer,
		n.Creator.Name, n.Creator.ID, n.Creator.Type)
	if err != nil {
		return err
	}
	n.ID, err = res.LastInsertId()
	return err
}

// writeParts writes n's targets and tags, replacing those it had.
func (im *noteImport) writeParts(n *Note, had bool) error {
	if had {
		// The rows gathered may be the note's own, from earlier in the
		// import.
		if err := im.flushAll(); err != nil {
			return err
		}
		if _, err := im.deleteTargets.ExecContext(im.ctx, n.ID); err != nil {
			return err
		}
		if _, err := im.deleteNoteTags.ExecContext(im.ctx, n.ID); err != nil {
			return err
		}
	}
	for _, t := range n.Targets {
		var claim sql.NullInt64
		if n.Kind != OnSpan {
			claim = sql.NullInt64{Int64: int64(t.Claim), Valid: true}
		}
		if err := im.add(im.targets, n.ID, t.Side, im.docs[t.Side], t.Start, t.End, t.Exact, t.Prefix, t.Suffix,
			claim, t.State.String(), t.Imported); err != nil {
			return err
		}
	}
	for _, name := range n.Tags {
		id, ok := im.tags[name]
		if !ok {
			if _, err := im.insertTag.ExecContext(im.ctx, name); err != nil {
				return err
			}
			if err := im.tagID.QueryRowContext(im.ctx, name).Scan(&id); err != nil {
				return err
			}
			im.tags[name] = id
		}
		if err := im.add(im.noteTags, n.ID, id); err != nil {
			return err
		}
	}
	return nil
}

// flushAll writes the rows gathered of every batch, the notes first.
func (im *noteImport) flushAll() error {
	if im.notes != nil {
		if err := im.flush(im.notes); err != nil {
			return err
		}
	}
	if err := im.flush(im.targets); err != nil {
		return err
	}
	return im.flush(im.noteTags)
}

// finish indexes the notes the import wrote, in one statement, with what
// the paused triggers would have put in the index (their body, quotes and
// tags), and resumes the triggers.
func (im *noteImport) finish() error {
	if err := im.flushAll(); err != nil {
		return err
	}
	written, err := json.Marshal(im.written)
	if err != nil {
		return err
	}
	indexed, err := json.Marshal(im.indexed)
	if err != nil {
		return err
	}
	if len(im.indexed) > 0 {
		if _, err := im.tx.ExecContext(im.ctx, `DELETE FROM notes_fts WHERE rowid IN (SELECT value FROM json_each(?))`, indexed); err != nil {
			return err
		}
	}
	if len(im.written) > 0 {
		_, err := im.tx.ExecContext(im.ctx, `INSERT INTO notes_fts (rowid, body, quote, tags)
			SELECT n.id, n.body,
				coalesce((SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = n.id), ''),
				coalesce((SELECT group_concat(t.name, ' ') FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = n.id), '')
			FROM notes n WHERE n.id IN (SELECT value FROM json_each(?)) ORDER BY n.id`, written)
		if err != nil {
			return err
		}
	}
	_, err = im.tx.ExecContext(im.ctx, `DELETE FROM notes_fts_paused`)
	return err
}

// layerUID is the id a shared layer's note takes when its own id is taken
// by a note of another layer: a name-based UUID (version 5 layout) of the
// layer and the id, the same every time.
func layerUID(layer, uid string) string {
	h := sha256.Sum256([]byte("parley layer\x00" + layer + "\x00" + uid))
	b := h[:16]
	b[6] = b[6]&0x0f | 0x50
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// stamp rewrites an RFC 3339 time in the library's form (UTC, milliseconds),
// or returns "" (meaning now) for one that cannot be read.
func stamp(s string) string {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

// later reports whether the time a is after b. A time that cannot be read
// is taken as older, so that an import never overwrites a note on a guess.
func later(a, b string) bool {
	ta, errA := time.Parse(time.RFC3339Nano, a)
	tb, errB := time.Parse(time.RFC3339Nano, b)
	if errA != nil {
		return false
	}
	return errB != nil || ta.After(tb)
}
