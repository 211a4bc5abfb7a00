package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/share"
	"github.com/parley-reader/parley/ui/reading"
	"github.com/parley-reader/parley/ui/textpane"
)

var (
	police = compare.Document{Meta: compare.Meta{Party: "Police"}, Text: "The officer gave three clear warnings before using the taser. " +
		"The man was holding a knife. He was taken to hospital as a precaution and released the same evening. " +
		"Body camera footage will be passed to the independent office."}
	witness = compare.Document{Meta: compare.Meta{Party: "Witness"}, Text: "No warning was given before the officer fired the taser. " +
		"The man was holding his phone, not a knife. He was still in hospital two days later. " +
		"I filmed the whole thing on my phone — 전부 다."}
)

// openReader shows the two statements and waits for the analysis.
func openReader(t *testing.T, store *data.Store) *Reader {
	t.Helper()
	return openReaderOn(t, store, police, witness)
}

// openReaderOn shows two statements and waits for the analysis.
func openReaderOn(t *testing.T, store *data.Store, left, right compare.Document) *Reader {
	t.Helper()
	r := newTestReader(t, store)
	r.Open(left, right)
	r.lib.flush()
	if r.model == nil {
		t.Fatal("the analysis did not finish")
	}
	return r
}

// newTestReader is a reader whose database jobs run on the library's
// goroutine and hand their results back at r.lib.flush().
func newTestReader(t *testing.T, store *data.Store) *Reader {
	t.Helper()
	r := newReader(test.NewTempApp(t), newTestLibrary(t, store))
	// The test driver runs fyne.Do at once on the calling goroutine, so
	// the analysis runs synchronously here to keep one UI goroutine.
	r.background = func(job func()) { job() }
	r.win.Resize(fyne.NewSize(1280, 800))
	return r
}

func claimContaining(t *testing.T, r *Reader, side reading.Side, s string) compare.Claim {
	t.Helper()
	for _, c := range r.model.Side(side).Claims {
		if strings.Contains(c.Text, s) {
			return c
		}
	}
	t.Fatalf("no claim containing %q on side %d", s, side)
	return compare.Claim{}
}

func TestTapSelectsPairAndExplainsIt(t *testing.T) {
	r := openReader(t, nil)
	warn := claimContaining(t, r, reading.Left, "three clear warnings")
	// Tap in the middle of the claim, in pane coordinates.
	pos, size := r.panes[reading.Left].text.SpanRect(warn.Start, warn.Start+5)
	test.TapAt(r.panes[reading.Left].text, pos.Add(fyne.NewPos(size.Width/2, size.Height/2)))

	if cur, ok := r.sel.Current(); !ok || cur != (reading.Claim{Side: reading.Left, ID: warn.ID}) {
		t.Fatalf("current = %+v (has %v), want the warnings claim", cur, ok)
	}
	right := r.lit(reading.Right)
	if len(right) != 1 {
		t.Fatalf("counterpart ids = %v", right)
	}
	other, _ := r.model.ClaimByID(reading.Right, right[0])
	if !strings.Contains(other.Text, "No warning was given") {
		t.Errorf("counterpart = %q", other.Text)
	}
	verdict := richText(r.details.verdict)
	if !strings.Contains(verdict, "Contradiction") {
		t.Errorf("details strip = %q, want the contradiction explained", verdict)
	}
	if !r.connector.visible {
		t.Error("no connector drawn between the pair")
	}
}

func TestUnmatchedClaimSaysSo(t *testing.T) {
	r := openReader(t, nil)
	// Without possible counterparts, a claim in no pair is not addressed.
	res := *r.model.Result
	res.Suggestions = nil
	r.showResult(&res)
	filmed := claimContaining(t, r, reading.Right, "filmed the whole thing")
	r.tapped(reading.Right, filmed.Start+2)
	if got := richText(r.details.verdict); !strings.Contains(got, "Police never addresses") {
		t.Errorf("details for an omission = %q", got)
	}
	if r.connector.visible {
		t.Error("a connector is drawn for a claim without a counterpart")
	}
}

