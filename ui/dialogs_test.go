package ui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/data"
	"github.com/parley-reader/parley/export"
	"github.com/parley-reader/parley/importer"
	"github.com/parley-reader/parley/lesson"
	"github.com/parley-reader/parley/ui/reading"
)

// Each dialog is a form whose apply a test calls without showing it.

func TestSourcesFormSavesWhatTheReaderWrote(t *testing.T) {
	store := tempStore(t)
	left, right := withSources()
	r := openReaderOn(t, store, left, right)
	f := newSourcesForm(r.docs, r.setSources)
	f.entries[reading.Right][0].SetText("  Ms Adeyemi, witness ")
	f.entries[reading.Right][2].SetText("")
	if err := f.apply(); err != nil {
		t.Fatal(err)
	}
	got := r.model.Side(reading.Right).Meta
	want := right.Meta
	want.Party, want.Outlet = "Ms Adeyemi, witness", ""
	if got != want {
		t.Errorf("right source after saving:\n %+v\nwant\n %+v", got, want)
	}
	if r.panes[reading.Right].party.Text != "Ms Adeyemi, witness" {
		t.Errorf("the pane's header says %q", r.panes[reading.Right].party.Text)
	}
	r.lib.flush()
	c, err := store.Comparison(context.Background(), r.lib.keptID())
	if err != nil || c.Right.Meta != want || c.Left.Meta != left.Meta {
		t.Errorf("kept sources: %+v / %+v, %v", c.Left.Meta, c.Right.Meta, err)
	}
}

func TestTextFormRefusesAnEmptyStatementAndNormalises(t *testing.T) {
	test.NewTempApp(t)
	var saved []string
	f := newTextForm("Café prices rose.", func(s string) { saved = append(saved, s) })
	f.entry.SetText("  \n ")
	var p problem
	if err := f.apply(); !errors.As(err, &p) || len(saved) != 0 {
		t.Errorf("an empty statement: %v, saved %q", err, saved)
	}
	f.entry.SetText("Café prices rose.")
	if err := f.apply(); err != nil || len(saved) != 0 {
		t.Errorf("an unchanged statement was saved: %v, %q", err, saved)
	}
	f.entry.SetText("Cafe\u0301 prices fell.")
	if err := f.apply(); err != nil || !slices.Equal(saved, []string{"Café prices fell."}) {
		t.Errorf("saved %q, %v; want the NFC text", saved, err)
	}
}

func TestNoteFormSavesWordsColourAndTags(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	warn := claimContaining(t, r, reading.Left, "three clear warnings")
	r.selectClaim(reading.Claim{Side: reading.Left, ID: warn.ID}, false)
	n, _ := r.noteTarget()
	n.Body, n.Colour, n.Tags = "Old words", data.Green, []string{"evidence", "timeline"}
	r.addNote(n, "add note")
	r.lib.flush()

	var body string
	var colour data.Colour
	var tags, offered []string
	complete := func(typed string, show func([]string)) {
		r.tagCompletions(typed, func(opts []string) { offered = opts; show(opts) })
	}
	f := newNoteForm(r.notes.all[0], quoteOf(r.notes.all[0], r.model), complete, func(b string, c data.Colour, ts []string) {
		body, colour, tags = b, c, ts
	})
	r.lib.flush() // the completions come from the library
	if f.body.Text != "Old words" || f.colour.SelectedIndex() != 2 || f.tags.Text != "evidence, timeline" {
		t.Errorf("the editor opens on %q, colour %d, tags %q", f.body.Text, f.colour.SelectedIndex(), f.tags.Text)
	}
	if !strings.Contains(f.quote, "three clear warnings") {
		t.Errorf("the editor quotes %q", f.quote)
	}
	if !slices.Contains(offered, "evidence") || !slices.Contains(offered, "timeline") {
		t.Errorf("tag completions = %v, want the tags in use", offered)
	}
	f.body.SetText("  New **words**\n")
	f.colour.SetSelectedIndex(0)
	f.tags.SetText("police, , timeline ,")
	if err := f.apply(); err != nil {
		t.Fatal(err)
	}
	if body != "New **words**" || colour != data.NoColour || !slices.Equal(tags, []string{"police", "timeline"}) {
		t.Errorf("saved %q, %q, %v", body, colour, tags)
	}
}

