package ui

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/export"
)

// startHint tells a reader how to begin.
const startHint = "Click a claim, or press Alt+C for the first contradiction, to see how the two accounts compare."

// details is the strip under the panes that explains the selected pair: its
// relation and the cues that decided it, and the word-level differences.
type details struct {
	verdict *widget.RichText
	diff    *widget.RichText
	buttons *fyne.Container // what the reader can do with one click
	content fyne.CanvasObject
}

// choice is a button of the details strip.
type choice struct {
	label string
	do    func()
}

func newDetails() *details {
	d := &details{verdict: widget.NewRichText(), diff: widget.NewRichText(), buttons: container.NewHBox()}
	d.verdict.Wrapping = fyne.TextWrapWord
	d.diff.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(container.NewVBox(container.NewBorder(nil, nil, nil, d.buttons, d.verdict), d.diff))
	scroll.SetMinSize(fyne.NewSize(100, 110))
	d.content = scroll
	d.hint(startHint)
	return d
}

// offer shows one button for each choice, or none.
func (d *details) offer(cs ...choice) {
	d.buttons.RemoveAll()
	for _, c := range cs {
		d.buttons.Add(widget.NewButton(c.label, c.do))
	}
	d.buttons.Refresh()
}

// showRanked lists the claims of the other side ranked as counterparts,
// numbered as the other pane marks them, after the lead that names them
// ("Closest claims of the union").
func (d *details) showRanked(lead string, texts []string, sims []float64) {
	if len(texts) == 0 {
		d.diff.Segments = nil
		d.diff.Refresh()
		return
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{
		Text:  lead + " (Alt+1, Alt+2, Alt+3 pairs with one): ",
		Style: caption,
	}}
	for i, t := range texts {
		segs = append(segs,
			&widget.TextSegment{Text: rankMarks[i] + " ", Style: widget.RichTextStyle{Inline: true, ColorName: ColorCurrent, TextStyle: fyne.TextStyle{Bold: true}}},
			&widget.TextSegment{Text: "“" + truncate(t, 90) + "”", Style: widget.RichTextStyle{Inline: true}},
			&widget.TextSegment{Text: fmt.Sprintf(" %.2f   ", sims[i]), Style: caption})
	}
	d.diff.Segments = segs
	d.diff.Refresh()
}

// rankMarks number the ranked counterparts in the pane and the strip.
var rankMarks = [...]string{"①", "②", "③"}

func (d *details) hint(s string) {
	d.offer()
	d.verdict.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: s, Style: widget.RichTextStyleParagraph}}
	d.verdict.Refresh()
	d.diff.Segments = nil
	d.diff.Refresh()
}

// showPair explains a pair: "≠ Contradiction: opposite assessments ..." and
// the word differences, with the words only the left has in italics and
// those only the right has underlined, each in a colour of its own. When
// the diff keeps no word of both, it shows the words Parley aligned instead.
func (d *details) showPair(p compare.Pair, parties, texts [2]string) {
	d.offer()
	l := looks[p.Relation]
	cues := "no particular cue"
	if cs := export.VerdictCues(p); len(cs) > 0 {
		cues = strings.Join(cs, "; ")
	}
	d.verdict.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: l.mark + " " + l.name + ": ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}},
		&widget.TextSegment{Text: cues, Style: widget.RichTextStyle{Inline: true}},
	}
	d.verdict.Refresh()
	d.diff.Segments = diffSegments(p.Diff, parties, texts)
	d.diff.Refresh()
}

// caption is the style of the explanations around a diff.
var caption = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}

// diffSegments shows a word diff, or the aligned words when the claims
// share none.
func diffSegments(ops []compare.DiffOp, parties, texts [2]string) []widget.RichTextSegment {
	if !sharesWords(ops) {
		links := compare.AlignedWords(texts[0], texts[1])
		if len(links) == 0 {
			return []widget.RichTextSegment{&widget.TextSegment{Text: "These two claims share no words, and Parley found none that mean the same; the cues above are what ties them.", Style: caption}}
		}
		head := "These two claims share no words. "
		for _, k := range links {
			if k.How == "same word" {
				head = "The word diff finds no passage the two claims share. "
				break
			}
		}
		segs := []widget.RichTextSegment{&widget.TextSegment{Text: head + "Words Parley aligned (" + parties[0] + " / " + parties[1] + "): ", Style: caption}}
		for i, k := range links {
			sep := ""
			if i > 0 {
				sep = ";  "
			}
			segs = append(segs,
				&widget.TextSegment{Text: sep, Style: widget.RichTextStyle{Inline: true}},
				&widget.TextSegment{Text: k.Left, Style: widget.RichTextStyle{Inline: true, ColorName: ColorOnlyLeft, TextStyle: fyne.TextStyle{Italic: true}}},
				&widget.TextSegment{Text: " / ", Style: widget.RichTextStyle{Inline: true}},
				&widget.TextSegment{Text: k.Right, Style: widget.RichTextStyle{Inline: true, ColorName: ColorOnlyRight, TextStyle: fyne.TextStyle{Underline: true}}},
				&widget.TextSegment{Text: " (" + k.How + ")", Style: caption})
		}
		return segs
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{
		Text:  fmt.Sprintf("Word differences: only %s in red italics; only %s in blue, underlined. ", parties[0], parties[1]),
		Style: caption,
	}}
	prev := ""
	for _, op := range ops {
		st := widget.RichTextStyle{Inline: true}
		switch op.Op {
		case "delete":
			st.ColorName = ColorOnlyLeft
			st.TextStyle.Italic = true
		case "insert":
			st.ColorName = ColorOnlyRight
			st.TextStyle.Underline = true
		}
		if needsSpace(prev, op.Text) {
			segs = append(segs, &widget.TextSegment{Text: " ", Style: widget.RichTextStyle{Inline: true}})
		}
		segs = append(segs, &widget.TextSegment{Text: op.Text, Style: st})
		prev = op.Text
	}
	return segs
}

// sharesWords says whether a diff keeps any word (not only punctuation)
// on both sides.
func sharesWords(ops []compare.DiffOp) bool {
	for _, op := range ops {
		if op.Op == "equal" && strings.IndexFunc(op.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return true
		}
	}
	return false
}

// needsSpace says whether two pieces of a diff would run together as
// words: the first ends in a word or sentence mark and the second starts
// with a word, as when one claim ends where the other side's begins.
func needsSpace(prev, next string) bool {
	if prev == "" || next == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	return !unicode.IsSpace(last) && (unicode.IsLetter(first) || unicode.IsDigit(first))
}

// fewWordsSimilarity is the similarity below which a possible counterpart
// is said to share few words rather than given a figure that reads as
// none: the pairing offers such a pair for where it stands among the
// others, not for its words.
const fewWordsSimilarity = 0.05

// showSuggestion explains a possible counterpart and how to settle it.
func (d *details) showSuggestion(s compare.Suggestion) {
	l := looks[suggested]
	how := fmt.Sprintf("similarity %.2f", s.Similarity)
	if s.Similarity < fewWordsSimilarity {
		how = "few words in common"
	}
	d.verdict.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: fmt.Sprintf("%s %s (%s): ", l.mark, l.name, how), Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}},
		&widget.TextSegment{Text: "Parley is not sure these two speak of the same thing. You decide: Ctrl+Shift+P pairs them; Ctrl+Shift+R says they are not the same.", Style: widget.RichTextStyle{Inline: true}},
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
