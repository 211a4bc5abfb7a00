package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/parley-reader/parley/compare"
)

// Document is one party's statement as kept in the library: its source
// and its text.
type Document struct {
	ID int64
	compare.Meta
	// Body is the statement's text, NFC-normalised (the importer makes it
	// so); every offset into it counts code points.
	Body string
	// Digest is the SHA-256 of Body in hex, filled when read from the library.
	Digest string
}

// DocumentOf is a statement as the library keeps it.
func DocumentOf(d compare.Document) Document {
	return Document{Meta: d.Meta, Body: d.Text}
}

// Statement is a kept document as the comparison takes it.
func (d Document) Statement() compare.Document {
	return compare.Document{Meta: d.Meta, Text: d.Body}
}

// Comparison is a kept comparison of two documents.
type Comparison struct {
	ID          int64
	Title       string
	Left, Right Document
	LeftScroll  float64
	RightScroll float64
	CreatedAt   string
	OpenedAt    string
	// Lesson is the teacher's lesson as package lesson encodes it, empty
	// when the teacher has not chosen one.
	Lesson []byte
}

// ErrNotFound reports a comparison that is not in the library.
var ErrNotFound = errors.New("no such comparison in the library")

// CreateComparison keeps two documents and the comparison between them, in
// one transaction, and returns the comparison's id.
func (s *Store) CreateComparison(ctx context.Context, title string, left, right Document) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		l, err := insertDocument(tx, left)
		if err != nil {
			return err
		}
		r, err := insertDocument(tx, right)
		if err != nil {
			return err
		}
		res, err := tx.Exec(`INSERT INTO comparisons (title, left_doc, right_doc) VALUES (?, ?, ?)`, title, l, r)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("keep comparison %q: %w", title, err)
	}
	return id, nil
}

// insertDocument keeps d and returns its id.
func insertDocument(tx *sql.Tx, d Document) (int64, error) {
	res, err := tx.Exec(`INSERT INTO documents (title, party, source, outlet, url, date, language, body, digest)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.Title, d.Party, d.Source, d.Outlet, d.URL, d.Date, d.Language, d.Body, digest(d.Body))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// FindComparison returns the id of the most recently opened comparison of
// exactly these two texts, if the library has one.
func (s *Store) FindComparison(ctx context.Context, leftBody, rightBody string) (int64, bool, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT c.id FROM comparisons c
		JOIN documents l ON l.id = c.left_doc JOIN documents r ON r.id = c.right_doc
		WHERE l.digest = ? AND r.digest = ? AND l.body = ? AND r.body = ? AND c.deleted_at IS NULL
		ORDER BY c.opened_at DESC, c.id DESC LIMIT 1`, digest(leftBody), digest(rightBody), leftBody, rightBody).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("look up comparison: %w", err)
	}
	return id, true, nil
}

// digest is the SHA-256 of body in hex, which finds a statement again.
func digest(body string) string {
	h := sha256.Sum256([]byte(body))
	return hex.EncodeToString(h[:])
}

// Comparison returns the kept comparison with the given id and marks it as
// opened now.
func (s *Store) Comparison(ctx context.Context, id int64) (Comparison, error) {
	var c Comparison
	var l, r int64
	var lesson string
	err := s.db.QueryRowContext(ctx, `SELECT id, title, left_doc, right_doc, left_scroll, right_scroll, created_at, opened_at, lesson
		FROM comparisons WHERE id = ? AND deleted_at IS NULL`, id).
		Scan(&c.ID, &c.Title, &l, &r, &c.LeftScroll, &c.RightScroll, &c.CreatedAt, &c.OpenedAt, &lesson)
	if lesson != "" {
		c.Lesson = []byte(lesson)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("comparison %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return c, fmt.Errorf("read comparison %d: %w", id, err)
	}
	if c.Left, err = s.document(ctx, l); err != nil {
		return c, err
	}
	if c.Right, err = s.document(ctx, r); err != nil {
		return c, err
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE comparisons SET opened_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`, id); err != nil {
		return c, fmt.Errorf("mark comparison %d opened: %w", id, err)
	}
	return c, nil
}

// document reads the document with the given id.
func (s *Store) document(ctx context.Context, id int64) (Document, error) {
	d := Document{ID: id}
	err := s.db.QueryRowContext(ctx, `SELECT title, party, source, outlet, url, date, language, body, digest FROM documents WHERE id = ?`, id).
		Scan(&d.Title, &d.Party, &d.Source, &d.Outlet, &d.URL, &d.Date, &d.Language, &d.Body, &d.Digest)
	if err != nil {
		return d, fmt.Errorf("read document %d: %w", id, err)
	}
	return d, nil
}

// SaveScroll keeps the reading positions of both panes.
func (s *Store) SaveScroll(ctx context.Context, comparison int64, left, right float64) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE comparisons SET left_scroll = ?, right_scroll = ? WHERE id = ?`, left, right, comparison); err != nil {
		return fmt.Errorf("keep scroll position: %w", err)
	}
	return nil
}
