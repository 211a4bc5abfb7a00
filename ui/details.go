package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
)

// startHint tells a reader how to begin.
const startHint = "Click a claim, or press Alt+C for the first contradiction, to see how the two accounts compare."

// details is the strip under the panes that explains the selected pair: its
// relation and the cues that decided it, and the word-level differences.
type details struct {
	verdict *widget.RichText
	diff    *widget.RichText
	content fyne.CanvasObject
}

func newDetails() *details {
	d := &details{verdict: widget.NewRichText(), diff: widget.NewRichText()}
	d.verdict.Wrapping = fyne.TextWrapWord
	d.diff.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(container.NewVBox(d.verdict, d.diff))
	scroll.SetMinSize(fyne.NewSize(100, 110))
	d.content = scroll
	d.hint(startHint)
	return d
}

func (d *details) hint(s string) {
	d.verdict.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: s, Style: widget.RichTextStyleParagraph}}
	d.verdict.Refresh()
	d.diff.Segments = nil
	d.diff.Refresh()
}

// showPair explains a pair: "≠ Contradiction — opposite assessments ..." and
// the diff with words only on the left in italics and words only on the
// right underlined.
func (d *details) showPair(p compare.Pair, leftParty, rightParty string, corrected bool) {
	l := looks[p.Relation]
	head := fmt.Sprintf("%s %s", l.mark, l.name)
	cues := "no particular cue"
	if len(p.Cues) > 0 {
		cues = strings.Join(p.Cues, "; ")
	}
	note := ""
	if corrected {
		note = "  (corrected by you)"
	}
	d.verdict.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: head + ": ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}},
		&widget.TextSegment{Text: cues, Style: widget.RichTextStyle{Inline: true}},
		&widget.TextSegment{Text: note, Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}},
	}
	d.verdict.Refresh()

	segs := []widget.RichTextSegment{&widget.TextSegment{
		Text:  fmt.Sprintf("Word differences — only %s: italic; only %s: underlined. ", leftParty, rightParty),
		Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText},
	}}
	for _, op := range p.Diff {
		st := widget.RichTextStyle{Inline: true}
		switch op.Op {
		case "delete":
			st.ColorName = theme.ColorNameError
			st.TextStyle.Italic = true
		case "insert":
			st.ColorName = theme.ColorNameSuccess
			st.TextStyle.Underline = true
		}
		segs = append(segs, &widget.TextSegment{Text: op.Text, Style: st})
	}
	d.diff.Segments = segs
	d.diff.Refresh()
}

// showSuggestion explains a possible counterpart and how to settle it.
func (d *details) showSuggestion(s compare.Suggestion) {
	l := looks[suggested]
	d.verdict.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: fmt.Sprintf("%s %s (similarity %.2f): ", l.mark, l.name, s.Similarity), Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}},
		&widget.TextSegment{Text: "Parley is not sure these two speak of the same thing. Ctrl+Shift+P pairs them; Ctrl+Shift+R rejects the suggestion.", Style: widget.RichTextStyle{Inline: true}},
	}
	d.verdict.Refresh()
	d.diff.Segments = nil
	d.diff.Refresh()
}

// showUnmatched says that the other side never addresses the claim.
func (d *details) showUnmatched(other string) {
	l := looks[omitted]
	d.verdict.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: l.mark + " No counterpart: ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}},
		&widget.TextSegment{Text: other + " never addresses this claim.", Style: widget.RichTextStyle{Inline: true}},
	}
	d.verdict.Refresh()
	d.diff.Segments = nil
	d.diff.Refresh()
}
