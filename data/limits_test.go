package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// annotationJSON is one annotation on "progress" with the given body and
// tags.
func annotationJSON(id, body string, tags ...string) string {
	bodies := []string{fmt.Sprintf(`{"type": "TextualBody", "value": %q, "purpose": "commenting"}`, body)}
	for _, t := range tags {
		bodies = append(bodies, fmt.Sprintf(`{"type": "TextualBody", "value": %q, "purpose": "tagging"}`, t))
	}
	return `{"type": "Annotation", "id": "` + id + `", "body": [` + strings.Join(bodies, ",") + `],
		"target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "progress"}}}`
}

// TestImportRefusesOversizedNotes: a 1 MB note cost the window 446 MB and
// a 40 MB one killed it on every reopen. An import holding a note beyond
// the limits is refused whole, with a sentence naming the limit.
func TestImportRefusesOversizedNotes(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	many := make([]string, MaxTags+1)
	for i := range many {
		many[i] = fmt.Sprintf("tag%d", i)
	}
	for name, tt := range map[string]struct{ json, says string }{
		"long body":     {annotationJSON("urn:uuid:1", strings.Repeat("é", MaxNoteLen+1)), fmt.Sprint(MaxNoteLen)},
		"too many tags": {annotationJSON("urn:uuid:2", "ok", many...), fmt.Sprint(MaxTags)},
		"long tag":      {annotationJSON("urn:uuid:3", "ok", strings.Repeat("t", MaxTagLen+1)), fmt.Sprint(MaxTagLen)},
	} {
		_, _, _, err := s.ImportAnnotations(ctx, c, strings.NewReader("["+annotationJSON("urn:uuid:0", "fine")+","+tt.json+"]"))
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: error %v, want ErrTooLarge naming %s", name, err, tt.says)
		}
	}
	if ns, _ := s.Notes(ctx, c); len(ns) != 0 {
		t.Errorf("a refused import left %d notes", len(ns))
	}
	// At the limits a note is kept.
	at := annotationJSON("urn:uuid:4", strings.Repeat("é", MaxNoteLen), many[:MaxTags]...)
	if added, _, _, err := s.ImportAnnotations(ctx, c, strings.NewReader(at)); err != nil || added != 1 {
		t.Errorf("a note at the limits: %d added, %v", added, err)
	}
}

// TestNotesAreCappedWhenKept: the window's own notes have the same limits.
func TestNotesAreCappedWhenKept(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	start, end := span(t, usText, "progress")
	long := strings.Repeat("x", MaxNoteLen+1)
	if _, err := s.AddNote(ctx, Note{Comparison: c, Body: long, Targets: []Target{{Side: Left, Start: start, End: end}}}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("AddNote of %d characters: %v, want ErrTooLarge", len(long), err)
	}
	n := noteOn(t, s, c, Left, "progress", "short")
	if _, err := s.UpdateNote(ctx, n.ID, NoteChange{Body: long}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("UpdateNote to %d characters: %v, want ErrTooLarge", len(long), err)
	}
}

// TestImportRefusesOversizedSelectors: an orphan now keeps the selectors
// it was imported with, so they are bounded: a quote longer than either
// statement, a context of more than 1,000 code points, or more than eight
// selectors are refused.
func TestImportRefusesOversizedSelectors(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	target := func(selectors string) string {
		return `{"type": "Annotation", "id": "urn:uuid:9", "target": {"source": "x", "selector": [` + selectors + `]}}`
	}
	quote := func(exact, prefix string) string {
		return fmt.Sprintf(`{"type": "TextQuoteSelector", "exact": %q, "prefix": %q}`, exact, prefix)
	}
	for name, in := range map[string]string{
		"long quote":     target(quote(strings.Repeat("x", len(usText)+1), "")),
		"long context":   target(quote("progress", strings.Repeat("p", 1001))),
		"many selectors": target(strings.Repeat(quote("progress", "")+",", 8) + quote("progress", "")),
	} {
		if _, _, _, err := s.ImportAnnotations(ctx, c, strings.NewReader(in)); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: %v, want ErrTooLarge", name, err)
		}
	}
}

// TestImportValidatesIdsAndClaims: annotation ids that are not URIs were
// kept, and claim ids -7 and 99,999 stored. Both are refused, naming the
// annotation.
func TestImportValidatesIdsAndClaims(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	withClaim := func(claim int) string {
		return fmt.Sprintf(`{"type": "Annotation", "id": "urn:uuid:c%d", "target": {"source": "x", "parley:side": "left", "parley:claim": %d,
			"selector": {"type": "TextQuoteSelector", "exact": "progress"}}}`, claim+10, claim)
	}
	for name, tt := range map[string]struct{ json, says string }{
		"plain word":     {annotationJSON("note-1", "x"), `"note-1" is not a URI`},
		"number":         {annotationJSON("12", "x"), `"12" is not a URI`},
		"space":          {annotationJSON("urn:uuid:a b", "x"), "is not a URI"},
		"negative claim": {withClaim(-7), "claim -7"},
		"claim past end": {withClaim(99999), "claim 99999"},
	} {
		if _, _, _, err := s.ImportAnnotations(ctx, c, strings.NewReader(tt.json)); err == nil || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: %v, want an error saying %q", name, err, tt.says)
		}
	}
	for _, id := range []string{"urn:uuid:3f0e1c7a-0000-4000-8000-000000000001", "https://example.org/annotations/1", ""} {
		if _, _, _, err := s.ImportAnnotations(ctx, c, strings.NewReader(annotationJSON(id, "fine"))); err != nil {
			t.Errorf("id %q: %v", id, err)
		}
	}
	if _, _, _, err := s.ImportAnnotations(ctx, c, strings.NewReader(withClaim(3))); err != nil {
		t.Errorf("claim 3: %v", err)
	}
}
