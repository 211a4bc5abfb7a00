package data

import (
	"context"
	"testing"

	"github.com/parley-reader/parley/compare"
)

// TestStatementRoundTripsThroughTheLibrary keeps two statements with every
// source field set and reads them back: nothing of their source is lost
// (a comparison kept without its outlet, address and language was issue
// 11's first bug).
func TestStatementRoundTripsThroughTheLibrary(t *testing.T) {
	left := compare.Document{Meta: compare.Meta{Title: "Remarks", Party: "US Secretary of State", Source: "remarks.pdf",
		Outlet: "state.gov", URL: "https://state.example/remarks", Date: "7 July 2018", Language: "en"}, Text: "We made progress — 진전."}
	right := compare.Document{Meta: compare.Meta{Title: "Statement", Party: "DPRK Foreign Ministry", Source: "Quoted in KCNA",
		Outlet: "KCNA", URL: "https://kcna.example/s", Date: "7 July 2018", Language: "ko, official English translation"}, Text: "It was regrettable."}
	if got := DocumentOf(left).Statement(); got != left {
		t.Errorf("DocumentOf then Statement gives\n %+v\nwant\n %+v", got, left)
	}
	s := openTemp(t)
	ctx := context.Background()
	id, err := s.CreateComparison(ctx, "Talks", DocumentOf(left), DocumentOf(right))
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Comparison(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ got, want compare.Document }{{c.Left.Statement(), left}, {c.Right.Statement(), right}} {
		if tt.got != tt.want {
			t.Errorf("kept and read back:\n %+v\nwant\n %+v", tt.got, tt.want)
		}
	}
}
