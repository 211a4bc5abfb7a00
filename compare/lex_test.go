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