func TestComparisonFormRefusesASideWithoutText(t *testing.T) {
	test.NewTempApp(t)
	var opened []compare.Document
	f := newComparisonForm(nil, nil, nil, func(l, r compare.Document) { opened = []compare.Document{l, r} })
	f.sides[0].text.SetText(police.Text)
	var p problem
	if err := f.apply(); !errors.As(err, &p) || !strings.Contains(p.detail, "right side") || opened != nil {
		t.Errorf("without a right text: %v, opened %v", err, opened)
	}
	left, right := withSources()
	f.fill(left, right) // as splitting an article fills it
	if err := f.apply(); err != nil || len(opened) != 2 || opened[0] != left || opened[1] != right {
		t.Errorf("opened %+v, %v", opened, err)
	}
}

func TestLessonFormKeepsTheTickedPairsInOrder(t *testing.T) {
	r := openReader(t, nil)
	rows := lessonRows(r.model, r.lessonPlan())
	if len(rows) < 3 {
		t.Fatalf("only %d pairs to choose from", len(rows))
	}
	var kept lesson.Plan
	f := newLessonForm(rows, r.lessonLabel, func(p lesson.Plan) { kept = p })
	want := []lesson.Item{f.rows[2].item, f.rows[1].item}
	f.rows[0].included = false
	f.move(2, -1)
	for i := 3; i < len(f.rows); i++ {
		f.rows[i].included = false
	}
	if err := f.apply(); err != nil {
		t.Fatal(err)
	}
	if len(kept.Items) != 2 || !slices.EqualFunc(kept.Items, want, func(a, b lesson.Item) bool {
		return slices.Equal(a.Left, b.Left) && slices.Equal(a.Right, b.Right)
	}) {
		t.Errorf("lesson = %+v, want %+v", kept.Items, want)
	}
}

func TestSplitFormHandsOnTwoDifferentSpeakers(t *testing.T) {
	test.NewTempApp(t)
	text := `The minister said: "Tariffs will be cut." The union said: "Nothing was agreed." The minister added: "Talks went well."`
	at := func(s string) importer.Passage {
		i := len([]rune(text[:strings.Index(text, s)]))
		return importer.Passage{Start: i, End: i + len([]rune(s))}
	}
	article := importer.Doc{Text: text, Title: "Tariff talks", Outlet: "Gazette", URL: "https://gazette.example/t", Name: "talks.html"}
	speakers := []importer.Speaker{
		{Name: "The minister", Passages: []importer.Passage{at("Tariffs will be cut."), at("Talks went well.")}},
		{Name: "The union", Passages: []importer.Passage{at("Nothing was agreed.")}},
	}
	var used []compare.Document
	f := newSplitForm(article, speakers, nil, func(l, r compare.Document) { used = []compare.Document{l, r} })
	f.right.SetSelectedIndex(0)
	var p problem
	if err := f.apply(); !errors.As(err, &p) || used != nil {
		t.Errorf("one speaker on both sides: %v, used %v", err, used)
	}
	f.right.SetSelectedIndex(1)
	if err := f.apply(); err != nil || len(used) != 2 {
		t.Fatalf("used %v, %v", used, err)
	}
	if used[0].Party != "The minister" || used[0].Text != "Tariffs will be cut.\n\nTalks went well." ||
		used[1].Party != "The union" || used[1].URL != article.URL || used[1].Outlet != "Gazette" {
		t.Errorf("sides: %+v / %+v", used[0], used[1])
	}
}

