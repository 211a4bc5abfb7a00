package data

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// newerAnnotation is an annotation with the given id, modified far in the
// future (so a merge would take it), on "gangster-like demand" on the
// right, without tags.
func newerAnnotation(id, body string) string {
	return `{"type": "Annotation", "id": "` + id + `", "modified": "2999-01-01T00:00:00Z",
		"body": {"type": "TextualBody", "value": "` + body + `", "purpose": "commenting"},
		"target": {"source": "x", "parley:side": "right", "selector": {"type": "TextQuoteSelector", "exact": "gangster-like demand"}}}`
}

// TestSharedLayerNeverTouchesOwnNote: a .parley whose note carried the id of
// the student's own note replaced its body, moved its target and deleted
// its tag, and reported "0 notes from them". The teacher's note now lands
// in the teacher's layer beside the student's, which stays as it was, and
// opening the file again adds nothing.
func TestSharedLayerNeverTouchesOwnNote(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	own := noteOn(t, s, c, Left, "made progress", "mine", "homework")
	for round := range 2 {
		added, _, _, err := s.ImportLayer(ctx, c, strings.NewReader(newerAnnotation(own.UID, "the teacher's")), "Ms Rivera")
		if err != nil {
			t.Fatal(err)
		}
		if want := 1 - round; added != want {
			t.Errorf("round %d: %d notes added, want %d", round, added, want)
		}
	}
	got, err := s.Note(ctx, own.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Body != "mine" || got.Layer != "" || !slices.Equal(got.Tags, []string{"homework"}) || got.Targets[0] != own.Targets[0] || got.UpdatedAt != own.UpdatedAt {
		t.Errorf("the student's note became %+v, was %+v", got, own)
	}
	ns, _ := s.Notes(ctx, c)
	if len(ns) != 2 {
		t.Fatalf("%d notes, want the student's and the teacher's", len(ns))
	}
	for _, n := range ns {
		if n.ID != own.ID && (n.Layer != "Ms Rivera" || n.Body != "the teacher's" || n.Targets[0].Exact != "gangster-like demand") {
			t.Errorf("the teacher's note = %+v", n)
		}
	}
}

// TestOwnImportLeavesSharedNotes: `parley notes import` edited the
// teacher's read-only notes (the window refuses to). An annotation naming
// a shared note is now left out of the reader's import and counted.
func TestOwnImportLeavesSharedNotes(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	teacher := `{"type": "Annotation", "id": "urn:uuid:7e7e7e7e-0000-4000-8000-000000000001", "modified": "2020-01-01T00:00:00Z",
		"body": {"type": "TextualBody", "value": "the teacher's", "purpose": "commenting"},
		"target": {"source": "x", "parley:side": "left", "selector": {"type": "TextQuoteSelector", "exact": "made progress"}}}`
	if _, _, _, err := s.ImportLayer(ctx, c, strings.NewReader(teacher), "Ms Rivera"); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Notes(ctx, c)
	r, err := s.ImportNotes(ctx, c, strings.NewReader(newerAnnotation("urn:uuid:7e7e7e7e-0000-4000-8000-000000000001", "vandalised")), "")
	if err != nil {
		t.Fatal(err)
	}
	if r.Added != 0 || r.Updated != 0 || r.ReadOnly != 1 {
		t.Errorf("report = %+v, want one read-only note left as it was", r)
	}
	after, _ := s.Notes(ctx, c)
	if len(after) != 1 || after[0].Body != "the teacher's" || after[0].Targets[0] != before[0].Targets[0] {
		t.Errorf("the shared note became %+v", after)
	}
}
