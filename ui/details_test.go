package ui

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/ui/reading"
)

func TestTheWordDiffNeverRunsTwoSentencesTogether(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(&parleyTheme{zoom: 1})
	d := newDetails()
	d.showPair(compare.Pair{Relation: compare.Differ, Diff: []compare.DiffOp{
		{Op: "equal", Text: "We held "},
		{Op: "delete", Text: "open discussions."},
		{Op: "insert", Text: "The results were poor."},
	}}, [2]string{"US", "DPRK"}, [2]string{"We held open discussions.", "We held The results were poor."})
	got := richText(d.diff)
	if strings.Contains(got, "discussions.The") || !strings.Contains(got, "discussions. The results") {
		t.Errorf("the diff reads %q", got)
	}
	if !strings.Contains(got, "only US in red italics") || !strings.Contains(got, "only DPRK in blue, underlined") {
		t.Errorf("the legend of the diff does not say how each side is shown: %q", got)
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, bl, _ := c.RGBA()
		ch := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(bl)
	}
	la, lb := lum(a), lum(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func TestTheDiffColoursAreReadableOnEveryTheme(t *testing.T) {
	for _, hc := range []bool{false, true} {
		for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			th := &parleyTheme{zoom: 1, highContrast: hc}
			bg := th.Color(theme.ColorNameBackground, v)
			for _, n := range []fyne.ThemeColorName{ColorOnlyLeft, ColorOnlyRight} {
				if c := contrast(th.Color(n, v), bg); c < 4.5 {
					t.Errorf("%s on the background (variant %d, high contrast %v): contrast %.1f:1, want at least 4.5:1", n, v, hc, c)
				}
			}
		}
	}
}

func TestClaimsWithNoSharedWordShowTheAlignedWords(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(&parleyTheme{zoom: 1})
	d := newDetails()
	a, b := "The officer fired the taser without warning.", "A policeman used a stun gun and gave no caution."
	d.showPair(compare.Pair{Relation: compare.Differ, Diff: []compare.DiffOp{{Op: "delete", Text: a}, {Op: "insert", Text: b}}},
		[2]string{"Police", "Witness"}, [2]string{a, b})
	got := richText(d.diff)
	if !strings.Contains(got, "share no words") || !strings.Contains(got, "officer / policeman") {
		t.Errorf("for claims with no shared word the strip says %q, want the aligned words", got)
	}
}

func TestAVerdictSetByHandIsSaidOnceWithoutParleysCues(t *testing.T) {
	r := openReader(t, nil)
	warn := claimContaining(t, r, reading.Left, "three clear warnings")
	r.selectClaim(reading.Claim{Side: reading.Left, ID: warn.ID}, false)
	p, _, _ := r.model.PairOf(reading.Claim{Side: reading.Left, ID: warn.ID})
	if p.Relation != compare.Contradict || len(p.Cues) == 0 {
		t.Fatalf("the warnings pair is %s with cues %v, want a contradiction with cues", p.Relation, p.Cues)
	}
	engineCue := p.Cues[0]
	r.setRelation(compare.Differ)
	r.setRelation(compare.Agree)
	got := richText(r.details.verdict)
	if n := strings.Count(got, "set by the reader"); n != 1 || !strings.Contains(got, "Parley said contradict") {
		t.Errorf("after two changes the verdict reads %q, want one line naming Parley's verdict", got)
	}
	if strings.Contains(got, engineCue) {
		t.Errorf("an agreement set by hand still gives Parley's cue for a contradiction: %q", got)
	}
	if strings.Contains(got, "corrected by you") {
		t.Errorf("the verdict says who corrected it, which Parley does not know: %q", got)
	}
	r.setRelation(compare.Contradict)
	if got := richText(r.details.verdict); strings.Contains(got, "set by the reader") || !strings.Contains(got, engineCue) {
		t.Errorf("back at Parley's verdict the strip reads %q, want Parley's cues", got)
	}
}

func TestExportNamesAreSafeFileNames(t *testing.T) {
	res := &compare.Result{Left: compare.Side{Document: compare.Document{Meta: compare.Meta{Party: "Mike Pompeo, US Secretary of State"}}}, Right: compare.Side{Document: compare.Document{Meta: compare.Meta{Party: "DPRK Foreign Ministry / KCNA"}}}}
	got := exportFileName(res, exportFormat{name: "answer key", ext: ".html"})
	if strings.ContainsAny(got, ",/ ") || !strings.HasSuffix(got, "-answer-key.html") || !strings.HasPrefix(got, "mike-pompeo") {
		t.Errorf("the answer key is proposed as %q", got)
	}
}

// overlayText is every text the dialog on top of the window shows.
func overlayText(r *Reader) string {
	top := r.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var sb strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		switch w := o.(type) {
		case *widget.Label:
			sb.WriteString(w.Text + "\n")
		case *canvas.Text:
			sb.WriteString(w.Text + "\n")
		}
	}
	return sb.String()
}

func TestOneNoteIsCountedInTheSingular(t *testing.T) {
	r := openReader(t, tempStore(t))
	knife := claimContaining(t, r, reading.Left, "holding a knife")
	r.selectClaim(reading.Claim{Side: reading.Left, ID: knife.ID}, false)
	n, _ := r.noteTarget()
	n.Body = "Who saw the knife?"
	r.addNote(n, "add note")
	r.lib.flush()
	r.exportHandout(export.FullHandout)
	r.lib.flush()
	if got := overlayText(r); !strings.Contains(got, "Print your 1 note in the handout") {
		t.Errorf("the export asks %q", got)
	}
}

func TestAFileIsNamedOnceInItsHeader(t *testing.T) {
	test.NewTempApp(t)
	p := newPane(reading.Left, nil)
	p.header(compare.Meta{Party: "union reply", Source: "/tmp/TestX123/union-reply.md"})
	if p.party.Text != "union reply" || p.meta.Text != "" {
		t.Errorf("a file named for its party is headed %q / %q", p.party.Text, p.meta.Text)
	}
	p.header(compare.Meta{Party: "Ministry of Labour", Source: "/tmp/TestX123/ministry_statement.txt"})
	if p.meta.Text != "ministry_statement.txt" {
		t.Errorf("the source of a file is shown as %q, want its name without the folder", p.meta.Text)
	}
	p.header(compare.Meta{Party: "DPRK", Source: "https://kcna.kp/en/article/1"})
	if p.meta.Text != "https://kcna.kp/en/article/1" {
		t.Errorf("an address is shown as %q", p.meta.Text)
	}
}

func TestADiffWithNoCommonPassageDoesNotSayTheClaimsShareNoWord(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(&parleyTheme{zoom: 1})
	d := newDetails()
	a := "Flight 412 was cancelled because of a technical fault, the airline said."
	b := "Crew told us the flight was cancelled because they had run out of hours, not because of any fault."
	d.showPair(compare.Pair{Relation: compare.Contradict, Diff: []compare.DiffOp{{Op: "delete", Text: a}, {Op: "insert", Text: b}}},
		[2]string{"Airline", "Passengers"}, [2]string{a, b})
	got := richText(d.diff)
	if strings.Contains(got, "share no words") || !strings.Contains(got, "cancelled / cancelled") {
		t.Errorf("for claims with words in common but no common passage the strip says %q", got)
	}
}
