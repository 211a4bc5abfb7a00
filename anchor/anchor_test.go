package anchor

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// at returns the code-point offsets of the n-th (from 0) occurrence of sub in text.
func at(t *testing.T, text, sub string, n int) (int, int) {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		if n == 0 {
			s := utf8.RuneCountInString(text[:from+i])
			return s, s + utf8.RuneCountInString(sub)
		}
		n--
		from += i + len(sub)
	}
}

const statement = "The minister said: ‘We won’t negotiate’ — 북한은 대화를 거부했다. Talks ended."

func TestResolve(t *testing.T) {
	tests := []struct {
		name      string
		old, new  string
		quote     string
		nth       int    // which occurrence of quote in old is annotated
		want      string // the passage expected in new; "" for an orphan
		wantNth   int
		wantState State
	}{
		{"unchanged", statement, statement, "won’t negotiate", 0, "won’t negotiate", 0, Exact},
		{"text inserted before", statement, "Breaking — " + statement, "won’t negotiate", 0, "won’t negotiate", 0, Moved},
		{"Korean after an edit", statement, strings.Replace(statement, "The minister", "Minister Kim", 1), "대화를", 0, "대화를", 0, Exact},
		{"Korean moved", statement, "속보: " + statement, "대화를 거부했다", 0, "대화를 거부했다", 0, Moved},
		{"prefix picks the second of two", "yes — no. Later: yes — maybe.", "Intro. yes — no. Later: yes — maybe.", "yes", 1, "yes", 1, Moved},
		{"suffix picks the first of two", "yes — no. Later: yes — maybe.", "Intro. yes — no. Later: yes — maybe.", "yes", 0, "yes", 0, Moved},
		{"apostrophe retyped", statement, strings.Replace(statement, "won’t", "won't", 1), "We won’t negotiate", 0, "We won't negotiate", 0, Fuzzy},
		{"Korean reworded", statement, "Talks: 북한은 대화를 거부하였다. Talks ended.", "북한은 대화를 거부했다", 0, "북한은 대화를 거부하였다", 0, Fuzzy},
		{"fuzzy far away", statement, strings.Repeat("filler text, ", 80) + "The minister said: ‘We will not negotiate’.", "said: ‘We won’t negotiate’", 0, "said: ‘We will not negotiate’", 0, Fuzzy},
		{"word replaced: whole words kept", statement, strings.Replace(statement, "negotiate", "negotiating", 1), "We won’t negotiate", 0, "We won’t negotiating", 0, Fuzzy},
		{"passage gone", statement, "An entirely different statement — 전혀 다른 말.", "We won’t negotiate", 0, "", 0, Orphan},
		{"text shortened", statement, "Short.", "Talks ended.", 0, "", 0, Orphan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := at(t, tt.old, tt.quote, tt.nth)
			target := Make([]rune(tt.old), s, e)
			gs, ge, state := Resolve(tt.new, target)
			if state != tt.wantState {
				t.Fatalf("state = %v, want %v", state, tt.wantState)
			}
			r := []rune(tt.new)
			if gs < 0 || gs > ge || ge > len(r) {
				t.Fatalf("offsets %d..%d outside the text of %d code points", gs, ge, len(r))
			}
			if tt.want == "" {
				return
			}
			ws, we := at(t, tt.new, tt.want, tt.wantNth)
			if gs != ws || ge != we {
				t.Errorf("found %d..%d %q, want %d..%d %q", gs, ge, string(r[gs:ge]), ws, we, tt.want)
			}
		})
	}
}

func TestMakeCountsCodePoints(t *testing.T) {
	text := []rune("‘정말’ — " + strings.Repeat("가", 40) + "X" + strings.Repeat("나", 40))
	s := 7 + 40
	target := Make(text, s, s+1)
	if target.Quote.Exact != "X" {
		t.Errorf("exact = %q", target.Quote.Exact)
	}
	if target.Quote.Prefix != strings.Repeat("가", ContextLen) || target.Quote.Suffix != strings.Repeat("나", ContextLen) {
		t.Errorf("context = %q / %q, want %d code points each", target.Quote.Prefix, target.Quote.Suffix, ContextLen)
	}
	edge := Make(text, -5, 3)
	if edge.Position.Start != 0 || edge.Quote.Exact != "‘정말" || edge.Quote.Prefix != "" {
		t.Errorf("clamped target = %+v", edge)
	}
	if back := Make(text, 5, 2); back.Position.Start != 5 || back.Position.End != 5 {
		t.Errorf("end before start gave %+v", back.Position)
	}
}

func TestOrphanKeepsOffsetsInsideText(t *testing.T) {
	target := Target{Position: TextPositionSelector{Start: 50, End: 60}, Quote: TextQuoteSelector{Exact: "vanished words"}}
	s, e, state := Resolve("short", target)
	if state != Orphan || s != 5 || e != 5 {
		t.Errorf("Resolve = %d, %d, %v; want 5, 5, orphan", s, e, state)
	}
}

func TestStateNames(t *testing.T) {
	for _, s := range []State{Exact, Moved, Fuzzy, Orphan} {
		got, err := ParseState(s.String())
		if err != nil || got != s {
			t.Errorf("ParseState(%q) = %v, %v", s.String(), got, err)
		}
	}
	if _, err := ParseState("lost"); err == nil {
		t.Error("ParseState accepted an unknown name")
	}
}

func TestFuzzyScoreThreshold(t *testing.T) {
	quote := "abcdefghijklmnopqrst" // 20 code points: up to 5 edits
	target := Target{Position: TextPositionSelector{Start: 0, End: 20}, Quote: TextQuoteSelector{Exact: quote}}
	if _, _, state := Resolve("abXdeXghXjkXmnXpqrst", target); state != Fuzzy {
		t.Errorf("5 edits: state %v, want fuzzy", state)
	}
	if _, _, state := Resolve("abXdeXghXjkXmnXpqXst", target); state != Orphan {
		t.Errorf("6 edits: state %v, want orphan", state)
	}
}
