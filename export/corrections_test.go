package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
)

// correctedResult is a comparison with one contradiction whose relation
// the reader changed twice, as the reader's model records it: each change
// puts its cue in front of the cues before it.
func correctedResult(t *testing.T) (*compare.Result, []string) {
	t.Helper()
	r, err := compare.Compare(
		compare.Document{Meta: compare.Meta{Party: "Ministry A"}, Text: "I think we made progress in every element of our discussions."},
		compare.Document{Meta: compare.Meta{Party: "Ministry B"}, Text: "It was so regretful to see what they had shown at the talks."})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pairs) == 0 || r.Pairs[0].Relation != compare.Contradict || len(r.Pairs[0].Cues) == 0 {
		t.Fatalf("the sample should give a contradiction with cues: %+v", r.Pairs)
	}
	engine := append([]string(nil), r.Pairs[0].Cues...)
	p := &r.Pairs[0]
	p.Cues = append([]string{SetByReader(compare.Contradict)}, p.Cues...)
	p.Relation = compare.Differ
	p.Cues = append([]string{SetByReader(compare.Differ)}, p.Cues...)
	p.Relation = compare.Agree
	return r, engine
}

func TestVerdictCues(t *testing.T) {
	engine := []string{`opposite assessments of the same event: "made progress" / "so regretful"`}
	for _, c := range []struct {
		name string
		p    compare.Pair
		want []string
	}{
		{"Parley's verdict", compare.Pair{Relation: compare.Contradict, Cues: engine}, engine},
		{"set once", compare.Pair{Relation: compare.Agree, Cues: append([]string{SetByReader(compare.Contradict)}, engine...)},
			[]string{"set by the reader (Parley said contradict)"}},
		{"set twice", compare.Pair{Relation: compare.Agree,
			Cues: append([]string{SetByReader(compare.Differ), SetByReader(compare.Contradict)}, engine...)},
			[]string{"set by the reader (Parley said contradict)"}},
		{"set back to Parley's", compare.Pair{Relation: compare.Contradict,
			Cues: append([]string{SetByReader(compare.Agree), SetByReader(compare.Contradict)}, engine...)}, engine},
		{"paired by hand, then set", compare.Pair{Relation: compare.Agree,
			Cues: append([]string{SetByReader(compare.Contradict), "paired by the reader"}, engine...)},
			[]string{"paired by the reader", "set by the reader (Parley said contradict)"}},
		{"paired by hand", compare.Pair{Relation: compare.Contradict, Cues: append([]string{"paired by the reader"}, engine...)},
			append([]string{"paired by the reader"}, engine...)},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := VerdictCues(c.p); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestCorrectedVerdictInExports: a pair the reader set to agree is shown
// as set by the reader, once, with what Parley said, and without the cues
// of Parley's contradiction, in the answer key, the handout and the
// Markdown report.
func TestCorrectedVerdictInExports(t *testing.T) {
	r, engine := correctedResult(t)
	outs := map[string]string{}
	for name, kind := range map[string]Kind{"answer key": AnswerKey, "handout": FullHandout} {
		var b bytes.Buffer
		if err := HTML(&b, r, HandoutOptions{Kind: kind}); err != nil {
			t.Fatal(err)
		}
		outs[name] = b.String()
	}
	var md bytes.Buffer
	if err := Markdown(&md, r); err != nil {
		t.Fatal(err)
	}
	outs["report"] = md.String()
	for name, out := range outs {
		if n := strings.Count(out, "set by the reader"); n != 1 {
			t.Errorf("%s: %d lines say the verdict was set by the reader, want 1:\n%s", name, n, out)
		}
		if !strings.Contains(out, "set by the reader (Parley said contradict)") {
			t.Errorf("%s: does not say what Parley said", name)
		}
		for _, c := range engine {
			if first, _, _ := strings.Cut(c, ":"); strings.Contains(out, first) {
				t.Errorf("%s: shows Parley's cue %q for a verdict the reader set to agree", name, c)
			}
		}
	}
}

// TestHandoutRendersNoteMarkdown: a note's bold and italics are printed as
// such, not as asterisks, and its markup stays escaped.
func TestHandoutRendersNoteMarkdown(t *testing.T) {
	r := hostileResult(t)
	body := "The vote was **delayed**, _not_ cancelled; see `rule 7` and [the minutes](https://minutes.example.org/m).\n" +
		"**<script>alert(1)</script>** and snake_case_name stay as they are, as does a lone * star.\n" +
		"## Ask\n- first *point*\n> a quoted **word**"
	for _, kind := range []Kind{FullHandout, AnswerKey} {
		var b bytes.Buffer
		// One note on the first pair's left claim, one on no claim.
		c := r.Left.Claims[0]
		if err := HTML(&b, r, HandoutOptions{Kind: kind, Notes: []Note{{Side: "left", Start: c.Start, End: c.End, Body: body},
			{Side: "left", Start: -2, End: -1, Quote: "x", Body: body}}}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, want := range []string{"<strong>delayed</strong>", "<em>not</em>", "<code>rule 7</code>", "see <code>rule 7</code> and the minutes.",
			"<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>", "snake_case_name", "a lone * star",
			"<br><strong>Ask</strong><br>• first <em>point</em><br>a quoted <strong>word</strong>"} {
			if n := strings.Count(out, want); n != 2 {
				t.Errorf("kind %d: %q appears %d times, want 2 (both notes)", kind, want, n)
			}
		}
		for _, bad := range []string{"**", "<script", "minutes.example.org", "_not_", "##", "&gt; a quoted"} {
			if strings.Contains(out, bad) {
				t.Errorf("kind %d: the handout shows %q", kind, bad)
			}
		}
	}
}
