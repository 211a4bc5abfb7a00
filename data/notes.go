package data

import (
	"cmp"
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/parley-reader/parley/anchor"
)

// Side names one of a comparison's two texts.
type Side string

// The two sides of a comparison.
const (
	Left  Side = "left"
	Right Side = "right"
)

// NoteKind says what a note is on.
type NoteKind string

// The things a note can be on.
const (
	OnSpan  NoteKind = "span"  // a span of one side's text
	OnClaim NoteKind = "claim" // one claim, on one side
	OnPair  NoteKind = "pair"  // a pair of claims: one target on each side
)

// Colour is a highlight colour, kept by name. The empty Colour is no
// highlight.
type Colour string

// The highlight colours.
const (
	NoColour Colour = ""
	Yellow   Colour = "yellow"
	Green    Colour = "green"
	Blue     Colour = "blue"
	Pink     Colour = "pink"
	Purple   Colour = "purple"
)

// Palette lists the highlight colours in the order the UI offers them.
var Palette = []Colour{Yellow, Green, Blue, Pink, Purple}

// Valid reports whether c is no colour or one of the Palette.
func (c Colour) Valid() bool { return c == NoColour || slices.Contains(Palette, c) }

// Target is a note's place on one side: code points [Start, End) of that
// side's NFC text, with the quote and its context as kept when the note was
// made or last re-anchored.
type Target struct {
	Side  Side
	Start int
	End   int
	// Claim is the claim's id, for a note on a claim or a pair.
	Claim int
	// Exact, Prefix and Suffix are the quote and up to anchor.ContextLen
	// code points around it; the store fills them.
	Exact  string
	Prefix string
	Suffix string
	// State says how the anchor was last placed; an orphan's Start and End
	// are where it was last seen and Exact is the text it was written on.
	State anchor.State
	// Imported holds, for an imported target that could not be placed,
	// the selectors it came with as a JSON array, which an export hands
	// back as they were; it is empty for every other target.
	Imported string
}

// Note is a reader's note or highlight on a comparison.
type Note struct {
	ID int64
	// UID is the note's stable id in exported annotations, a urn:uuid.
	UID        string
	Comparison int64
	Kind       NoteKind
	// Targets holds one target, or for a pair two: left, then right.
	Targets []Target
	// Body is Markdown, empty for a pure highlight.
	Body   string
	Colour Colour
	Tags   []string
	// CreatedAt, UpdatedAt and DeletedAt are UTC times in ISO 8601;
	// DeletedAt is empty for a note that is not deleted.
	CreatedAt string
	UpdatedAt string
	DeletedAt string
	// Layer is empty for the reader's own notes; notes that came in a
	// shared comparison carry the name of who shared them and are
	// read-only.
	Layer string
	// Creator is who wrote the note, as an imported annotation named
	// them; the zero Agent for the reader's own notes, and for shared
	// notes that named no one, which are by whoever shared them (Layer).
	// NoteCreator says who wrote any note.
	Creator Agent
}

// NoteCreator is who wrote n, as an export names them: its Creator, else
// whoever shared it, else the reader of the library, OwnCreator.
func NoteCreator(n Note) Agent {
	c := n.Creator
	if c.Name == "" && c.ID == "" {
		c = Agent{Name: OwnCreator}
		if n.Layer != "" {
			c.Name = n.Layer
		}
	}
	if c.Type == "" {
		c.Type = Person
	}
	return c
}

// Orphaned reports whether none of the note's targets could be placed in
// the current text.
func (n Note) Orphaned() bool {
	return !slices.ContainsFunc(n.Targets, func(t Target) bool { return t.State != anchor.Orphan })
}

// place is the target the note is listed by: its first placed one.
func (n Note) place() Target {
	for _, t := range n.Targets {
		if t.State != anchor.Orphan {
			return t
		}
	}
	return n.Targets[0]
}

// NoteChange is the part of a note the reader edits in place.
type NoteChange struct {
	Body   string
	Colour Colour
	Tags   []string
}

// ErrNoNote reports a note that is not in the library.
var ErrNoNote = errors.New("no such note in the library")

// ErrReadOnly reports a change to a note that came in a shared comparison.
var ErrReadOnly = errors.New("this note was shared with you and cannot be changed")

