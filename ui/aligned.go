package ui

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/reading"
)

// alignedRow is one row of the aligned view: a pair, a possible
// counterpart, or one claim the other side never addresses.
type alignedRow struct {
	left, right []int
	rel         compare.Relation
}

// holds reports whether the row shows the claim.
func (row alignedRow) holds(c reading.Claim) bool {
	ids := row.left
	if c.Side == reading.Right {
		ids = row.right
	}
	for _, id := range ids {
		if id == c.ID {
			return true
		}
	}
	return false
}

// filters of the aligned view, in the order the selector lists them.
var alignedFilters = []struct {
	label string
	keep  func(compare.Relation) bool
}{
	{"All rows", func(compare.Relation) bool { return true }},
	{"≠ Contradictions", func(r compare.Relation) bool { return r == compare.Contradict }},
	{"≈ Differences", func(r compare.Relation) bool { return r == compare.Differ }},
	{"= Agreements", func(r compare.Relation) bool { return r == compare.Agree }},
	{"? Possible counterparts", func(r compare.Relation) bool { return r == suggested }},
	{"∅ Not addressed", func(r compare.Relation) bool { return r == omitted }},
}

// alignedList is the aligned view: rows of pairs and possible counterparts
// (left claim | relation | right claim) in the order of either side,
// filtered by relation.
type alignedList struct {
	hooks   alignedHooks
	rows    []alignedRow
	side    reading.Side // the side whose order the rows follow
	filter  int
	list    *keyList
	show    *widget.Select     // which rows: every row, or one relation
	order   *widget.RadioGroup // rows in the left's order or the right's
	width   float32
	content fyne.CanvasObject
}

// alignedHooks is what the aligned view asks of the reader.
type alignedHooks struct {
	model   func() *reading.Model        // nil until analysed
	current func() (reading.Claim, bool) // the current claim
	choose  func(reading.Claim)          // make a claim current and show it
	plain   func(*fyne.KeyEvent) bool    // the window's plain keys (F1, F5, F9)
	refocus func()                       // give the keyboard back to the rows
}

func newAlignedList(h alignedHooks) *alignedList {
	a := &alignedList{hooks: h}
	a.list = newKeyList(h.plain, func() int { return len(a.rows) }, a.newRow, a.updateRow)
	a.list.OnSelected = func(id widget.ListItemID) {
		if id >= len(a.rows) || h.model() == nil {
			return
		}
		row := a.rows[id]
		if a.showsCurrent(row) {
			return // the row of the current claim, selected to follow it
		}
		h.choose(a.claimOf(row))
	}
	a.show = widget.NewSelect(nil, nil)
	for _, f := range alignedFilters {
		a.show.Options = append(a.show.Options, f.label)
	}
	a.show.OnChanged = func(string) { a.filter = a.show.SelectedIndex(); a.refresh(); h.refocus() }
	a.show.SetSelectedIndex(0)
	a.order = widget.NewRadioGroup([]string{"Left order", "Right order"}, func(s string) {
		a.side = reading.Left
		if s == "Right order" {
			a.side = reading.Right
		}
		a.refresh()
		h.refocus()
	})
	a.order.Horizontal = true
	a.order.SetSelected("Left order")
	// The drop-down takes the room left, so its longest option shows whole.
	bar := container.NewBorder(nil, nil, widget.NewLabel("Show"), container.NewHBox(widget.NewSeparator(), a.order), a.show)
	a.content = container.NewBorder(bar, nil, nil, nil, newSizeWatcher(a.list, a.resized))
	return a
}

// rowFor returns the row that shows a claim: its pair, its possible
// counterpart, or the claim alone. key names the pair or possible
// counterpart, so that it gets one row; it is "" for a claim alone.
func rowFor(m *reading.Model, c reading.Claim) (row alignedRow, key string) {
	if p, i, ok := m.PairOf(c); ok {
		return alignedRow{left: p.Left, right: p.Right, rel: p.Relation}, fmt.Sprint("pair ", i)
	}
	if ss := m.SuggestionsOf(c); len(ss) > 0 {
		return alignedRow{left: ss[0].Left, right: ss[0].Right, rel: suggested}, fmt.Sprint("suggestion ", ss[0].Left, ss[0].Right)
	}
	row = alignedRow{rel: omitted}
	if c.Side == reading.Left {
		row.left = []int{c.ID}
	} else {
		row.right = []int{c.ID}
	}
	return row, ""
}

