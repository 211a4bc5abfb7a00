package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
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
	c, confirm, err := r.sel.Pairing(r.model)
	if err != nil {
		r.status.say(sentence(err))
		return
	}
	cur, _ := r.sel.Current()
	r.correct(c)
	if confirm {
		r.selectClaim(cur, false)
		r.status.say("Paired the possible counterpart; Ctrl+Z undoes")
		return
	}
	r.selectClaim(reading.Claim{Side: reading.Left, ID: c.Left[0]}, false)
}

// draggedOut pairs by hand the claim a drag began on with the claim of the
// other pane it was dropped on.
func (r *Reader) draggedOut(side reading.Side, from int, to fyne.Position) {
	if r.model == nil || r.views.shown != readerView {
		return
	}
	other := r.panes[side.Other()]
	drv := fyne.CurrentApp().Driver()
	view := to.Subtract(drv.AbsolutePositionForObject(other.scroller))
	if view.X < 0 || view.Y < 0 || view.X >= other.scroller.Size().Width || view.Y >= other.scroller.Size().Height {
		return
	}
	a, okA := r.model.ClaimAt(side, from)
	b, okB := r.model.ClaimAt(side.Other(), other.text.OffsetAt(to.Subtract(drv.AbsolutePositionForObject(other.text))))
	if !okA || !okB {
		r.status.say("Drop a claim on a claim of the other statement to pair them")
		return
	}
	c := reading.Correction{Kind: reading.Pair, Left: []int{a.ID}, Right: []int{b.ID}}
	if side == reading.Right {
		c.Left, c.Right = c.Right, c.Left
	}
	if p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: c.Left[0]}); ok && len(p.Right) == 1 && p.Right[0] == c.Right[0] {
		r.status.say(sentence(reading.ErrAlreadyPaired))
		return
	}
	r.correct(c)
	r.selectClaim(reading.Claim{Side: side, ID: a.ID}, false)
	r.status.say("Paired by hand; Ctrl+Z undoes")
}

// sentence is an error as the status line says it: with a capital.
func sentence(err error) string {
	s := err.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// rejectCurrent rejects the possible counterpart of the current claim, so
// its claims count as not addressed.
func (r *Reader) rejectCurrent() {
	if r.model == nil {
		return
	}
	s, ok := r.currentSuggestion()
	if !ok {
		r.status.say("This claim has no possible counterpart to reject")
		return
	}
	r.correct(reading.Correction{Kind: reading.Reject, Left: s.Left, Right: s.Right})
	r.showDetails()
	r.status.say("Rejected the possible counterpart; Ctrl+Z undoes")
}

// unpairCurrent separates the current pair.
func (r *Reader) unpairCurrent() {
	cur, ok := r.sel.Current()
	if r.model == nil || !ok {
		return
	}
	p, _, ok := r.model.PairOf(cur)
	if !ok {
		r.status.say("This claim has no counterpart to unpair")
		return
	}
	r.correct(reading.Correction{Kind: reading.Unpair, Left: p.Left, Right: p.Right})
	r.showDetails()
}

// setRelation changes the verdict on the current pair.
func (r *Reader) setRelation(rel compare.Relation) {
	cur, ok := r.sel.Current()
	if r.model == nil || !ok {
		return
	}
	p, _, ok := r.model.PairOf(cur)
	if !ok {
		r.status.say("Choose a paired claim to change its relation")
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
		r.status.say(err.Error())
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
				r.status.say(err.Error())
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

// persistAdd keeps a correction in the library.
func (r *Reader) persistAdd(c reading.Correction) {
	dc := data.Correction{Kind: string(c.Kind), Left: c.Left, Right: c.Right, Relation: string(c.Relation)}
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) error {
		var id int64
		var err error
		if k.id != 0 {
			id, err = s.AddCorrection(ctx, k.id, dc)
		}
		k.corrections = append(k.corrections, id) // 0 when not kept, so undo stays in step
		return err
	}, r.failed("The correction was not kept"))
}

// persistRemoveLast removes the last correction from the library (undo).
func (r *Reader) persistRemoveLast() {
	r.lib.do(func(ctx context.Context, s *data.Store, k *kept) error {
		n := len(k.corrections)
		if n == 0 {
			return nil
		}
		id := k.corrections[n-1]
		k.corrections = k.corrections[:n-1]
		if id == 0 {
			return nil
		}
		return s.DeleteCorrection(ctx, id)
	}, r.failed("The undo was not kept"))
}
