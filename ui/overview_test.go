package ui

import (
	"encoding/json"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/parley-reader/parley/assets"
	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/reading"
)

func TestMergeMarksBoundsObjects(t *testing.T) {
	var marks []overviewMark
	n := 20000
	rels := []compare.Relation{omitted, omitted, compare.Agree, omitted, compare.Contradict}
	for i := 0; i < n; i++ {
		top := float32(i) / float32(n)
		marks = append(marks, overviewMark{top: top, bottom: top + 0.9/float32(n), rel: rels[i%len(rels)]})
	}
	got := mergeMarks(marks)
	if len(got) > 2*overviewResolution {
		t.Errorf("%d claims give %d overview rectangles, want at most %d", n, len(got), 2*overviewResolution)
	}
	// Nothing is lost: the merged marks still cover the contradictions.
	found := false
	for _, m := range got {
		if m.rel == compare.Contradict {
			found = true
		}
	}
	if !found {
		t.Error("merging dropped the contradictions")
	}
	// Distinct neighbours stay apart.
	two := mergeMarks([]overviewMark{{top: 0, bottom: 0.1, rel: compare.Agree}, {top: 0.1, bottom: 0.2, rel: compare.Contradict}})
	if len(two) != 2 {
		t.Errorf("marks of different relations were merged: %+v", two)
	}
}

// sampleDocs is the built-in sample, as the command line opens it.
func sampleDocs(t *testing.T) (left, right compare.Document) {
	t.Helper()
	b, err := assets.SampleFile("sample.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Left, Right struct {
			compare.Meta
			File string `json:"file"`
		}
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	var docs [2]compare.Document
	for i, side := range [2]struct {
		compare.Meta
		File string `json:"file"`
	}{s.Left, s.Right} {
		text, err := assets.SampleFile(side.File)
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = compare.Document{Meta: side.Meta, Text: strings.TrimSpace(string(text))}
	}
	return docs[0], docs[1]
}

func TestTheOverviewStripLandsWhereItIsClicked(t *testing.T) {
	left, right := sampleDocs(t)
	r := openReaderOn(t, nil, left, right)
	o := r.panes[reading.Right].overview
	h := o.Size().Height
	if h <= 0 {
		t.Fatal("the overview strip has no height")
	}
	seen := map[float32]bool{}
	for _, f := range []float32{0.6, 0.7, 0.8, 0.9, 0.98} {
		test.TapAt(o, fyne.NewPos(2, f*h))
		top, bottom := o.viewTop, o.viewBot
		if f < top-0.02 || f > bottom+0.02 {
			t.Errorf("a click at %.0f%% of the strip shows %.2f–%.2f of the text", f*100, top, bottom)
		}
		seen[top] = true
	}
	if len(seen) < 3 {
		t.Errorf("five clicks down the lower part of the strip land at %d places", len(seen))
	}
}

func TestTheViewBoxAndTheConnectorFollowEveryMove(t *testing.T) {
	left, right := sampleDocs(t)
	r := openReaderOn(t, nil, left, right)
	check := func(after string) {
		t.Helper()
		for i, p := range r.panes {
			top, bottom := p.viewFraction()
			if p.overview.viewTop != top || p.overview.viewBot != bottom {
				t.Errorf("after %s, pane %d's view box shows %.2f–%.2f, the pane %.2f–%.2f", after, i, p.overview.viewTop, p.overview.viewBot, top, bottom)
			}
		}
		c := r.connector
		visible, leftTop, rightTop := c.visible, c.leftTop, c.rightTop
		r.updateConnector()
		if visible != c.visible || leftTop != c.leftTop || rightTop != c.rightTop {
			t.Errorf("after %s, the line joins %.0f/%.0f, the pair is at %.0f/%.0f", after, leftTop, rightTop, c.leftTop, c.rightTop)
		}
	}
	check("opening")
	r.navigate(reading.Contradictions, false)
	r.navigate(reading.Contradictions, false)
	check("a jump to a contradiction")
	r.toggleNotes()
	check("showing the notes")
	r.zoom(1.3)
	check("zooming in")
	r.showView(alignedView)
	r.showView(readerView)
	check("switching views")
	r.present()
	r.leavePresentation()
	check("leaving the presentation")
}

func TestTheHighlightedAlignedRowIsTheOneDescribed(t *testing.T) {
	left, right := sampleDocs(t)
	r := openReaderOn(t, nil, left, right)
	a := r.views.aligned
	highlighted := -1
	chosen := a.list.OnSelected
	a.list.OnSelected = func(id int) { highlighted = id; chosen(id) }
	a.list.OnUnselected = func(id int) {
		if id == highlighted {
			highlighted = -1
		}
	}
	r.showView(alignedView)
	r.navigate(reading.Contradictions, false)
	r.navigate(reading.Contradictions, false)
	check := func(after string) {
		t.Helper()
		if highlighted < 0 || highlighted >= len(a.rows) || !a.showsCurrent(a.rows[highlighted]) {
			t.Errorf("after %s the highlighted row is %d, not the current claim's", after, highlighted)
		}
	}
	check("a jump")
	for i := range alignedFilters {
		if keep := alignedFilters[i].keep; keep(compare.Contradict) && !keep(compare.Agree) {
			a.show.SetSelectedIndex(i)
		}
	}
	check("showing contradictions only")
	a.order.SetSelected("Right order")
	check("ordering by the right side")
}

func TestTheShowDropDownShowsItsOptionWhole(t *testing.T) {
	r := openReader(t, nil)
	r.showView(alignedView)
	a := r.views.aligned
	for i, o := range a.show.Options {
		a.show.SetSelectedIndex(i)
		need := fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding() + theme.IconInlineSize()
		if a.show.Size().Width < need {
			t.Errorf("the Show drop-down is %.0f px wide, too narrow for %q (%.0f px)", a.show.Size().Width, o, need)
		}
	}
}

func TestZoomKeepsThePairInView(t *testing.T) {
	left, right := sampleDocs(t)
	r := openReaderOn(t, nil, left, right)
	r.navigate(reading.Contradictions, false)
	r.navigate(reading.Contradictions, false)
	r.navigate(reading.Contradictions, false)
	for _, f := range []float32{1.25, 1.25, 1.25, 0.8} {
		r.zoom(f)
		for _, side := range []reading.Side{reading.Left, reading.Right} {
			ids := r.lit(side)
			c, _ := r.model.ClaimByID(side, ids[0])
			top, _ := r.panes[side].claimBox(c)
			if h := r.panes[side].scroller.Size().Height; top < 0 || top > h {
				t.Errorf("at zoom %.2f the %v claim of the pair is at %.0f, outside the %.0f px view", r.th.zoom, side, top, h)
			}
		}
	}
}
