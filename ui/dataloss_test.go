package ui

import (
	"testing"

	"github.com/parley-reader/parley/compare"
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

// metaOf is a statement's source without its text.
func metaOf(d compare.Document) compare.Document {
	d.Text = ""
	return d
}

// Bug 1: a newly kept comparison lost its outlet, address and language.
func TestKeptComparisonKeepsEverySourceField(t *testing.T) {
	store := tempStore(t)
	left, right := withSources()
	r := openReaderOn(t, store, left, right)
	id := r.libraryID
	if id == 0 {
		t.Fatal("the comparison was not kept")
	}
	r.Open(compare.Document{Party: "A", Text: "Tariffs will be cut."}, compare.Document{Party: "B", Text: "Tariffs remain unchanged."})
	r.openKept(id, nil)
	for i, want := range []compare.Document{left, right} {
		if got := metaOf(r.model.Side(reading.Side(i)).Document); got != metaOf(want) {
			t.Errorf("%s side reopened from the library:\n got %+v\nwant %+v", sideName(reading.Side(i)), got, metaOf(want))
		}
	}
}
