package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/textpane"
)

// look is how one relation is shown: a background colour, and a margin mark
// that carries the same meaning without colour.
type look struct {
	color fyne.ThemeColorName
	mark  string
	name  string // for the legend and the details strip
}

// omitted is the relation of a claim the other side never addresses.
const omitted compare.Relation = ""

// suggested is how a claim without a pair is shown when it is in a possible
// counterpart: Parley is not sure it speaks of the same thing as the claims
// on the other side.
const suggested compare.Relation = "suggested"

var looks = map[compare.Relation]look{
	compare.Contradict: {ColorContradict, "≠", "Contradiction"},
	compare.Agree:      {ColorAgree, "=", "Agreement"},
	compare.Differ:     {ColorDiffer, "≈", "Difference"},
	suggested:          {ColorSuggested, "?", "Possible counterpart"},
	omitted:            {ColorOmitted, "∅", "Not addressed by the other side"},
}

// legendOrder is the order relations are listed in the legend and counts.
var legendOrder = []compare.Relation{compare.Contradict, compare.Differ, compare.Agree, suggested, omitted}

// claimSpan styles one claim by its relation: a background colour and a
// margin mark. Claims the other side never addresses get a faint fill and
// a grey mark, so long one-sided passages stay easy to read.
func claimSpan(c compare.Claim, rel compare.Relation) textpane.Span {
	l := looks[rel]
	st := textpane.Style{Background: l.color, Mark: l.mark, MarkColor: theme.ColorNameForeground}
	if rel == omitted {
		st.MarkColor = theme.ColorNamePlaceHolder
	}
	return textpane.Span{Start: c.Start, End: c.End, Style: st}
}

// currentSpan marks the claim of the selected pair with a double underline
// and a pointer after its relation mark, so it stands out in greyscale too.
func currentSpan(c compare.Claim) textpane.Span {
	return textpane.Span{Start: c.Start, End: c.End, Style: textpane.Style{
		Underline:      textpane.UnderlineDouble,
		UnderlineColor: ColorCurrent,
		Mark:           "→",
		MarkColor:      ColorCurrent,
	}}
}

// rankedSpan marks the n-th ranked counterpart of the current claim with a
// dotted underline and its number (①) in the margin.
func rankedSpan(c compare.Claim, n int) textpane.Span {
	return textpane.Span{Start: c.Start, End: c.End, Style: textpane.Style{
		Underline:      textpane.UnderlineDotted,
		UnderlineColor: ColorCurrent,
		Mark:           rankMarks[n],
		MarkColor:      ColorCurrent,
	}}
}

// changedSpan marks words the word diff found on only one side of a pair.
func changedSpan(s compare.Span) textpane.Span {
	return textpane.Span{Start: s.Start, End: s.End, Style: textpane.Style{
		Underline:      textpane.UnderlineSolid,
		UnderlineColor: ColorChanged,
	}}
}
