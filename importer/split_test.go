package importer

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold maps typographic quotes and apostrophes to ASCII and collapses white
// space, as the sample files say substrings are matched.
func fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// speakerOf names the speaker whose passage contains sub, "" if sub is in
// no passage.
func speakerOf(s Split, sub string) string {
	for _, sp := range s.Speakers {
		for _, p := range sp.Passages {
			if strings.Contains(fold(p.Text), fold(sub)) {
				return sp.Name
			}
		}
	}
	return ""
}

// inCommentary reports whether sub lies inside one commentary span.
func inCommentary(s Split, text, sub string) bool {
	r := []rune(text)
	for _, c := range s.Commentary {
		if strings.Contains(fold(string(r[c.Start:c.End])), fold(sub)) {
			return true
		}
	}
	return false
}

// checkOffsets verifies what every caller relies on: passages' text is the
// text at their code-point offsets, and nothing overlaps.
func checkOffsets(t *testing.T, text string, s Split) {
	t.Helper()
	r := []rune(norm.NFC.String(text))
	type span struct{ s, e int }
	var all []span
	for _, sp := range s.Speakers {
		if sp.Name == "" || len(sp.Passages) == 0 {
			t.Errorf("speaker %+v has no name or no passages", sp)
		}
		for _, p := range sp.Passages {
			if p.Start < 0 || p.End > len(r) || p.Start >= p.End {
				t.Fatalf("passage [%d,%d) out of range %d", p.Start, p.End, len(r))
			}
			if got := string(r[p.Start:p.End]); got != p.Text {
				t.Errorf("passage text %q is not the text at [%d,%d): %q", p.Text, p.Start, p.End, got)
			}
			all = append(all, span{p.Start, p.End})
		}
	}
	for _, c := range s.Commentary {
		if c.Start < 0 || c.End > len(r) || c.Start >= c.End {
			t.Fatalf("commentary [%d,%d) out of range %d", c.Start, c.End, len(r))
		}
		all = append(all, span{c.Start, c.End})
	}
	for i, a := range all {
		for _, b := range all[i+1:] {
			if a.s < b.e && b.s < a.e {
				t.Errorf("spans [%d,%d) and [%d,%d) overlap", a.s, a.e, b.s, b.e)
			}
		}
	}
}