func TestKeyboardNavigationFollowsTheModel(t *testing.T) {
	r := openReader(t, nil)
	want := r.model.Targets(reading.Contradictions, reading.Left)
	if len(want) < 2 {
		t.Fatalf("the sample should have at least two contradictions, got %v", want)
	}
	next := &desktop.CustomShortcut{KeyName: fyne.KeyC, Modifier: fyne.KeyModifierAlt}
	for i := 0; i <= len(want); i++ {
		shortcuts(r).TypedShortcut(next)
		if got := current(r); got != want[i%len(want)] {
			t.Fatalf("step %d: current = %+v, want %+v", i, got, want[i%len(want)])
		}
	}
	omit := &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierAlt}
	omissions := r.model.Targets(reading.Omissions, r.sel.Focus)
	shortcuts(r).TypedShortcut(omit)
	switch {
	case len(omissions) == 0 && !strings.Contains(r.status.text.Text, "No omissions"):
		t.Errorf("Alt+O without omissions says %q", r.status.text.Text)
	case len(omissions) > 0 && (shownRelation(r.model, current(r)) != omitted || !slices.Contains(omissions, current(r))):
		t.Errorf("Alt+O went to %+v, which has a counterpart or a possible one", current(r))
	}
}

func TestCorrectionsAreKeptAndRestored(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	store, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()

	r := openReader(t, store)
	if r.lib.keptID() == 0 {
		t.Fatal("the comparison was not kept in the library")
	}
	camera := claimContaining(t, r, reading.Left, "Body camera footage")
	filmed := claimContaining(t, r, reading.Right, "filmed the whole thing")
	r.tapped(reading.Left, camera.Start)
	r.tapped(reading.Right, filmed.Start)
	r.pairCurrent()
	p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: camera.ID})
	if !ok || p.Right[0] != filmed.ID {
		t.Fatalf("hand pairing did not pair the claims: %+v", p)
	}
	r.setRelation(compare.Agree)
	r.undo()
	if rel := r.model.Relation(reading.Claim{Side: reading.Left, ID: camera.ID}); rel == compare.Agree {
		t.Error("undo did not take back the relation change")
	}
	r.redo()
	r.win.Close()

	// The library has the comparison with both corrections, in order.
	id, found, err := store.FindComparison(context.Background(), police.Text, witness.Text)
	if err != nil || !found {
		t.Fatalf("the comparison is not in the library: %v", err)
	}
	kept, err := store.Corrections(context.Background(), id)
	if err != nil || len(kept) != 2 {
		t.Fatalf("kept corrections = %+v, %v; want 2", kept, err)
	}
	if kept[0].Kind != "pair" || kept[1].Kind != "relation" || kept[1].Relation != "agree" {
		t.Fatalf("kept corrections = %+v", kept)
	}

	// Reopening the same texts restores them.
	r2 := openReader(t, store)
	if n := len(r2.model.Corrections()); n != 2 {
		t.Fatalf("reopening restored %d corrections, want 2", n)
	}
	if rel := r2.model.Relation(reading.Claim{Side: reading.Left, ID: camera.ID}); rel != compare.Agree {
		t.Errorf("after reopening, the hand pair is %q, want agree; corrections %+v; pairs %+v", rel, r2.model.Corrections(), r2.model.Result.Pairs)
	}
}

func TestZoomAndThemeShortcuts(t *testing.T) {
	r := openReader(t, nil)
	c := shortcuts(r)
	c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault})
	if r.th.zoom <= 1 {
		t.Errorf("zoom after Ctrl+= is %v", r.th.zoom)
	}
	c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault})
	if r.th.zoom != 1 {
		t.Errorf("zoom after Ctrl+0 is %v", r.th.zoom)
	}
	before := r.th.Color(ColorContradict, 0)
	c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyH, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if !r.th.highContrast || r.th.Color(ColorContradict, 0) == before {
		t.Error("high contrast did not change the palette")
	}
}

