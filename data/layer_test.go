package data

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/parley-reader/parley/compare"
)

func TestSharedNotesArriveAsReadOnlyLayer(t *testing.T) {
	teacher := openTemp(t)
	student := openTemp(t)
	ctx := context.Background()
	left, right := Document{Meta: compare.Meta{Party: "US"}, Body: "We made progress on almost all of the central issues."}, Document{Meta: compare.Meta{Party: "DPRK"}, Body: "It was so regretful."}
	tc, err := teacher.CreateComparison(ctx, "Talks", left, right)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := teacher.AddNote(ctx, Note{Comparison: tc, Kind: OnSpan, Body: "Ask the class: *progress* on what?",
		Targets: []Target{{Side: Left, Start: 3, End: 16}}}); err != nil {
		t.Fatal(err)
	}
	sets, err := teacher.NotesByComparison(ctx, tc)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(Annotations(sets)); err != nil {
		t.Fatal(err)
	}

	sc, err := student.CreateComparison(ctx, "Talks", left, right)
	if err != nil {
		t.Fatal(err)
	}
	own, err := student.AddNote(ctx, Note{Comparison: sc, Kind: OnSpan, Body: "my own", Targets: []Target{{Side: Right, Start: 10, End: 19}}})
	if err != nil {
		t.Fatal(err)
	}
	if added, _, _, err := student.ImportLayer(ctx, sc, &buf, "Ms Rivera"); err != nil || added != 1 {
		t.Fatalf("ImportLayer added %d, %v", added, err)
	}
	notes, err := student.Notes(ctx, sc)
	if err != nil || len(notes) != 2 {
		t.Fatalf("student's notes = %+v, %v", notes, err)
	}
	var shared Note
	for _, n := range notes {
		if n.Layer == "Ms Rivera" {
			shared = n
		} else if n.ID != own.ID || n.Layer != "" {
			t.Errorf("the student's own note changed layer: %+v", n)
		}
	}
	if shared.ID == 0 || shared.Targets[0].Exact != "made progress" {
		t.Fatalf("shared note = %+v", shared)
	}
	if _, err := student.UpdateNote(ctx, shared.ID, NoteChange{Body: "vandalised"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("changing a shared note: %v, want ErrReadOnly", err)
	}
	if err := student.DeleteNote(ctx, shared.ID); !errors.Is(err, ErrReadOnly) {
		t.Errorf("deleting a shared note: %v, want ErrReadOnly", err)
	}
	if _, err := student.UpdateNote(ctx, own.ID, NoteChange{Body: "still mine"}); err != nil {
		t.Errorf("changing the student's own note: %v", err)
	}
}
