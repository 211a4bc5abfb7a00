package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/ui/reading"
)

// press sends a key as the window does: to the focused widget, else to
// the window.
func press(r *Reader, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := r.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if on := r.win.Canvas().OnTypedKey(); on != nil {
		on(ev)
	}
}

// dragSelect drags across the runes [start, end) of a pane, as a mouse does.
func dragSelect(r *Reader, side reading.Side, start, end int) {
	tp := r.panes[side].text
	from, _ := tp.SpanRect(start, start+1)
	to, size := tp.SpanRect(end-1, end)
	from = from.Add(fyne.NewPos(1, 2))
	to = to.Add(fyne.NewPos(size.Width-1, 2))
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(tp)
	tp.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary})
	tp.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to, AbsolutePosition: abs.Add(to)}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	tp.DragEnd()
}

func TestTheLastSelectionIsWhatANoteIsOn(t *testing.T) {
	r := openReader(t, tempStore(t))
	knife := claimContaining(t, r, reading.Left, "holding a knife")
	r.tapped(reading.Left, knife.Start+2) // the reader clicks a claim on the left ...
	phone := claimContaining(t, r, reading.Right, "holding his phone")
	start := phone.Start + strings.Index(phone.Text, "his phone")
	dragSelect(r, reading.Right, start, start+len("his phone")) // ... then selects words on the right
	n, ok := r.noteTarget()
	if !ok || n.Kind != data.OnSpan || len(n.Targets) != 1 || n.Targets[0].Side != data.Right ||
		n.Targets[0].Start != start || n.Targets[0].End != start+len("his phone") {
		t.Fatalf("a note after selecting %q on the right is on %+v", "his phone", n)
	}
	r.typedRune('1')
	r.lib.flush()
	if len(r.notes.all) != 1 || r.notes.all[0].Targets[0].Exact != "his phone" {
		t.Fatalf("the highlight is on %+v, want the words selected", r.notes.all)
	}
	// Clicking a claim afterwards makes the claim's pair the target again,
	// and the old selection is gone from the other pane.
	r.tapped(reading.Left, knife.Start+2)
	r.panes[reading.Left].text.Tapped(&fyne.PointEvent{Position: fyne.NewPos(5, 5)})
	if s, e := r.panes[reading.Right].text.Selection(); e > s {
		t.Errorf("the right pane still shows a selection [%d, %d) after a click on the left", s, e)
	}
}

func TestALongMessageNeverWidensTheWindow(t *testing.T) {
	r := openReader(t, nil)
	r.status.say("Saved the answer key to /home/teacher/" + strings.Repeat("a-very-long-folder-name/", 20) + "answer key.html")
	r.details.hint(strings.Repeat("Opened Mr Okafor's comparison: 7 notes from them ", 20))
	if w := r.win.Content().MinSize().Width; w > minWindow.Width {
		t.Errorf("the window's content needs %.0f px, more than the %v minimum", w, minWindow.Width)
	}
	r.th.zoom = 1.5
	r.app.Settings().SetTheme(r.th)
	if w := r.win.Content().MinSize().Width; w > 1280 {
		t.Errorf("zoomed to 150%%, the window needs %.0f px, more than a 1280 px screen", w)
	}
}

func TestTheWindowHasAMinimumSize(t *testing.T) {
	r := openReader(t, nil)
	if m := r.win.Content().MinSize(); m.Width < minWindow.Width || m.Height < minWindow.Height {
		t.Errorf("the window can shrink to %v, below %v, where its parts overlap", m, minWindow)
	}
}

// tapOption taps the option of a radio group, as the mouse does.
func tapOption(t *testing.T, g *widget.RadioGroup, option string) {
	t.Helper()
	i := -1
	for n, o := range g.Options {
		if o == option {
			i = n
		}
	}
	var items []fyne.Tappable
	for _, o := range test.LaidOutObjects(g) {
		if tp, ok := o.(fyne.Tappable); ok && o != fyne.CanvasObject(g) {
			items = append(items, tp)
		}
	}
	if i < 0 || i >= len(items) {
		t.Fatalf("no option %q among %d", option, len(items))
	}
	test.Tap(items[i])
}