func TestAlignedViewListsEveryPairSuggestionAndOmission(t *testing.T) {
	r := openReader(t, nil)
	r.showView(alignedView)
	m := r.model
	want := len(m.Result.Pairs) + len(m.Result.Suggestions) + len(m.Result.Unmatched.Left) + len(m.Result.Unmatched.Right)
	if len(r.views.aligned.rows) != want {
		t.Errorf("aligned rows = %d, want %d", len(r.views.aligned.rows), want)
	}
	r.views.aligned.filter = 1 // contradictions
	r.views.aligned.refresh()
	for _, row := range r.views.aligned.rows {
		if row.rel != compare.Contradict {
			t.Errorf("contradictions filter shows a %q row", row.rel)
		}
	}
	if len(r.views.aligned.rows) == 0 {
		t.Error("contradictions filter shows nothing")
	}
}

func TestEveryShortcutIsListedOnce(t *testing.T) {
	r := openReader(t, nil)
	seen := map[string]string{}
	for _, a := range r.keys.actions {
		k := a.keyLabel()
		if prev, dup := seen[k]; dup && a.key != "" {
			t.Errorf("%s is bound to both %q and %q", k, prev, a.label)
		}
		seen[k] = a.label
	}
}

func richText(rt interface{ String() string }) string { return rt.String() }

// shortcuts returns the window canvas as a shortcut handler, as a key press
// reaches it.
func shortcuts(r *Reader) interface{ TypedShortcut(fyne.Shortcut) } {
	return r.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
}

