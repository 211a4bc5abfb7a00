package ui

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/reading"
)

// alignedRow is one row of the aligned view: a pair, or one claim the other
// side never addresses.
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
	{"∅ Not addressed", func(r compare.Relation) bool { return r == omitted }},
}

// alignedList is the aligned view: rows of pairs (left claim | relation |
// right claim) in the order of either side, filtered by relation.
type alignedList struct {
	r       *Reader
	rows    []alignedRow
	order   reading.Side
	filter  int
	list    *widget.List
	width   float32
	content fyne.CanvasObject
}

func newAlignedList(r *Reader) *alignedList {
	a := &alignedList{r: r}
	a.list = widget.NewList(func() int { return len(a.rows) }, a.newRow, a.updateRow)
	a.list.OnSelected = func(id widget.ListItemID) {
		if id >= len(a.rows) || r.model == nil {
			return
		}
		row := a.rows[id]
		if r.hasCurrent && row.holds(r.current) {
			return // the row of the current claim, selected to follow it
		}
		c := reading.Claim{Side: reading.Left}
		if len(row.left) > 0 {
			c.ID = row.left[0]
		} else {
			c = reading.Claim{Side: reading.Right, ID: row.right[0]}
		}
		r.selectClaim(c, true)
	}
	filter := widget.NewSelect(nil, nil)
	for _, f := range alignedFilters {
		filter.Options = append(filter.Options, f.label)
	}
	filter.OnChanged = func(string) { a.filter = filter.SelectedIndex(); a.refresh() }
	filter.SetSelectedIndex(0)
	order := widget.NewRadioGroup([]string{"Left order", "Right order"}, func(s string) {
		a.order = reading.Left
		if s == "Right order" {
			a.order = reading.Right
		}
		a.refresh()
	})
	order.Horizontal = true
	order.SetSelected("Left order")
	bar := container.NewHBox(widget.NewLabel("Show"), filter, widget.NewSeparator(), order)
	a.content = container.NewBorder(bar, nil, nil, nil, newSizeWatcher(a.list, a.resized))
	return a
}

// buildRows lists the rows in the order of one side; claims only the other
// side makes follow the row of their nearest preceding claim.
func buildRows(m *reading.Model, order reading.Side) []alignedRow {
	var rows []alignedRow
	rowOf := map[int]int{} // pair index -> row
	for _, c := range m.Side(order).Claims {
		p, i, ok := m.PairOf(reading.Claim{Side: order, ID: c.ID})
		switch {
		case !ok:
			row := alignedRow{rel: omitted}
			if order == reading.Left {
				row.left = []int{c.ID}
			} else {
				row.right = []int{c.ID}
			}
			rows = append(rows, row)
		case rowOf[i] == 0:
			rows = append(rows, alignedRow{left: p.Left, right: p.Right, rel: p.Relation})
			rowOf[i] = len(rows)
		}
	}
	other := order.Other()
	after := 0 // the row after which the next claim of the other side goes
	var out []alignedRow
	insertAt := map[int][]alignedRow{}
	for _, c := range m.Side(other).Claims {
		_, i, ok := m.PairOf(reading.Claim{Side: other, ID: c.ID})
		if ok {
			after = rowOf[i]
			continue
		}
		row := alignedRow{rel: omitted}
		if other == reading.Left {
			row.left = []int{c.ID}
		} else {
			row.right = []int{c.ID}
		}
		insertAt[after] = append(insertAt[after], row)
	}
	out = append(out, insertAt[0]...)
	for i, row := range rows {
		out = append(out, row)
		out = append(out, insertAt[i+1]...)
	}
	return out
}

func (a *alignedList) refresh() {
	if a.r.model == nil {
		a.rows = nil
		a.list.Refresh()
		return
	}
	keep := alignedFilters[a.filter].keep
	a.rows = a.rows[:0]
	for _, row := range buildRows(a.r.model, a.order) {
		if keep(row.rel) {
			a.rows = append(a.rows, row)
		}
	}
	a.resized(a.list.Size())
	a.list.Refresh()
}

// selectCurrent selects the row that holds the current claim.
func (a *alignedList) selectCurrent() {
	if !a.r.hasCurrent {
		return
	}
	for i, row := range a.rows {
		if row.holds(a.r.current) {
			a.list.Select(i)
			a.list.ScrollTo(i)
			return
		}
	}
}

const badgeWidth = 130

func (a *alignedList) newRow() fyne.CanvasObject {
	left, right := widget.NewLabel(""), widget.NewLabel("")
	left.Wrapping, right.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	bg := canvas.NewRectangle(theme.Color(ColorOmitted))
	badge := widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	return container.New(&rowLayout{}, left, container.NewStack(bg, badge), right)
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
	name := l.name
	if row.rel == omitted {
		name = "Not addressed"
	}
	stack.Objects[1].(*widget.Label).SetText(l.mark + " " + name)
}

func (a *alignedList) text(side reading.Side, ids []int) string {
	s := ""
	for _, id := range ids {
		if c, ok := a.r.model.ClaimByID(side, id); ok {
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
	col := (size.Width-badgeWidth)/2 - 4*pad
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
type rowLayout struct{}

func (rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := (size.Width - badgeWidth) / 2
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[1].Move(fyne.NewPos(w, 0))
	objs[1].Resize(fyne.NewSize(badgeWidth, size.Height))
	objs[2].Move(fyne.NewPos(w+badgeWidth, 0))
	objs[2].Resize(fyne.NewSize(size.Width-w-badgeWidth, size.Height))
}

func (rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(badgeWidth*3, objs[1].MinSize().Height)
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
