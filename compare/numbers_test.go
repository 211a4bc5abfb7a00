package compare

import "testing"

// TestQuantities checks what numbers count.
func TestQuantities(t *testing.T) {
	tests := []struct {
		text   string
		phrase string
		val    float64
		zero   bool
		month  string
	}{
		{"The officer gave three clear warnings.", "three clear warnings", 3, false, ""},
		{"No warning was given.", "No warning", 0, true, ""},
		{"It held without a single violation.", "without a single violation", 0, true, ""},
		{"It was delivered on 28 April.", "28 April", 28, false, "april"},
		{"Unemployment fell to 5.1%.", "5.1%", 5.1, false, ""},
		{"Dozens of protesters were arrested.", "Dozens of protesters", 24, false, ""},
		{"The hospital opens in March.", "March", -1, false, "march"},
	}
	for _, tt := range tests {
		r := []rune(tt.text)
		c := prepare(r, Span{0, len(r)}, sharedLex)
		qs := quantities(c.toks)
		if len(qs) != 1 {
			t.Errorf("quantities(%q) = %d, want 1", tt.text, len(qs))
			continue
		}
		q := qs[0]
		if got := c.phrase(q.from, q.to); got != tt.phrase || q.val != tt.val || q.zero != tt.zero || q.month != tt.month {
			t.Errorf("quantities(%q) = %q %v zero=%v month=%q, want %q %v %v %q", tt.text, got, q.val, q.zero, q.month, tt.phrase, tt.val, tt.zero, tt.month)
		}
	}
}

// TestMayIsNoMonth checks that the modal "may" is no date.
func TestMayIsNoMonth(t *testing.T) {
	r := []rune("They may consider a withdrawal.")
	c := prepare(r, Span{0, len(r)}, sharedLex)
	if qs := quantities(c.toks); len(qs) != 0 {
		t.Errorf("found %d quantities in a modal sentence", len(qs))
	}
}