func TestPresentationStepsAndLeaves(t *testing.T) {
	r := openReader(t, nil)
	reader := r.win.Content()
	r.present()
	p := r.presenting
	if p == nil || r.win.Content() == reader || !r.th.highContrast || r.th.zoom != presentZoom {
		t.Fatal("F5 did not enter presentation mode with projector type and high contrast")
	}
	key := func(k fyne.KeyName) { r.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	if p.progress.Text != "Step 1 of "+itoa(p.deck.Len()) {
		t.Errorf("progress = %q", p.progress.Text)
	}
	// Step 1 shows the left claim only; step 3 the verdict.
	if p.cards[0].text.Text == "" || p.cards[1].text.Text != "" || len(p.verdict.Segments) != 0 {
		t.Errorf("step 1 shows left %q, right %q, verdict %d segments", p.cards[0].text.Text, p.cards[1].text.Text, len(p.verdict.Segments))
	}
	key(fyne.KeySpace)
	key(fyne.KeyPageDown)
	if p.cards[1].text.Text == "" || !strings.Contains(p.verdict.String(), "Contradiction") {
		t.Errorf("step 3 shows right %q and verdict %q", p.cards[1].text.Text, p.verdict.String())
	}
	key(fyne.KeyB)
	if !p.blank.Visible() {
		t.Error("B did not blank the screen")
	}
	key(fyne.KeyRight)
	key(fyne.KeyS)
	if !p.inContxt.Visible() || p.zoomed.Visible() {
		t.Error("S did not switch to the spotlight in context")
	}
	key(fyne.KeyEscape)
	if r.presenting != nil || r.win.Content() != reader || r.th.highContrast || r.th.zoom != 1 {
		t.Error("Escape did not restore the reader")
	}
}

func itoa(n int) string { return fmt.Sprint(n) }

func TestNotesAndHighlightsAreKeptWithUndo(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	knife := claimContaining(t, r, reading.Left, "holding a knife")
	// Select "knife" and highlight it green with key 2.
	start := knife.Start + strings.Index(knife.Text, "knife")
	r.sel.Focus = reading.Left
	r.panes[reading.Left].text.SetSelection(start, start+5)
	r.typedRune('2')
	r.lib.flush()
	if len(r.notes.all) != 1 || r.notes.all[0].Colour != data.Green || r.notes.all[0].Targets[0].Exact != "knife" {
		t.Fatalf("after key 2: notes = %+v", r.notes.all)
	}
	// The highlight is drawn with its own underline, not colour alone.
	found := false
	for _, sp := range r.noteSpans(reading.Left) {
		if sp.Start == start && sp.Style.Underline == textpane.UnderlineDashed && sp.Style.UnderlineColor == ColorHighlightGreen {
			found = true
		}
	}
	if !found {
		t.Error("the green highlight is not drawn with its underline")
	}
	// A note on the current pair, then undo and redo.
	r.selectClaim(reading.Claim{Side: reading.Left, ID: knife.ID}, false)
	n, ok := r.noteTarget()
	if !ok || n.Kind != data.OnPair || len(n.Targets) != 2 {
		t.Fatalf("note target for a paired claim = %+v", n)
	}
	n.Body = "Ask: **who** saw the knife?"
	r.addNote(n, "add note")
	r.lib.flush()
	if len(r.notes.all) != 2 {
		t.Fatalf("notes after adding = %d", len(r.notes.all))
	}
	r.undo()
	r.lib.flush()
	if len(r.notes.all) != 1 {
		t.Errorf("notes after undo = %d, want 1", len(r.notes.all))
	}
	r.redo()
	r.lib.flush()
	if len(r.notes.all) != 2 {
		t.Errorf("notes after redo = %d, want 2", len(r.notes.all))
	}
	// The handout prints the note with words, beside its pair.
	hn := r.handoutNotes()
	if len(hn) != 1 {
		t.Fatalf("handout notes = %+v, want the one note with words", hn)
	}
	var html strings.Builder
	if err := export.HTML(&html, r.model.Result, export.HandoutOptions{Notes: hn}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "Ask: <strong>who</strong> saw the knife?") {
		t.Error("the handout does not print the teacher's note, its Markdown rendered")
	}
	// Reopening the same statements shows the notes again.
	r2 := openReader(t, store)
	if len(r2.notes.all) != 2 {
		t.Errorf("reopened comparison has %d notes, want 2", len(r2.notes.all))
	}
	r2.toggleNotes()
	if got := r2.notes.panel.list.Length(); got != 2 {
		t.Errorf("notes panel lists %d notes, want 2", got)
	}
}

func TestSearchResultOpensComparisonAtItsPlace(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store) // keeps police / witness
	r.Open(compare.Document{Meta: compare.Meta{Party: "A"}, Text: "Tariffs will be cut."}, compare.Document{Meta: compare.Meta{Party: "B"}, Text: "Tariffs remain unchanged."})
	r.lib.flush()
	if r.model.Side(reading.Left).Party != "A" {
		t.Fatal("the second comparison did not open")
	}
	hits, err := store.Search(context.Background(), "phone", 10)
	if err != nil || len(hits) == 0 {
		t.Fatalf("search for phone: %v, %v", hits, err)
	}
	r.openKept(hits[0].Comparison, &place{side: sideOf(hits[0].Side), offset: hits[0].Offset})
	r.lib.flush()
	if r.model.Side(reading.Right).Party != "Witness" {
		t.Fatalf("the search result opened %q", r.model.Side(reading.Right).Party)
	}
	if cur, ok := r.sel.Current(); !ok || !strings.Contains(mustClaim(t, r, cur).Text, "phone") {
		t.Errorf("current claim after opening the result = %+v (hit %+v)", cur, hits[0])
	}
	entries, err := store.Library(context.Background(), "witness")
	if err != nil || len(entries) != 1 {
		t.Fatalf("library lookup by party = %v, %v", entries, err)
	}
	r.deleteKept(entries[0])
	r.lib.flush()
	if entries, _ := store.Library(context.Background(), ""); len(entries) != 1 {
		t.Errorf("after delete the library lists %d comparisons, want 1", len(entries))
	}
	r.undo()
	r.lib.flush()
	if entries, _ := store.Library(context.Background(), ""); len(entries) != 2 {
		t.Errorf("after undo the library lists %d comparisons, want 2", len(entries))
	}
}

func mustClaim(t *testing.T, r *Reader, c reading.Claim) compare.Claim {
	t.Helper()
	cl, ok := r.model.ClaimByID(c.Side, c.ID)
	if !ok {
		t.Fatalf("no claim %+v", c)
	}
	return cl
}

