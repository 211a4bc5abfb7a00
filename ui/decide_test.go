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
