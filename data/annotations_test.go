package data

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/parley-reader/parley/anchor"
	"github.com/parley-reader/parley/compare"
)

// exportJSON writes the comparison's notes as Web Annotation JSON.
func exportJSON(t *testing.T, s *Store, comparison int64) []byte {
	t.Helper()
	sets, err := s.NotesByComparison(context.Background(), comparison)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(Annotations(sets))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// annotatedComparison is a comparison with a span note, a highlight, a
// claim note and a pair note.
func annotatedComparison(t *testing.T, s *Store) int64 {
	t.Helper()
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	noteOn(t, s, c, Right, "gangster-like demand", "**Loaded** words", "rhetoric", "수사")
	hs, he := span(t, usText, "productive")
	if _, err := s.AddNote(ctx, Note{Comparison: c, Colour: Yellow, Targets: []Target{{Side: Left, Start: hs, End: he}}}); err != nil {
		t.Fatal(err)
	}
	cs, ce := span(t, dprkText, "대화는 유감스러웠다.")
	if _, err := s.AddNote(ctx, Note{Comparison: c, Kind: OnClaim, Body: "regret", Targets: []Target{{Side: Right, Start: cs, End: ce, Claim: 2}}}); err != nil {
		t.Fatal(err)
	}
	ls, le := span(t, usText, "we made progress")
	if _, err := s.AddNote(ctx, Note{Comparison: c, Body: "contradiction", Colour: Pink, Targets: []Target{
		{Side: Left, Start: ls, End: le, Claim: 0}, {Side: Right, Start: cs, End: ce, Claim: 2}}}); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAnnotationsFollowTheModel(t *testing.T) {
	s := openTemp(t)
	c := annotatedComparison(t, s)
	var doc map[string]any
	if err := json.Unmarshal(exportJSON(t, s, c), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["@context"] != AnnotationContext || doc["type"] != "AnnotationCollection" || doc["total"] != 4.0 {
		t.Errorf("collection = %v", doc)
	}
	items := doc["first"].(map[string]any)["items"].([]any)
	first := items[0].(map[string]any) // document order: the highlight on the left comes first
	if first["type"] != "Annotation" || !strings.HasPrefix(first["id"].(string), "urn:uuid:") || first["motivation"] != "highlighting" {
		t.Errorf("first annotation = %v", first)
	}
	target := first["target"].([]any)[0].(map[string]any)
	if target["source"] != "urn:sha256:"+digest(usText) || target["styleClass"] != "yellow" {
		t.Errorf("target = %v", target)
	}
	sel := target["selector"].([]any)
	pos, quote := sel[0].(map[string]any), sel[1].(map[string]any)
	if s, _ := span(t, usText, "productive"); pos["type"] != "TextPositionSelector" || pos["start"] != float64(s) {
		t.Errorf("position selector = %v", pos)
	}
	if quote["type"] != "TextQuoteSelector" || quote["exact"] != "productive" || quote["prefix"] != "The talks were ‘" {
		t.Errorf("quote selector = %v", quote)
	}
	var sawTag, sawMarkdown bool
	for _, it := range items {
		bodies, _ := it.(map[string]any)["body"].([]any)
		for _, b := range bodies {
			b := b.(map[string]any)
			sawTag = sawTag || b["purpose"] == "tagging" && b["value"] == "수사"
			sawMarkdown = sawMarkdown || b["format"] == "text/markdown" && b["value"] == "**Loaded** words"
		}
	}
	if !sawTag || !sawMarkdown {
		t.Errorf("tagging body %v, Markdown body %v", sawTag, sawMarkdown)
	}
}

func TestImportOwnExportAddsNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := annotatedComparison(t, s)
	before, _ := s.Notes(ctx, c)
	added, updated, orphans, err := s.ImportAnnotations(ctx, c, bytes.NewReader(exportJSON(t, s, c)))
	if err != nil || added != 0 || updated != 0 || orphans != 0 {
		t.Fatalf("import = %d added, %d updated, %d orphans, %v", added, updated, orphans, err)
	}
	after, _ := s.Notes(ctx, c)
	if len(after) != len(before) {
		t.Errorf("%d notes became %d", len(before), len(after))
	}
}

func TestImportIntoChangedTextReanchorsWithoutDuplicates(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := annotatedComparison(t, s)
	exported := exportJSON(t, s, c)
	originals, _ := s.Notes(ctx, c)

	// Another reader's copy: the right text re-imported with a headline and
	// without the word "demand".
	newRight := "[KCNA] " + strings.Replace(dprkText, "gangster-like demand", "gangster-like request", 1)
	other, err := s.CreateComparison(ctx, "Talks (copy)", Document{Meta: compare.Meta{Party: "US"}, Body: usText}, Document{Meta: compare.Meta{Party: "DPRK"}, Body: newRight})
	if err != nil {
		t.Fatal(err)
	}
	added, updated, orphans, err := s.ImportAnnotations(ctx, other, bytes.NewReader(exported))
	if err != nil || added != 4 || updated != 0 || orphans != 0 {
		t.Fatalf("import = %d added, %d updated, %d orphans, %v", added, updated, orphans, err)
	}
	ns, _ := s.Notes(ctx, other)
	if len(ns) != 4 {
		t.Fatalf("imported %d notes", len(ns))
	}
	byUID := map[string]Note{}
	for _, n := range ns {
		byUID[n.UID] = n
	}
	for _, o := range originals {
		n, ok := byUID[o.UID]
		if !ok {
			t.Errorf("note %q lost its id", o.Body)
			continue
		}
		if n.Body != o.Body || n.Colour != o.Colour || strings.Join(n.Tags, ",") != strings.Join(o.Tags, ",") || n.Kind != o.Kind || n.CreatedAt != o.CreatedAt {
			t.Errorf("imported %+v, exported %+v", n, o)
		}
		for i, tg := range n.Targets {
			text := usText
			if tg.Side == Right {
				text = newRight
			}
			if got := string([]rune(text)[tg.Start:tg.End]); got != tg.Exact || tg.Claim != o.Targets[i].Claim {
				t.Errorf("note %q placed on %q (%v), quote %q", n.Body, got, tg.State, tg.Exact)
			}
		}
	}
	reworded := originals[slices.IndexFunc(originals, func(n Note) bool { return n.Body == "**Loaded** words" })]
	if n := byUID[reworded.UID]; n.Targets[0].State != anchor.Fuzzy || n.Targets[0].Exact != "gangster-like request" {
		t.Errorf("reworded note = %+v", n.Targets[0])
	}

	// Importing the same file again adds nothing.
	added, updated, _, err = s.ImportAnnotations(ctx, other, bytes.NewReader(exported))
	if err != nil || added != 0 || updated != 0 {
		t.Errorf("second import = %d added, %d updated, %v", added, updated, err)
	}
	if ns, _ := s.Notes(ctx, other); len(ns) != 4 {
		t.Errorf("second import left %d notes", len(ns))
	}
}

func TestImportMergesNewerAndKeepsOrphans(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	n := noteOn(t, s, c, Left, "progress", "mine")
	newer := `{"type": "Annotation", "id": "` + n.UID + `", "modified": "2999-01-01T00:00:00Z",
		"body": {"type": "TextualBody", "value": "theirs", "purpose": "commenting"},
		"target": {"source": "urn:sha256:0000", "selector": {"type": "TextQuoteSelector", "exact": "progress"}}}`
	older := strings.Replace(strings.Replace(newer, "2999", "1999", 1), "theirs", "stale", 1)
	stranger := `[{"id": "urn:uuid:11111111-2222-4333-8444-555555555555", "type": "Annotation",
		"body": [{"type": "TextualBody", "value": "lost words", "purpose": "tagging"}],
		"target": [{"source": "urn:sha256:0000", "parley:side": "right",
			"selector": [{"type": "TextQuoteSelector", "exact": "words that are in neither text"}]}]}]`

	if a, u, o, err := s.ImportAnnotations(ctx, c, strings.NewReader(older)); err != nil || a+u+o != 0 {
		t.Errorf("older import = %d, %d, %d, %v; want nothing", a, u, o, err)
	}
	if a, u, _, err := s.ImportAnnotations(ctx, c, strings.NewReader(newer)); err != nil || a != 0 || u != 1 {
		t.Errorf("newer import = %d added, %d updated, %v", a, u, err)
	}
	if got, _ := s.Note(ctx, n.ID); got.Body != "theirs" || got.Targets[0].Exact != "progress" {
		t.Errorf("merged note = %+v", got)
	}
	a, _, o, err := s.ImportAnnotations(ctx, c, strings.NewReader(stranger))
	if err != nil || a != 1 || o != 1 {
		t.Fatalf("orphan import = %d added, %d orphans, %v", a, o, err)
	}
	ns, _ := s.Notes(ctx, c)
	last := ns[len(ns)-1]
	if !last.Orphaned() || last.Targets[0].Exact != "words that are in neither text" || last.Targets[0].Side != Right || last.Tags[0] != "lost words" {
		t.Errorf("orphan = %+v", last)
	}
}

func TestImportRefusesBadFilesWhole(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	good := `{"type": "Annotation", "id": "urn:uuid:a", "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "progress"}}}`
	for _, bad := range []string{
		`not json`,
		`{"type": "Person"}`,
		`[` + good + `, {"type": "Annotation", "id": "urn:uuid:b", "target": []}]`,
		`[` + good + `, {"type": "Annotation", "id": "urn:uuid:c", "target": {"source": "x"}}]`,
	} {
		if _, _, _, err := s.ImportAnnotations(ctx, c, strings.NewReader(bad)); err == nil {
			t.Errorf("import of %s succeeded", bad)
		}
	}
	if ns, _ := s.Notes(ctx, c); len(ns) != 0 {
		t.Errorf("a refused file left %d notes", len(ns))
	}
	if _, _, _, err := s.ImportAnnotations(ctx, c+9, strings.NewReader(good)); err == nil {
		t.Error("import into a missing comparison succeeded")
	}
}