// buildRows lists the rows in the order of one side; rows that only the
// other side's claims make (claims not addressed, and possible counterparts
// whose claims on this side are all in pairs) follow the row of their
// nearest preceding claim.
func buildRows(m *reading.Model, order reading.Side) []alignedRow {
	var rows []alignedRow
	rowOf := map[string]int{} // key -> row, counted from 1
	for _, c := range m.Side(order).Claims {
		row, key := rowFor(m, reading.Claim{Side: order, ID: c.ID})
		if key != "" && rowOf[key] != 0 {
			continue
		}
		rows = append(rows, row)
		if key != "" {
			rowOf[key] = len(rows)
		}
	}
	other := order.Other()
	after := 0 // the row after which the next claim of the other side goes
	var out []alignedRow
	insertAt := map[int][]alignedRow{}
	inserted := map[string]bool{}
	for _, c := range m.Side(other).Claims {
		row, key := rowFor(m, reading.Claim{Side: other, ID: c.ID})
		switch {
		case rowOf[key] != 0:
			after = rowOf[key]
		case !inserted[key]:
			insertAt[after] = append(insertAt[after], row)
			inserted[key] = key != ""
		}
	}
	out = append(out, insertAt[0]...)
	for i, row := range rows {
		out = append(out, row)
		out = append(out, insertAt[i+1]...)
	}
	return out
}

func (a *alignedList) refresh() {
	m := a.hooks.model()
	if m == nil {
		a.rows = nil
		a.list.Refresh()
		return
	}
	keep := alignedFilters[a.filter].keep
	a.rows = a.rows[:0]
	for _, row := range buildRows(m, a.side) {
		if keep(row.rel) {
			a.rows = append(a.rows, row)
		}
	}
	a.resized(a.list.Size())
	a.list.UnselectAll()
	a.list.Refresh()
	a.selectCurrent()
}

// claimOf returns the claim that selecting a row makes current: its first
// claim, left before right, that is shown as the row's relation (a claim of
// a possible counterpart may be in a pair too).
func (a *alignedList) claimOf(row alignedRow) reading.Claim {
	for side, ids := range [2][]int{row.left, row.right} {
		for _, id := range ids {
			c := reading.Claim{Side: reading.Side(side), ID: id}
			if shownRelation(a.hooks.model(), c) == row.rel {
				return c
			}
		}
	}
	return reading.Claim{}
}

// showsCurrent reports whether a row shows the current claim as what it is
// shown as in the panes.
func (a *alignedList) showsCurrent(row alignedRow) bool {
	c, ok := a.hooks.current()
	return ok && row.holds(c) && shownRelation(a.hooks.model(), c) == row.rel
}

// selectCurrent selects the row that shows the current claim.
func (a *alignedList) selectCurrent() {
	for i, row := range a.rows {
		if a.showsCurrent(row) {
			a.list.Select(i)
			a.list.ScrollTo(i)
			return
		}
	}
}

// badgeText is a row's relation as its badge shows it.
func badgeText(rel compare.Relation) string {
	l := looks[rel]
	if rel == omitted {
		return l.mark + " Not addressed"
	}
	return l.mark + " " + l.name
}

// badgeWidth is the width of the relation column: the widest badge at the
// text size of w.
func badgeWidth(w fyne.Widget) float32 {
	size := theme.SizeForWidget(theme.SizeNameText, w)
	width := float32(0)
	for rel := range looks {
		width = max(width, fyne.MeasureText(badgeText(rel), size, fyne.TextStyle{Bold: true}).Width)
	}
	return width + 4*theme.Padding()
}

