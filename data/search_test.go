package data

import (
	"context"
	"strings"
	"testing"
)

func TestFTSQueryQuotesWhatReadersType(t *testing.T) {
	tests := map[string]string{
		"":                      "",
		"progress":              `"progress"*`,
		`"gangster-like`:        `"gangster-like"*`,
		`AND OR (`:              `"AND"* "OR"*`,
		`"peace talks" regret`:  `"peace talks"* "regret"*`,
		`say "a""b"`:            `"say"* "a"* "b"*`,
		`NEAR(a b) col:x * ^ -`: `"NEAR(a"* "b)"* "col:x"*`,
		`— … ?`:                 "",
		"대화는":                   `"대화는"*`,
	}
	for in, want := range tests {
		if got := ftsQuery(in); got != want {
			t.Errorf("ftsQuery(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestSearchNeverFailsOnWhatReadersType(t *testing.T) {
	s := openTemp(t)
	c := newComparison(t, s, "Talks")
	noteOn(t, s, c, Right, "gangster-like", "A (loaded) word; \"really\"?")
	for _, q := range []string{`"gangster-like`, `AND OR (`, `"`, `""`, `*`, `NOT`, `a OR`, `'; DROP TABLE notes; --`,
		`col:body`, `NEAR(`, `{a b}`, `^x`, `-x`, `+`, "\x00", `"unterminated phrase AND`, `)))`, `✓`} {
		if _, err := s.Search(context.Background(), q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	hits, _ := s.Search(context.Background(), `"gangster-like`, 10)
	if len(hits) != 2 {
		t.Errorf(`Search("gangster-like) found %d hits, want the note and the statement`, len(hits))
	}
	if hits, _ := s.Search(context.Background(), `AND OR (`, 10); len(hits) != 0 {
		t.Errorf("AND OR ( found %+v; no text has both words", hits)
	}
}

func TestSearchFindsNotesAndDocumentsAtTheirPlace(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	note := noteOn(t, s, c, Right, "gangster-like demand", "Typical escalation", "Rhetoric")

	hits, err := s.Search(ctx, "유감", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Fatalf("Korean search: %+v", hits)
	}
	h := hits[0]
	if h.Kind != DocumentHit || h.Comparison != c || h.ComparisonTitle != "Talks" || h.Side != Right {
		t.Errorf("hit = %+v", h)
	}
	if want, _ := span(t, dprkText, "유감스러웠다"); h.Offset != want {
		t.Errorf("offset = %d, want %d (code points)", h.Offset, want)
	}
	if len(h.Marks) != 1 || string([]rune(h.Snippet)[h.Marks[0].Start:h.Marks[0].End]) != "유감스러웠다" {
		t.Errorf("snippet %q marks %+v", h.Snippet, h.Marks)
	}

	for _, q := range []string{"escalation", "rhetoric", "gangster demand", "typ"} {
		hits, err := s.Search(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Kind != NoteHit || hits[0].Note != note.ID || hits[0].Offset != note.Targets[0].Start || hits[0].Side != Right {
			t.Errorf("Search(%q) = %+v, want note %d first", q, hits, note.ID)
		}
	}

	// A match only in the party gives offset 0.
	hits, _ = s.Search(ctx, "DPRK", 10)
	if len(hits) != 1 || hits[0].Offset != 0 || hits[0].Side != Right {
		t.Errorf("party hit = %+v", hits)
	}

	if _, err := s.UpdateNote(ctx, note.ID, NoteChange{Body: "Calmer words"}); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.Search(ctx, "escalation", 10); len(hits) != 0 {
		t.Errorf("old body still found: %+v", hits)
	}
	if hits, _ := s.Search(ctx, "rhetoric", 10); len(hits) != 0 {
		t.Errorf("removed tag still found: %+v", hits)
	}
	if err := s.DeleteNote(ctx, note.ID); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.Search(ctx, "calmer", 10); len(hits) != 0 {
		t.Errorf("deleted note found: %+v", hits)
	}
	if err := s.RestoreNote(ctx, note.ID); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.Search(ctx, "calmer", 10); len(hits) != 1 {
		t.Errorf("restored note not found: %+v", hits)
	}
}

// TestSearchIndexesStayInSync checks the full-text tables against the
// tables they index after every kind of change.
func TestSearchIndexesStayInSync(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	cmp, _ := s.Comparison(ctx, c)
	a := noteOn(t, s, c, Left, "progress", "first", "x", "y")
	ls, le := span(t, usText, "delegation")
	rs, re := span(t, dprkText, "demand")
	pair, err := s.AddNote(ctx, Note{Comparison: c, Targets: []Target{{Side: Left, Start: ls, End: le}, {Side: Right, Start: rs, End: re}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateNote(ctx, a.ID, NoteChange{Body: "second", Tags: []string{"z"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateDocumentText(ctx, cmp.Right.ID, "Prefix. "+strings.Replace(dprkText, "demand", "demands", 1)); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		if err := s.db.QueryRow(`INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)`).Err(); err != nil {
			t.Errorf("%s: documents index out of step: %v", when, err)
		}
		if err := s.db.QueryRow(`INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')`).Err(); err != nil {
			t.Errorf("%s: notes index damaged: %v", when, err)
		}
		rows, err := s.db.Query(`SELECT n.id, n.body, f.body, coalesce((SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = n.id), ''), f.quote,
				coalesce((SELECT group_concat(t.name, ' ') FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = n.id), ''), f.tags
			FROM notes n LEFT JOIN notes_fts f ON f.rowid = n.id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var body, fbody, quote, fquote, tags, ftags *string
			if err := rows.Scan(&id, &body, &fbody, &quote, &fquote, &tags, &ftags); err != nil {
				t.Fatal(err)
			}
			if fbody == nil || *body != *fbody || *quote != *fquote || *tags != *ftags {
				t.Errorf("%s: note %d indexed as %v/%v/%v", when, id, fbody, fquote, ftags)
			}
		}
		var indexed, notes int
		s.db.QueryRow(`SELECT count(*) FROM notes_fts`).Scan(&indexed)
		s.db.QueryRow(`SELECT count(*) FROM notes`).Scan(&notes)
		if indexed != notes {
			t.Errorf("%s: %d notes, %d indexed", when, notes, indexed)
		}
	}
	check("after changes")
	if _, err := s.db.Exec(`DELETE FROM notes WHERE id = ?`, pair.ID); err != nil {
		t.Fatal(err)
	}
	check("after removing a note")
	if _, err := s.db.Exec(`DELETE FROM comparisons WHERE id = ?`, c); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`DELETE FROM documents WHERE id NOT IN (SELECT left_doc FROM comparisons UNION SELECT right_doc FROM comparisons)`); err != nil {
		t.Fatal(err)
	}
	check("after removing the comparison and its documents")
	if hits, _ := s.Search(ctx, "progress", 10); len(hits) != 0 {
		t.Errorf("removed rows still found: %+v", hits)
	}
}
