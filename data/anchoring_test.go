package data

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/parley-reader/parley/anchor"
)

func TestNotesFollowReimportedText(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	cmp, err := s.Comparison(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	moved := noteOn(t, s, c, Right, "gangster-like demand", "shifted by the new headline", "rhetoric")
	fuzzy := noteOn(t, s, c, Right, "대화는 유감스러웠다", "reworded")
	lost := noteOn(t, s, c, Right, "The US side came", "its sentence is cut")
	if err := s.DeleteNote(ctx, fuzzy.ID); err != nil { // deleted notes follow too
		t.Fatal(err)
	}
	other := noteOn(t, s, c, Left, "progress", "other side, untouched")

	reimported := "[조선중앙통신 — 2018년 7월 7일] 북한 외무성: Washington came with a gangster-like demand for denuclearisation. 대화는 유감스러웠습니다."
	got, err := s.UpdateDocumentText(ctx, cmp.Right.ID, reimported)
	if err != nil {
		t.Fatal(err)
	}
	if got != (Reanchored{Moved: 1, Fuzzy: 1, Orphan: 1}) {
		t.Errorf("re-anchored = %+v", got)
	}

	check := func(id int64, wantState anchor.State, wantText string) Note {
		t.Helper()
		n, err := s.Note(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		tg := n.Targets[0]
		if tg.State != wantState {
			t.Errorf("note %q: state %v, want %v", n.Body, tg.State, wantState)
		}
		if wantText != "" {
			if got := string([]rune(reimported)[tg.Start:tg.End]); got != wantText || tg.Exact != wantText {
				t.Errorf("note %q: at %q (quote %q), want %q", n.Body, got, tg.Exact, wantText)
			}
		}
		return n
	}
	check(moved.ID, anchor.Moved, "gangster-like demand")
	check(fuzzy.ID, anchor.Fuzzy, "대화는 유감스러웠습")
	orphan := check(lost.ID, anchor.Orphan, "")
	if orphan.Targets[0].Exact != "The US side came" || orphan.Body != "its sentence is cut" {
		t.Errorf("orphan lost its quote or body: %+v", orphan)
	}
	if n, _ := s.Note(ctx, other.ID); n.Targets[0].State != anchor.Exact || n.Targets[0].Exact != "progress" {
		t.Errorf("note on the other side changed: %+v", n.Targets[0])
	}

	ns, _ := s.Notes(ctx, c)
	if len(ns) != 3 || ns[len(ns)-1].ID != lost.ID {
		t.Errorf("orphans are not listed last (and kept): %+v", ns)
	}
	if hits, _ := s.Search(ctx, "Washington", 10); len(hits) != 1 || hits[0].Kind != DocumentHit {
		t.Errorf("new text not searchable: %+v", hits)
	}
	if hits, _ := s.Search(ctx, "side came", 10); len(hits) != 1 || hits[0].Kind != NoteHit {
		t.Errorf("old text still found in the document, or the orphan's quote lost: %+v", hits)
	}
	if _, ok, _ := s.FindComparison(ctx, usText, reimported); !ok {
		t.Error("the comparison is not found by its new text")
	}
	if _, err := s.UpdateDocumentText(ctx, 999, "x"); !errors.Is(err, ErrNoDocument) {
		t.Errorf("update of a missing document: %v", err)
	}
}

func TestOrphanComesBackWhenTextReturns(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	cmp, _ := s.Comparison(ctx, c)
	n := noteOn(t, s, c, Left, "every central issue", "")
	if r, _ := s.UpdateDocumentText(ctx, cmp.Left.ID, "Nothing of the kind."); r.Orphan != 1 {
		t.Fatalf("re-anchored = %+v, want an orphan", r)
	}
	if r, _ := s.UpdateDocumentText(ctx, cmp.Left.ID, strings.ToUpper("Now: ")+usText); r.Moved != 1 {
		t.Fatalf("re-anchored = %+v, want the orphan moved back", r)
	}
	got, _ := s.Note(ctx, n.ID)
	if got.Targets[0].Start != n.Targets[0].Start+5 {
		t.Errorf("start = %d, want %d", got.Targets[0].Start, n.Targets[0].Start+5)
	}
}