func TestEditedTextKeepsNotesAndSources(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	knife := claimContaining(t, r, reading.Left, "holding a knife")
	start := knife.Start + strings.Index(knife.Text, "knife")
	r.sel.Focus = reading.Left
	r.panes[reading.Left].text.SetSelection(start, start+5)
	r.typedRune('1')
	r.lib.flush()

	r.replaceText(reading.Left, "Statement issued on Monday — 월요일. "+police.Text)
	r.lib.flush()
	if len(r.notes.all) != 1 {
		t.Fatalf("after editing the text there are %d notes", len(r.notes.all))
	}
	tg := r.notes.all[0].Targets[0]
	if got := string([]rune(r.docs[reading.Left].Text)[tg.Start:tg.End]); got != "knife" || tg.Start == start {
		t.Errorf("the note moved to [%d,%d) = %q, want the shifted \"knife\"", tg.Start, tg.End, got)
	}

	r.docs[reading.Right].Outlet = "Local Gazette"
	r.persistSources()
	r.lib.flush()
	id, _, _ := store.FindComparison(context.Background(), r.model.Side(reading.Left).Text, r.model.Side(reading.Right).Text)
	c, err := store.Comparison(context.Background(), id)
	if err != nil || c.Right.Outlet != "Local Gazette" {
		t.Errorf("kept right source = %+v, %v", c.Right, err)
	}
}

