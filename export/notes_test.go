package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
)

const (
	leftText  = "The talks were ‘productive’ — we made progress on every central issue."
	rightText = "북한 외무성: The US side came with a gangster-like demand. 대화는 유감스러웠다."
)

// at returns the code-point offsets of sub in text.
func at(t *testing.T, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	s := utf8.RuneCountInString(text[:i])
	return s, s + utf8.RuneCountInString(sub)
}

// notedLibrary is a library with one comparison holding a note with tags,
// a highlight, and a note on a pair.
func notedLibrary(t *testing.T) (*data.Store, int64) {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	c, err := s.CreateComparison(ctx, "Talks *2018*", data.Document{Meta: compare.Meta{Party: "US", Title: "Briefing"}, Body: leftText},
		data.Document{Meta: compare.Meta{Party: "DPRK", Title: "KCNA"}, Body: rightText})
	if err != nil {
		t.Fatal(err)
	}
	gs, ge := at(t, rightText, "gangster-like demand")
	ps, pe := at(t, leftText, "productive")
	ls, le := at(t, leftText, "we made progress")
	ks, ke := at(t, rightText, "대화는 유감스러웠다")
	for _, n := range []data.Note{
		{Comparison: c, Body: "=SUM(A1) is *not* a formula here", Tags: []string{"rhetoric", "수사"}, Targets: []data.Target{{Side: data.Right, Start: gs, End: ge}}},
		{Comparison: c, Colour: data.Yellow, Targets: []data.Target{{Side: data.Left, Start: ps, End: pe}}},
		{Comparison: c, Body: "- progress\n- regret", Targets: []data.Target{{Side: data.Left, Start: ls, End: le}, {Side: data.Right, Start: ks, End: ke}}},
	} {
		if _, err := s.AddNote(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	return s, c
}

func exported(t *testing.T, s *data.Store, comparison int64, format string) string {
	t.Helper()
	sets, err := s.NotesByComparison(context.Background(), comparison)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteNotes(&b, format, sets); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestNotesMarkdownGroupsByComparison(t *testing.T) {
	s, c := notedLibrary(t)
	md := exported(t, s, 0, "md")
	for _, want := range []string{
		"# Notes\n",
		"\n## Talks \\*2018\\*\n",
		"Left: US, Briefing · Right: DPRK, KCNA",
		"### DPRK (right)\n\n> gangster-like demand\n",
		"*tags: #rhetoric #수사*",
		"=SUM(A1) is *not* a formula here\n",
		"### US (left)\n\n> productive\n\n*highlighted yellow*\n\n### US (left) and DPRK (right)",
		"### US (left) and DPRK (right)\n\n> we made progress\n\n> 대화는 유감스러웠다\n",
		"- progress\n- regret\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Index(md, "> productive") > strings.Index(md, "> gangster-like") {
		t.Error("notes are not in document order (left first)")
	}
	if other := exported(t, s, c, "md"); other != md {
		t.Error("exporting the only comparison differs from exporting the library")
	}
}

func TestNotesCSVOpensWithHeader(t *testing.T) {
	s, _ := notedLibrary(t)
	rows, err := csv.NewReader(strings.NewReader(exported(t, s, 0, "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], []string{"id", "comparison", "side", "start", "end", "quote", "body", "colour", "tags", "created", "updated"}) {
		t.Fatalf("header = %q", rows[0])
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want a header and 3 notes", len(rows))
	}
	byQuote := map[string][]string{}
	for _, r := range rows[1:] {
		byQuote[r[5]] = r
		if !strings.HasPrefix(r[0], "urn:uuid:") || r[1] != "Talks *2018*" || r[9] == "" {
			t.Errorf("row = %q", r)
		}
	}
	g := byQuote["gangster-like demand"]
	if start, end := at(t, rightText, "gangster-like demand"); g == nil || g[2] != "right" || g[3] != strconv.Itoa(start) || g[4] != strconv.Itoa(end) {
		t.Errorf("note row = %q", g)
	}
	if g[6] != "'=SUM(A1) is *not* a formula here" || g[8] != "rhetoric; 수사" {
		t.Errorf("body or tags = %q, %q", g[6], g[8])
	}
	if p := byQuote["we made progress / 대화는 유감스러웠다"]; p == nil || p[2] != "both" || p[6] != "- progress\n- regret" {
		t.Errorf("pair row = %q", p)
	}
	if h := byQuote["productive"]; h == nil || h[7] != "yellow" || h[6] != "" {
		t.Errorf("highlight row = %q", h)
	}
}

func TestNotesJSONRoundTripsWithoutDuplicates(t *testing.T) {
	s, c := notedLibrary(t)
	ctx := context.Background()
	js := exported(t, s, c, "json")
	if !strings.Contains(js, `"@context": "http://www.w3.org/ns/anno.jsonld"`) || !strings.Contains(js, `"type": "TextQuoteSelector"`) ||
		!strings.Contains(js, "gangster-like demand") {
		t.Errorf("JSON = %s", js)
	}
	added, updated, orphans, err := s.ImportAnnotations(ctx, c, strings.NewReader(js))
	if err != nil || added+updated+orphans != 0 {
		t.Errorf("re-import into the same comparison = %d, %d, %d, %v; want nothing", added, updated, orphans, err)
	}
	if ns, _ := s.Notes(ctx, c); len(ns) != 3 {
		t.Errorf("%d notes after re-import, want 3", len(ns))
	}

	// A colleague's library with the right text re-imported under a headline.
	other, err := s.CreateComparison(ctx, "Copy", data.Document{Meta: compare.Meta{Party: "US"}, Body: leftText},
		data.Document{Meta: compare.Meta{Party: "DPRK"}, Body: "[KCNA, 7 July] " + rightText})
	if err != nil {
		t.Fatal(err)
	}
	added, _, orphans, err = s.ImportAnnotations(ctx, other, strings.NewReader(js))
	if err != nil || added != 3 || orphans != 0 {
		t.Fatalf("import into the copy = %d added, %d orphans, %v", added, orphans, err)
	}
	if again := exported(t, s, other, "json"); strings.Count(again, `"type": "Annotation"`) != 3 {
		t.Errorf("the copy exports %d annotations", strings.Count(again, `"type": "Annotation"`))
	}
}

func TestWriteNotesRefusesUnknownFormat(t *testing.T) {
	if err := WriteNotes(&bytes.Buffer{}, "docx", nil); err == nil || !strings.Contains(err.Error(), "md, csv, json") {
		t.Errorf("WriteNotes(docx) = %v", err)
	}
}
