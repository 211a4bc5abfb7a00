package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/parley-reader/parley/anchor"
)

// ErrNoDocument reports a document that is not in the library.
var ErrNoDocument = errors.New("no such document in the library")

// sideText is one side's document as anchoring needs it.
type sideText struct {
	doc    int64
	body   string
	digest string
	runes  []rune
}

// codePoints returns the text split into code points, once.
func (t *sideText) codePoints() []rune {
	if t.runes == nil {
		t.runes = []rune(t.body)
	}
	return t.runes
}

// sides holds a comparison's two texts.
type sides map[Side]*sideText

// comparisonTexts reads the two texts of a comparison that is not deleted.
func comparisonTexts(ctx context.Context, q querier, comparison int64) (sides, error) {
	l, r := &sideText{}, &sideText{}
	err := q.QueryRowContext(ctx, `SELECT l.id, l.body, l.digest, r.id, r.body, r.digest
		FROM comparisons c JOIN documents l ON l.id = c.left_doc JOIN documents r ON r.id = c.right_doc
		WHERE c.id = ? AND c.deleted_at IS NULL`, comparison).Scan(&l.doc, &l.body, &l.digest, &r.doc, &r.body, &r.digest)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("comparison %d: %w", comparison, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	return sides{Left: l, Right: r}, nil
}

// Reanchored counts how the notes on a changed text were placed again.
type Reanchored struct {
	Exact  int // still at their offsets
	Moved  int // found verbatim elsewhere
	Fuzzy  int // found through small changes (anchor.MinScore)
	Orphan int // not found: kept with their quotes
}

// UpdateDocumentText replaces a document's text (edited or imported again)
// and re-anchors every note on it, deleted ones included, in one
// transaction. A placed note takes the quote and context of its new place;
// an orphan keeps its old quote and offsets. text should be NFC.
func (s *Store) UpdateDocumentText(ctx context.Context, doc int64, text string) (Reanchored, error) {
	var count Reanchored
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE documents SET body = ?, digest = ? WHERE id = ?`, text, digest(text), doc)
		if err != nil {
			return err
		}
		if err := affected(res, fmt.Sprintf("document %d", doc), ErrNoDocument); err != nil {
			return err
		}
		type row struct {
			note int64
			side Side
			t    anchor.Target
		}
		rows, err := tx.QueryContext(ctx, `SELECT note_id, side, cp_start, cp_end, exact, prefix, suffix
			FROM note_targets WHERE doc_id = ?`, doc)
		if err != nil {
			return err
		}
		var targets []row
		for rows.Next() {
			var r row
			q := &r.t.Quote
			if err := rows.Scan(&r.note, &r.side, &r.t.Position.Start, &r.t.Position.End, &q.Exact, &q.Prefix, &q.Suffix); err != nil {
				rows.Close()
				return err
			}
			targets = append(targets, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		runes := []rune(text)
		for _, r := range targets {
			start, end, state := anchor.ResolveRunes(runes, r.t)
			count.add(state)
			if state == anchor.Orphan {
				_, err = tx.ExecContext(ctx, `UPDATE note_targets SET state = 'orphan' WHERE note_id = ? AND side = ?`, r.note, r.side)
			} else {
				a := anchor.Make(runes, start, end)
				_, err = tx.ExecContext(ctx, `UPDATE note_targets SET cp_start = ?, cp_end = ?, exact = ?, prefix = ?, suffix = ?, state = ?,
					imported = '' WHERE note_id = ? AND side = ?`, start, end, a.Quote.Exact, a.Quote.Prefix, a.Quote.Suffix, state.String(), r.note, r.side)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Reanchored{}, fmt.Errorf("change the text of document %d: %w", doc, err)
	}
	return count, nil
}

// add counts one anchor placed in the given way.
func (r *Reanchored) add(s anchor.State) {
	switch s {
	case anchor.Exact:
		r.Exact++
	case anchor.Moved:
		r.Moved++
	case anchor.Fuzzy:
		r.Fuzzy++
	default:
		r.Orphan++
	}
}