// AddNote keeps a new note and returns it as stored, with its id, uid, quotes
// and times. The caller fills Comparison, Kind (by default a span, or a pair
// for two targets), the targets' Side, Start, End and Claim, and Body,
// Colour and Tags.
func (s *Store) AddNote(ctx context.Context, n Note) (Note, error) {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		texts, err := comparisonTexts(ctx, tx, n.Comparison)
		if err != nil {
			return err
		}
		if err := placeTargets(&n, texts); err != nil {
			return err
		}
		n.UID = newUID()
		n.CreatedAt, n.UpdatedAt = "", ""
		return insertNote(ctx, tx, &n)
	})
	if err != nil {
		return Note{}, fmt.Errorf("keep note: %w", err)
	}
	return s.Note(ctx, n.ID)
}

// placeTargets checks a new note's kind, targets and colour, and fills each
// target's quote from the text.
func placeTargets(n *Note, texts sides) error {
	n.Targets = slices.Clone(n.Targets) // the caller's slice stays as it was
	if n.Kind == "" {
		n.Kind = OnSpan
		if len(n.Targets) == 2 {
			n.Kind = OnPair
		}
	}
	switch n.Kind {
	case OnSpan, OnClaim:
		if len(n.Targets) != 1 {
			return fmt.Errorf("a note on a %s needs one target, not %d", n.Kind, len(n.Targets))
		}
	case OnPair:
		if len(n.Targets) != 2 {
			return fmt.Errorf("a note on a pair needs two targets, not %d", len(n.Targets))
		}
		slices.SortFunc(n.Targets, func(a, b Target) int { return cmp.Compare(a.Side, b.Side) })
		if n.Targets[0].Side != Left || n.Targets[1].Side != Right {
			return errors.New("a note on a pair needs one target on each side")
		}
	default:
		return fmt.Errorf("unknown kind of note %q", n.Kind)
	}
	if !n.Colour.Valid() {
		return fmt.Errorf("unknown highlight colour %q", n.Colour)
	}
	for i, t := range n.Targets {
		text, ok := texts[t.Side]
		if !ok {
			return fmt.Errorf("unknown side %q", t.Side)
		}
		runes := text.codePoints()
		if t.Start < 0 || t.Start >= t.End || t.End > len(runes) {
			return fmt.Errorf("the span %d–%d is not inside the %s text of %d characters", t.Start, t.End, t.Side, len(runes))
		}
		a := anchor.Make(runes, t.Start, t.End)
		t.Exact, t.Prefix, t.Suffix, t.State = a.Quote.Exact, a.Quote.Prefix, a.Quote.Suffix, anchor.Exact
		n.Targets[i] = t
	}
	n.Tags = normaliseTags(n.Tags)
	return checkNoteSize(n.Body, n.Tags)
}

// insertNote writes n with its targets and tags and sets n.ID. Empty times
// are set to now.
func insertNote(ctx context.Context, tx *sql.Tx, n *Note) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO notes (uid, comparison_id, kind, body, colour, created_at, updated_at, layer)
		VALUES (?, ?, ?, ?, ?, coalesce(nullif(?, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
			coalesce(nullif(?, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), ?)`,
		n.UID, n.Comparison, n.Kind, n.Body, n.Colour, n.CreatedAt, n.UpdatedAt, n.Layer)
	if err != nil {
		return err
	}
	if n.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	if err := insertTargets(ctx, tx, n); err != nil {
		return err
	}
	return setTags(ctx, tx, n.ID, n.Tags)
}

// insertTargets writes n's targets.
func insertTargets(ctx context.Context, tx *sql.Tx, n *Note) error {
	for _, t := range n.Targets {
		var claim sql.NullInt64
		if n.Kind != OnSpan {
			claim = sql.NullInt64{Int64: int64(t.Claim), Valid: true}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO note_targets (note_id, side, doc_id, cp_start, cp_end, exact, prefix, suffix, claim, state, imported)
			VALUES (?, ?, (SELECT CASE ? WHEN 'left' THEN left_doc ELSE right_doc END FROM comparisons WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?)`,
			n.ID, t.Side, t.Side, n.Comparison, t.Start, t.End, t.Exact, t.Prefix, t.Suffix, claim, t.State.String(), t.Imported)
		if err != nil {
			return err
		}
	}
	return nil
}

// newUID returns a random (version 4) UUID as a URN.
func newUID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// Note returns the note with the given id, deleted or not.
func (s *Store) Note(ctx context.Context, id int64) (Note, error) {
	ns, err := loadNotes(ctx, s.db, "n.id = ?", id)
	if err != nil {
		return Note{}, fmt.Errorf("read note %d: %w", id, err)
	}
	if len(ns) == 0 {
		return Note{}, fmt.Errorf("note %d: %w", id, ErrNoNote)
	}
	return ns[0], nil
}

