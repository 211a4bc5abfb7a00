package share

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/importer"
)

// largeShare writes a .parley of count notes as Write lays one out (about
// 1,100 bytes a note) with a party name of 2 MB, into a pipe, so that the
// file is never whole in memory.
func largeShare(count int) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		w := func(s string) {
			if _, err := io.WriteString(pw, s); err != nil {
				panic(err)
			}
		}
		party, _ := json.Marshal(strings.Repeat("Democratic People's Republic ", 70000))
		w(`{"parley": 1, "title": "Talks", "from": "Ms Rivera",
 "left": {"title": "Remarks", "party": ` + string(party) + `, "text": "We made progress on almost all of the central issues."},
 "right": {"party": "DPRK", "text": "It was so regretful."},
 "notes": {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "label": "Parley notes", "total": ` + fmt.Sprint(count) + `,
  "first": {"type": "AnnotationPage", "startIndex": 0, "items": [`)
		for i := range count {
			start, end := 3, 16
			a := data.Annotation{Context: data.AnnotationContext, ID: fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", i), Type: "Annotation",
				Motivation: "commenting", Created: "2018-07-08T09:01:00.000Z", Modified: "2018-07-09T10:01:30.000Z",
				Body: data.OneOrMany[data.AnnotationBody]{
					{Type: "TextualBody", Value: fmt.Sprintf("Note %d: ask the class what *progress* means here, and on which of the central issues.", i), Format: "text/markdown", Purpose: "commenting"},
					{Type: "TextualBody", Value: "claim", Purpose: "tagging"}, {Type: "TextualBody", Value: "vague", Purpose: "tagging"}},
				Target: data.OneOrMany[data.AnnotationTarget]{{Source: "urn:sha256:408e54511512e39aa3302ed52cc33ea937c821d4444006231724deb22a1b7efb", Side: "left",
					Selector: data.OneOrMany[data.Selector]{{Type: "TextPositionSelector", Start: &start, End: &end},
						{Type: "TextQuoteSelector", Exact: "made progress", Prefix: "We ", Suffix: " on almost all of the central"}}}}}
			b, err := json.MarshalIndent(a, "   ", " ")
			if err != nil {
				panic(err)
			}
			if i > 0 {
				w(",")
			}
			w("\n   " + string(b))
		}
		w("\n  ]}}}\n")
		pw.Close()
	}()
	return &countingReader{r: pr}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestReadOpensALargeShare: a .parley of 150,000 notes (168 MB) was
// refused as larger than 48 MB. It opens, every note with it, in seconds.
func TestReadOpensALargeShare(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 170 MB")
	}
	const count = 150000
	in := largeShare(count)
	began := time.Now()
	b, err := Read(in)
	took := time.Since(began)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("read %d MB and %d notes in %v", in.(*countingReader).n>>20, count, took)
	if b.Notes.Total != count || b.Notes.First == nil || len(b.Notes.First.Items) != count {
		t.Fatalf("%d notes read, want %d", len(b.Notes.First.Items), count)
	}
	last := b.Notes.First.Items[count-1]
	if last.ID != fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", count-1) || len(last.Body) != 3 || last.Body[1].Value != "claim" ||
		*last.Target[0].Selector[0].End != 16 || last.Target[0].Selector[1].Exact != "made progress" {
		t.Errorf("the last note = %+v", last)
	}
	if n := len([]rune(b.Left.Party)); n > importer.MaxMetaLen || b.Right.Party != "DPRK" || b.From != "Ms Rivera" {
		t.Errorf("left party of %d characters, right party %q, from %q", n, b.Right.Party, b.From)
	}
	if took > 30*time.Second {
		t.Errorf("reading took %v", took)
	}
}

// TestReadRefusesBeyondTheLimits: a file beyond MaxBytes, or with more
// notes than data.MaxAnnotations, is refused with a sentence naming the
// limit, having read no more than MaxBytes of it.
func TestReadRefusesBeyondTheLimits(t *testing.T) {
	head := `{"parley":1,"left":{"text":"a"},"right":{"text":"b"},`
	big := &countingReader{r: io.MultiReader(strings.NewReader(head), endless(' '))}
	_, err := Read(big)
	if !errors.Is(err, ErrNotShare) || !strings.Contains(err.Error(), fmt.Sprintf("larger than %d MB", MaxBytes>>20)) {
		t.Errorf("a file without end: %v, want ErrNotShare naming %d MB", err, MaxBytes>>20)
	}
	if big.n > MaxBytes+1<<20 {
		t.Errorf("read %d bytes of a file without end", big.n)
	}

	var many strings.Builder
	many.WriteString(head + `"notes":{"type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[`)
	for i := range data.MaxAnnotations + 1 {
		if i > 0 {
			many.WriteString(",")
		}
		many.WriteString(`{"type":"Annotation","target":{"source":"x","selector":{"type":"TextQuoteSelector","exact":"a"}}}`)
	}
	many.WriteString("]}}}")
	_, err = Read(strings.NewReader(many.String()))
	if !errors.Is(err, ErrNotShare) || !strings.Contains(err.Error(), fmt.Sprintf("at most %d", data.MaxAnnotations)) {
		t.Errorf("%d notes: %v, want ErrNotShare naming the limit of %d", data.MaxAnnotations+1, err, data.MaxAnnotations)
	}
}

// endless is a reader of the byte c without end.
type endless byte

func (e endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(e)
	}
	return len(p), nil
}
