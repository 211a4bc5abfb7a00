package ui

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/reading"
)

// tapped makes the claim under a tap current and shows its pair.
func (r *Reader) tapped(side reading.Side, offset int) {
	r.sel.Focus = side
	if r.model == nil {
		return
	}
	c, ok := r.model.ClaimAt(side, offset)
	if !ok {
		return
	}
	r.selectClaim(reading.Claim{Side: side, ID: c.ID}, false)
}

// selected makes the pane where the reader just selected (or clicked) the
// one notes apply to, and clears the selection in the other pane: the
// selection made last is what a note or highlight is on.
func (r *Reader) selected(side reading.Side) {
	r.sel.Focus = side
	other := r.panes[side.Other()].text
	if s, e := other.Selection(); e > s {
		other.SetSelection(s, s)
	}
}

// selectClaim makes a claim current: both panes mark its pair (or possible
// counterpart), the other pane scrolls the counterpart into view (and the
// claim's own pane too when scrollOwn), the connector joins them and the
// details strip explains them.
func (r *Reader) selectClaim(c reading.Claim, scrollOwn bool) {
	r.sel.Select(c)
	r.refreshMarks()
	own, _ := r.model.ClaimByID(c.Side, c.ID)
	if scrollOwn {
		r.panes[c.Side].scroller.ScrollTo(own.Start)
	}
	other := c.Side.Other()
	if ids := r.lit(other); len(ids) > 0 {
		if oc, ok := r.model.ClaimByID(other, ids[0]); ok {
			r.views.withoutSync(func() { r.panes[other].scroller.ScrollTo(oc.Start) })
		}
	}
	r.panes[c.Side].text.SetSelection(own.Start, own.Start)
	r.win.Canvas().Focus(r.panes[c.Side].text)
	r.showDetails()
	r.views.aligned.selectCurrent()
	r.viewMoved()
	r.rankCounterparts(c)
}

func (r *Reader) showDetails() {
	cur, ok := r.sel.Current()
	if !ok {
		return
	}
	other := r.model.Side(cur.Side.Other())
	otherName := clip(cmp.Or(other.Party, other.Title, "The other side"), maxHeaderLen)
	if s, ok := r.currentSuggestion(); ok {
		r.details.showSuggestion(s)
		r.showRanked(cur, "Other close claims of "+otherName, choice{"Pair them", r.pairCurrent}, choice{"Not the same thing", r.rejectCurrent})
		return
	}
	p, _, ok := r.model.PairOf(cur)
	if !ok {
		r.details.showUnmatched(otherName)
		r.showRanked(cur, "Closest claims of "+otherName)
		return
	}
	r.details.showPair(p, r.partyNames(), [2]string{claimText(r.model, reading.Left, p.Left), claimText(r.model, reading.Right, p.Right)})
}

// partyNames is how the details strip names the two sides: their parties,
// or "the left" and "the right".
func (r *Reader) partyNames() [2]string {
	return [2]string{
		clip(cmp.Or(r.model.Side(reading.Left).Party, "the left"), maxHeaderLen),
		clip(cmp.Or(r.model.Side(reading.Right).Party, "the right"), maxHeaderLen),
	}
}

// showLit scrolls each pane, if need be, so that the current claim and its
// counterpart are in view, as after a zoom that moved the lines.
func (r *Reader) showLit() {
	if _, ok := r.sel.Current(); !ok || r.model == nil {
		return
	}
	for _, side := range []reading.Side{reading.Left, reading.Right} {
		if ids := r.lit(side); len(ids) > 0 {
			if c, ok := r.model.ClaimByID(side, ids[0]); ok {
				r.views.withoutSync(func() { r.panes[side].scroller.ScrollTo(c.Start) })
			}
		}
	}
	r.viewMoved()
}

// maxRanked is how many claims of the other side are ranked as
// counterparts of a claim in no pair.
const maxRanked = len(rankMarks)

// rankCounterparts ranks, off the UI goroutine, the claims of the other
// side as counterparts of a claim in no pair; the other pane numbers them
// and the details strip lists them while the claim is current. The claims
// of its possible counterpart, which the strip offers already, are left
// out.
func (r *Reader) rankCounterparts(c reading.Claim) {
	if _, _, paired := r.model.PairOf(c); paired {
		return
	}
	var offered []int
	if s, ok := r.currentSuggestion(); ok {
		offered = s.Right
		if c.Side == reading.Right {
			offered = s.Left
		}
	}
	res := r.model.Result
	r.background(func() {
		ranked := compare.Candidates(res, c.Side == reading.Left, c.ID, maxRanked+len(offered))
		ranked = slices.DeleteFunc(ranked, func(k compare.Candidate) bool { return slices.Contains(offered, k.ID) })
		ranked = ranked[:min(len(ranked), maxRanked)]
		fyne.Do(func() {
			if cur, ok := r.sel.Current(); !ok || cur != c || r.model == nil || r.model.Result != res {
				return
			}
			r.sel.SetRanked(c, ranked)
			r.refreshMarks()
			r.showDetails()
		})
	})
}

