package lexicon

import (
	"slices"
	"testing"
)

func TestLoad(t *testing.T) {
	if err := Load(); err != nil {
		t.Fatal(err)
	}
}

// TestIndex checks that the generator and the index agree on every word's
// hash bucket.
func TestIndex(t *testing.T) {
	w := mustWords()
	for i := range int32(len(w.ends)) {
		if id, ok := w.id(w.word(i)); !ok || id != i {
			t.Fatalf("id(%q) = %d, %v; want %d", w.word(i), id, ok, i)
		}
	}
}

func TestLemma(t *testing.T) {
	for word, want := range map[string]string{
		// detachment rules
		"talks": "talk", "statements": "statement", "countries": "country",
		"agreed": "agree", "talked": "talk", "glasses": "glass", "larger": "large",
		"boxes": "box", "churches": "church", "leaders": "leader",
		// exception lists
		"held": "hold", "women": "woman", "running": "run", "better": "good",
		"best": "good", "worse": "bad", "bigger": "big", "said": "say",
		"was": "be", "is": "be", "has": "have", "did": "do", "found": "find",
		"children": "child", "went": "go",
		// lemmas that stay because they are used more than the reduction
		"species": "species", "news": "news", "data": "data", "physics": "physics",
		"politics": "politics", "as": "as", "talk": "talk", "good": "good",
		// unknown words, and the empty string
		"denuclearisation": "denuclearisation", "pyongyang's": "pyongyang's", "": "",
	} {
		if got := Lemma(word); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestKnown(t *testing.T) {
	for word, want := range map[string]bool{
		"dog": true, "out of work": true, "talks": true, "women": false, "statements": false, "xyzzy": false, "": false,
	} {
		if got := Known(word); got != want {
			t.Errorf("Known(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestAdjective(t *testing.T) {
	for word, want := range map[string]bool{
		"safe": true, "incorrect": true, "proportionate": true, "dog": false, "take": false, "xyzzy": false, "": false,
	} {
		if got := Adjective(word); got != want {
			t.Errorf("Adjective(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestSynonyms(t *testing.T) {
	for _, c := range []struct {
		word    string
		has     []string
		hasNot  []string
		maxSize int
	}{
		{"wage", []string{"pay", "salary", "earnings"}, []string{"wage", "price"}, 10},
		{"pay", []string{"wage"}, []string{"pay"}, 30},
		{"jobless", []string{"out of work", "idle"}, []string{"jobless"}, 5},
		{"country", []string{"nation", "state"}, []string{"city"}, 15},
		{"increase", []string{"gain"}, []string{"decrease"}, 10},
		{"run", []string{"test"}, []string{"walk"}, 30},
		{"say", []string{"state", "tell"}, []string{"deny"}, 10},
		{"big", []string{"large"}, []string{"small"}, 10},
	} {
		got := Synonyms(c.word)
		for _, w := range c.has {
			if !slices.Contains(got, w) {
				t.Errorf("Synonyms(%q) = %q, missing %q", c.word, got, w)
			}
		}
		for _, w := range c.hasNot {
			if slices.Contains(got, w) {
				t.Errorf("Synonyms(%q) = %q, should not have %q", c.word, got, w)
			}
		}
		if len(got) > c.maxSize {
			t.Errorf("Synonyms(%q) has %d words, want at most %d: %q", c.word, len(got), c.maxSize, got)
		}
	}
	if got := Synonyms("xyzzy"); got != nil {
		t.Errorf("Synonyms(unknown) = %q, want nil", got)
	}
}

// pairTest is a case for a relation between two words.
type pairTest struct {
	a, b string
	want bool
}

func testPairs(t *testing.T, name string, f func(a, b string) bool, cases []pairTest) {
	t.Helper()
	for _, c := range cases {
		if got := f(c.a, c.b); got != c.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, c.a, c.b, got, c.want)
		}
	}
}

func TestSimilar(t *testing.T) {
	testPairs(t, "Similar", Similar, []pairTest{
		{"wage", "pay", true}, {"pay", "wage", true}, {"jobless", "unemployed", true},
		{"unemployed", "jobless", true}, {"damp", "wet", true}, {"big", "large", true},
		{"talk", "talk", true}, {"country", "nation", true},
		{"wage", "price", false}, {"good", "bad", false}, {"dog", "cat", false},
		{"big", "small", false}, {"rise", "fall", false}, {"xyzzy", "dog", false},
	})
}

func TestAntonyms(t *testing.T) {
	testPairs(t, "Antonyms", Antonyms, []pairTest{
		// direct
		{"rise", "fall", true}, {"fall", "rise", true}, {"increase", "decrease", true},
		{"accept", "reject", true}, {"win", "lose", true}, {"open", "closed", true},
		{"open", "close", true}, {"success", "failure", true}, {"agree", "disagree", true},
		{"progress", "regress", true}, {"good", "bad", true}, {"man", "woman", true},
		{"true", "false", true}, {"strong", "weak", true}, {"more", "less", true},
		// through the rest of a synset, similar adjectives and derivations
		{"expensive", "cheap", true}, {"damp", "dry", true}, {"interesting", "boring", true},
		{"acceptance", "rejection", true}, {"agreement", "disagreement", true},
		{"allow", "prohibit", true},
		// not antonyms
		{"big", "good", false}, {"dog", "cat", false}, {"increase", "increase", false},
		{"wage", "pay", false}, {"rise", "increase", false}, {"good", "great", false},
		{"disappear", "apparent", false}, {"interesting", "uninterestingness", false},
		{"xyzzy", "fall", false},
	})
}

// TestHasAntonyms checks that every word of an antonym pair has antonyms
// (matchWords asks Antonyms only of such words) and that words without any
// say so.
func TestHasAntonyms(t *testing.T) {
	for _, w := range []string{"rise", "fall", "accept", "reject", "expensive", "cheap", "damp", "acceptance", "allow", "prohibit"} {
		if !HasAntonyms(w) {
			t.Errorf("HasAntonyms(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"dog", "wage", "xyzzy", "sofa"} {
		if HasAntonyms(w) {
			t.Errorf("HasAntonyms(%q) = true, want false", w)
		}
	}
}

func TestIsHypernym(t *testing.T) {
	testPairs(t, "IsHypernym", IsHypernym, []pairTest{
		{"animal", "dog", true}, {"vehicle", "car", true}, {"person", "man", true},
		{"person", "woman", true}, {"fruit", "apple", true}, {"organism", "dog", true},
		{"city", "paris", true}, {"move", "walk", true}, {"weapon", "missile", true},
		{"dog", "animal", false}, {"car", "vehicle", false}, {"animal", "animal", false},
		{"dog", "cat", false}, {"vehicle", "dog", false}, {"man", "woman", false},
		{"xyzzy", "dog", false}, {"animal", "xyzzy", false},
	})
}

func TestCoHyponyms(t *testing.T) {
	testPairs(t, "CoHyponyms", CoHyponyms, []pairTest{
		{"dog", "cat", true}, {"cat", "dog", true}, {"man", "woman", true},
		{"car", "truck", true}, {"apple", "orange", true}, {"paris", "london", true},
		{"monday", "tuesday", true}, {"red", "blue", true}, {"tea", "coffee", true},
		{"north", "south", true},
		// the same word, synonyms, hypernyms and unrelated words
		{"dog", "dog", false}, {"wage", "pay", false}, {"dog", "poodle", false},
		{"animal", "dog", false}, {"dog", "car", false}, {"talk", "meeting", false},
		{"country", "nation", false}, {"president", "leader", false},
		{"teacher", "man", false}, {"xyzzy", "dog", false},
	})
}

func TestIsHedge(t *testing.T) {
	for word, want := range map[string]bool{
		"may": true, "possibly": true, "perhaps": true, "likely": true, "kind of": true,
		"might": true, "suggests": true,
		"dog": false, "agree": false, "": false, "kind": false, "Perhaps": false,
	} {
		if got := IsHedge(word); got != want {
			t.Errorf("IsHedge(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestDecoderTruncated(t *testing.T) {
	// Two lists of lengths 1 and 2 need nine bytes of values; give eight.
	d := &decoder{b: "\x02\x00\x00\x00\x01\x02\x01\x00\x00\x02\x00\x00\x03\x00"}
	if d.table(2); d.err == nil {
		t.Error("short table decoded without error")
	}
	d = &decoder{b: "\x01\x00\x00\x00\x01\x09\x00\x00"}
	if tb := d.table(1); d.err != nil || tb.check(5) == nil {
		t.Errorf("number 9 of a table of numbers below 5 passed the check (decode error %v)", d.err)
	}
	d = &decoder{b: "\x01\x00\x00\x00\x02\x04\x00\x00\x01\x02\x03"}
	if tb := d.table(1); d.err != nil || tb.check(1<<24) != nil || tb.at(0).len() != 2 || tb.at(0).get(0) != 4 || tb.at(0).get(1) != 0x030201 {
		t.Errorf("table = %v, %v; want one list [4 197121]", tb, d.err)
	}
}

// TestEmbeddedGraphIntact checks every value of the embedded graph, which
// the engine reads in place without a check.
func TestEmbeddedGraphIntact(t *testing.T) {
	w, g := mustGraph()
	if err := g.check(len(w.ends)); err != nil {
		t.Fatal(err)
	}
	if !g.antonyms.at(must(w.id("increase"))).sortedHas(must(w.id("decrease"))) {
		t.Error(`the antonyms of "increase" lack "decrease"`)
	}
}

func must(id int32, ok bool) int32 {
	if !ok {
		panic("unknown word")
	}
	return id
}

// TestVerbInflection checks the finite verb forms a heading test reads.
func TestVerbInflection(t *testing.T) {
	for w, want := range map[string]bool{
		"rejects": true, "agreed": true, "held": true, "went": true,
		"workers": false, "release": false, "meeting": false, "offer": false, "statement": false, "ministry": false,
	} {
		if got := VerbInflection(w); got != want {
			t.Errorf("VerbInflection(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAntonymsOf checks that AntonymsOf lists exactly the words Antonyms
// pairs with a lemma: every listed word, and on the sample text none else.
func TestAntonymsOf(t *testing.T) {
	for _, l := range []string{"rise", "accept", "expensive", "open", "agreement", "dog", "xyzzy"} {
		as := AntonymsOf(l)
		for _, b := range as {
			if !Antonyms(l, b) {
				t.Errorf("AntonymsOf(%q) lists %q, but Antonyms(%q, %q) = false", l, b, l, b)
			}
		}
		for _, b := range append(text, "fall", "reject", "cheap", "closed", "close", "disagreement") {
			if Antonyms(l, b) && !slices.Contains(as, b) {
				t.Errorf("Antonyms(%q, %q) = true, but AntonymsOf(%q) = %q lacks it", l, b, l, as)
			}
		}
	}
	if as := AntonymsOf("rise"); !slices.Contains(as, "fall") {
		t.Errorf("AntonymsOf(rise) = %q, want fall among them", as)
	}
}

// TestKindsOf checks that KindsOf answers as IsHypernym does for each of
// the general words, on the sample text and some kinds of things.
func TestKindsOf(t *testing.T) {
	generals := []string{"person", "animal", "location", "structure", "vehicle", "food", "device", "activity",
		"body of water", "plant", "emotion", "container", "tool", "city", "talk", "communication", "act", "event"}
	words := append([]string{"dog", "car", "paris", "doctor", "lake", "hammer", "anger", "discussion", "negotiation",
		"sandwich", "building", "truck", "oak", "box", "person", "xyzzy"}, text...)
	for _, w := range words {
		bits := KindsOf(w, generals)
		for k, g := range generals {
			if got, want := bits&(1<<k) != 0, IsHypernym(g, w); got != want {
				t.Errorf("KindsOf(%q) says %v for %q, IsHypernym says %v", w, got, g, want)
			}
		}
	}
	if KindsOf("dog", generals)&(1<<1) == 0 {
		t.Error("KindsOf(dog) lacks animal")
	}
}
