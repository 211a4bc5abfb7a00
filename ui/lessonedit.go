package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/lesson"
	"github.com/parley-reader/parley/ui/reading"
)

// lessonRow is one pair in the lesson editor.
type lessonRow struct {
	item     lesson.Item
	included bool
}

// editLesson lets the teacher choose which pairs to present and in what
// order. The lesson is kept with the comparison.
func (r *Reader) editLesson() {
	if r.model == nil {
		return
	}
	f := newLessonForm(lessonRows(r.model, r.lessonPlan()), r.lessonLabel, func(p lesson.Plan) {
		r.setLesson(p)
		r.status.say("The lesson has " + export.Plural(len(p.Items), "pair", "pairs"))
	})
	r.showForm("Lesson", "Keep", f, fyne.NewSize(900, 600))
}

// lessonForm is the lesson editor: every pair, ticked when in the lesson,
// in the lesson's order.
type lessonForm struct {
	rows  []lessonRow
	label func(lesson.Item) string
	list  *widget.List
	save  func(lesson.Plan)
}

func newLessonForm(rows []lessonRow, label func(lesson.Item) string, save func(lesson.Plan)) *lessonForm {
	f := &lessonForm{rows: rows, label: label, save: save}
	f.list = widget.NewList(func() int { return len(f.rows) }, f.newRow, f.updateRow)
	return f
}

// move swaps row i with its neighbour delta rows away, if there is one.
func (f *lessonForm) move(i, delta int) {
	j := i + delta
	if j < 0 || j >= len(f.rows) {
		return
	}
	f.rows[i], f.rows[j] = f.rows[j], f.rows[i]
	f.list.Refresh()
	f.list.Select(j)
}

func (f *lessonForm) newRow() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil)
	down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), nil)
	return container.NewBorder(nil, nil, check, container.NewHBox(up, down), label)
}

func (f *lessonForm) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	label := c.Objects[0].(*widget.Label)
	check := c.Objects[1].(*widget.Check)
	buttons := c.Objects[2].(*fyne.Container)
	row := f.rows[id]
	label.SetText(f.label(row.item))
	check.OnChanged = nil
	check.SetChecked(row.included)
	check.OnChanged = func(on bool) { f.rows[id].included = on }
	buttons.Objects[0].(*widget.Button).OnTapped = func() { f.move(id, -1) }
	buttons.Objects[1].(*widget.Button).OnTapped = func() { f.move(id, 1) }
}

func (f *lessonForm) content() fyne.CanvasObject {
	help := widget.NewLabel("Tick the pairs to present and put them in order; each takes up to three steps: the left claim, the right claim, the verdict.")
	help.Wrapping = fyne.TextWrapWord
	return container.NewBorder(help, nil, nil, nil, f.list)
}

// apply keeps the ticked pairs, in order, as the lesson.
func (f *lessonForm) apply() error {
	var p lesson.Plan
	for _, row := range f.rows {
		if row.included {
			p.Items = append(p.Items, row.item)
		}
	}
	f.save(p)
	return nil
}

// lessonRows lists the plan's items, included, then every other pair.
func lessonRows(m *reading.Model, p lesson.Plan) []lessonRow {
	var rows []lessonRow
	seen := map[string]bool{}
	for _, it := range p.Items {
		rows = append(rows, lessonRow{item: it, included: true})
		seen[fmt.Sprint(it)] = true
	}
	for _, it := range lesson.DefaultPlan(m.Result).Items {
		if !seen[fmt.Sprint(it)] {
			rows = append(rows, lessonRow{item: it})
		}
	}
	return rows
}

// lessonLabel reads "≠ left claim / right claim".
func (r *Reader) lessonLabel(it lesson.Item) string {
	rel := omitted
	if p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: first(it.Left, -1)}); ok {
		rel = p.Relation
	}
	return fmt.Sprintf("%s  %s  /  %s", looks[rel].mark, claimText(r.model, reading.Left, it.Left), claimText(r.model, reading.Right, it.Right))
}

// setLesson makes p the comparison's lesson and keeps it in the library.
func (r *Reader) setLesson(p lesson.Plan) {
	r.lesson = &p
	r.persistLesson(p)
}

// persistLesson keeps the teacher's lesson with the comparison.
func (r *Reader) persistLesson(p lesson.Plan) {
	b, err := p.Marshal()
	if err != nil {
		r.showError("The lesson was not kept", err)
		return
	}
	r.lib.doKept(func(ctx context.Context, s *data.Store, k *kept) error {
		return s.SaveLesson(ctx, k.id, b)
	}, r.failed("The lesson was not kept"))
}
