package data

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// manyAnnotations is a JSON array of count annotations with ids
// urn:uuid:…-<i>, each on "made progress" on the left, with a body
// naming it and two tags, modified at the given time.
func manyAnnotations(count int, modified string) string {
	var b strings.Builder
	b.WriteString("[")
	for i := range count {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"type":"Annotation","id":"urn:uuid:00000000-0000-4000-8000-%012d","modified":"%s",
			"body":[{"type":"TextualBody","value":"note %d","purpose":"commenting"},{"type":"TextualBody","value":"tag%d","purpose":"tagging"},{"type":"TextualBody","value":"Evidence","purpose":"tagging"}],
			"target":{"source":"x","parley:side":"left","selector":{"type":"TextQuoteSelector","exact":"made progress"}}}`, i, modified, i, i%3)
	}
	b.WriteString("]")
	return b.String()
}

// indexAsTriggersMakeIt lists the rows of notes_fts that differ from what
// the triggers keep there for each note: its body, its quotes joined by
// " … " and its tags joined by spaces.
func indexAsTriggersMakeIt(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.db.Query(`SELECT n.id, f.rowid IS NULL, coalesce(f.body, ''), coalesce(f.quote, ''), coalesce(f.tags, ''), n.body,
			coalesce((SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = n.id), ''),
			coalesce((SELECT group_concat(t.name, ' ') FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = n.id), '')
		FROM notes n LEFT JOIN notes_fts f ON f.rowid = n.id
		UNION ALL SELECT rowid, 0, body, quote, tags, '(no note)', '', '' FROM notes_fts WHERE rowid NOT IN (SELECT id FROM notes)`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var wrong []string
	for rows.Next() {
		var id int64
		var missing bool
		var body, quote, tags, wantBody, wantQuote, wantTags string
		if err := rows.Scan(&id, &missing, &body, &quote, &tags, &wantBody, &wantQuote, &wantTags); err != nil {
			t.Fatal(err)
		}
		if missing || body != wantBody || quote != wantQuote || tags != wantTags {
			wrong = append(wrong, fmt.Sprintf("note %d: indexed %q %q %q (missing: %v), want %q %q %q", id, body, quote, tags, missing, wantBody, wantQuote, wantTags))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return wrong
}

// TestImportIndexesAsTheTriggersDo: an import writes the search index
// once, at its end. The index then holds for every note what the triggers
// would have put there, whether the note was added, replaced by a later
// version (by a later import, or later in the same file), or kept by the
// window itself; and search finds the imported notes by body, quote and
// tag.
func TestImportIndexesAsTheTriggersDo(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	own := noteOn(t, s, c, Right, "gangster-like demand", "mine", "rhetoric")
	if _, err := s.UpdateNote(ctx, own.ID, NoteChange{Body: "still mine", Tags: []string{"homework", "Evidence"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportNotes(ctx, c, strings.NewReader(manyAnnotations(250, "2020-01-01T00:00:00Z")), ""); err != nil {
		t.Fatal(err)
	}
	// The second file has a later version of the first 50 notes and 50
	// new ones, two of its annotations twice (the later wins), one pair
	// and one orphan.
	again := manyAnnotations(300, "2021-01-01T00:00:00Z")
	again = strings.Replace(again, `"note 0"`, `"note 0, revised"`, 1)
	extra := `,{"type":"Annotation","id":"urn:uuid:00000000-0000-4000-8000-000000000001","modified":"2022-01-01T00:00:00Z",
			"body":{"type":"TextualBody","value":"once more","purpose":"commenting"},
			"target":[{"source":"x","parley:side":"left","parley:claim":0,"selector":{"type":"TextQuoteSelector","exact":"made progress"}},
				{"source":"x","parley:side":"right","parley:claim":0,"selector":{"type":"TextQuoteSelector","exact":"gangster-like demand"}}]},
		{"type":"Annotation","id":"urn:uuid:00000000-0000-4000-8000-000000000299","modified":"2022-01-01T00:00:00Z",
			"body":{"type":"TextualBody","value":"lost","purpose":"commenting"},
			"target":{"source":"x","parley:side":"left","selector":{"type":"TextQuoteSelector","exact":"nowhere in the text"}}}]`
	again = strings.TrimSuffix(again, "]") + extra
	r, err := s.ImportNotes(ctx, c, strings.NewReader(again), "")
	if err != nil {
		t.Fatal(err)
	}
	if r.Added != 50 || r.Updated != 252 || r.Orphans != 1 {
		t.Errorf("report = %+v, want 50 added, 250 + 2 updated, 1 orphan", r)
	}
	if _, err := s.ImportNotes(ctx, c, strings.NewReader(manyAnnotations(10, "2021-01-01T00:00:00Z")), "Ms Rivera"); err != nil {
		t.Fatal(err)
	}
	if wrong := indexAsTriggersMakeIt(t, s); len(wrong) > 0 {
		t.Errorf("%d notes indexed unlike the triggers index them, such as %s", len(wrong), wrong[0])
	}
	// Notes 1 and 299 lost their tags to the later versions.
	for q, want := range map[string]int{"revised": 1, "once more": 1, "tag2": 100 - 1 + 3, "evidence": 300 - 2 + 1 + 10, "lost": 1} {
		hits, err := s.Search(ctx, q, 1000)
		notes := 0
		for _, h := range hits {
			if h.Kind == NoteHit {
				notes++
			}
		}
		if err != nil || notes != want {
			t.Errorf("Search(%q) = %d notes, %v; want %d", q, notes, err, want)
		}
	}
	// The triggers are back: a note kept by the window is indexed.
	n := noteOn(t, s, c, Left, "central issue", "after the import", "later")
	if _, err := s.UpdateNote(ctx, n.ID, NoteChange{Body: "after the import, changed", Tags: []string{"later", "again"}}); err != nil {
		t.Fatal(err)
	}
	if wrong := indexAsTriggersMakeIt(t, s); len(wrong) > 0 {
		t.Errorf("after the import: %s", wrong[0])
	}
}

// TestImportWritesTheIndexOnce: importing 40,000 notes took most of a
// minute, the search index being rewritten by a trigger for each row of a
// note, its targets and its tags. An import now writes each note's row of
// the index once.
func TestImportWritesTheIndexOnce(t *testing.T) {
	s := openTemp(t)
	s.db.SetMaxOpenConns(1) // so that total_changes counts the import's
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	const count = 1000
	changes := func() int64 {
		var n int64
		if err := s.db.QueryRow(`SELECT total_changes()`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := changes()
	if r, err := s.ImportNotes(ctx, c, strings.NewReader(manyAnnotations(count, "2020-01-01T00:00:00Z")), ""); err != nil || r.Added != count {
		t.Fatalf("import = %+v, %v", r, err)
	}
	// A note, its target, its two tags, and its row of the index, which
	// FTS5 keeps in three tables; four tags new to the library; pausing
	// the triggers and resuming them; and a few pages of the index. (The
	// triggers wrote 47 rows a note.)
	if got, want := changes()-before, int64(count*(1+1+2+3)+4+2+count/10); got > want {
		t.Errorf("%d rows written for %d notes, want at most %d", got, count, want)
	}
	if wrong := indexAsTriggersMakeIt(t, s); len(wrong) > 0 {
		t.Errorf("%s", wrong[0])
	}
}

// TestImportNearTheLargestID: in a library whose notes' ids come near the
// largest SQLite has, where SQLite picks ids of its own, an import writes
// its notes one at a time and indexes them all.
func TestImportNearTheLargestID(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	n := noteOn(t, s, c, Left, "made progress", "the last id")
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`PRAGMA defer_foreign_keys = ON`, `UPDATE notes SET id = ?1 WHERE id = ?2`, `UPDATE note_targets SET note_id = ?1 WHERE note_id = ?2`,
		`DELETE FROM notes_fts`, `INSERT INTO notes_fts (rowid, body, quote, tags)
			SELECT n.id, n.body, coalesce((SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = n.id), ''), '' FROM notes n`} {
		var args []any
		if strings.Contains(q, "?") {
			args = []any{int64(math.MaxInt64), n.ID}
		}
		if _, err := tx.Exec(q, args...); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if r, err := s.ImportNotes(ctx, c, strings.NewReader(manyAnnotations(150, "2020-01-01T00:00:00Z")), ""); err != nil || r.Added != 150 {
		t.Fatalf("import = %+v, %v", r, err)
	}
	if ns, err := s.Notes(ctx, c); err != nil || len(ns) != 151 {
		t.Errorf("%d notes, %v; want 151", len(ns), err)
	}
	if wrong := indexAsTriggersMakeIt(t, s); len(wrong) > 0 {
		t.Errorf("%s", wrong[0])
	}
}

// TestImportRefusesTooMany: an import of more than MaxAnnotations
// annotations is refused, naming the limit, and keeps nothing.
func TestImportRefusesTooMany(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c := newComparison(t, s, "Talks")
	many := "[" + strings.TrimSuffix(strings.Repeat(`{"type":"Annotation","target":{"source":"x","selector":{"type":"TextQuoteSelector","exact":"made progress"}}},`, MaxAnnotations+1), ",") + "]"
	_, err := s.ImportNotes(ctx, c, strings.NewReader(many), "")
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), fmt.Sprint(MaxAnnotations)) {
		t.Errorf("error = %v, want ErrTooLarge naming %d", err, MaxAnnotations)
	}
	if ns, _ := s.Notes(ctx, c); len(ns) != 0 {
		t.Errorf("%d notes kept", len(ns))
	}
}
