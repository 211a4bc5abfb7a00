package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// DocumentInfo describes a kept document without its text.
type DocumentInfo struct {
	ID     int64
	Title  string
	Party  string
	Source string
	// Digest is the SHA-256 of the text in hex.
	Digest string
}

// LibraryEntry is one comparison as the library lists it.
type LibraryEntry struct {
	ID          int64
	Title       string
	Left, Right DocumentInfo
	// Notes counts the comparison's notes that are not deleted.
	Notes     int
	CreatedAt string
	OpenedAt  string
	// DeletedAt is empty unless the comparison is deleted.
	DeletedAt string
}

// Library lists the comparisons in the library, most recently opened first.
// A non-empty query keeps those whose title or either side's title or party
// contains every word of it (ignoring ASCII case).
func (s *Store) Library(ctx context.Context, query string) ([]LibraryEntry, error) {
	where := []string{"c.deleted_at IS NULL"}
	var args []any
	for _, w := range strings.Fields(query) {
		where = append(where, `(c.title || char(31) || l.title || char(31) || l.party || char(31) || r.title || char(31) || r.party)
			LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(w)+"%")
	}
	es, err := s.library(ctx, strings.Join(where, " AND "), args...)
	if err != nil {
		return nil, fmt.Errorf("list the library: %w", err)
	}
	return es, nil
}

// DeletedComparisons lists the deleted comparisons, most recently deleted
// first, so they can be restored.
func (s *Store) DeletedComparisons(ctx context.Context) ([]LibraryEntry, error) {
	es, err := s.library(ctx, "c.deleted_at IS NOT NULL")
	if err != nil {
		return nil, fmt.Errorf("list deleted comparisons: %w", err)
	}
	return es, nil
}

// library lists the comparisons matching where (over comparisons c and
// their documents l and r), the deleted ones by time of deletion and the
// others by time of opening, latest first.
func (s *Store) library(ctx context.Context, where string, args ...any) ([]LibraryEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.title, c.created_at, c.opened_at, coalesce(c.deleted_at, ''),
			l.id, l.title, l.party, l.source, l.digest, r.id, r.title, r.party, r.source, r.digest,
			(SELECT count(*) FROM notes n WHERE n.comparison_id = c.id AND n.deleted_at IS NULL)
		FROM comparisons c JOIN documents l ON l.id = c.left_doc JOIN documents r ON r.id = c.right_doc
		WHERE `+where+` ORDER BY coalesce(c.deleted_at, '') DESC, c.opened_at DESC, c.id DESC`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []LibraryEntry
	for rows.Next() {
		var e LibraryEntry
		if err := rows.Scan(&e.ID, &e.Title, &e.CreatedAt, &e.OpenedAt, &e.DeletedAt,
			&e.Left.ID, &e.Left.Title, &e.Left.Party, &e.Left.Source, &e.Left.Digest,
			&e.Right.ID, &e.Right.Title, &e.Right.Party, &e.Right.Source, &e.Right.Digest, &e.Notes); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// RenameComparison gives a comparison a new title and returns the old one,
// for undo.
func (s *Store) RenameComparison(ctx context.Context, id int64, title string) (string, error) {
	var prev string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT title FROM comparisons WHERE id = ?`, id).Scan(&prev)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE comparisons SET title = ? WHERE id = ?`, title, id)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("rename comparison %d: %w", id, err)
	}
	return prev, nil
}

// DeleteComparison moves a comparison, with its notes and corrections, to
// the deleted comparisons, from where RestoreComparison brings it back.
// Deleting a deleted comparison does nothing.
func (s *Store) DeleteComparison(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `UPDATE comparisons SET deleted_at = coalesce(deleted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
		WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete comparison %d: %w", id, err)
	}
	return affected(res, fmt.Sprintf("delete comparison %d", id), ErrNotFound)
}

// RestoreComparison brings a deleted comparison back with its notes.
func (s *Store) RestoreComparison(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `UPDATE comparisons SET deleted_at = NULL WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("restore comparison %d: %w", id, err)
	}
	return affected(res, fmt.Sprintf("restore comparison %d", id), ErrNotFound)
}
