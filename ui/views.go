package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/reading"
)

// prefSync is the preference that keeps whether the panes scroll together.
const prefSync = "sync-scrolling"

type viewKind int

const (
	readerView viewKind = iota
	alignedView
)

// views is the reader's body, the parallel panes or the aligned rows, with
// the bar above it that switches between them and counts the pairs, and the
// synchronised scrolling of the panes.
type views struct {
	content [2]fyne.CanvasObject // by viewKind
	shown   viewKind
	body    fyne.CanvasObject // both views, one shown
	choose  *widget.RadioGroup
	summary *widget.Label
	aligned *alignedList
	syncBox *widget.Check
	syncing bool // a pane is being scrolled to follow the other
}

// newViews builds the views around the parallel panes (columns) and the
// aligned rows; choosing a view calls show.
func newViews(columns fyne.CanvasObject, aligned *alignedList, show func(viewKind)) *views {
	v := &views{content: [2]fyne.CanvasObject{columns, aligned.content}, aligned: aligned, summary: widget.NewLabel("")}
	aligned.content.Hide()
	v.body = container.NewStack(columns, aligned.content)
	v.summary.Truncation = fyne.TextTruncateEllipsis
	v.summary.TextStyle = fyne.TextStyle{Bold: true}
	v.choose = widget.NewRadioGroup([]string{"Side by side", "Aligned rows"}, func(s string) {
		if s == "Aligned rows" {
			show(alignedView)
		} else {
			show(readerView)
		}
	})
	v.choose.Horizontal = true
	v.choose.Required = true
	v.syncBox = widget.NewCheck("Synchronised scrolling", nil)
	return v
}

// withoutSync runs f, which scrolls a pane, without the other following.
func (v *views) withoutSync(f func()) {
	v.syncing = true
	defer func() { v.syncing = false }()
	f()
}

// showView switches between the parallel panes and the aligned rows.
func (r *Reader) showView(v viewKind) {
	r.views.shown = v
	r.views.choose.SetSelected(r.views.choose.Options[v])
	for i, o := range r.views.content {
		if viewKind(i) == v {
			o.Show()
		} else {
			o.Hide()
		}
	}
	if v == alignedView {
		r.views.aligned.selectCurrent()
	}
	r.viewMoved()
	r.refocus()
}

// countNouns are the singular and plural nouns the summary counts with.
var countNouns = map[compare.Relation][2]string{
	compare.Contradict: {"contradiction", "contradictions"},
	compare.Differ:     {"difference", "differences"},
	compare.Agree:      {"agreement", "agreements"},
	suggested:          {"possible counterpart", "possible counterparts"},
	omitted:            {"claim not addressed", "claims not addressed"},
}

// summaryText counts the pairs by relation, the possible counterparts and
// the claims not addressed, each after its mark: "≠ 2 contradictions ·
// ≈ 1 difference · = 4 agreements · ? 1 possible counterpart · ∅ 3 claims
// not addressed".
func summaryText(counts map[compare.Relation]int, suggestions, omittedN int) string {
	parts := make([]string, 0, len(legendOrder))
	for _, rel := range legendOrder {
		n := counts[rel]
		switch rel {
		case suggested:
			n = suggestions
		case omitted:
			n = omittedN
		}
		noun := countNouns[rel][1]
		if n == 1 {
			noun = countNouns[rel][0]
		}
		parts = append(parts, fmt.Sprintf("%s %d %s", looks[rel].mark, n, noun))
	}
	return strings.Join(parts, " · ")
}

// minWindow is the smallest window the reader fits in without its parts
// overlapping.
var minWindow = fyne.NewSize(720, 480)

// atLeast lays out one object over the whole size, and asks for at least
// min, so that the window cannot shrink below it.
type atLeast struct{ min fyne.Size }

func (a atLeast) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (a atLeast) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := a.min
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// columnsLayout lays out two panes of equal width with a fixed gutter
// between them.
type columnsLayout struct {
	laidOut func() // called after each layout, when the panes have moved
}

func (c *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	defer c.laidOut()
	gutter := objs[1].MinSize().Width
	w := (size.Width - gutter) / 2
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[1].Move(fyne.NewPos(w, 0))
	objs[1].Resize(fyne.NewSize(gutter, size.Height))
	objs[2].Move(fyne.NewPos(w+gutter, 0))
	objs[2].Resize(fyne.NewSize(size.Width-w-gutter, size.Height))
}

func (c *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	l, g, r := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(l.Width+g.Width+r.Width, max(l.Height, r.Height, g.Height))
}

// scrolled keeps the other pane in step when synchronised scrolling is on,
// and moves the connector and the overview's view box.
func (r *Reader) scrolled(side reading.Side) {
	if r.views.syncBox.Checked && !r.views.syncing {
		f := r.panes[side].scrollFraction()
		r.views.withoutSync(func() { r.panes[side.Other()].scrollToFraction(f) })
	}
	r.viewMoved()
}

// viewMoved brings what follows the panes' views up to date after they
// scrolled or were laid out again: the overview strips' view boxes and the
// line joining the current pair.
func (r *Reader) viewMoved() {
	for _, p := range r.panes {
		p.overview.setView(p.viewFraction())
	}
	r.updateConnector()
}

func (r *Reader) toggleSync() {
	r.views.syncBox.SetChecked(!r.views.syncBox.Checked)
}
