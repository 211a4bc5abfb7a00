package ui

import (
	"context"

	"fyne.io/fyne/v2"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/lesson"
	"github.com/parley-reader/parley/ui/reading"
)

// pairCurrent pairs the claims the reader last chose in each pane. When the
// current claim is in a possible counterpart and the claim chosen just
// before it was not in the other pane, it pairs the possible counterpart's
// claims instead, confirming it.
func (r *Reader) pairCurrent() {
	if r.model == nil {
		return
	}
	if s, ok := r.currentSuggestion(); ok && (!r.hasPickedBefore || r.pickedBefore == r.current.Side) {
		cur := r.current
		r.correct(reading.Correction{Kind: reading.Pair, Left: s.Left, Right: s.Right})
		r.selectClaim(cur, false)
		r.busy.SetText("Paired the possible counterpart; Ctrl+Z undoes")
		return
	}
	if !r.hasPicked[reading.Left] || !r.hasPicked[reading.Right] {
		r.busy.SetText("To pair by hand, click a claim in each pane, then press Ctrl+Shift+P")
		return
	}
	l, rt := r.picked[reading.Left], r.picked[reading.Right]
	if p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: l}); ok && len(p.Right) == 1 && p.Right[0] == rt {
		r.busy.SetText("These two claims are already a pair")
		return
	}
	r.correct(reading.Correction{Kind: reading.Pair, Left: []int{l}, Right: []int{rt}})
	r.selectClaim(reading.Claim{Side: reading.Left, ID: l}, false)
}

// rejectCurrent rejects the possible counterpart of the current claim, so
// its claims count as not addressed.
func (r *Reader) rejectCurrent() {
	if r.model == nil || !r.hasCurrent {
		return
	}
	s, ok := r.currentSuggestion()
	if !ok {
		r.busy.SetText("This claim has no possible counterpart to reject")
		return
	}
	r.correct(reading.Correction{Kind: reading.Reject, Left: s.Left, Right: s.Right})
	r.showDetails()
	r.busy.SetText("Rejected the possible counterpart; Ctrl+Z undoes")
}

// unpairCurrent separates the current pair.
func (r *Reader) unpairCurrent() {
	if r.model == nil || !r.hasCurrent {
		return
	}
	p, _, ok := r.model.PairOf(r.current)
	if !ok {
		r.busy.SetText("This claim has no counterpart to unpair")
		return
	}
	r.correct(reading.Correction{Kind: reading.Unpair, Left: p.Left, Right: p.Right})
	r.showDetails()
}

// setRelation changes the verdict on the current pair.
func (r *Reader) setRelation(rel compare.Relation) {
	if r.model == nil || !r.hasCurrent {
		return
	}
	p, _, ok := r.model.PairOf(r.current)
	if !ok {
		r.busy.SetText("Choose a paired claim to change its relation")
		return
	}
	if p.Relation == rel {
		return
	}
	r.correct(reading.Correction{Kind: reading.Relation, Left: p.Left, Right: p.Right, Relation: rel})
	r.showDetails()
}

// correct applies a correction, keeps it in the library and records it
// for undo.
func (r *Reader) correct(c reading.Correction) {
	if err := r.model.Apply(c); err != nil {
		r.busy.SetText(err.Error())
		return
	}
	r.persistAdd(c)
	r.refreshMarks()
	r.history.record(edit{
		what: describe(c),
		undo: func() {
			cs := r.model.Corrections()
			r.model.SetCorrections(cs[:len(cs)-1])
			r.persistRemoveLast()
			r.refreshMarks()
			r.showDetails()
		},
		redo: func() {
			if err := r.model.Apply(c); err != nil {
				r.busy.SetText(err.Error())
				return
			}
			r.persistAdd(c)
			r.refreshMarks()
			r.showDetails()
		},
	})
}

func describe(c reading.Correction) string {
	switch c.Kind {
	case reading.Pair:
		return "pair by hand"
	case reading.Unpair:
		return "unpair"
	case reading.Reject:
		return "reject the possible counterpart"
	}
	return "mark as " + string(c.Relation)
}

// keptRow is a correction's row in the library. Its id is written and read
// only on the database goroutine, whose jobs run in order, so an undo that
// follows an insert always sees the inserted id.
type keptRow struct{ id int64 }

// keptComparison is the library row of the open comparison, likewise touched
// only on the database goroutine.
type keptComparison struct {
	id   int64
	docs [2]int64 // the two statements' library ids
}

// persistAdd keeps a correction in the library.
func (r *Reader) persistAdd(c reading.Correction) {
	row := &keptRow{}
	r.rows = append(r.rows, row)
	if r.store == nil {
		return
	}
	comp := r.kept
	dc := data.Correction{Kind: string(c.Kind), Left: c.Left, Right: c.Right, Relation: string(c.Relation)}
	r.inDB(func() {
		if comp.id == 0 {
			return
		}
		id, err := r.store.AddCorrection(context.Background(), comp.id, dc)
		if err != nil {
			fyne.Do(func() { r.showError("The correction was not kept", err) })
			return
		}
		row.id = id
	})
}

// persistRemoveLast removes the last correction from the library (undo).
func (r *Reader) persistRemoveLast() {
	if len(r.rows) == 0 {
		return
	}
	row := r.rows[len(r.rows)-1]
	r.rows = r.rows[:len(r.rows)-1]
	if r.store == nil {
		return
	}
	r.inDB(func() {
		if row.id == 0 {
			return
		}
		if err := r.store.DeleteCorrection(context.Background(), row.id); err != nil {
			fyne.Do(func() { r.showError("The undo was not kept", err) })
		}
	})
}

// persistLesson keeps the teacher's lesson with the comparison.
func (r *Reader) persistLesson(p lesson.Plan) {
	if r.store == nil {
		return
	}
	b, err := p.Marshal()
	if err != nil {
		r.showError("The lesson was not kept", err)
		return
	}
	comp := r.kept
	r.inDB(func() {
		if comp.id == 0 {
			return
		}
		if err := r.store.SaveLesson(context.Background(), comp.id, b); err != nil {
			fyne.Do(func() { r.showError("The lesson was not kept", err) })
		}
	})
}