func TestSplitSeedArticle(t *testing.T) {
	var expected struct {
		Parties []struct {
			Speaker string `json:"speaker"`
			First   string `json:"first"`
			Last    string `json:"last"`
		} `json:"parties"`
		NotAParty []string `json:"not_a_party"`
	}
	eb, err := os.ReadFile("testdata/talks-2018-expected.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(eb, &expected); err != nil {
		t.Fatal(err)
	}
	doc, err := Import("testdata/talks-2018.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := SplitArticle(doc.Text)
	checkOffsets(t, doc.Text, s)
	if len(s.Speakers) != 2 {
		t.Errorf("found %d speakers, want 2: %+v", len(s.Speakers), s.Speakers)
	}
	for _, party := range expected.Parties {
		ok := false
		for _, sp := range s.Speakers {
			for _, p := range sp.Passages {
				f := strings.Trim(fold(p.Text), `"., `)
				if strings.HasPrefix(f, fold(party.First)) && strings.HasSuffix(f, fold(party.Last)) {
					ok = true
					t.Logf("%s (%s): %d code points, for %q", sp.Name, sp.Role, p.End-p.Start, party.Speaker)
				}
			}
		}
		if !ok {
			t.Errorf("no passage runs whole from %q to %q (%s)", party.First, party.Last, party.Speaker)
		}
	}
	for _, sub := range expected.NotAParty {
		if who := speakerOf(s, sub); who != "" {
			t.Errorf("%q is attributed to %s, want commentary", sub, who)
		}
		if !inCommentary(s, doc.Text, sub) {
			t.Errorf("%q is not in the commentary", sub)
		}
	}
	want := map[string]string{"Pompeo": "US Secretary of State", "Foreign Ministry": "Foreign Ministry"}
	for _, sp := range s.Speakers {
		for name, role := range want {
			if strings.Contains(sp.Name, name) {
				if sp.Role != role {
					t.Errorf("%s has role %q, want %q", sp.Name, sp.Role, role)
				}
				delete(want, name)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("speakers not named: %v in %+v", want, s.Speakers)
	}
}

func TestSplitStyles(t *testing.T) {
	type want struct {
		sub, speaker string // speaker "" means commentary
	}
	tests := []struct {
		name     string
		text     string
		speakers int
		roles    map[string]string
		want     []want
	}{
		{
			name: "inline quotes with said and pronouns",
			text: "Talks between the two sides collapsed on Friday. “We offered a fair price and they walked away,” said Jane Doe, chief executive of Acme Corp. “There is nothing more to discuss with them now.”\n\n" +
				"The union disagreed. “Acme never made a real offer,” union leader Tom Brown told reporters. “They want us to give up our pensions,” he said, “and we will not.”\n\n" +
				"Analysts called the dispute “predictable”. Mr Brown’s members vote next week.",
			speakers: 2,
			roles:    map[string]string{"Jane Doe": "chief executive of Acme Corp", "Tom Brown": "union leader"},
			want: []want{
				{"We offered a fair price", "Jane Doe"},
				{"There is nothing more to discuss", "Jane Doe"},
				{"Acme never made a real offer", "Tom Brown"},
				{"They want us to give up our pensions", "Tom Brown"},
				{"and we will not", "Tom Brown"},
				{"predictable", ""},
				{"Analysts called the dispute", ""},
				{"The union disagreed.", ""},
			},
		},
		{
			name: "according to",
			text: "The court ruled on Monday. According to the Justice Ministry, “the decision is final and will not be reviewed by any other court.”\n\n" +
				"The opposition called the ruling “a disgrace”. According to opposition leader Maria López, “this government has lost all legitimacy and must resign.”",
			speakers: 2,
			roles:    map[string]string{"Maria López": "opposition leader"},
			want: []want{
				{"the decision is final", "Justice Ministry"},
				{"this government has lost all legitimacy", "Maria López"},
				{"a disgrace", ""},
				{"The court ruled on Monday.", ""},
			},
		},
		{
			name: "press release with a dateline",
			text: "WASHINGTON, March 3, 2024 — Acme Corp. today announced a recall of 40,000 heaters after reports of fires.\n\n" +
				"SEOUL, March 4 (Yonhap) -- North Korea’s Foreign Ministry said: “The recall shows the fires were a danger to everyone.”\n\n" +
				"“Safety is our first priority, and we are acting out of an abundance of caution,” said Jane Doe, president of Acme Corp.\n\n" +
				"The recall covers models sold between 2021 and 2023.\n\n" +
				"Consumer groups said the move came too late. “Acme knew about the fires for two years and did nothing,” said Mark Lee of the Consumer Safety Council.",
			speakers: 3,
			roles:    map[string]string{"Jane Doe": "president of Acme Corp", "Mark Lee": "Consumer Safety Council", "North Korea Foreign Ministry": "Foreign Ministry"},
			want: []want{
				{"The recall shows the fires", "North Korea Foreign Ministry"},
				{"SEOUL, March 4", ""},
				{"Safety is our first priority", "Jane Doe"},
				{"Acme knew about the fires", "Mark Lee"},
				{"today announced a recall", ""},
				{"The recall covers models", ""},
			},
		},
		{
			name: "interview",
			text: "Last week we spoke to Foreign Minister Sergei Lavrov about the talks.\n\n" +
				"Q: Did the talks make any progress?\n\n" +
				"A: No. The other side refused to discuss the core issues.\n\n" +
				"We want a settlement, but not at any price.\n\n" +
				"Q: What happens next?\n\n" +
				"A: We will wait. Our position has not changed.\n\n" +
				"The interview has been edited for length.",
			speakers: 2,
			roles:    map[string]string{"Sergei Lavrov": "Foreign Minister", "Interviewer": "interviewer"},
			want: []want{
				{"Did the talks make any progress?", "Interviewer"},
				{"The other side refused", "Sergei Lavrov"},
				{"not at any price", "Sergei Lavrov"},
				{"What happens next?", "Interviewer"},
				{"Our position has not changed", "Sergei Lavrov"},
				{"edited for length", ""},
				{"Last week we spoke", ""},
			},
		},
		{
			name:     "transcript with name labels",
			text:     "A transcript of the press conference follows.\n\nLAVROV: We did not ask for these talks.\n\nBLINKEN: We made a fair offer and it still stands.\n\nLAVROV: The offer was an ultimatum.",
			speakers: 2,
			want: []want{
				{"We did not ask for these talks", "Lavrov"},
				{"The offer was an ultimatum", "Lavrov"},
				{"fair offer", "Blinken"},
				{"A transcript of the press conference", ""},
			},
		},
		{
			name: "straight ASCII quotes",
			text: "\"We will not accept these terms,\" the union spokesman said on Tuesday. \"The offer insults every one of our members.\"\n\n" +
				"Management replied in a statement: \"The offer is generous and remains on the table.\"",
			speakers: 2,
			want: []want{
				{"We will not accept these terms", "union spokesman"},
				{"insults every one of our members", "union spokesman"},
				{"The offer is generous", "Management"},
			},
		},
		{
			name: "nested quotes",
			text: "“The minister told us ‘the deal is dead’ and walked out of the room,” said Anna Berg, a negotiator for the farmers.\n\n" +
				"“He said “never” three times in one meeting,” she added.",
			speakers: 1,
			roles:    map[string]string{"Anna Berg": "negotiator for the farmers"},
			want: []want{
				{"The minister told us 'the deal is dead' and walked out of the room", "Anna Berg"},
				{`He said "never" three times in one meeting`, "Anna Berg"},
			},
		},
		{
			name:     "statement over paragraphs with re-opened quotes",
			text:     "The ministry issued the following statement:\n\n“The talks were useful but incomplete.\n\n“Both sides agreed to meet again in the autumn.”\n\nNo date has been set.",
			speakers: 1,
			want: []want{
				{"The talks were useful but incomplete. \"Both sides agreed to meet again in the autumn.", "ministry"},
				{"No date has been set", ""},
			},
		},
		{
			name:     "no quotations",
			text:     "The weather was fine.\n\nEveryone went home early.",
			speakers: 0,
			want:     []want{{"The weather was fine.", ""}, {"Everyone went home early.", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := SplitArticle(tt.text)
			checkOffsets(t, tt.text, s)
			if len(s.Speakers) != tt.speakers {
				t.Errorf("found %d speakers, want %d: %+v", len(s.Speakers), tt.speakers, s.Speakers)
			}
			for _, w := range tt.want {
				got := speakerOf(s, w.sub)
				if w.speaker == "" {
					if got != "" {
						t.Errorf("%q is attributed to %q, want commentary", w.sub, got)
					} else if !inCommentary(s, tt.text, w.sub) {
						t.Errorf("%q is in neither a passage nor the commentary", w.sub)
					}
					continue
				}
				if !strings.Contains(strings.ToLower(got), strings.ToLower(w.speaker)) {
					t.Errorf("%q is attributed to %q, want %q", w.sub, got, w.speaker)
				}
			}
			for name, role := range tt.roles {
				for _, sp := range s.Speakers {
					if norm.NFC.String(sp.Name) == norm.NFC.String(name) && sp.Role != role {
						t.Errorf("%s has role %q, want %q", name, sp.Role, role)
					}
				}
			}
		})
	}
}

// TestSplitOffsetsAreCodePoints checks offsets against non-ASCII text that
// is not yet NFC: Korean, dashes, a decomposed é.
func TestSplitOffsetsAreCodePoints(t *testing.T) {
	text := "한국어 기사 — Cafe\u0301 talks.\n\n“우리는 진전을 이루었다, we made real progress today,” said Kim Min-jun, a spokesman."
	s := SplitArticle(text)
	checkOffsets(t, text, s)
	if len(s.Speakers) != 1 || len(s.Speakers[0].Passages) != 1 {
		t.Fatalf("speakers = %+v", s.Speakers)
	}
	p := s.Speakers[0].Passages[0]
	r := []rune(norm.NFC.String(text))
	if string(r[p.Start:p.End]) != "우리는 진전을 이루었다, we made real progress today" {
		t.Errorf("passage at [%d,%d) = %q", p.Start, p.End, string(r[p.Start:p.End]))
	}
	if s.Speakers[0].Name != "Kim Min-jun" {
		t.Errorf("speaker = %q", s.Speakers[0].Name)
	}
}

func TestSplitJSONShape(t *testing.T) {
	b, err := json.Marshal(SplitArticle("Nothing quoted here."))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != `{"speakers":[],"commentary":[{"start":0,"end":20}],"text":"Nothing quoted here."}` {
		t.Errorf("JSON = %s", got)
	}
	b, _ = json.Marshal(SplitArticle("“We will sign the agreement next week,” said Ann Lee."))
	var shape struct {
		Speakers []map[string]json.RawMessage `json:"speakers"`
	}
	if err := json.Unmarshal(b, &shape); err != nil || len(shape.Speakers) != 1 {
		t.Fatalf("JSON = %s (%v)", b, err)
	}
	for _, k := range []string{"name", "role", "passages"} {
		if _, ok := shape.Speakers[0][k]; !ok {
			t.Errorf("speaker has no %q: %s", k, b)
		}
	}
	if !strings.Contains(string(b), `"passages":[{"start":1,"end":37,"text":"We will sign the agreement next week"}]`) {
		t.Errorf("JSON = %s", b)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"“We made progress,” said Pompeo.",
		"According to the ministry:\n\n“It was regrettable.\n\nVery.”",
		"Q: Why?\n\nA: Because.\n\nQ: Really?",
		"\"a\" \"b\" “ ” „ « » ‘ ’",
		"As I wrote at the time,\n\n“Nothing changes.”",
		"SEOUL — “x,” he said, “y.”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		s := SplitArticle(text)
		checkOffsets(t, text, s)
		_ = s.Markdown(text)
	})
}