func (a *alignedList) newRow() fyne.CanvasObject {
	left, right := widget.NewLabel(""), widget.NewLabel("")
	left.Wrapping, right.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	bg := canvas.NewRectangle(theme.Color(ColorOmitted))
	badge := widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	return container.New(&rowLayout{list: &a.list.List}, left, container.NewStack(bg, badge), right)
}

func (a *alignedList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(a.rows) {
		return
	}
	row := a.rows[id]
	c := o.(*fyne.Container)
	c.Objects[0].(*widget.Label).SetText(a.text(reading.Left, row.left))
	c.Objects[2].(*widget.Label).SetText(a.text(reading.Right, row.right))
	stack := c.Objects[1].(*fyne.Container)
	l := looks[row.rel]
	bg := stack.Objects[0].(*canvas.Rectangle)
	bg.FillColor = theme.ColorForWidget(l.color, a.list)
	bg.Refresh()
	stack.Objects[1].(*widget.Label).SetText(badgeText(row.rel))
}

func (a *alignedList) text(side reading.Side, ids []int) string {
	s := ""
	for _, id := range ids {
		if c, ok := a.hooks.model().ClaimByID(side, id); ok {
			if s != "" {
				s += " … "
			}
			s += c.Text
		}
	}
	return s
}

// resized sets each row's height from the wrapped height of its longer claim.
func (a *alignedList) resized(size fyne.Size) {
	if size.Width <= 0 {
		return
	}
	a.width = size.Width
	pad := theme.Padding()
	col := (size.Width-badgeWidth(a.list))/2 - 4*pad
	textSize := theme.SizeForWidget(theme.SizeNameText, a.list)
	line := fyne.MeasureText("Ag", textSize, fyne.TextStyle{}).Height + theme.LineSpacing()
	for i, row := range a.rows {
		lines := 1.0
		for _, t := range []string{a.text(reading.Left, row.left), a.text(reading.Right, row.right)} {
			// Word wrapping leaves ragged line ends: allow a fifth more.
			w := fyne.MeasureText(t, textSize, fyne.TextStyle{}).Width
			lines = math.Max(lines, math.Ceil(float64(w/col)*1.2))
		}
		a.list.SetItemHeight(i, float32(lines)*line+4*pad)
	}
}

// rowLayout places a row's left claim, relation badge and right claim.
type rowLayout struct{ list *widget.List }

func (l rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	badgeWidth := badgeWidth(l.list)
	w := (size.Width - badgeWidth) / 2
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[1].Move(fyne.NewPos(w, 0))
	objs[1].Resize(fyne.NewSize(badgeWidth, size.Height))
	objs[2].Move(fyne.NewPos(w+badgeWidth, 0))
	objs[2].Resize(fyne.NewSize(size.Width-w-badgeWidth, size.Height))
}

func (l rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(badgeWidth(l.list)*3, objs[1].MinSize().Height)
}

// sizeWatcher shows one object and reports when it is resized.
type sizeWatcher struct {
	widget.BaseWidget
	child    fyne.CanvasObject
	onResize func(fyne.Size)
}

func newSizeWatcher(child fyne.CanvasObject, onResize func(fyne.Size)) *sizeWatcher {
	s := &sizeWatcher{child: child, onResize: onResize}
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer lays the child out over the whole widget.
func (s *sizeWatcher) CreateRenderer() fyne.WidgetRenderer {
	return &watcherRenderer{s: s}
}

type watcherRenderer struct{ s *sizeWatcher }

func (r *watcherRenderer) Layout(size fyne.Size) {
	r.s.child.Resize(size)
	r.s.onResize(size)
}
func (r *watcherRenderer) MinSize() fyne.Size           { return r.s.child.MinSize() }
func (r *watcherRenderer) Refresh()                     { r.s.child.Refresh() }
func (r *watcherRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.s.child} }
func (r *watcherRenderer) Destroy()                     {}

// alignedHooks is what the aligned view may do in the window.
func (r *Reader) alignedHooks() alignedHooks {
	return alignedHooks{
		model:   func() *reading.Model { return r.model },
		current: r.sel.Current,
		choose:  func(c reading.Claim) { r.selectClaim(c, true) },
		plain:   r.plainKey,
		refocus: r.refocus,
	}
}
