package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/ui/reading"
)

// button returns the details strip's button with the label.
func button(t *testing.T, r *Reader, label string) *widget.Button {
	t.Helper()
	for _, o := range r.details.buttons.Objects {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			return b
		}
	}
	t.Fatalf("the details strip offers no %q", label)
	return nil
}

func TestAClaimInNoPairGetsItsClosestCounterpartsRanked(t *testing.T) {
	r := openReader(t, tempStore(t))
	camera, _ := showSuggestion(t, r)
	// The suggestion is rejected: the camera claim is in no pair and no
	// possible counterpart, yet the other pane ranks its closest claims.
	r.selectClaim(reading.Claim{Side: reading.Left, ID: camera.ID}, false)
	test.Tap(button(t, r, "Not the same thing"))
	r.lib.flush()
	if _, ok := r.currentSuggestion(); ok {
		t.Fatal("one click on Not the same thing left the suggestion open")
	}
	r.selectClaim(reading.Claim{Side: reading.Left, ID: camera.ID}, false)
	ranked := r.sel.Ranked()
	if len(ranked) == 0 {
		t.Fatal("a claim in no pair gets no ranked counterparts")
	}
	marked := false
	for _, sp := range r.currentSpans(reading.Right) {
		if sp.Style.Mark == "①" {
			c, _ := r.model.ClaimByID(reading.Right, ranked[0].ID)
			marked = sp.Start == c.Start
		}
	}
	if !marked {
		t.Error("the other pane does not number the closest claim ①")
	}
	if got := richText(r.details.diff); !strings.Contains(got, "Closest claims of Witness") || !strings.Contains(got, "①") {
		t.Errorf("the details strip lists %q", got)
	}
	r.showDetails()
	r.showDetails()
	if n := len(r.details.buttons.Objects); n != len(ranked) {
		t.Errorf("the strip offers %d buttons for %d ranked claims", n, len(ranked))
	}
	// One key pairs the claim with the closest; Ctrl+Z takes it back.
	shortcuts(r).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.Key1, Modifier: fyne.KeyModifierAlt})
	r.lib.flush()
	p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: camera.ID})
	if !ok || len(p.Right) != 1 || p.Right[0] != ranked[0].ID {
		t.Fatalf("Alt+1 paired the camera claim as %+v (paired %v), want with claim %d", p, ok, ranked[0].ID)
	}
	shortcuts(r).TypedShortcut(&fyne.ShortcutUndo{})
	r.lib.flush()
	if _, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: camera.ID}); ok {
		t.Error("Ctrl+Z did not undo the pairing")
	}
}

// TestASuggestionIsOfferedOnce checks that the details strip of a
// possible counterpart offers "Pair them" for it and numbers only other
// claims: no "Pair with ①" that does the same.
func TestASuggestionIsOfferedOnce(t *testing.T) {
	r := openReader(t, tempStore(t))
	camera, filmed := showSuggestion(t, r)
	r.selectClaim(reading.Claim{Side: reading.Left, ID: camera.ID}, false)
	r.showDetails()
	ranked := r.sel.Ranked()
	if len(ranked) == 0 {
		t.Fatal("a claim with a possible counterpart gets no other claims ranked")
	}
	for i, k := range ranked {
		if k.ID == filmed.ID {
			t.Errorf("the possible counterpart is ranked %s as well", rankMarks[i])
		}
	}
	if got := richText(r.details.diff); !strings.Contains(got, "Other close claims of Witness") {
		t.Errorf("the details strip lists %q", got)
	}
	if n, want := len(r.details.buttons.Objects), 2+len(ranked); n != want {
		t.Errorf("the strip offers %d buttons, want Pair them, Not the same thing and %d Pair with", n, len(ranked))
	}
}

func TestOneClickConfirmsASuggestion(t *testing.T) {
	r := openReader(t, tempStore(t))
	camera, filmed := showSuggestion(t, r)
	r.selectClaim(reading.Claim{Side: reading.Left, ID: camera.ID}, false)
	test.Tap(button(t, r, "Pair them"))
	r.lib.flush()
	p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: camera.ID})
	if !ok || p.Right[0] != filmed.ID {
		t.Fatalf("Pair them made %+v", p)
	}
	if got := shownRelation(r.model, reading.Claim{Side: reading.Right, ID: filmed.ID}); got == suggested || got == compare.Relation("") {
		t.Errorf("the confirmed claim is still shown as %q", got)
	}
}

func TestDraggingAClaimOntoAClaimPairsThem(t *testing.T) {
	r := openReader(t, tempStore(t))
	camera := claimContaining(t, r, reading.Left, "Body camera footage")
	filmed := claimContaining(t, r, reading.Right, "filmed the whole thing")
	if p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: camera.ID}); ok && p.Right[0] == filmed.ID {
		t.Skip("the engine already pairs them")
	}
	drv := fyne.CurrentApp().Driver()
	src, dst := r.panes[reading.Left].text, r.panes[reading.Right].text
	r.panes[reading.Right].scroller.ScrollTo(filmed.Start)
	from, _ := src.SpanRect(camera.Start, camera.Start+3)
	from = from.Add(fyne.NewPos(2, 2))
	to, _ := dst.SpanRect(filmed.Start, filmed.Start+3)
	toAbs := drv.AbsolutePositionForObject(dst).Add(to).Add(fyne.NewPos(2, 2))
	srcAbs := drv.AbsolutePositionForObject(src)
	src.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary})
	for _, f := range []float32{0.2, 0.6, 1} {
		start := srcAbs.Add(from)
		at := fyne.NewPos(start.X+(toAbs.X-start.X)*f, start.Y+(toAbs.Y-start.Y)*f)
		src.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at.Subtract(srcAbs), AbsolutePosition: at}, Dragged: fyne.NewDelta(1, 0)})
	}
	src.DragEnd()
	r.lib.flush()
	p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: camera.ID})
	if !ok || len(p.Right) != 1 || p.Right[0] != filmed.ID {
		t.Fatalf("after the drag the camera claim is in %+v (paired %v), want with the filming claim", p, ok)
	}
	if s, e := src.Selection(); e > s {
		t.Error("the drag left a selection in the pane it began in")
	}
}

func TestThePresentationLeavesAPossibleCounterpartToTheClass(t *testing.T) {
	r := openReader(t, nil)
	showSuggestion(t, r)
	r.present()
	p := r.presenting
	if p == nil {
		t.Fatal("no presentation")
	}
	r.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEnd})
	got := richText(p.verdict)
	if !strings.Contains(got, "For the class to decide") || strings.Contains(got, "Only one side says this") {
		t.Errorf("the last step, the possible counterpart, reads %q", got)
	}
	if p.cards[0].text.Text == "" || p.cards[1].text.Text == "" {
		t.Error("the possible counterpart's two claims are not both shown")
	}
}
