package data

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// HitKind says whether a search hit is in a note or in a document.
type HitKind string

// The kinds of search hit.
const (
	NoteHit     HitKind = "note"
	DocumentHit HitKind = "document"
)

// Span is a range of code points [Start, End).
type Span struct{ Start, End int }

// Hit is one search result: where to open the library to show it.
type Hit struct {
	Kind            HitKind
	Comparison      int64
	ComparisonTitle string
	Side            Side
	// Offset is the code point in that side's text to show: the start of
	// the note's place, or of the first match in the document (0 when only
	// its title or party matched).
	Offset int
	// Note is the note's id, for a note hit.
	Note int64
	// Snippet is a short plain-text excerpt around the match, and Marks the
	// matched words in it, in code points of Snippet.
	Snippet string
	Marks   []Span
}

// defaultHits is how many hits of each kind Search returns when not told.
const defaultHits = 50

// Search finds query in the notes (body, quote and tags) and documents
// (title, party and text) of the library, leaving out what is deleted. It
// returns up to limit note hits, best first, then up to limit document
// hits, best first (limit 0 or less means 50). Every word of the query must
// match the start of a word; a "quoted phrase" matches words in a row.
// Anything a reader types is taken as words: operators and stray quotes or
// brackets are not syntax, and a query with no words finds nothing.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = defaultHits
	}
	notes, err := s.searchNotes(ctx, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search notes for %q: %w", query, err)
	}
	docs, err := s.searchDocuments(ctx, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search documents for %q: %w", query, err)
	}
	return append(notes, docs...), nil
}

// searchNotes returns the best note hits for an FTS5 query. SQLite cuts
// snippets after sorting, for the rows returned only.
func (s *Store) searchNotes(ctx context.Context, match string, limit int) ([]Hit, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT f.rowid, c.id, c.title, t.side, t.cp_start,
			snippet(notes_fts, -1, char(1), char(2), '…', 16)
		FROM notes_fts f JOIN notes n ON n.id = f.rowid JOIN comparisons c ON c.id = n.comparison_id
		JOIN note_targets t ON t.note_id = n.id AND t.side = (SELECT min(side) FROM note_targets WHERE note_id = n.id)
		WHERE notes_fts MATCH ? AND n.deleted_at IS NULL AND c.deleted_at IS NULL
		ORDER BY f.rank LIMIT ?`, match, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		h := Hit{Kind: NoteHit}
		var snippet string
		if err := rows.Scan(&h.Note, &h.Comparison, &h.ComparisonTitle, &h.Side, &h.Offset, &snippet); err != nil {
			return nil, err
		}
		h.Snippet, h.Marks = unmark(snippet)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// searchDocuments returns the best document hits for an FTS5 query. The
// text with every match marked (highlight) gives the offset of the first.
func (s *Store) searchDocuments(ctx context.Context, match string, limit int) ([]Hit, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.title, CASE WHEN c.left_doc = f.rowid THEN 'left' ELSE 'right' END,
			snippet(documents_fts, -1, char(1), char(2), '…', 16), highlight(documents_fts, 2, char(1), char(2))
		FROM documents_fts f JOIN comparisons c ON c.left_doc = f.rowid OR c.right_doc = f.rowid
		WHERE documents_fts MATCH ? AND c.deleted_at IS NULL
		ORDER BY f.rank LIMIT ?`, match, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		h := Hit{Kind: DocumentHit}
		var snippet, marked string
		if err := rows.Scan(&h.Comparison, &h.ComparisonTitle, &h.Side, &snippet, &marked); err != nil {
			return nil, err
		}
		h.Snippet, h.Marks = unmark(snippet)
		if i := strings.IndexByte(marked, 1); i >= 0 {
			h.Offset = utf8.RuneCountInString(marked[:i])
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// unmark removes the \x01 and \x02 that FTS5 put around matched words and
// returns the plain text with the matched spans in code points.
func unmark(s string) (string, []Span) {
	var b strings.Builder
	var marks []Span
	n := 0
	for _, r := range s {
		switch r {
		case 1:
			marks = append(marks, Span{Start: n, End: n})
		case 2:
			if len(marks) > 0 {
				marks[len(marks)-1].End = n
			}
		default:
			b.WriteRune(r)
			n++
		}
	}
	return b.String(), marks
}

// ftsQuery turns what a reader typed into an FTS5 query that cannot be a
// syntax error: each word, or each "phrase" between a pair of double
// quotes, becomes a quoted FTS5 string matching as a prefix, and all must
// match. Words without a letter or digit are dropped; a double quote
// without a partner is ignored.
func ftsQuery(input string) string {
	var terms []string
	add := func(t string) {
		if strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0 {
			terms = append(terms, `"`+strings.ReplaceAll(t, `"`, `""`)+`"*`)
		}
	}
	rest := input
	for rest != "" {
		open := strings.IndexByte(rest, '"')
		if open < 0 {
			break
		}
		closing := strings.IndexByte(rest[open+1:], '"')
		if closing < 0 {
			rest = rest[:open] + " " + rest[open+1:]
			continue
		}
		for _, w := range strings.Fields(rest[:open]) {
			add(w)
		}
		add(rest[open+1 : open+1+closing])
		rest = rest[open+2+closing:]
	}
	for _, w := range strings.Fields(rest) {
		add(w)
	}
	return strings.Join(terms, " ")
}