// showRanked lists the ranked counterparts of the current claim in the
// details strip after the lead that names them, and offers the choices
// given and a button for each.
func (r *Reader) showRanked(cur reading.Claim, lead string, choices ...choice) {
	ranked := r.sel.Ranked()
	texts, sims := make([]string, len(ranked)), make([]float64, len(ranked))
	for i, k := range ranked {
		c, _ := r.model.ClaimByID(cur.Side.Other(), k.ID)
		texts[i], sims[i] = c.Text, k.Similarity
		choices = append(choices, choice{"Pair with " + rankMarks[i], func() { r.pairRanked(i) }})
	}
	r.details.offer(choices...)
	r.details.showRanked(lead, texts, sims)
}

// pairRanked pairs the current claim with its n-th ranked counterpart.
func (r *Reader) pairRanked(n int) {
	if r.model == nil {
		return
	}
	c, err := r.sel.PairingWith(n)
	if err != nil {
		r.status.say(sentence(err))
		return
	}
	cur, _ := r.sel.Current()
	r.correct(c)
	r.selectClaim(cur, false)
	r.status.say("Paired by hand; Ctrl+Z undoes")
}

// updateConnector draws the line between the current pair's claims (dashed
// for a possible counterpart), or hides it when there is neither or the
// reader view is not shown.
func (r *Reader) updateConnector() {
	if _, ok := r.sel.Current(); !ok || r.views.shown != readerView {
		r.connector.hide()
		return
	}
	l, rt := r.lit(reading.Left), r.lit(reading.Right)
	if len(l) == 0 || len(rt) == 0 {
		r.connector.hide()
		return
	}
	drv := fyne.CurrentApp().Driver()
	base := drv.AbsolutePositionForObject(r.connector).Y
	box := func(side reading.Side, ids []int) (float32, float32) {
		first, _ := r.model.ClaimByID(side, ids[0])
		last, _ := r.model.ClaimByID(side, ids[len(ids)-1])
		p := r.panes[side]
		top, _ := p.claimBox(first)
		_, bottom := p.claimBox(last)
		origin := drv.AbsolutePositionForObject(p.scroller).Y - base
		h := p.scroller.Size().Height
		return origin + min(max(top, -4), h+4), origin + min(max(bottom, -4), h+4)
	}
	lt, lb := box(reading.Left, l)
	rt1, rb := box(reading.Right, rt)
	_, dashed := r.currentSuggestion()
	r.connector.show(lt, lb, rt1, rb, dashed)
}

// navigate moves to the next (or previous) target of a kind.
func (r *Reader) navigate(k reading.Kind, back bool) {
	if r.model == nil {
		return
	}
	cur, has := r.sel.Current()
	if !has {
		cur = reading.Claim{Side: r.sel.Focus}
	}
	t, ok := r.model.Next(k, cur, has && cur.Side == r.sel.Focus, back)
	if !ok {
		r.status.say("No " + k.String() + " in this comparison")
		return
	}
	r.status.say("")
	r.selectClaim(t, true)
}

// stepClaim moves to the next or previous claim in the focused pane.
func (r *Reader) stepClaim(delta int) {
	if r.model == nil {
		return
	}
	claims := r.model.Side(r.sel.Focus).Claims
	if len(claims) == 0 {
		return
	}
	i := 0
	if cur, ok := r.sel.Current(); ok && cur.Side == r.sel.Focus {
		for j, c := range claims {
			if c.ID == cur.ID {
				i = min(max(j+delta, 0), len(claims)-1)
			}
		}
	} else if delta < 0 {
		i = len(claims) - 1
	}
	r.selectClaim(reading.Claim{Side: r.sel.Focus, ID: claims[i].ID}, true)
}

// switchSide moves to the counterpart of the current claim, or to the other pane.
func (r *Reader) switchSide() {
	other := r.sel.Focus.Other()
	if ids := r.lit(other); len(ids) > 0 {
		r.selectClaim(reading.Claim{Side: other, ID: ids[0]}, true)
		return
	}
	r.sel.Focus = other
	r.win.Canvas().Focus(r.panes[other].text)
}

// jumpTo is a tap on an overview strip at a fraction of its height: the
// pane shows that place of its text, and the claim there is made current.
func (r *Reader) jumpTo(side reading.Side, fraction float32) {
	p := r.panes[side]
	offset := min(int(fraction*float32(p.text.Len())), max(p.text.Len()-1, 0))
	r.views.withoutSync(func() { p.showOffset(offset) })
	if r.model != nil {
		if c, ok := r.model.ClaimAt(side, offset); ok {
			r.selectClaim(reading.Claim{Side: side, ID: c.ID}, false)
		}
	}
	r.viewMoved()
}