// Notes returns the comparison's notes in document order: by place on the
// left text, then on the right (a pair by its left claim), with the notes
// that could not be placed (orphans) last. Deleted notes are left out.
func (s *Store) Notes(ctx context.Context, comparison int64) ([]Note, error) {
	ns, err := loadNotes(ctx, s.db, "n.comparison_id = ? AND n.deleted_at IS NULL", comparison)
	if err != nil {
		return nil, fmt.Errorf("read the notes of comparison %d: %w", comparison, err)
	}
	sortDocumentOrder(ns)
	return ns, nil
}

// sortDocumentOrder sorts notes as Notes lists them.
func sortDocumentOrder(ns []Note) {
	sideRank := map[Side]int{Left: 0, Right: 1}
	slices.SortFunc(ns, func(a, b Note) int {
		pa, pb := a.place(), b.place()
		orphan := func(n Note) int {
			if n.Orphaned() {
				return 1
			}
			return 0
		}
		return cmp.Or(cmp.Compare(orphan(a), orphan(b)), cmp.Compare(sideRank[pa.Side], sideRank[pb.Side]),
			cmp.Compare(pa.Start, pb.Start), cmp.Compare(pa.End, pb.End), cmp.Compare(a.ID, b.ID))
	})
}

// DeletedNotes lists the notes deleted from comparison (from every
// comparison if it is 0), most recently deleted first, so they can be
// restored. Notes of deleted comparisons are left out.
func (s *Store) DeletedNotes(ctx context.Context, comparison int64) ([]Note, error) {
	ns, err := loadNotes(ctx, s.db, "n.deleted_at IS NOT NULL AND c.deleted_at IS NULL AND (?1 = 0 OR n.comparison_id = ?1)", comparison)
	if err != nil {
		return nil, fmt.Errorf("read deleted notes: %w", err)
	}
	slices.SortStableFunc(ns, func(a, b Note) int { return cmp.Or(cmp.Compare(b.DeletedAt, a.DeletedAt), cmp.Compare(b.ID, a.ID)) })
	return ns, nil
}

// UpdateNote changes a note's body, colour and tags and returns what they
// were, so that the caller can undo the change by applying it back. A
// shared note (one of a read-only layer) is refused with ErrReadOnly.
func (s *Store) UpdateNote(ctx context.Context, id int64, c NoteChange) (NoteChange, error) {
	if !c.Colour.Valid() {
		return NoteChange{}, fmt.Errorf("change note %d: unknown highlight colour %q", id, c.Colour)
	}
	if err := checkNoteSize(c.Body, normaliseTags(c.Tags)); err != nil {
		return NoteChange{}, fmt.Errorf("change note %d: %w", id, err)
	}
	var prev NoteChange
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var layer string
		err := tx.QueryRowContext(ctx, `SELECT body, colour, layer FROM notes WHERE id = ?`, id).Scan(&prev.Body, &prev.Colour, &layer)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNoNote
		}
		if err != nil {
			return err
		}
		if layer != "" {
			return ErrReadOnly
		}
		if prev.Tags, err = noteTags(ctx, tx, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE notes SET body = ?, colour = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
			WHERE id = ?`, c.Body, c.Colour, id)
		if err != nil {
			return err
		}
		return setTags(ctx, tx, id, normaliseTags(c.Tags))
	})
	if err != nil {
		return NoteChange{}, fmt.Errorf("change note %d: %w", id, err)
	}
	return prev, nil
}

// DeleteNote moves a note to the recently deleted notes, from where
// RestoreNote brings it back. Deleting a deleted note does nothing; a
// shared note (one of a read-only layer) is refused with ErrReadOnly.
func (s *Store) DeleteNote(ctx context.Context, id int64) error {
	var layer string
	if err := s.db.QueryRowContext(ctx, `SELECT layer FROM notes WHERE id = ?`, id).Scan(&layer); err == nil && layer != "" {
		return fmt.Errorf("delete note %d: %w", id, ErrReadOnly)
	}
	res, err := s.db.ExecContext(ctx, `UPDATE notes SET deleted_at = coalesce(deleted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
		WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete note %d: %w", id, err)
	}
	return affected(res, fmt.Sprintf("delete note %d", id), ErrNoNote)
}

