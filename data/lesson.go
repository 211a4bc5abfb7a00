package data

import (
	"context"
	"fmt"
)

// SaveLesson keeps the teacher's lesson (encoded by package lesson) with the
// comparison; an empty lesson goes back to the default.
func (s *Store) SaveLesson(ctx context.Context, comparison int64, lesson []byte) error {
	res, err := s.db.ExecContext(ctx, `UPDATE comparisons SET lesson = ? WHERE id = ?`, string(lesson), comparison)
	if err != nil {
		return fmt.Errorf("keep the lesson: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("keep the lesson: comparison %d: %w", comparison, ErrNotFound)
	}
	return nil
}

// UpdateSource changes where a statement came from: its title, party,
// source, outlet, address, date and language note. The text and the notes
// on it are untouched.
func (s *Store) UpdateSource(ctx context.Context, doc int64, d Document) error {
	res, err := s.db.ExecContext(ctx, `UPDATE documents SET title = ?, party = ?, source = ?, outlet = ?, url = ?, date = ?, language = ?
		WHERE id = ?`, d.Title, d.Party, d.Source, d.Outlet, d.URL, d.Date, d.Language, doc)
	if err != nil {
		return fmt.Errorf("change the source of statement %d: %w", doc, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("change the source of statement %d: %w", doc, ErrNoDocument)
	}
	return nil
}