func TestSharedComparisonBringsTeacherLayer(t *testing.T) {
	dir := t.TempDir()
	teacherDB, err := data.Open(filepath.Join(dir, "teacher.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer teacherDB.Close()
	teacher := openReader(t, teacherDB)
	camera := claimContaining(t, teacher, reading.Left, "Body camera footage")
	filmed := claimContaining(t, teacher, reading.Right, "filmed the whole thing")
	teacher.tapped(reading.Left, camera.Start)
	teacher.tapped(reading.Right, filmed.Start)
	teacher.pairCurrent()
	n, _ := teacher.noteTarget()
	n.Body = "Both sides recorded it: compare the footage."
	teacher.addNote(n, "add note")
	teacher.lib.flush()
	sets, err := teacherDB.NotesByComparison(context.Background(), teacher.lib.keptID())
	if err != nil {
		t.Fatal(err)
	}
	b := teacher.bundle("Ms Rivera", sets)
	path := filepath.Join(dir, "lesson.parley")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := share.Write(f, b); err != nil {
		t.Fatal(err)
	}
	f.Close()

	studentDB, err := data.Open(filepath.Join(dir, "student.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer studentDB.Close()
	student := newTestReader(t, studentDB)
	student.OpenSharedFile(path)
	student.lib.flush()
	if student.model == nil {
		t.Fatal("the shared comparison was not opened")
	}
	if p, _, ok := student.model.PairOf(reading.Claim{Side: reading.Left, ID: camera.ID}); !ok || p.Right[0] != filmed.ID {
		t.Error("the teacher's hand pair did not arrive")
	}
	if len(student.notes.all) != 1 || student.notes.all[0].Layer != "Ms Rivera" {
		t.Fatalf("student's notes = %+v", student.notes.all)
	}
	student.toggleShared()
	if len(student.notes.visible()) != 0 || len(student.noteSpans(reading.Left)) != 0 {
		t.Error("hiding shared notes left them on screen")
	}
	student.toggleShared()
	// The student's own import of a file that names the teacher's note
	// leaves the note alone, and says so.
	own, err := studentDB.NotesByComparison(context.Background(), student.lib.keptID())
	if err != nil {
		t.Fatal(err)
	}
	notesFile := filepath.Join(dir, "notes.json")
	raw, err := json.Marshal(data.Annotations(own))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(notesFile, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	student.importNotesFrom(notesFile)
	student.lib.flush()
	if got := student.status.text.Text; !strings.Contains(got, "1 left out") || !strings.Contains(got, "read-only") {
		t.Errorf("after importing the shared note as the student's own, the status line says %q", got)
	}
	// Opening the same file again adds nothing.
	student.OpenSharedFile(path)
	student.lib.flush()
	if len(student.notes.all) != 1 {
		t.Errorf("reopening the share gives %d notes", len(student.notes.all))
	}
}

// tempStore opens a library in a new file that the test removes.
func tempStore(t *testing.T) *data.Store {
	t.Helper()
	store, err := data.Open(filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func TestPlainKeysAndUndoShortcut(t *testing.T) {
	r := openReader(t, nil)
	// F9 typed in a pane opens the notes panel; F1 is bound too.
	r.panes[reading.Left].text.OnTypedKey(&fyne.KeyEvent{Name: fyne.KeyF9})
	if !r.notes.panel.content.Visible() {
		t.Error("F9 in a pane did not show the notes")
	}
	r.windowKey(&fyne.KeyEvent{Name: fyne.KeyF9})
	if r.notes.panel.content.Visible() {
		t.Error("F9 with nothing focused did not hide the notes")
	}
	if r.keys.plain[fyne.KeyF1] == nil || r.keys.plain[fyne.KeyF5] == nil {
		t.Error("F1 or F5 is not bound")
	}
	// Ctrl+Z arrives as Fyne's undo shortcut and undoes a correction.
	warn := claimContaining(t, r, reading.Left, "three clear warnings")
	r.selectClaim(reading.Claim{Side: reading.Left, ID: warn.ID}, false)
	r.setRelation(compare.Agree)
	shortcuts(r).TypedShortcut(&fyne.ShortcutUndo{})
	if rel := r.model.Relation(reading.Claim{Side: reading.Left, ID: warn.ID}); rel != compare.Contradict {
		t.Errorf("after Ctrl+Z the pair is %q, want the engine's contradiction back", rel)
	}
}

func TestNoteEditorKeys(t *testing.T) {
	r := openReader(t, nil)
	saved := ""
	r.editNote(data.Note{}, func(body string, c data.Colour, tags []string) { saved = body + "|" + strings.Join(tags, ",") })
	e, ok := r.win.Canvas().Focused().(*noteEntry)
	if !ok {
		t.Fatal("the note editor does not take the focus")
	}
	test.Type(e, "Ask: **who** fired first?")
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierControl})
	if saved != "Ask: **who** fired first?|" {
		t.Errorf("Ctrl+Enter saved %q", saved)
	}
	saved = ""
	r.editNote(data.Note{}, func(body string, c data.Colour, tags []string) { saved = body })
	e = r.win.Canvas().Focused().(*noteEntry)
	test.Type(e, "never mind")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if saved != "" {
		t.Errorf("Escape saved %q", saved)
	}
}

// showSuggestion replaces the analysis with one in which the police's
// camera claim and the witness's filming claim are a possible counterpart
// of each other and in no pair.
func showSuggestion(t *testing.T, r *Reader) (camera, filmed compare.Claim) {
	t.Helper()
	camera = claimContaining(t, r, reading.Left, "Body camera footage")
	filmed = claimContaining(t, r, reading.Right, "filmed the whole thing")
	res := *r.model.Result
	res.Pairs = nil
	for _, p := range r.model.Result.Pairs {
		if !slices.Contains(p.Left, camera.ID) && !slices.Contains(p.Right, filmed.ID) {
			res.Pairs = append(res.Pairs, p)
		}
	}
	res.Suggestions = []compare.Suggestion{{Left: []int{camera.ID}, Right: []int{filmed.ID}, Similarity: 0.31}}
	r.showResult(&res)
	return camera, filmed
}

func TestSuggestionIsShownConfirmedAndRejected(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	camera, filmed := showSuggestion(t, r)
	cam := reading.Claim{Side: reading.Left, ID: camera.ID}
	if got := shownRelation(r.model, cam); got != suggested || looks[got].mark != "?" {
		t.Errorf("the camera claim is shown as %q", got)
	}
	if !strings.Contains(r.views.summary.Text, "? 1 possible counterpart ·") || !strings.Contains(r.views.summary.Text, "∅ ") {
		t.Errorf("summary = %q, want the possible counterpart counted apart", r.views.summary.Text)
	}
	r.tapped(reading.Left, camera.Start+2)
	if got := r.lit(reading.Right); !slices.Equal(got, []int{filmed.ID}) {
		t.Errorf("highlighted on the right: %v, want the filming claim", got)
	}
	if got := richText(r.details.verdict); !strings.Contains(got, "Possible counterpart (similarity 0.31)") || !strings.Contains(got, "Ctrl+Shift+R") {
		t.Errorf("details = %q", got)
	}
	if !r.connector.visible || !r.connector.dashed {
		t.Error("the possible counterpart is not joined by a dashed line")
	}

	// Ctrl+Shift+P with nothing picked in the other pane confirms it.
	pair := &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcuts(r).TypedShortcut(pair)
	if p, _, ok := r.model.PairOf(cam); !ok || !slices.Equal(p.Right, []int{filmed.ID}) {
		t.Fatalf("Ctrl+Shift+P did not pair the possible counterpart: %+v", p)
	}
	if _, n, _ := r.model.Counts(); n != 0 || r.connector.dashed {
		t.Errorf("after confirming: %d possible counterparts, dashed line %v", n, r.connector.dashed)
	}
	shortcuts(r).TypedShortcut(&fyne.ShortcutUndo{})
	if shownRelation(r.model, cam) != suggested {
		t.Fatal("undo did not bring the possible counterpart back")
	}

	// Ctrl+Shift+R rejects it: both claims are now not addressed.
	shortcuts(r).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyR, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if shownRelation(r.model, cam) != omitted || shownRelation(r.model, reading.Claim{Side: reading.Right, ID: filmed.ID}) != omitted {
		t.Error("after rejecting, the claims are not shown as not addressed")
	}
	if got := richText(r.details.verdict); !strings.Contains(got, "never addresses") {
		t.Errorf("details after rejecting = %q", got)
	}
	if r.connector.visible {
		t.Error("a line still joins the rejected claims")
	}
	shortcuts(r).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierAlt})
	if !strings.Contains(r.status.text.Text, "No possible counterparts") {
		t.Errorf("Alt+S with none left says %q", r.status.text.Text)
	}
	r.lib.flush()
	kept, err := store.Corrections(context.Background(), r.lib.keptID())
	if err != nil || len(kept) != 1 || kept[0].Kind != "reject" || !slices.Equal(kept[0].Left, []int{camera.ID}) {
		t.Errorf("kept corrections = %+v, %v; want the reject alone", kept, err)
	}
}

func TestPickedClaimsArePairedBeforeASuggestion(t *testing.T) {
	r := openReader(t, nil)
	camera, _ := showSuggestion(t, r)
	warn := claimContaining(t, r, reading.Right, "No warning was given")
	// A claim picked on the right, then the suggested claim on the left:
	// the reader chose one in each pane, so those two are paired.
	r.tapped(reading.Right, warn.Start)
	r.tapped(reading.Left, camera.Start)
	r.pairCurrent()
	if p, _, ok := r.model.PairOf(reading.Claim{Side: reading.Left, ID: camera.ID}); !ok || !slices.Equal(p.Right, []int{warn.ID}) {
		t.Errorf("pair = %+v, want the camera claim with the warning claim", p)
	}
	// Alt+S and Alt+Shift+S visit the possible counterpart that is left: the
	// filming claim, whose other end is now paired.
	r.navigate(reading.Suggestions, false)
	if got := mustClaim(t, r, current(r)); !strings.Contains(got.Text, "filmed the whole thing") {
		t.Errorf("Alt+S went to %q", got.Text)
	}
	r.selectClaim(reading.Claim{Side: reading.Left, ID: camera.ID}, false)
	shortcuts(r).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierAlt | fyne.KeyModifierShift})
	if got := mustClaim(t, r, current(r)); !strings.Contains(got.Text, "filmed the whole thing") {
		t.Errorf("Alt+Shift+S went to %q", got.Text)
	}
}

// current is the reader's current claim, or the zero claim.
func current(r *Reader) reading.Claim {
	c, _ := r.sel.Current()
	return c
}

// TestSuggestionWithFewSharedWords checks that a possible counterpart the
// two claims share almost no words with is not labelled with a similarity
// that reads as none at all: the reader is told the two share few words.
func TestSuggestionWithFewSharedWords(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	r.details.showSuggestion(compare.Suggestion{Left: []int{0}, Right: []int{0}, Similarity: 0.004})
	got := richText(r.details.verdict)
	if !strings.Contains(got, "Possible counterpart (few words in common)") || strings.Contains(got, "0.00") {
		t.Errorf("details = %q, want the few shared words said in words", got)
	}
}
