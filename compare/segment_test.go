package compare

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSplit checks that claims come out as a reader would cut them.
func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"sentences", "We met. They left! Why? Nobody knows.",
			[]string{"We met.", "They left!", "Why?", "Nobody knows."}},
		{"abbreviations", "Mr. Smith met Dr. Jones at No. 5 Downing St. on Monday. It rained.",
			[]string{"Mr. Smith met Dr. Jones at No. 5 Downing St. on Monday.", "It rained."}},
		{"acronym mid-sentence", "The U.S. side and the DPRK-U.S. talks went on. Then they stopped.",
			[]string{"The U.S. side and the DPRK-U.S. talks went on.", "Then they stopped."}},
		{"acronym ends a sentence", "Trust grew between the DPRK and the U.S. This issue was settled.",
			[]string{"Trust grew between the DPRK and the U.S.", "This issue was settled."}},
		{"acronym before a name", "He wrote to U.S. State Secretary Pompeo.",
			[]string{"He wrote to U.S. State Secretary Pompeo."}},
		{"numbers", "Growth was 5.2 percent at 15:10 on 200,000 sales. Prices rose.",
			[]string{"Growth was 5.2 percent at 15:10 on 200,000 sales.", "Prices rose."}},
		{"quotes", "He said “we made progress.” She disagreed.",
			[]string{"He said “we made progress.”", "She disagreed."}},
		{"quote then lower case", "“Stop!” he said. They stopped.",
			[]string{"“Stop!” he said.", "They stopped."}},
		{"unclosed opening quote dropped", "“I think we made progress. It was good”.",
			[]string{"I think we made progress.", "It was good”."}},
		{"e.g. and ellipsis", "Some fruit, e.g. apples, is sweet... Others are not.",
			[]string{"Some fruit, e.g. apples, is sweet...", "Others are not."}},
		{"heading and list", "Summary\n- Prices rose\n- Wages fell\n1. One more point",
			[]string{"Summary", "Prices rose", "Wages fell", "One more point"}},
		{"paragraphs", "The first paragraph has no stop\n\nSecond one.",
			[]string{"The first paragraph has no stop", "Second one."}},
		{"markdown heading", "Union of Rail Workers\n\nThe strike will go ahead on Monday. Talks have failed.",
			[]string{"The strike will go ahead on Monday.", "Talks have failed."}},
		{"attribution line", "Statement by the Ministry of Labour\n\nThe ministry regrets the strike. Its offer stands.",
			[]string{"The ministry regrets the strike.", "Its offer stands."}},
		{"release and dateline", "For immediate release\n\nLondon, 4 March 2024\n\nPrices rose in May.",
			[]string{"Prices rose in May."}},
		{"title line", "Response to the Pay Offer of 12 May\n\nWe reject the offer. It is too low.",
			[]string{"We reject the offer.", "It is too low."}},
		{"short claim with a stop stays", "Wages fell.\n\nPrices rose in May.",
			[]string{"Wages fell.", "Prices rose in May."}},
		{"headline with a verb stays", "Union rejects pay offer\n\nThe vote was clear.",
			[]string{"Union rejects pay offer", "The vote was clear."}},
		{"bulleted item stays", "- Higher wages for all staff\n\nThe union wants more.",
			[]string{"Higher wages for all staff", "The union wants more."}},
		{"a run of points is a list", "Higher wages for all staff\n\nShorter hours\n\nBetter pensions\n\nThe strike will go ahead.",
			[]string{"Higher wages for all staff", "Shorter hours", "Better pensions", "The strike will go ahead."}},
		{"title, subtitle and release lines", "Press release\n\nUnion of Rail Workers\n\nThe Union's Position\n\nStatement by the executive\n\nThe strike will go ahead.",
			[]string{"The strike will go ahead."}},
		{"lone title is kept", "Higher wages for all staff",
			[]string{"Higher wages for all staff"}},
		{"heading inside a paragraph stays", "Summary\nPrices rose\n\nWages fell.",
			[]string{"Summary", "Prices rose", "Wages fell."}},
		{"wrapped line", "This sentence is wrapped\nacross two lines.",
			[]string{"This sentence is wrapped\nacross two lines."}},
		{"contrast clause", "Some places a great deal of progress, other places there’s still more work to be done.",
			[]string{"Some places a great deal of progress", "other places there’s still more work to be done."}},
		{"but with a subject", "These are complicated issues but we made progress on almost all of them.",
			[]string{"These are complicated issues", "but we made progress on almost all of them."}},
		{"can't but is one claim", "The results of the talks can’t but be so apprehensive.",
			[]string{"The results of the talks can’t but be so apprehensive."}},
		{"not a split", "The man was holding his phone, not a knife.",
			[]string{"The man was holding his phone, not a knife."}},
		{"semicolon", "Prices rose sharply in May; wages fell behind them.",
			[]string{"Prices rose sharply in May", "wages fell behind them."}},
		{"run-on text is cut at a pause", strings.Repeat("word ", 50) + "pause, " + strings.Repeat("more ", 30) + "end",
			[]string{strings.Repeat("word ", 50) + "pause", strings.TrimSpace(strings.Repeat("more ", 30)) + " end"}},
		{"korean", "회담은 끝났다. 결과는 좋았다.",
			[]string{"회담은 끝났다.", "결과는 좋았다."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Split(tt.text) {
				got = append(got, c.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkClaims(t, tt.text, Split(tt.text))
		})
	}
}

// TestSplitOffsets checks code-point offsets on text with multi-byte runes.
func TestSplitOffsets(t *testing.T) {
	text := "Café — “naïve” talks. 회담 ended."
	claims := Split(text)
	if len(claims) != 2 {
		t.Fatalf("got %d claims, want 2", len(claims))
	}
	r := []rune(text)
	if got := string(r[claims[1].Start:claims[1].End]); got != "회담 ended." {
		t.Errorf("second claim = %q", got)
	}
	if claims[1].Start != 22 {
		t.Errorf("second claim starts at %d, want code point 22", claims[1].Start)
	}
}

// checkClaims asserts the invariants of Split's output.
func checkClaims(t *testing.T, text string, claims []Claim) {
	t.Helper()
	r := []rune(text)
	prev := 0
	for i, c := range claims {
		if c.ID != i {
			t.Fatalf("claim %d has ID %d", i, c.ID)
		}
		if c.Start < prev || c.End <= c.Start || c.End > len(r) {
			t.Fatalf("claim %d offsets [%d,%d) out of order or range (prev end %d, len %d)", i, c.Start, c.End, prev, len(r))
		}
		if got := string(r[c.Start:c.End]); got != c.Text {
			t.Fatalf("claim %d text %q does not match offsets: %q", i, c.Text, got)
		}
		if !utf8.ValidString(c.Text) {
			t.Fatalf("claim %d is not valid UTF-8: %q", i, c.Text)
		}
		prev = c.End
	}
}

// FuzzSplit checks Split's invariants on any input: no panic, offsets in
// range, ordered and non-overlapping, text matching offsets, valid UTF-8.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"We met. They left!", "Mr. Smith paid $5.2m to the U.S. on 3 May.", "“Quoted.” Then",
		"- item\n- item two\n\nHeading\nText", "a\xffb. c\xfe.", "회담은 끝났다. 결과는 좋았다.",
		"Some places yes, other places no; but we made it", "...!?", "\n\n\n", "e.g. i.e. No. 5",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkClaims(t, s, Split(s))
	})
}
