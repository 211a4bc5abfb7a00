package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// TagCount is a tag with the number of notes that carry it.
type TagCount struct {
	Name  string
	Notes int
}

// normaliseTags trims each tag, drops a leading '#', folds runs of spaces
// into one, and drops empty tags and repeats (ignoring case), keeping the
// first spelling.
func normaliseTags(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.Join(strings.Fields(strings.TrimLeft(strings.TrimSpace(t), "#")), " ")
		key := strings.ToLower(t)
		if t == "" || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, t)
	}
	return out
}

// setTags makes tags (already normalised) the note's tags, creating the
// tags the library does not have yet.
func setTags(ctx context.Context, tx *sql.Tx, note int64, tags []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM note_tags WHERE note_id = ?`, note); err != nil {
		return err
	}
	for _, t := range tags {
		if _, err := tx.ExecContext(ctx, `INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, t); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO note_tags (note_id, tag_id)
			SELECT ?, id FROM tags WHERE name = ?`, note, t); err != nil {
			return err
		}
	}
	return nil
}

// noteTags returns a note's tags by name.
func noteTags(ctx context.Context, q querier, note int64) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
		WHERE nt.note_id = ? ORDER BY t.name COLLATE NOCASE`, note)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var tags []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		tags = append(tags, t)
	}
	return tags, rows.Err()
}

// TagsByPrefix lists up to limit tags starting with prefix (ignoring ASCII
// case and a leading '#'), most used first, for completion. Only notes that
// are not deleted count; tags no such note carries are left out. An empty
// prefix lists every tag in use, and a limit of 0 or less lists all.
func (s *Store) TagsByPrefix(ctx context.Context, prefix string, limit int) ([]TagCount, error) {
	prefix = strings.TrimLeft(strings.TrimSpace(prefix), "#")
	if limit <= 0 {
		limit = -1 // SQLite's LIMIT -1: no limit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT t.name, count(*) AS uses
		FROM tags t JOIN note_tags nt ON nt.tag_id = t.id
		JOIN notes n ON n.id = nt.note_id AND n.deleted_at IS NULL
		JOIN comparisons c ON c.id = n.comparison_id AND c.deleted_at IS NULL
		WHERE t.name LIKE ? ESCAPE '\'
		GROUP BY t.id ORDER BY uses DESC, t.name COLLATE NOCASE LIMIT ?`, escapeLike(prefix)+"%", limit)
	if err != nil {
		return nil, fmt.Errorf("list tags starting with %q: %w", prefix, err)
	}
	defer rows.Close()
	var out []TagCount
	for rows.Next() {
		var t TagCount
		if err := rows.Scan(&t.Name, &t.Notes); err != nil {
			return nil, fmt.Errorf("list tags starting with %q: %w", prefix, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// likeEscaper escapes LIKE's wildcards, for a pattern with ESCAPE '\'.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// escapeLike makes s match itself literally in a LIKE pattern.
func escapeLike(s string) string { return likeEscaper.Replace(s) }
