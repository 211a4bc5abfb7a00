package share

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley-reader/parley/data"
)

// v1 is a .parley file written by Parley when the format was version 1
// (share.Write of the built-in sample with sources, three corrections, a
// lesson and three notes). It is history: it is never regenerated, and
// every later Parley must open it.
const v1 = "testdata/v1.parley"

// TestV1Opens: a file shared with format version 1 opens with everything
// it holds, and its notes come into a library as the sharer's read-only
// layer, every one of them placed.
func TestV1Opens(t *testing.T) {
	b, err := ReadFile(v1)
	if err != nil {
		t.Fatal(err)
	}
	if b.Parley != 1 || b.Title != "US and DPRK" || b.From != "Ms Rivera" {
		t.Errorf("format %d, title %q, from %q", b.Parley, b.Title, b.From)
	}
	l, r := b.Left, b.Right
	if l.Party != "US" || l.Title != "Remarks to the press" || l.Source != "Mike Pompeo, US Secretary of State" ||
		l.Outlet != "US Department of State" || l.URL != "https://example.org/remarks" || l.Date != "2018-07-07" || l.Language != "en" {
		t.Errorf("left source = %+v", l)
	}
	if r.Party != "DPRK" || r.Title != "Statement of the Foreign Ministry" || r.Outlet != "KCNA" {
		t.Errorf("right source = %+v", r)
	}
	if !strings.HasPrefix(l.Text, "I think we made progress") || !strings.Contains(r.Text, "gangster-like") {
		t.Errorf("texts = %.40q, %.40q", l.Text, r.Text)
	}
	var kinds []string
	for _, c := range b.Corrections {
		kinds = append(kinds, c.Kind)
	}
	if !slices.Equal(kinds, []string{"pair", "relation", "reject"}) || b.Corrections[1].Relation != "contradict" ||
		!slices.Equal(b.Corrections[0].Left, []int{1}) || !slices.Equal(b.Corrections[0].Right, []int{2}) {
		t.Errorf("corrections = %+v", b.Corrections)
	}
	if b.Lesson == nil || len(b.Lesson.Items) != 2 || !slices.Equal(b.Lesson.Items[0].Right, []int{2}) || len(b.Lesson.Items[1].Right) != 0 {
		t.Errorf("lesson = %+v", b.Lesson)
	}

	s, err := data.Open(filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	c, err := s.CreateComparison(ctx, b.Title, data.DocumentOf(l.Document()), data.DocumentOf(r.Document()))
	if err != nil {
		t.Fatal(err)
	}
	notes, err := b.NotesJSON()
	if err != nil {
		t.Fatal(err)
	}
	added, _, orphans, err := s.ImportLayer(ctx, c, bytes.NewReader(notes), b.From)
	if err != nil || added != 3 || orphans != 0 {
		t.Fatalf("notes: %d added, %d not placed, %v; want 3 placed", added, orphans, err)
	}
	kept, err := s.Notes(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	var quotes []string
	for _, n := range kept {
		if n.Layer != "Ms Rivera" {
			t.Errorf("note %s is in layer %q, want the sharer's", n.UID, n.Layer)
		}
		quotes = append(quotes, n.Targets[0].Exact)
		if n.Targets[0].Exact == "constructive proposal" && (n.Colour != data.Yellow || n.Body != "") {
			t.Errorf("the highlight = %+v", n)
		}
		if n.Targets[0].Exact == "we made progress on almost all of the central issues" && (!slices.Equal(n.Tags, []string{"claim", "vague"}) || !strings.HasPrefix(n.Body, "*Which* issues?")) {
			t.Errorf("the comment = %+v", n)
		}
	}
	slices.Sort(quotes)
	if want := []string{"constructive proposal", "gangster-like", "we made progress on almost all of the central issues"}; !slices.Equal(quotes, want) {
		t.Errorf("notes on %q, want %q", quotes, want)
	}
}

// TestWriteIsV1: while this Parley writes format 1, it writes what it
// reads from v1.parley byte for byte. When the format changes on purpose,
// raise formatVersion, keep v1.parley as it is, and add a v2.parley written
// by the new code beside it.
func TestWriteIsV1(t *testing.T) {
	if formatVersion != 1 {
		t.Skip("this Parley writes a later format; v1.parley is only read")
	}
	want, err := os.ReadFile(v1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Read(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := Write(&got, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		g, w := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("Write no longer writes format 1 as v1.parley has it: line %d\n got: %.200s\nwant: %.200s", i+1, g[i], w[i])
			}
		}
		t.Fatalf("Write no longer writes format 1 as v1.parley has it: %d lines, want %d", len(g), len(w))
	}
}
