package data

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-reader/parley/anchor"
)

func TestAddNoteKeepsQuoteAndContext(t *testing.T) {
	s := openTemp(t)
	c := newComparison(t, s, "Talks")
	n := noteOn(t, s, c, Right, "gangster-like", "Loaded *word*.", "rhetoric", "#Insult")
	if !strings.HasPrefix(n.UID, "urn:uuid:") || len(n.UID) != len("urn:uuid:")+36 {
		t.Errorf("uid = %q, want a urn:uuid", n.UID)
	}
	tg := n.Targets[0]
	if tg.Exact != "gangster-like" || !strings.HasSuffix(tg.Prefix, "came with a ") || !strings.HasPrefix(tg.Suffix, " demand") {
		t.Errorf("target = %+v", tg)
	}
	if start, _ := span(t, dprkText, "gangster-like"); tg.Start != start || tg.State != anchor.Exact {
		t.Errorf("start = %d (%v), want %d exact", tg.Start, tg.State, start)
	}
	if n.Kind != OnSpan || n.Body != "Loaded *word*." || !reflect.DeepEqual(n.Tags, []string{"Insult", "rhetoric"}) {
		t.Errorf("note = %+v", n)
	}
	if n.CreatedAt == "" || n.UpdatedAt == "" || n.DeletedAt != "" {
		t.Errorf("times = %q %q %q", n.CreatedAt, n.UpdatedAt, n.DeletedAt)
	}
}

func TestAddNoteRefusesWhatCannotBeShown(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	n := len([]rune(usText))
	bad := []Note{
		{Comparison: c, Targets: []Target{{Side: Left, Start: 5, End: 5}}},
		{Comparison: c, Targets: []Target{{Side: Left, Start: n - 2, End: n + 1}}},
		{Comparison: c, Targets: []Target{{Side: "middle", Start: 0, End: 3}}},
		{Comparison: c, Targets: []Target{{Side: Left, Start: 0, End: 3}}, Colour: "mauve"},
		{Comparison: c, Kind: OnPair, Targets: []Target{{Side: Left, Start: 0, End: 3}, {Side: Left, Start: 4, End: 6}}},
		{Comparison: c, Kind: OnClaim},
		{Comparison: c + 99, Targets: []Target{{Side: Left, Start: 0, End: 3}}},
	}
	for i, b := range bad {
		if _, err := s.AddNote(ctx, b); err == nil {
			t.Errorf("case %d: note %+v was kept", i, b)
		}
	}
	if ns, _ := s.Notes(ctx, c); len(ns) != 0 {
		t.Errorf("refused notes left %d notes behind", len(ns))
	}
}