func TestFunctionKeysWorkWhateverHasTheFocus(t *testing.T) {
	r := openReader(t, nil)
	// A teacher clicks "Aligned rows" and presses F5.
	tapOption(t, r.views.choose, "Aligned rows")
	if r.views.shown != alignedView {
		t.Fatal("clicking Aligned rows did not show them")
	}
	press(r, fyne.KeyF5)
	if r.presenting == nil {
		t.Fatal("F5 after clicking Aligned rows did not present")
	}
	press(r, fyne.KeyEscape)
	// A row of the aligned view, then F9.
	r.views.aligned.list.Select(1)
	r.win.Canvas().Focus(r.views.aligned.list)
	press(r, fyne.KeyF9)
	if !r.notes.panel.content.Visible() {
		t.Error("F9 after clicking a row did not show the notes")
	}
	// The checkbox, then F9 again.
	tapOption(t, r.views.choose, "Side by side")
	test.Tap(r.views.syncBox)
	press(r, fyne.KeyF9)
	if r.notes.panel.content.Visible() {
		t.Error("F9 after clicking the checkbox did not hide the notes")
	}
	// F1 shows the shortcuts; Escape closes them; F1 works again.
	press(r, fyne.KeyF1)
	if r.win.Canvas().Overlays().Top() == nil {
		t.Fatal("F1 showed no shortcuts")
	}
	press(r, fyne.KeyEscape)
	if r.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not close the shortcuts")
	}
	press(r, fyne.KeyF1)
	if r.win.Canvas().Overlays().Top() == nil {
		t.Fatal("F1 after closing the shortcuts showed nothing")
	}
}

func TestTheLegendGivesWayWithoutOverlapping(t *testing.T) {
	r := openReader(t, nil)
	for _, w := range []float32{1280, 900, 720} {
		r.win.Resize(fyne.NewSize(w, 800))
		shown, right := 0, float32(-1)
		for _, o := range r.status.legend.content.Objects {
			if !o.Visible() {
				continue
			}
			shown++
			if o.Position().X < right {
				t.Errorf("at %.0f px a legend entry at x=%.0f overlaps the one before it (ending at %.0f)", w, o.Position().X, right)
			}
			right = o.Position().X + o.Size().Width
		}
		if shown == 0 {
			t.Errorf("at %.0f px the legend shows nothing", w)
		}
		if w == 1280 && shown != len(r.status.legend.content.Objects) {
			t.Errorf("at 1280 px the legend shows %d of its %d entries", shown, len(r.status.legend.content.Objects))
		}
		if msg := r.status.text; msg.Position().X < right {
			t.Errorf("at %.0f px the status message starts at %.0f, under the legend (ending at %.0f)", w, msg.Position().X, right)
		}
	}
}

func TestTheWindowOpensToFitTheScreen(t *testing.T) {
	for _, c := range []struct{ screen, want fyne.Size }{
		{fyne.NewSize(1280, 800), fyne.NewSize(1152, 720)},
		{fyne.NewSize(1920, 1080), fyne.NewSize(1680, 972)},
		{fyne.NewSize(1366, 768), fyne.NewSize(1229.4, 691.2)},
		{fyne.NewSize(3840, 2160), largestWindow},
		{fyne.NewSize(640, 480), minWindow},
	} {
		got := windowSize(c.screen)
		if d := got.Subtract(c.want); d.Width*d.Width > 1 || d.Height*d.Height > 1 {
			t.Errorf("on a %v screen the window opens at %v, want %v", c.screen, got, c.want)
		}
		if got.Width > max(c.screen.Width, minWindow.Width) || got.Height > max(c.screen.Height, minWindow.Height) {
			t.Errorf("on a %v screen the window opens larger than the screen: %v", c.screen, got)
		}
	}
}

func TestTheSynchronisedScrollingSettingIsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	first := newReader(a, newTestLibrary(t, nil))
	if !first.views.syncBox.Checked {
		t.Fatal("synchronised scrolling is off by default")
	}
	test.Tap(first.views.syncBox)
	next := newReader(a, newTestLibrary(t, nil))
	if next.views.syncBox.Checked {
		t.Error("synchronised scrolling, turned off, is on again in the next window")
	}
}

func TestEscapeClosesTheLibraryWhileItsSearchFieldIsTyping(t *testing.T) {
	r := openReader(t, tempStore(t))
	for _, open := range []func(){r.showLibrary, r.showSearch} {
		open()
		r.lib.flush()
		if r.win.Canvas().Overlays().Top() == nil {
			t.Fatal("the dialog did not open")
		}
		if _, ok := r.win.Canvas().Focused().(*keyEntry); !ok {
			t.Fatalf("the search field does not have the focus: %T", r.win.Canvas().Focused())
		}
		test.Type(r.win.Canvas().Focused().(*keyEntry), "phone")
		press(r, fyne.KeyEscape)
		if r.win.Canvas().Overlays().Top() != nil {
			t.Error("Escape in the search field did not close the dialog")
		}
	}
}

func TestEscapeClosesAFormWhileOneOfItsFieldsHasTheFocus(t *testing.T) {
	r := openReader(t, nil)
	r.editSources()
	var field *keyEntry
	for _, o := range test.LaidOutObjects(r.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*keyEntry); ok && field == nil {
			field = e
		}
	}
	if field == nil {
		t.Fatal("the Sources dialog has no field")
	}
	r.win.Canvas().Focus(field)
	test.Type(field, " (edited)")
	press(r, fyne.KeyEscape)
	if r.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape in a field of the Sources dialog did not close it")
	}
	if got := r.model.Side(reading.Left).Party; strings.Contains(got, "(edited)") {
		t.Errorf("Escape saved the sources: the party is %q", got)
	}
}