// RestoreNote brings a deleted note back.
func (s *Store) RestoreNote(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `UPDATE notes SET deleted_at = NULL WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("restore note %d: %w", id, err)
	}
	return affected(res, fmt.Sprintf("restore note %d", id), ErrNoNote)
}

// affected returns notFound, wrapped in what, if res changed no row.
func affected(res sql.Result, what string, notFound error) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if n == 0 {
		return fmt.Errorf("%s: %w", what, notFound)
	}
	return nil
}

// ComparisonNotes is one comparison's live notes in document order, as
// handed to export.
type ComparisonNotes struct {
	Comparison LibraryEntry
	Notes      []Note
}

// NotesByComparison returns the live notes of one comparison, or of every
// comparison in the library if comparison is 0 (in library order, leaving
// out comparisons without notes).
func (s *Store) NotesByComparison(ctx context.Context, comparison int64) ([]ComparisonNotes, error) {
	entries, err := s.library(ctx, "c.deleted_at IS NULL AND (?1 = 0 OR c.id = ?1)", comparison)
	if err != nil {
		return nil, fmt.Errorf("read notes for export: %w", err)
	}
	if comparison != 0 && len(entries) == 0 {
		return nil, fmt.Errorf("read notes for export: comparison %d: %w", comparison, ErrNotFound)
	}
	ns, err := loadNotes(ctx, s.db, "n.deleted_at IS NULL AND c.deleted_at IS NULL AND (?1 = 0 OR n.comparison_id = ?1)", comparison)
	if err != nil {
		return nil, fmt.Errorf("read notes for export: %w", err)
	}
	byComparison := map[int64][]Note{}
	for _, n := range ns {
		byComparison[n.Comparison] = append(byComparison[n.Comparison], n)
	}
	var out []ComparisonNotes
	for _, e := range entries {
		notes := byComparison[e.ID]
		if len(notes) == 0 && comparison == 0 {
			continue
		}
		sortDocumentOrder(notes)
		out = append(out, ComparisonNotes{Comparison: e, Notes: notes})
	}
	return out, nil
}

// querier is what reading needs of a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// loadNotes reads the notes matching where (over notes n and their
// comparisons c) with their targets and tags, in id order.
func loadNotes(ctx context.Context, q querier, where string, args ...any) ([]Note, error) {
	rows, err := q.QueryContext(ctx, `SELECT n.id, n.uid, n.comparison_id, n.kind, n.body, n.colour,
			n.created_at, n.updated_at, coalesce(n.deleted_at, ''), n.layer, n.creator_name, n.creator_id, n.creator_type,
			t.side, t.cp_start, t.cp_end, t.claim, t.exact, t.prefix, t.suffix, t.state, t.imported
		FROM notes n JOIN comparisons c ON c.id = n.comparison_id JOIN note_targets t ON t.note_id = n.id
		WHERE `+where+` ORDER BY n.id, t.side`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ns []Note
	index := map[int64]int{}
	for rows.Next() {
		var n Note
		var t Target
		var claim sql.NullInt64
		var state string
		if err := rows.Scan(&n.ID, &n.UID, &n.Comparison, &n.Kind, &n.Body, &n.Colour, &n.CreatedAt, &n.UpdatedAt, &n.DeletedAt, &n.Layer,
			&n.Creator.Name, &n.Creator.ID, &n.Creator.Type, &t.Side, &t.Start, &t.End, &claim, &t.Exact, &t.Prefix, &t.Suffix, &state, &t.Imported); err != nil {
			return nil, err
		}
		t.Claim = int(claim.Int64)
		if t.State, err = anchor.ParseState(state); err != nil {
			return nil, err
		}
		i, seen := index[n.ID]
		if !seen {
			i = len(ns)
			index[n.ID] = i
			ns = append(ns, n)
		}
		ns[i].Targets = append(ns[i].Targets, t)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(ns) == 0 {
		return nil, nil
	}
	tags, err := q.QueryContext(ctx, `SELECT nt.note_id, tg.name FROM note_tags nt JOIN tags tg ON tg.id = nt.tag_id
		JOIN notes n ON n.id = nt.note_id JOIN comparisons c ON c.id = n.comparison_id
		WHERE `+where+` ORDER BY tg.name COLLATE NOCASE`, args...)
	if err != nil {
		return nil, err
	}
	defer tags.Close()
	for tags.Next() {
		var id int64
		var name string
		if err := tags.Scan(&id, &name); err != nil {
			return nil, err
		}
		if i, ok := index[id]; ok {
			ns[i].Tags = append(ns[i].Tags, name)
		}
	}
	return ns, tags.Err()
}