func TestNotesInDocumentOrder(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	late := noteOn(t, s, c, Left, "delegation", "")
	right := noteOn(t, s, c, Right, "유감스러웠다", "regret")
	early := noteOn(t, s, c, Left, "productive", "")
	ls, le := span(t, usText, "we made progress")
	rs, re := span(t, dprkText, "gangster-like demand")
	pair, err := s.AddNote(ctx, Note{Comparison: c, Kind: OnPair, Colour: Pink, Targets: []Target{
		{Side: Right, Start: rs, End: re, Claim: 1}, {Side: Left, Start: ls, End: le, Claim: 0}}})
	if err != nil {
		t.Fatal(err)
	}
	if pair.Targets[0].Side != Left || pair.Targets[1].Exact != "gangster-like demand" || pair.Targets[1].Claim != 1 {
		t.Errorf("pair targets = %+v", pair.Targets)
	}
	other := newComparison(t, s, "Other")
	noteOn(t, s, other, Left, "talks", "elsewhere")

	ns, err := s.Notes(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, n := range ns {
		got = append(got, n.ID)
	}
	want := []int64{early.ID, pair.ID, late.ID, right.ID}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func TestUpdateNoteReturnsPreviousForUndo(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	n := noteOn(t, s, c, Left, "progress", "first thought", "claims")
	prev, err := s.UpdateNote(ctx, n.ID, NoteChange{Body: "second thought", Colour: Green, Tags: []string{"claims", "progress"}})
	if err != nil {
		t.Fatal(err)
	}
	if prev.Body != "first thought" || prev.Colour != NoColour || !reflect.DeepEqual(prev.Tags, []string{"claims"}) {
		t.Errorf("previous = %+v", prev)
	}
	got, _ := s.Note(ctx, n.ID)
	if got.Body != "second thought" || got.Colour != Green || len(got.Tags) != 2 {
		t.Errorf("updated note = %+v", got)
	}
	// Undo: apply the previous value back.
	if _, err := s.UpdateNote(ctx, n.ID, prev); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Note(ctx, n.ID)
	if got.Body != "first thought" || got.Colour != NoColour || !reflect.DeepEqual(got.Tags, []string{"claims"}) {
		t.Errorf("after undo = %+v", got)
	}
	if _, err := s.UpdateNote(ctx, n.ID+100, NoteChange{}); !errors.Is(err, ErrNoNote) {
		t.Errorf("update of a missing note: %v, want ErrNoNote", err)
	}
	if _, err := s.UpdateNote(ctx, n.ID, NoteChange{Colour: "beige"}); err == nil {
		t.Error("an unknown colour was accepted")
	}
}

func TestDeletedNoteCanBeRestored(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	keep := noteOn(t, s, c, Left, "progress", "keep")
	gone := noteOn(t, s, c, Right, "gangster-like", "regretted", "rhetoric")
	if err := s.DeleteNote(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteNote(ctx, gone.ID); err != nil {
		t.Errorf("deleting twice: %v", err)
	}
	ns, _ := s.Notes(ctx, c)
	if len(ns) != 1 || ns[0].ID != keep.ID {
		t.Errorf("notes after delete = %+v", ns)
	}
	deleted, err := s.DeletedNotes(ctx, c)
	if err != nil || len(deleted) != 1 || deleted[0].ID != gone.ID || deleted[0].DeletedAt == "" || deleted[0].Body != "regretted" {
		t.Fatalf("recently deleted = %+v, %v", deleted, err)
	}
	if all, _ := s.DeletedNotes(ctx, 0); len(all) != 1 {
		t.Errorf("recently deleted in the whole library = %d notes", len(all))
	}
	if tags, _ := s.TagsByPrefix(ctx, "rhet", 10); len(tags) != 0 {
		t.Errorf("a deleted note's tag is offered: %+v", tags)
	}
	if err := s.RestoreNote(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	ns, _ = s.Notes(ctx, c)
	if len(ns) != 2 {
		t.Errorf("restored note missing: %+v", ns)
	}
	if deleted, _ := s.DeletedNotes(ctx, c); len(deleted) != 0 {
		t.Errorf("restored note still listed as deleted")
	}
	if err := s.DeleteNote(ctx, 9999); !errors.Is(err, ErrNoNote) {
		t.Errorf("delete of a missing note: %v", err)
	}
	if err := s.RestoreNote(ctx, 9999); !errors.Is(err, ErrNoNote) {
		t.Errorf("restore of a missing note: %v", err)
	}
}

func TestReopeningRestoresNotesCorrectionsAndScroll(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	ctx := context.Background()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c := newComparison(t, s, "Talks")
	n := noteOn(t, s, c, Right, "대화는", "Korean **note**", "한국어")
	if _, err := s.AddCorrection(ctx, c, Correction{Kind: "pair", Left: []int{0}, Right: []int{2}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveScroll(ctx, c, 0.25, 0.75); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cmp, err := s.Comparison(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if cmp.LeftScroll != 0.25 || cmp.RightScroll != 0.75 {
		t.Errorf("scroll = %v, %v", cmp.LeftScroll, cmp.RightScroll)
	}
	if cs, _ := s.Corrections(ctx, c); len(cs) != 1 || cs[0].Right[0] != 2 {
		t.Errorf("corrections = %+v", cs)
	}
	ns, err := s.Notes(ctx, c)
	if err != nil || len(ns) != 1 {
		t.Fatalf("notes = %+v, %v", ns, err)
	}
	got := ns[0]
	if got.UID != n.UID || got.Body != "Korean **note**" || got.Tags[0] != "한국어" || got.Targets[0].Exact != "대화는" {
		t.Errorf("reopened note = %+v", got)
	}
}
