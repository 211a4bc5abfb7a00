package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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
	rows := lessonRows(r.model, r.lessonPlan())
	var list *widget.List
	list = widget.NewList(func() int { return len(rows) },
		func() fyne.CanvasObject {
			check := widget.NewCheck("", nil)
			label := widget.NewLabel("")
			label.Truncation = fyne.TextTruncateEllipsis
			up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil)
			down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), nil)
			return container.NewBorder(nil, nil, check, container.NewHBox(up, down), label)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			label := c.Objects[0].(*widget.Label)
			check := c.Objects[1].(*widget.Check)
			buttons := c.Objects[2].(*fyne.Container)
			row := rows[id]
			label.SetText(r.lessonLabel(row.item))
			check.OnChanged = nil
			check.SetChecked(row.included)
			check.OnChanged = func(on bool) { rows[id].included = on }
			move := func(delta int) func() {
				return func() {
					j := id + delta
					if j < 0 || j >= len(rows) {
						return
					}
					rows[id], rows[j] = rows[j], rows[id]
					list.Refresh()
					list.Select(j)
				}
			}
			buttons.Objects[0].(*widget.Button).OnTapped = move(-1)
			buttons.Objects[1].(*widget.Button).OnTapped = move(1)
		})
	help := widget.NewLabel("Tick the pairs to present and put them in order; each takes three steps: the left claim, the right claim, the verdict.")
	help.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(help, nil, nil, nil, list)
	d := dialog.NewCustomConfirm("Lesson", "Keep", "Cancel", content, func(ok bool) {
		if !ok {
			return
		}
		var p lesson.Plan
		for _, row := range rows {
			if row.included {
				p.Items = append(p.Items, row.item)
			}
		}
		r.setLesson(p)
		r.status.say(fmt.Sprintf("The lesson has %d pairs", len(p.Items)))
	}, r.win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
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
