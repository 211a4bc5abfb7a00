package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestTokenize checks words, numbers and negations as the engine reads them.
func TestTokenize(t *testing.T) {
	tests := []struct {
		text     string
		surfaces []string
		nums     map[string]float64
		negs     []string
	}{
		{"It rose 5.2% to 200,000 at 15:10.", []string{"It", "rose", "5.2", "%", "to", "200,000", "at", "15:10", "."},
			map[string]float64{"5.2": 5.2, "200,000": 200000, "15:10": 15 + 10.0/60}, nil},
		{"The U.S. can't and won't; DPRK-U.S. talks.", []string{"The", "U.S.", "can't", "and", "won't", ";", "DPRK", "-", "U.S.", "talks", "."},
			nil, []string{"can't", "won't"}},
		{"Three warnings, no reply, 5 million people, the 65th anniversary.", []string{"Three", "warnings", ",", "no", "reply", ",", "5", "million", "people", ",", "the", "65th", "anniversary", "."},
			map[string]float64{"Three": 3, "5": 5e6, "65th": 65}, []string{"no"}},
		{"Naïve – 회담’s end", []string{"Naïve", "–", "회담’s", "end"}, nil, nil},
	}
	for _, tt := range tests {
		r := []rune(tt.text)
		toks := tokenize(r, Span{0, len(r)})
		var got []string
		var negs []string
		for _, tk := range toks {
			got = append(got, tk.Surface)
			if string(r[tk.Start:tk.End]) != tk.Surface {
				t.Errorf("token %q has offsets of %q", tk.Surface, string(r[tk.Start:tk.End]))
			}
			if want, ok := tt.nums[tk.Surface]; ok && (!tk.IsNum || tk.Num != want) {
				t.Errorf("%q: number %v (%v), want %v", tk.Surface, tk.Num, tk.IsNum, want)
			}
			if tk.Neg {
				negs = append(negs, tk.Surface)
			}
		}
		if len(got) != len(tt.surfaces) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.surfaces)
			continue
		}
		for i := range got {
			if got[i] != tt.surfaces[i] {
				t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.surfaces)
				break
			}
		}
		if len(negs) != len(tt.negs) {
			t.Errorf("negations of %q = %q, want %q", tt.text, negs, tt.negs)
		}
	}
}

// TestTokenKeys checks that forms of one word meet and numbers in words
// meet numbers in digits.
func TestTokenKeys(t *testing.T) {
	pairs := [][2]string{{"refunded", "refund"}, {"rose", "rising"}, {"three", "3"}, {"talks", "talk"}, {"women", "woman"}, {"%", "percent"},
		{"twenty-two", "22"}, {"twenty-two million", "22000000"}, {"eighty-five pence", "85"},
		{"three hundred and forty", "340"}, {"three hundred and forty-two", "342"}, {"two thousand five hundred", "2500"},
		{"five hundred and fifty million", "550000000"}, {"one hundred and twenty thousand", "120000"}}
	for _, p := range pairs {
		a, b := keyOf(p[0]), keyOf(p[1])
		if a != b {
			t.Errorf("key(%q) = %q, key(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
}

// keyOf returns the matching key of a single word.
func keyOf(w string) string {
	r := []rune(w)
	return tokenize(r, Span{0, len(r)})[0].Key
}

// TestNumbersInWordsOneFigure checks that the words of a number written
// out make one figure, and that two figures joined by "and" stay two.
func TestNumbersInWordsOneFigure(t *testing.T) {
	for text, want := range map[string][]float64{
		"roughly three hundred and forty apprentices":  {340},
		"between two and three hundred people":         {2, 300},
		"in 2019 and 2020":                             {2019, 2020},
		"a hundred and twenty thousand homes":          {120000},
		"a hundred and fifty people":                   {150},
		"another hundred and eighty thousand chickens": {180000},
		"a thousand and forty jobs":                    {1040},
		"a hundred years and two months":               {100, 2},
		"withdrew 14 double-deck buses":                {14},
		"one point eight million crowns":               {1.8e6},
		"two point five per cent":                      {2.5},
		"at one point eight people were waiting":       {1, 8},
	} {
		r := []rune(text)
		var got []float64
		for _, tk := range tokenize(r, Span{0, len(r)}) {
			if tk.IsNum && !tk.Stop {
				got = append(got, tk.Num)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("numbers of %q = %v, want %v", text, got, want)
		}
	}
}

// TestGreatDealIsMuch checks that "a great deal" says "much": two claims
// sharing only "great" ("a great deal of progress" / "made a great
// publicity") share no content word.
func TestGreatDealIsMuch(t *testing.T) {
	c := prepareText("Some places a great deal of progress.")
	var got []string
	for n := range c.content {
		got = append(got, c.tok(n).Lower)
	}
	if strings.Join(got, " ") != "places progress" {
		t.Errorf("content words %q, want places, progress", got)
	}
	if d := prepareText("They made a great publicity of it."); len(d.content) == 0 || d.tok(0).Lower != "great" {
		t.Errorf("'a great publicity' lost its adjective: %d content words", len(d.content))
	}
}

// TestContrastNegates checks that "rather than" and "instead of" deny the
// action after them, not a thing set beside another.
func TestContrastNegates(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		neg        bool
	}{
		{"The money will go on repairing roads instead of buying new buses.", "of", true},
		{"The firm wrote to customers rather than phoning them.", "than", true},
		{"The fund is run by the city rather than the county.", "than", false},
		{"He chose tea instead of coffee.", "of", false},
	} {
		r := []rune(tt.text)
		toks := tokenize(r, Span{0, len(r)})
		found := false
		for _, tk := range toks {
			if tk.Lower == tt.word {
				found = true
				if tk.Neg != tt.neg {
					t.Errorf("%q: %q negates = %v, want %v", tt.text, tt.word, tk.Neg, tt.neg)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.text, tt.word)
		}
	}
}

// TestNoCompoundNegatesNothing checks that "no" joined by a hyphen to the
// word after it names a kind of thing ("a no-confidence motion", "a
// no-fly zone"), and "No" before a figure numbers one ("the No 2 shaft"),
// and that neither denies anything; "no" on its own still does.
func TestNoCompoundNegatesNothing(t *testing.T) {
	for text, want := range map[string]bool{
		"The no-confidence motion was tabled on Monday.": false,
		"The area is a no-fly zone.":                     false,
		"There was no motion on Monday.":                 true,
		"No - that is not what happened.":                true,
		"The cage in the No 2 shaft stopped.":            false,
		"No. 10 said the talks went well.":               false,
		"No 2 of them agreed.":                           true,
		"There were no 2 days alike.":                    true,
	} {
		c := prepareText(text)
		got := false
		for _, tk := range c.toks {
			if tk.Lower == "no" {
				got = tk.Neg
			}
		}
		if got != want {
			t.Errorf("%q: no negates %v, want %v", text, got, want)
		}
	}
}
