package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestWordPairTableSize checks that the embedded table has a weight for
// every slot the inputs hash into.
func TestWordPairTableSize(t *testing.T) {
	if len(wordPairTable) != 1<<wordPairBits {
		t.Fatalf("wordpairs.bin holds %d weights, want %d: run go generate", len(wordPairTable), 1<<wordPairBits)
	}
}

// withoutWordPairs runs f with the word-pair model's weights all zero.
func withoutWordPairs(f func()) {
	saved := wordPairTable
	wordPairTable = strings.Repeat("\x00", len(saved))
	defer func() { wordPairTable = saved }()
	f()
}

// TestWordPairsFavourTheirOwnWordsForOnePoint checks that the model adds to
// the log-odds of two claims that tell one point in each party's words
// ("reached the patient 47 minutes after the first call" / "arrived an
// hour and twenty minutes after he dialled"), and takes from those of two
// claims about different things.
func TestWordPairsFavourTheirOwnWordsForOnePoint(t *testing.T) {
	claims := func(a, b string) (*claimInfo, *claimInfo) {
		res, al, err := newAligner(Document{Text: a}, Document{Text: b})
		if err != nil || len(res.Left.Claims) != 1 || len(res.Right.Claims) != 1 {
			t.Fatalf("%q / %q: %v", a, b, err)
		}
		return al.left[0], al.right[0]
	}
	a, b := claims("The ambulance reached the patient 47 minutes after the first call.", "Paramedics arrived an hour and twenty minutes after he dialled for help.")
	if z := wordPairLogOdds(a, b); z <= 0 {
		t.Errorf("one point in two parties' words: log-odds %+.2f, want above 0", z)
	}
	a, b = claims("The ambulance reached the patient 47 minutes after the first call.", "The council will publish its budget for next year in March.")
	if z := wordPairLogOdds(a, b); z >= 0 {
		t.Errorf("two different things: log-odds %+.2f, want below 0", z)
	}
}

// TestWordPairsPairOnePointInOtherWords checks that "The clinic shut its
// doors on Friday" and "The surgery closed at the end of last week", which
// share no content word, are paired, and that the word-pair model is what
// pairs them: without it both are listed as never addressed.
func TestWordPairsPairOnePointInOtherWords(t *testing.T) {
	left := Document{Text: "The clinic shut its doors on Friday after two nurses resigned. Patients have been sent to the hospital in Darrow. The trust apologised."}
	right := Document{Text: "The surgery closed at the end of last week. Its staff shortage has lasted months. A new doctor starts in June."}
	paired := func() bool {
		res, err := Compare(left, right)
		if err != nil {
			t.Fatal(err)
		}
		return slices.ContainsFunc(res.Pairs, func(p Pair) bool { return slices.Equal(p.Left, []int{0}) && slices.Equal(p.Right, []int{0}) })
	}
	if !paired() {
		t.Error("the clinic that shut and the surgery that closed are not paired")
	}
	withoutWordPairs(func() {
		if paired() {
			t.Error("without the word-pair model the clinic and the surgery are paired too: the test no longer shows what the model adds")
		}
	})
}
