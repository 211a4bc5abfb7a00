package data

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// creators maps each annotation's id in an export to its creator, as the
// JSON has it.
func creators(t *testing.T, export []byte) map[string]map[string]any {
	t.Helper()
	var doc struct {
		First struct {
			Items []map[string]any `json:"items"`
		} `json:"first"`
	}
	if err := json.Unmarshal(export, &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, a := range doc.First.Items {
		c, _ := a["creator"].(map[string]any)
		out[a["id"].(string)] = c
	}
	return out
}

// TestExportNamesTheCreator: a student's export mixed the teacher's notes
// with their own, with no author on any. Every annotation now names its
// creator: the student's own notes the reader, OwnCreator; the teacher's
// the name they shared under; a note whose annotation named its creator,
// that creator. The export imported into another library keeps them, and
// exports them again as they were.
func TestExportNamesTheCreator(t *testing.T) {
	ctx := context.Background()
	teacher := openTemp(t)
	tc := newComparison(t, teacher, "Talks")
	noteOn(t, teacher, tc, Left, "made progress", "Ask the class: progress on what?")
	shared := exportJSON(t, teacher, tc)

	student := openTemp(t)
	sc := newComparison(t, student, "Talks")
	own := noteOn(t, student, sc, Right, "gangster-like demand", "my own")
	if added, _, _, err := student.ImportLayer(ctx, sc, bytes.NewReader(shared), "Ms Rivera"); err != nil || added != 1 {
		t.Fatalf("ImportLayer added %d, %v", added, err)
	}
	named := `[{"type": "Annotation", "id": "urn:uuid:7e7e7e7e-0000-4000-8000-000000000002", "creator": {"type": "Person", "name": "Mr Kim", "id": "https://example.org/kim"},
		"body": {"type": "TextualBody", "value": "a colleague's"}, "target": {"source": "x", "parley:side": "left", "selector": {"type": "TextQuoteSelector", "exact": "central issue"}}},
		{"type": "Annotation", "id": "urn:uuid:7e7e7e7e-0000-4000-8000-000000000003", "creator": "https://example.org/lee",
		"body": {"type": "TextualBody", "value": "by IRI"}, "target": {"source": "x", "parley:side": "left", "selector": {"type": "TextQuoteSelector", "exact": "delegation"}}},
		{"type": "Annotation", "id": "urn:uuid:7e7e7e7e-0000-4000-8000-000000000004", "creator": [{"type": ["Organization"], "name": "KCNA Watch"}, {"name": "someone else"}],
		"body": {"type": "TextualBody", "value": "by several"}, "target": {"source": "x", "parley:side": "left", "selector": {"type": "TextQuoteSelector", "exact": "return"}}}]`
	if added, _, _, err := student.ImportLayer(ctx, sc, strings.NewReader(named), "Ms Rivera"); err != nil || added != 3 {
		t.Fatalf("ImportLayer added %d, %v", added, err)
	}
	notes, err := student.Notes(ctx, sc)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]any{}
	for _, n := range notes {
		switch n.Body {
		case "my own":
			want[n.UID] = map[string]any{"type": "Person", "name": OwnCreator}
		case "Ask the class: progress on what?":
			want[n.UID] = map[string]any{"type": "Person", "name": "Ms Rivera"}
		case "a colleague's":
			want[n.UID] = map[string]any{"type": "Person", "name": "Mr Kim", "id": "https://example.org/kim"}
		case "by IRI":
			want[n.UID] = map[string]any{"type": "Person", "id": "https://example.org/lee"}
		case "by several":
			want[n.UID] = map[string]any{"type": "Organization", "name": "KCNA Watch"}
		}
	}
	if len(want) != 5 || want[own.UID] == nil {
		t.Fatalf("the student's notes = %+v", notes)
	}
	export := exportJSON(t, student, sc)
	check := func(what string, got map[string]map[string]any) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %d annotations, want %d", what, len(got), len(want))
		}
		for id, w := range want {
			g, _ := json.Marshal(got[id])
			if ws, _ := json.Marshal(w); string(g) != string(ws) {
				t.Errorf("%s: note %s by %s, want %s", what, id, g, ws)
			}
		}
	}
	check("export", creators(t, export))

	// Imported as the reader's own, into another library, and exported.
	other := openTemp(t)
	oc := newComparison(t, other, "Talks")
	if r, err := other.ImportNotes(ctx, oc, bytes.NewReader(export), ""); err != nil || r.Added != 5 {
		t.Fatalf("import = %+v, %v", r, err)
	}
	check("export of the import", creators(t, exportJSON(t, other, oc)))
	kept, err := other.Notes(ctx, oc)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range kept {
		if n.UID == own.UID && n.Creator != (Agent{}) {
			t.Errorf("the note by %s is kept as by %+v, not as the reader's own", OwnCreator, n.Creator)
		}
	}
}

// TestImportReadsAnyCreator: a creator of a shape Parley does not read (a
// number, a name that is not text) names no one, and the annotation is
// imported as it was before Parley read creators.
func TestImportReadsAnyCreator(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	for i, creator := range []string{`5`, `{"name": 5}`, `[]`, `[7]`, `true`, `{"type": {}}`} {
		a := fmt.Sprintf(`{"type": "Annotation", "id": "urn:uuid:7e7e7e7e-0000-4000-8000-00000000000%d", "creator": %s,
			"body": {"type": "TextualBody", "value": "odd"}, "target": {"source": "x", "parley:side": "left", "selector": {"type": "TextQuoteSelector", "exact": "made progress"}}}`, i, creator)
		if r, err := s.ImportNotes(ctx, c, strings.NewReader(a), ""); err != nil || r.Added != 1 {
			t.Errorf("creator %s: %+v, %v", creator, r, err)
		}
	}
	for id, by := range creators(t, exportJSON(t, s, c)) {
		if by["name"] != OwnCreator {
			t.Errorf("note %s by %v, want the reader", id, by)
		}
	}
}

// TestImportCutsTheCreator: a creator's name of 2 MB is cut, and an id
// that is not a URI is dropped.
func TestImportCutsTheCreator(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	a := `{"type": "Annotation", "creator": {"type": "Robot", "name": "` + strings.Repeat("Ms Rivera ", 200000) + `", "id": "not a uri"},
		"body": {"type": "TextualBody", "value": "long"}, "target": {"source": "x", "parley:side": "left", "selector": {"type": "TextQuoteSelector", "exact": "made progress"}}}`
	if _, err := s.ImportNotes(ctx, c, strings.NewReader(a), ""); err != nil {
		t.Fatal(err)
	}
	ns, err := s.Notes(ctx, c)
	if err != nil || len(ns) != 1 {
		t.Fatalf("%d notes, %v", len(ns), err)
	}
	if cr := ns[0].Creator; len([]rune(cr.Name)) != maxCreatorLen || !strings.HasSuffix(cr.Name, "…") || cr.ID != "" || cr.Type != Person {
		t.Errorf("creator = %.80q (%d characters), id %q, type %q", cr.Name, len([]rune(cr.Name)), cr.ID, cr.Type)
	}
}