func TestLibraryFormFindsRenamesDeletesAndOpens(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	r.Open(compare.Document{Meta: compare.Meta{Party: "A"}, Text: "Tariffs will be cut."}, compare.Document{Meta: compare.Meta{Party: "B"}, Text: "Tariffs remain unchanged."})
	r.lib.flush()
	var opened int64
	f := newLibraryForm(r.findKept, func(id int64) { opened = id }, r.renameKept, r.deleteKept)
	f.load()
	r.lib.flush()
	if len(f.entries) != 2 {
		t.Fatalf("the library lists %d comparisons", len(f.entries))
	}
	f.query.SetText("witness")
	r.lib.flush()
	if len(f.entries) != 1 || f.entries[0].Right.Party != "Witness" {
		t.Fatalf("found %+v", f.entries)
	}
	if err := f.apply(); err != nil || opened != 0 {
		t.Errorf("apply with nothing selected opened %d", opened)
	}
	f.list.Select(0)
	if err := f.apply(); err != nil || opened != f.entries[0].ID {
		t.Errorf("apply opened %d, want %d", opened, f.entries[0].ID)
	}

	var p problem
	if err := newRenameForm("  ", nil).apply(); !errors.As(err, &p) {
		t.Errorf("an empty title: %v", err)
	}
	rf := newRenameForm(f.entries[0].Title, func(title string) { f.rename(f.entries[0].ID, title); f.load() })
	rf.name.SetText(" Taser arrest ")
	if err := rf.apply(); err != nil {
		t.Fatal(err)
	}
	r.lib.flush()
	if f.entries[0].Title != "Taser arrest" {
		t.Errorf("after renaming the library lists %q", f.entries[0].Title)
	}
	f.remove(f.entries[0])
	f.load()
	r.lib.flush()
	if len(f.entries) != 0 {
		t.Errorf("after deleting the library still finds %+v", f.entries)
	}
	r.undo()
	f.load()
	r.lib.flush()
	if len(f.entries) != 1 {
		t.Errorf("undo did not bring the comparison back: %+v", f.entries)
	}
}

func TestSearchFormOpensAHit(t *testing.T) {
	store := tempStore(t)
	r := openReader(t, store)
	var opened data.Hit
	f := newSearchForm(r.search, func(h data.Hit) { opened = h })
	f.query.SetText("phone")
	r.lib.flush()
	if len(f.hits) == 0 || f.count.Text != export.Plural(len(f.hits), "result", "results") {
		t.Fatalf("search for phone: %d hits, %q", len(f.hits), f.count.Text)
	}
	f.list.Select(0)
	if opened.Comparison != r.lib.keptID() || opened.Side != data.Right {
		t.Errorf("opened %+v", opened)
	}
}

func TestShareFormSharesUnderTheNameWritten(t *testing.T) {
	test.NewTempApp(t)
	var from string
	f := newShareForm("Ms Rivera", func(s string) { from = s })
	f.name.SetText(" Mr Okafor ")
	if err := f.apply(); err != nil || from != "Mr Okafor" {
		t.Errorf("shared as %q, %v", from, err)
	}
}

func TestOpenDialogsListOnlyFilesParleyReads(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		exts      []string
		shown     []string
		notListed []string
	}{
		{statementFiles, []string{"a.txt", "b.PDF", "c.docx", "d.md", "e.html"}, []string{"f.png", "g.exe", "h.parley", "i.json"}},
		{notesFiles, []string{"notes.json", "notes.jsonld"}, []string{"a.txt", "b.parley"}},
		{sharedFiles, []string{"lesson.parley"}, []string{"a.txt", "notes.json"}},
	} {
		f := storage.NewExtensionFileFilter(c.exts)
		for _, name := range c.shown {
			if !f.Matches(storage.NewFileURI("/tmp/" + name)) {
				t.Errorf("%s is not listed among %v", name, c.exts)
			}
		}
		for _, name := range c.notListed {
			if f.Matches(storage.NewFileURI("/tmp/" + name)) {
				t.Errorf("%s is listed among %v", name, c.exts)
			}
		}
	}
}
