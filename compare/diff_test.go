package compare

import (
	"reflect"
	"strings"
	"testing"
)

// TestWordDiff checks word-level diffs: whole words change (a short
// equality between two changes joins them, as DiffCleanupSemantic does), equal and
// deleted text rebuild the left claim, equal and inserted text the right
// one, and the changed spans point at the changed words.
func TestWordDiff(t *testing.T) {
	tests := []struct {
		left, right  string
		wantDeleted  []string
		wantInserted []string
	}{
		{"The parcel was delivered on 28 April.", "The parcel arrived on 2 May.", []string{"was delivered on 28 April"}, []string{"arrived on 2 May"}},
		{"We will withdraw all our troops from the border by June.", "We will withdraw some troops from the border by June.", []string{"all our"}, []string{"some"}},
		{"Prices rose.", "Prices rose.", nil, nil},
		{"Naïve hope — 회담 failed.", "Naïve hope — 회담 succeeded.", []string{"failed"}, []string{"succeeded"}},
	}
	for _, tt := range tests {
		text := tt.left + " " + tt.right
		r := []rune(text)
		n := len([]rune(tt.left))
		a := prepare(r, Span{0, n}, sharedLex)
		b := prepare(r, Span{n + 1, len(r)}, sharedLex)
		ops, del, ins := wordDiff(a, b)
		var left, right strings.Builder
		for _, op := range ops {
			if op.Op != "insert" {
				left.WriteString(op.Text)
			}
			if op.Op != "delete" {
				right.WriteString(op.Text)
			}
		}
		if left.String() != tt.left || right.String() != tt.right {
			t.Errorf("diff %+v does not rebuild %q / %q", ops, tt.left, tt.right)
		}
		if got := spanTexts(r, del); !reflect.DeepEqual(got, tt.wantDeleted) {
			t.Errorf("deleted %q, want %q", got, tt.wantDeleted)
		}
		if got := spanTexts(r, ins); !reflect.DeepEqual(got, tt.wantInserted) {
			t.Errorf("inserted %q, want %q", got, tt.wantInserted)
		}
	}
}

// spanTexts returns the text of each span.
func spanTexts(r []rune, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, string(r[s.Start:s.End]))
	}
	return out
}

// TestWordDiffKeepsSharedContentWords: a passage both claims share is
// shown as shared when it holds a content word, even between long changes
// (semantic clean-up folded "was cancelled because" into the changes), and
// a run of function words alone still joins the changes around it.
func TestWordDiffKeepsSharedContentWords(t *testing.T) {
	a := prepareText("Flight 412 from Lisbon was cancelled because of a technical fault found during checks, the airline said.")
	b := prepareText("Crew on board told us the flight was cancelled because they had run out of duty hours.")
	ops, _, _ := wordDiff(a, b)
	found := false
	for _, op := range ops {
		if op.Op == "equal" && strings.Contains(op.Text, "was cancelled because") {
			found = true
		}
		if op.Op == "equal" && strings.TrimSpace(op.Text) == "of" {
			t.Errorf("a lone function word is kept as shared: %+v", ops)
		}
	}
	if !found {
		t.Errorf("the shared passage 'was cancelled because' is not shown as shared: %+v", ops)
	}
}
