package compare

import (
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// quoted finds the words a cue quotes.
var quoted = regexp.MustCompile(`"([^"]+)"`)

// TestWordingFindsClashNoRuleFinds checks, on a development case, that the
// wording model calls a contradiction the rules miss ("lift their earnings
// well ahead of inflation" against "leave our members worse off": no
// negation, no antonym, no figures on both sides) and says why in words of
// the two claims.
func TestWordingFindsClashNoRuleFinds(t *testing.T) {
	_, r := compareSample(t, "dev-cases2", "port-dock-strike.json")
	var found bool
	for _, p := range r.Pairs {
		l, rt := r.Left.Claims[p.Left[0]].Text, r.Right.Claims[p.Right[0]].Text
		if !strings.Contains(l, "lift their earnings well ahead of inflation") || !strings.Contains(rt, "leave our members worse off") {
			continue
		}
		found = true
		if p.Relation != Contradict || len(p.Cues) == 0 || !strings.HasPrefix(p.Cues[0], "wording that often marks a clash") {
			t.Fatalf("earnings ahead of inflation / members worse off = %s %q, want a contradiction on its wording", p.Relation, p.Cues)
		}
		if f := WordingFeatures(r, p.Left, p.Right); !slices.Contains(f, "r:"+string(Differ)) {
			t.Errorf("the rules alone should find no contradiction here, features %q", f[:3])
		}
	}
	if !found {
		t.Fatal("the pay claims are not paired")
	}
}

// TestWordingCueQuotesThePair checks that every reason the wording model
// gives on the sample cases quotes words of the pair it judged, and argues
// for the pair's relation.
func TestWordingCueQuotesThePair(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(samplesDir, "*", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[Relation]string{Agree: "wording that often marks one account", Contradict: "wording that often marks a clash",
		Differ: "wording that often marks a different point"}
	n := 0
	for _, f := range files {
		var c sampleCase
		readJSON(t, f, &c)
		if c.Left.Text == "" {
			continue
		}
		r, err := Compare(Document{Text: c.Left.Text}, Document{Text: c.Right.Text})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range r.Pairs {
			text := claimsText(r.Left, p.Left) + " " + claimsText(r.Right, p.Right)
			for _, cu := range p.Cues {
				if !strings.HasPrefix(cu, "wording that") {
					continue
				}
				n++
				if !strings.HasPrefix(cu, kinds[p.Relation]) {
					t.Errorf("%s: a %s pair has the reason %q", f, p.Relation, cu)
				}
				for _, m := range quoted.FindAllStringSubmatch(cu, -1) {
					if !strings.Contains(text, fold(m[1])) {
						t.Errorf("%s: %q quotes %q, which the pair does not use: %s", f, cu, m[1], text)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no pair of the sample cases carries a reason of the wording model")
	}
}

// TestRulesContradictionStands checks that the wording model leaves a
// contradiction the rules found, with its cue, where it would itself call
// the pair a difference: the seed's opposite assessments of the talks.
func TestRulesContradictionStands(t *testing.T) {
	a, b := "I think we made progress in every element of our discussions.", "It was so regretful to see what they had shown at the talks."
	ps := compareClaims(prepareText(a), prepareText(b), backgroundIDF, sharedLex, full)
	ps.topical = true
	v := judge(ps, true)
	if v.Relation != Contradict {
		t.Fatalf("the rules give %s %q, want a contradiction", v.Relation, v.Cues)
	}
	if p := wordingProbs(ps, v); p[1] >= p[2] {
		t.Logf("the model itself calls it a contradiction (%.2f against %.2f for a difference)", p[1], p[2])
	}
	r, err := Compare(Document{Text: a}, Document{Text: b})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pairs) != 1 || r.Pairs[0].Relation != Contradict || !slices.ContainsFunc(r.Pairs[0].Cues, func(c string) bool {
		return strings.HasPrefix(c, "opposite assessments")
	}) {
		t.Errorf("progress / regretful = %+v, want a contradiction on opposite assessments", r.Pairs)
	}
}

// TestWordingFeaturesLeaveOutNamesAndNumbers checks that the model reads
// no names and no figures, which belong to one story, and reads the
// negations and each pair of words one side alone uses.
func TestWordingFeaturesLeaveOutNamesAndNumbers(t *testing.T) {
	r, err := Compare(Document{Text: "Minister Varga said the council had not consulted 40 residents."},
		Document{Text: "The residents learned of the plan from a newspaper report."})
	if err != nil {
		t.Fatal(err)
	}
	f := WordingFeatures(r, []int{0}, []int{0})
	for _, k := range f {
		if strings.Contains(strings.ToLower(k), "varga") || strings.Contains(k, "40") {
			t.Errorf("input %q reads a name or a figure", k)
		}
	}
	for _, want := range []string{"n:not:one", "n:one side", "x:consult|learn"} {
		if !slices.Contains(f, want) {
			t.Errorf("inputs lack %q: %q", want, f)
		}
	}
	if f := WordingFeatures(r, []int{5}, []int{0}); f != nil {
		t.Errorf("a claim that does not exist gives inputs %q", f)
	}
}

// TestParseWordingTable checks the reading of the model's table: weights
// in ten-thousandths, malformed lines skipped.
func TestParseWordingTable(t *testing.T) {
	m := parseWordingTable("x:a|b\t-2500\t10000\t0\nbroken line\nr:agree\t1\t2\nc:denial\t5\t6\t7\t8\nn:no:one\t0\t3\tx\nh:no_action\t7\t0\t-7")
	ab, okAB := m.get("x:a|b")
	na, okNA := m.get("h:no_action")
	if _, okR := m.get("r:agree"); m.len() != 2 || !okAB || !okNA || okR || ab != [3]float32{-0.25, 1, 0} || na != [3]float32{0.0007, 0, -0.0007} {
		t.Errorf("parsed %d inputs: x:a|b %v, h:no_action %v", m.len(), ab, na)
	}
	if wordingWeights().len() < 1000 {
		t.Errorf("the fitted table has %d inputs", wordingWeights().len())
	}
}

// TestWeightIndexFindsEveryInput checks the hash table against the fitted
// table itself: every line's input is found with its line's weights, a
// repeated input keeps its last weights, and an input of no line is not
// found.
func TestWeightIndexFindsEveryInput(t *testing.T) {
	x := wordingWeights()
	lines := strings.Split(strings.TrimSuffix(wordingTable, "\n"), "\n")
	if x.len() != len(lines) {
		t.Fatalf("%d inputs for %d lines", x.len(), len(lines))
	}
	for _, line := range lines {
		f := strings.Split(line, "\t")
		w, ok := x.get(f[0])
		if !ok {
			t.Fatalf("%q not found", f[0])
		}
		for c := range w {
			if n, _ := strconv.Atoi(f[c+1]); w[c] != float32(n)/1e4 {
				t.Fatalf("%q: weights %v, line %q", f[0], w, line)
			}
		}
	}
	if _, ok := x.get("x:no such|input"); ok {
		t.Error("an input of no line was found")
	}
	if w, _ := parseWordingTable("n:no:one\t1\t2\t3\nn:no:one\t4\t5\t6").get("n:no:one"); w != [3]float32{0.0004, 0.0005, 0.0006} {
		t.Errorf("a repeated input has weights %v, want the last line's", w)
	}
}

// BenchmarkWordingWeights measures reading the fitted table, which the
// first comparison of a process pays.
func BenchmarkWordingWeights(b *testing.B) {
	for b.Loop() {
		parseWordingTable(wordingTable)
	}
}

// TestWordingQuotesOnlyRelatedWords checks that a reason quotes a pair of
// words one side each only when the lexicon relates them, as "ballot" and
// "vote" are; "club" and "past" say nothing to a reader.
func TestWordingQuotesOnlyRelatedWords(t *testing.T) {
	ps := compareClaims(prepareText("Members backed the strike in a ballot held by the club."),
		prepareText("The vote in the past week backed the strike."), backgroundIDF, sharedLex, full)
	if got := wordingText(ps, "x:ballot|vote"); got != `"ballot" / "vote"` {
		t.Errorf("ballot / vote quoted as %q", got)
	}
	if got := wordingText(ps, "x:club|past"); got != "" {
		t.Errorf("club / past quoted as %q, want nothing", got)
	}
}

// TestWordingReadsWordsAssessmentsAndFigures checks the inputs that carry
// over to subjects the cases never met: each word by whether one side or
// both use it, function words included; the signs of the two claims'
// assessments; the share of words the other claim matches; and whether the
// figures share a number.
func TestWordingReadsWordsAssessmentsAndFigures(t *testing.T) {
	r, err := Compare(Document{Text: "The talks were a great success and 40 jobs will be saved."},
		Document{Text: "The talks were a disaster and 300 jobs were lost."})
	if err != nil {
		t.Fatal(err)
	}
	f := WordingFeatures(r, []int{0}, []int{0})
	for _, want := range []string{"u:talk:both", "u:will:one", "u:save:one", "a:+|-", "f:other"} {
		if !slices.Contains(f, want) {
			t.Errorf("inputs lack %q: %q", want, f)
		}
	}
	if !slices.ContainsFunc(f, func(k string) bool { return strings.HasPrefix(k, "v:0.") }) {
		t.Errorf("inputs lack the share of words matched: %q", f)
	}
	same, err := Compare(Document{Text: "The plant employs 40 people."}, Document{Text: "About 40 staff work at the plant."})
	if err != nil {
		t.Fatal(err)
	}
	if g := WordingFeatures(same, []int{0}, []int{0}); !slices.Contains(g, "f:shared") || !slices.Contains(g, "a:0|0") {
		t.Errorf("40 people / 40 staff: inputs %q, want f:shared and a:0|0", g)
	}
}

// TestWordingQuotesContentWordsAlone checks that a reason quotes a word
// one side uses when it carries content ("saved"), and never a function
// word ("will"), which says nothing to a reader alone.
func TestWordingQuotesContentWordsAlone(t *testing.T) {
	ps := compareClaims(prepareText("Forty jobs will be saved."), prepareText("Forty jobs were lost."), backgroundIDF, sharedLex, full)
	if got := wordingText(ps, "u:save:one"); got != `"saved"` {
		t.Errorf("save quoted as %q, want \"saved\"", got)
	}
	if got := wordingText(ps, "u:will:one"); got != "" {
		t.Errorf("will quoted as %q, want nothing", got)
	}
}

// TestWordingDemotesDoubtedClash checks, on a development case, that a
// contradiction the rules find on figures alone ("over three years" /
// "within 30 days", the spans of two different plans) becomes a difference
// where the wording model finds a clash unlikely, and that the reader
// still sees the clash the rules saw, as possible.
func TestWordingDemotesDoubtedClash(t *testing.T) {
	r, err := Compare(Document{Text: "It has already drawn up a plan to rebuild its reserves over three years through tighter spending and new fundraising."},
		Document{Text: "The trustees have been ordered to produce a recovery plan within 30 days."})
	if err != nil {
		t.Fatal(err)
	}
	ps, joined, members := handPair(r, []int{0}, []int{0})
	if _, v := judgeRules(ps, joined, members, backgroundIDF, sharedLex, full); v.Relation != Contradict {
		t.Fatalf("the rules give %s %q, want the contradiction the model doubts", v.Relation, v.Cues)
	}
	p := MakePair(r, []int{0}, []int{0})
	if p.Relation != Differ {
		t.Fatalf("a plan over three years / a plan within 30 days = %s %q, want a difference", p.Relation, p.Cues)
	}
	if !slices.ContainsFunc(p.Cues, func(c string) bool { return strings.HasPrefix(c, "possible clash, different time") }) ||
		!slices.ContainsFunc(p.Cues, func(c string) bool { return strings.HasPrefix(c, "wording that often marks a different point") }) {
		t.Errorf("cues %q, want the wording's reason and the times as a possible clash", p.Cues)
	}
}
