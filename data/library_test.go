package data

import (
	"context"
	"errors"
	"testing"

	"github.com/parley-reader/parley/compare"
)

func titles(es []LibraryEntry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Title)
	}
	return out
}

func TestLibraryMostRecentFirstWithNoteCounts(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := newComparison(t, s, "Singapore summit")
	b := newComparison(t, s, "Hanoi summit")
	noteOn(t, s, a, Left, "progress", "one")
	noteOn(t, s, a, Right, "gangster-like", "two")
	gone := noteOn(t, s, a, Left, "talks", "deleted")
	if err := s.DeleteNote(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Comparison(ctx, a); err != nil { // opening makes it the most recent
		t.Fatal(err)
	}
	es, err := s.Library(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].ID != a || es[1].ID != b {
		t.Fatalf("library = %v", titles(es))
	}
	if es[0].Notes != 2 || es[1].Notes != 0 {
		t.Errorf("note counts = %d, %d; want 2, 0", es[0].Notes, es[1].Notes)
	}
	if es[0].Left.Party != "US" || es[0].Right.Title != "KCNA statement" || es[0].Right.Digest != digest(dprkText) {
		t.Errorf("entry = %+v", es[0])
	}
}

func TestLibrarySearchByTitleAndParty(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	newComparison(t, s, "Singapore summit")
	if _, err := s.CreateComparison(ctx, "국방부 brief 100%", Document{Meta: compare.Meta{Party: "South Korea"}, Body: "a"}, Document{Meta: compare.Meta{Party: "China"}, Body: "b"}); err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]int{
		"":               2,
		"summit":         1,
		"SINGAPORE dprk": 1,
		"korea china":    1,
		"국방부":            1,
		"kcna":           1,
		"100%":           1,
		"_":              0,
		"summit china":   0,
	} {
		es, err := s.Library(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != want {
			t.Errorf("Library(%q) = %v, want %d entries", query, titles(es), want)
		}
	}
}

func TestRenameAndDeleteWithUndo(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	noteOn(t, s, c, Left, "progress", "kept through deletion")
	prev, err := s.RenameComparison(ctx, c, "Talks in Hanoi")
	if err != nil || prev != "Talks" {
		t.Fatalf("rename returned %q, %v", prev, err)
	}
	if es, _ := s.Library(ctx, "hanoi"); len(es) != 1 {
		t.Error("renamed comparison not found by its new title")
	}
	if _, err := s.RenameComparison(ctx, c+5, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("rename of a missing comparison: %v", err)
	}

	if err := s.DeleteComparison(ctx, c); err != nil {
		t.Fatal(err)
	}
	if es, _ := s.Library(ctx, ""); len(es) != 0 {
		t.Errorf("deleted comparison still listed: %v", titles(es))
	}
	if _, err := s.Comparison(ctx, c); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted comparison opens: %v", err)
	}
	if _, ok, _ := s.FindComparison(ctx, usText, dprkText); ok {
		t.Error("FindComparison found a deleted comparison")
	}
	if hits, _ := s.Search(ctx, "progress", 10); len(hits) != 0 {
		t.Errorf("search finds a deleted comparison: %+v", hits)
	}
	deleted, err := s.DeletedComparisons(ctx)
	if err != nil || len(deleted) != 1 || deleted[0].ID != c || deleted[0].DeletedAt == "" {
		t.Fatalf("deleted comparisons = %+v, %v", deleted, err)
	}

	if err := s.RestoreComparison(ctx, c); err != nil {
		t.Fatal(err)
	}
	es, _ := s.Library(ctx, "")
	if len(es) != 1 || es[0].Notes != 1 {
		t.Errorf("restored library = %+v", es)
	}
	if err := s.DeleteComparison(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete of a missing comparison: %v", err)
	}
}
