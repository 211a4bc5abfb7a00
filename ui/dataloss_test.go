package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/ui/reading"
)

// withSources returns the two test statements with every source field set.
func withSources() (left, right compare.Document) {
	left, right = police, witness
	left.Title, left.Source, left.Outlet, left.URL, left.Date, left.Language =
		"Statement on the arrest", "press-release.pdf", "Metropolitan Police", "https://police.example/arrest", "3 March 2024", "en"
	right.Title, right.Source, right.Outlet, right.URL, right.Date, right.Language =
		"What I saw", "interview.txt", "Local Gazette", "https://gazette.example/witness", "4 March 2024", "ko, translated by the Gazette"
	return left, right
}

// Bug 1: a newly kept comparison lost its outlet, address and language.
func TestKeptComparisonKeepsEverySourceField(t *testing.T) {
	store := tempStore(t)
	left, right := withSources()
	r := openReaderOn(t, store, left, right)
	id := r.lib.keptID()
	if id == 0 {
		t.Fatal("the comparison was not kept")
	}
	r.Open(compare.Document{Meta: compare.Meta{Party: "A"}, Text: "Tariffs will be cut."}, compare.Document{Meta: compare.Meta{Party: "B"}, Text: "Tariffs remain unchanged."})
	r.lib.flush()
	r.openKept(id, nil)
	r.lib.flush()
	for i, want := range []compare.Document{left, right} {
		if got := r.model.Side(reading.Side(i)).Meta; got != want.Meta {
			t.Errorf("%s side reopened from the library:\n got %+v\nwant %+v", reading.Side(i), got, want.Meta)
		}
	}
}

// Bug 2: sources edited with Ctrl+I reverted after any correction.
func TestEditedSourcesSurviveACorrection(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	metas := [2]compare.Meta{r.docs[0].Meta, r.docs[1].Meta}
	metas[reading.Right].Party, metas[reading.Right].Outlet = "Ms Adeyemi, witness", "Local Gazette"
	r.setSources(metas)

	warn := claimContaining(t, r, reading.Left, "three clear warnings")
	r.selectClaim(reading.Claim{Side: reading.Left, ID: warn.ID}, false)
	r.setRelation(compare.Agree)

	if got := r.model.Side(reading.Right).Party; got != "Ms Adeyemi, witness" {
		t.Errorf("after a correction the right party is %q, want the edited one", got)
	}
	if got := exportFileName(r.model.Result, exportMarkdown); got != "police-vs-ms-adeyemi-witness-report.md" {
		t.Errorf("export file name = %q", got)
	}
	var md strings.Builder
	if err := export.Markdown(&md, r.model.Result); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "Ms Adeyemi, witness") || !strings.Contains(md.String(), "Local Gazette") {
		t.Errorf("the report does not show the edited source:\n%s", md.String())
	}
	r.undo()
	if got := r.model.Side(reading.Right).Party; got != "Ms Adeyemi, witness" {
		t.Errorf("after an undo the right party is %q, want the edited one", got)
	}
	r.lib.flush()
	c, err := store.Comparison(context.Background(), r.lib.keptID())
	if err != nil || c.Right.Party != "Ms Adeyemi, witness" || c.Right.Outlet != "Local Gazette" {
		t.Errorf("kept right source = %+v, %v", c.Right, err)
	}
}

// Bug 3: editing a note and pressing Ctrl+Z before the database goroutine
// had run the edit wiped the note's words, colour and tags.
func TestUndoOfANoteEditBeforeTheDatabaseRanIt(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	knife := claimContaining(t, r, reading.Left, "holding a knife")
	r.selectClaim(reading.Claim{Side: reading.Left, ID: knife.ID}, false)
	n, _ := r.noteTarget()
	n.Body, n.Colour, n.Tags = "Who saw the knife?", data.Green, []string{"evidence"}
	r.addNote(n, "add note")
	r.lib.flush()
	if len(r.notes.all) != 1 {
		t.Fatalf("notes = %+v", r.notes.all)
	}

	resume := r.lib.pause()
	r.changeNote(r.notes.all[0])
	e := r.win.Canvas().Focused().(*noteEntry)
	e.SetText("Nobody saw a knife.")
	e.onSave()
	r.undo() // before the database has run the edit
	resume()
	r.lib.flush()

	ns, err := store.Notes(context.Background(), r.lib.keptID())
	if err != nil || len(ns) != 1 {
		t.Fatalf("notes in the library = %+v, %v", ns, err)
	}
	if got := ns[0]; got.Body != "Who saw the knife?" || got.Colour != data.Green || !slices.Equal(got.Tags, []string{"evidence"}) {
		t.Errorf("after undo the note is %q, colour %q, tags %v; want it as it was", got.Body, got.Colour, got.Tags)
	}
	r.redo()
	r.lib.flush()
	if ns, _ := store.Notes(context.Background(), r.lib.keptID()); len(ns) != 1 || ns[0].Body != "Nobody saw a knife." {
		t.Errorf("after redo the note is %+v", ns)
	}
}

// An article split into speakers fills the new-comparison form with every
// source field of each side.
func TestSplitSidesFillEveryField(t *testing.T) {
	test.NewTempApp(t)
	left, _ := withSources()
	f := newSideForm("Left statement", nil, nil)
	f.setDocument(left)
	if got := f.document(); got != left {
		t.Errorf("form gives\n %+v\nwant\n %+v", got, left)
	}
}

// An imported file fills the form as the command line reads it, and keeps
// what the reader typed where the file says nothing.
func TestImportedFileFillsTheFormAsTheCommandLineReadsIt(t *testing.T) {
	test.NewTempApp(t)
	f := newSideForm("Right statement", nil, nil)
	f.party.SetText("DPRK Foreign Ministry")
	f.outlet.SetText("KCNA")
	d := importer.Doc{Name: "/tmp/statement.md", Format: "markdown", Title: "Statement", Language: "ko", Note: "official translation", Text: "It was regrettable."}
	f.load(d)
	want := d.Document()
	want.Party, want.Outlet = "DPRK Foreign Ministry", "KCNA"
	if got := f.document(); got != want {
		t.Errorf("form gives\n %+v\nwant\n %+v", got, want)
	}
}
