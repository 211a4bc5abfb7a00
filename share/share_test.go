package share

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/lesson"
)

func TestRoundTrip(t *testing.T) {
	in := Bundle{Title: "Talks", From: "Ms Rivera",
		Left:  Statement{Party: "US", Text: "We made progress — 진전."},
		Right: Statement{Party: "DPRK", Outlet: "KCNA", Text: "It was so regretful."},
		Corrections: []Correction{{Kind: "relation", Left: []int{0}, Right: []int{0}, Relation: "contradict"},
			{Kind: "reject", Left: []int{1}, Right: []int{1}}},
		Lesson: &lesson.Plan{Items: []lesson.Item{{Left: []int{0}, Right: []int{0}}}},
		Notes:  data.AnnotationCollection{Type: "AnnotationCollection"},
	}
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	out, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if out.Parley != formatVersion || out.From != "Ms Rivera" || out.Left.Text != in.Left.Text || out.Right.Outlet != "KCNA" ||
		len(out.Corrections) != 2 || out.Lesson == nil || len(out.Lesson.Items) != 1 {
		t.Errorf("round trip = %+v", out)
	}
}

func TestReadRefusesWhatIsNotAShare(t *testing.T) {
	for name, body := range map[string]string{
		"empty":          "",
		"binary":         "\x89PNG\r\n\x1a\n\x00\x00",
		"not json":       "hello",
		"no version":     `{"left":{"text":"a"},"right":{"text":"b"}}`,
		"no statement":   `{"parley":1,"left":{"text":" "},"right":{"text":"b"}}`,
		"bad correction": `{"parley":1,"left":{"text":"a"},"right":{"text":"b"},"corrections":[{"kind":"merge"}]}`,
	} {
		if _, err := Read(strings.NewReader(body)); !errors.Is(err, ErrNotShare) {
			t.Errorf("%s: error %v, want ErrNotShare", name, err)
		}
	}
	if _, err := Read(strings.NewReader(`{"parley":99,"left":{"text":"a"},"right":{"text":"b"}}`)); !errors.Is(err, ErrNewer) {
		t.Errorf("a newer file: %v, want ErrNewer", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`{"parley":1,"from":"T","left":{"text":"a"},"right":{"text":"b"},"notes":{"type":"AnnotationCollection"}}`)
	f.Add(`{"parley":1,"left":{"text":"a"},"right":{"text":"b"},"lesson":{"items":[{"left":[0],"right":[]}]}}`)
	f.Add(`[]`)
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		b, err := Read(strings.NewReader(s))
		if err != nil {
			return
		}
		if strings.TrimSpace(b.Left.Text) == "" || strings.TrimSpace(b.Right.Text) == "" || b.From == "" {
			t.Fatalf("accepted an incomplete share: %+v", b)
		}
	})
}

// TestReadRefusesOversizedNotes: a .parley whose note held 40 MB killed
// the window on every reopen. A note beyond data's limits makes the file
// refused before anything of it is kept.
func TestReadRefusesOversizedNotes(t *testing.T) {
	note := `{"type": "Annotation", "id": "urn:uuid:1", "body": {"type": "TextualBody", "value": "` + strings.Repeat("x", data.MaxNoteLen+1) + `"},
		"target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "a"}}}`
	file := `{"parley":1,"left":{"text":"a"},"right":{"text":"b"},"notes":{"type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[` + note + `]}}}`
	_, err := Read(strings.NewReader(file))
	if !errors.Is(err, ErrNotShare) || !strings.Contains(err.Error(), fmt.Sprint(data.MaxNoteLen)) {
		t.Errorf("error = %v, want ErrNotShare naming the limit of %d characters", err, data.MaxNoteLen)
	}
}

// TestReadClipsLongNames: a 2 MB party name in a .parley kept the window
// from appearing; names and titles are cut as an import cuts them.
func TestReadClipsLongNames(t *testing.T) {
	long := strings.Repeat("Democratic People's Republic ", 70000)
	file := `{"parley":1,"title":"` + long + `","from":"` + long + `","left":{"party":"` + long + `","url":"https://x.org/` + strings.Repeat("a", 3000) + `","text":"a"},"right":{"title":"` + long + `","text":"b"}}`
	b, err := Read(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"title": b.Title, "from": b.From, "left party": b.Left.Party, "right title": b.Right.Title} {
		if n := len([]rune(v)); n > importer.MaxMetaLen || !strings.HasSuffix(v, "…") {
			t.Errorf("%s: %d characters, want at most %d ending with …", name, n, importer.MaxMetaLen)
		}
	}
	if b.Left.URL != "" {
		t.Errorf("an address of %d bytes was kept", len(b.Left.URL))
	}
}

// TestReadSaysWhatIsWrong: a .parley with "parley": "1" gave a Go unmarshal
// error, and "parley": -1 was accepted, as were claim ids -7 and 99,999,
// 10,002 lesson items and a NUL in a statement. Each is refused with a
// sentence that names what is wrong.
func TestReadSaysWhatIsWrong(t *testing.T) {
	many := strings.Repeat(`{"left":[0],"right":[0]},`, 10001)
	for name, tt := range map[string]struct{ file, says string }{
		"string version":   {`{"parley":"1","left":{"text":"a"},"right":{"text":"b"}}`, `"parley" is "1", a string`},
		"negative version": {`{"parley":-1,"left":{"text":"a"},"right":{"text":"b"}}`, "version -1"},
		"fraction version": {`{"parley":1.5,"left":{"text":"a"},"right":{"text":"b"}}`, "version 1.5"},
		"text as a number": {`{"parley":1,"left":{"text":7},"right":{"text":"b"}}`, `"left.text" is a number, where text is expected`},
		"negative claim":   {`{"parley":1,"left":{"text":"ab"},"right":{"text":"b"},"corrections":[{"kind":"pair","left":[-7],"right":[0]}]}`, "claim -7"},
		"claim past text":  {`{"parley":1,"left":{"text":"ab"},"right":{"text":"b"},"corrections":[{"kind":"pair","left":[0],"right":[99999]}]}`, "claim 99999"},
		"lesson claim":     {`{"parley":1,"left":{"text":"ab"},"right":{"text":"b"},"lesson":{"items":[{"left":[5],"right":[]}]}}`, "claim 5"},
		"long lesson":      {`{"parley":1,"left":{"text":"ab"},"right":{"text":"b"},"lesson":{"items":[` + strings.TrimSuffix(many, ",") + `]}}`, "10001 items"},
		"nul in text":      {`{"parley":1,"left":{"text":"a\u0000b"},"right":{"text":"b"}}`, "NUL"},
	} {
		_, err := Read(strings.NewReader(tt.file))
		if !errors.Is(err, ErrNotShare) || !strings.Contains(err.Error(), tt.says) || strings.Contains(err.Error(), "json:") {
			t.Errorf("%s: %v, want ErrNotShare saying %q", name, err, tt.says)
		}
	}
}

// TestStatementRoundTrip checks that a document's every source field and
// its text survive the way into a .parley statement and back.
func TestStatementRoundTrip(t *testing.T) {
	d := compare.Document{Meta: compare.Meta{Title: "T", Party: "P", Source: "S", Outlet: "O", URL: "https://example.org/",
		Date: "2018-07-07", Language: "ko"}, Text: "진전."}
	if got := StatementOf(d).Document(); got != d {
		t.Errorf("round trip = %+v, want %+v", got, d)
	}
}
