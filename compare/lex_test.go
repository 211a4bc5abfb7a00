package compare

import "testing"

// TestOpposable checks that a verb of doing again has the antonyms of the
// verb it repeats, where the lexicon files it under that verb, and that a
// word which only starts with "re" does not.
func TestOpposable(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"reopen", "shut", true}, {"shut", "reopen", true}, {"reopen", "close", true}, {"reappear", "vanish", true},
		{"open", "shut", true},
		{"remove", "stay", false}, {"return", "stay", false}, {"release", "keep", false}, {"reopen", "open", false},
	} {
		if got := antonyms(tt.a, tt.b); got != tt.want {
			t.Errorf("antonyms(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNegatedBy(t *testing.T) {
	for _, c := range []struct {
		w, base string
		want    bool
	}{
		{"unsafe", "safe", true},
		{"unpaid", "paid", true},
		{"unaffected", "affected", true},
		{"incorrect", "correct", true},
		{"disproportionate", "proportionate", true},
		{"informed", "formed", false},        // a participle, no negation
		{"disappointed", "appointed", false}, // likewise
		{"intake", "take", false},            // no adjective
		{"invaluable", "valuable", false},    // the prefix strengthens
		{"inpatient", "patient", false},      // another thing
		{"unless", "less", false},
		{"undo", "do", false}, // too short to tell
		{"safe", "unsafe", false},
	} {
		if got := negatedBy(c.w, c.base); got != c.want {
			t.Errorf("negatedBy(%q, %q) = %v, want %v", c.w, c.base, got, c.want)
		}
	}
}
