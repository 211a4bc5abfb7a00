package compare

import (
	"math"
	"slices"
	"testing"
)

// TestSimilarityOrder checks that the similarity ranks paraphrases above
// related claims above unrelated ones, stays in [0,1] and is symmetric.
func TestSimilarityOrder(t *testing.T) {
	base := "The jobless rate fell to 5.1 percent in March."
	ranked := []string{
		"Unemployment dropped to 5.1% in March.",
		"The jobless rate rose in April.",
		"The orchestra played Mozart at the festival.",
	}
	prev := 2.0
	for _, other := range ranked {
		ab := Classify(base, other).Similarity
		ba := Classify(other, base).Similarity
		if ab < 0 || ab > 1 {
			t.Errorf("similarity %v out of [0,1]", ab)
		}
		if math.Abs(ab-ba) > 1e-9 {
			t.Errorf("similarity not symmetric for %q: %v / %v", other, ab, ba)
		}
		if ab >= prev {
			t.Errorf("similarity of %q = %v, want below %v", other, ab, prev)
		}
		prev = ab
	}
}

// TestMatchWords checks how words of one claim meet words of the other.
func TestMatchWords(t *testing.T) {
	tests := []struct {
		a, b string
		want map[string]matchKind // word of a -> kind of its match in b
	}{
		{"Wages grew", "Pay rose", map[string]matchKind{"Wages": mSynonym}},
		{"The dog barked", "The animal barked", map[string]matchKind{"dog": mGeneral, "barked": mExact}},
		{"Prices rose", "Prices fell", map[string]matchKind{"rose": mAntonym}},
		{"A man sings", "A woman sings", map[string]matchKind{"man": mAntonym}},
		{"A dog sleeps", "A cat sleeps", map[string]matchKind{"dog": mCoHyponym}},
		{"three warnings", "3 warnings", map[string]matchKind{"three": mExact}},
	}
	for _, tt := range tests {
		a, b := prepareText(tt.a), prepareText(tt.b)
		ms := matchWords(a, b, sharedLex, full)
		for n, m := range ms {
			w := a.tok(n).Surface
			if want, ok := tt.want[w]; ok && m.kind != want {
				t.Errorf("%q in %q / %q: kind %d, want %d", w, tt.a, tt.b, m.kind, want)
			}
		}
	}
}

// TestVerbIsNoKindOfNoun checks that a verb by its place is not matched
// through the lexicon to a noun by its place, whose senses the lexicon
// mixes ("reach" is also a noun, a kind of location): "residents could not
// reach them" must not deny "opened at four locations".
func TestVerbIsNoKindOfNoun(t *testing.T) {
	a := prepareText("Food banks were opened at four locations across the city.")
	b := prepareText("Families without cars could not reach them.")
	ps := compareClaims(a, b, backgroundIDF, sharedLex, full)
	for n, m := range ps.ba {
		if b.tok(n).Lower == "reach" && m.kind != mNone && m.kind != mRelated {
			t.Errorf("reach is matched to %q as kind %d", a.tok(m.other).Lower, m.kind)
		}
	}
	if v := judgeCounterparts("Food banks were opened at four locations across the city.", "Families without cars could not reach them."); v.Relation == Contradict {
		t.Errorf("judged contradict %q", v.Cues)
	}
}

func TestCategoriesOf(t *testing.T) {
	bit := func(g string) uint32 { return 1 << slices.Index(categories, g) }
	for _, c := range []struct {
		lemma string
		want  uint32
	}{
		{"dog", bit("animal")},
		{"guitar", bit("device")},
		{"car", bit("vehicle")},
		{"animal", 0}, // no word is a kind of itself
		{"idea", 0},
	} {
		got := sharedLex.categoriesOf(c.lemma)
		if got&c.want != c.want {
			t.Errorf("categoriesOf(%q) = %b, want the bits %b", c.lemma, got, c.want)
		}
		if c.want == 0 && got != 0 {
			t.Errorf("categoriesOf(%q) = %b, want none", c.lemma, got)
		}
		for k, g := range categories {
			if byRelation := sharedLex.relation(g, c.lemma, false) == relHypernym; byRelation != (got&(1<<k) != 0) {
				t.Errorf("categoriesOf(%q) says %v for %q, relation says %v", c.lemma, !byRelation, g, byRelation)
			}
		}
	}
}
