package ui

import (
	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/reading"
	"github.com/parley-reader/parley/ui/textpane"
)

// refreshMarks restyles both panes, the overview strips, the counts and the
// aligned view from the model.
func (r *Reader) refreshMarks() {
	if r.model == nil {
		return
	}
	for i, p := range r.panes {
		side := reading.Side(i)
		s := r.model.Side(side)
		spans := make([]textpane.Span, 0, len(s.Claims)*2)
		marks := make([]overviewMark, 0, len(s.Claims))
		total := float32(max(len([]rune(s.Text)), 1))
		for _, c := range s.Claims {
			rel := shownRelation(r.model, reading.Claim{Side: side, ID: c.ID})
			spans = append(spans, claimSpan(c, rel))
			marks = append(marks, overviewMark{top: float32(c.Start) / total, bottom: float32(c.End) / total, rel: rel})
		}
		spans = append(spans, r.noteSpans(side)...)
		spans = append(spans, r.currentSpans(side)...)
		p.text.SetSpans(spans)
		p.overview.setMarks(marks)
	}
	r.views.summary.SetText(summaryText(r.model.Counts()))
	r.views.aligned.refresh()
	r.updateConnector()
}

// shownRelation is how a claim is marked: its pair's relation, suggested
// for a claim in a possible counterpart and in no pair, or omitted.
func shownRelation(m *reading.Model, c reading.Claim) compare.Relation {
	if rel := m.Relation(c); rel != omitted {
		return rel
	}
	if len(m.SuggestionsOf(c)) > 0 {
		return suggested
	}
	return omitted
}

// currentSuggestion returns the first possible counterpart of the current
// claim when that claim is in no pair.
func (r *Reader) currentSuggestion() (compare.Suggestion, bool) {
	c, ok := r.sel.Current()
	if !ok || r.model == nil {
		return compare.Suggestion{}, false
	}
	return r.model.OpenSuggestion(c)
}

// lit returns the claims lit with the current claim on one side: those of
// its pair or possible counterpart, or the current claim alone.
func (r *Reader) lit(side reading.Side) []int {
	c, ok := r.sel.Current()
	if !ok || r.model == nil {
		return nil
	}
	return r.model.Lit(c, side)
}

// currentSpans marks the claims lit with the current claim on one side,
// and the words in a pair's claims that the other side does not have.
func (r *Reader) currentSpans(side reading.Side) []textpane.Span {
	cur, ok := r.sel.Current()
	if !ok {
		return nil
	}
	var out []textpane.Span
	for _, id := range r.lit(side) {
		if c, ok := r.model.ClaimByID(side, id); ok {
			out = append(out, currentSpan(c))
		}
	}
	if side != cur.Side {
		for i, k := range r.sel.Ranked() {
			if c, ok := r.model.ClaimByID(side, k.ID); ok {
				out = append(out, rankedSpan(c, i))
			}
		}
	}
	if p, _, ok := r.model.PairOf(cur); ok {
		changed := p.LeftChanged
		if side == reading.Right {
			changed = p.RightChanged
		}
		for _, ch := range changed {
			out = append(out, changedSpan(ch))
		}
	}
	return out
}
