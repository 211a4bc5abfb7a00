package data

import (
	"context"
	"encoding/json"
	"fmt"
)

// Correction is one reader action on a comparison's pairing.
type Correction struct {
	ID    int64
	Kind  string // "pair", "unpair", "relation" or "reject"
	Left  []int  // claim ids on the left
	Right []int  // claim ids on the right
	// Relation is the verdict the reader chose, for kind "relation".
	Relation string
}

// AddCorrection keeps one correction for the comparison and returns its id.
func (s *Store) AddCorrection(ctx context.Context, comparison int64, c Correction) (int64, error) {
	l, err := json.Marshal(nonNil(c.Left))
	if err != nil {
		return 0, err
	}
	r, err := json.Marshal(nonNil(c.Right))
	if err != nil {
		return 0, err
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO corrections (comparison_id, kind, left_claims, right_claims, relation)
		VALUES (?, ?, ?, ?, ?)`, comparison, c.Kind, string(l), string(r), c.Relation)
	if err != nil {
		return 0, fmt.Errorf("keep correction: %w", err)
	}
	return res.LastInsertId()
}

// DeleteCorrection removes one correction (used by undo).
func (s *Store) DeleteCorrection(ctx context.Context, id int64) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM corrections WHERE id = ?`, id); err != nil {
		return fmt.Errorf("remove correction %d: %w", id, err)
	}
	return nil
}

// Corrections returns the comparison's corrections in the order they were made.
func (s *Store) Corrections(ctx context.Context, comparison int64) ([]Correction, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, kind, left_claims, right_claims, relation
		FROM corrections WHERE comparison_id = ? ORDER BY id`, comparison)
	if err != nil {
		return nil, fmt.Errorf("read corrections: %w", err)
	}
	defer rows.Close()
	var out []Correction
	for rows.Next() {
		var c Correction
		var l, r string
		if err := rows.Scan(&c.ID, &c.Kind, &l, &r, &c.Relation); err != nil {
			return nil, fmt.Errorf("read corrections: %w", err)
		}
		if err := json.Unmarshal([]byte(l), &c.Left); err != nil {
			return nil, fmt.Errorf("read correction %d: %w", c.ID, err)
		}
		if err := json.Unmarshal([]byte(r), &c.Right); err != nil {
			return nil, fmt.Errorf("read correction %d: %w", c.ID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func nonNil(ids []int) []int {
	if ids == nil {
		return []int{}
	}
	return ids
}
