package export

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
)

// handSide builds a side whose text is the sentences joined by spaces,
// one claim per sentence, with IDs from 0.
func handSide(party string, sentences ...string) compare.Side {
	s := compare.Side{Document: compare.Document{Meta: compare.Meta{Party: party}}}
	pos := 0
	for i, t := range sentences {
		if i > 0 {
			s.Text += " "
			pos++
		}
		n := len([]rune(t))
		s.Claims = append(s.Claims, compare.Claim{ID: i, Start: pos, End: pos + n, Text: t})
		s.Text += t
		pos += n
	}
	return s
}

// suggestionResult is a comparison built by hand: one contradiction, three
// possible counterparts (one of them reaching a claim that is also paired)
// and one claim on each side that the other never addresses.
func suggestionResult() *compare.Result {
	return &compare.Result{
		Left: handSide("Council",
			"The plant will close in March.",
			"Two hundred workers will lose their jobs.",
			"The union was consulted & agreed <quietly>.",
			"Compensation will be paid.",
			"The closure date was announced last week."),
		Right: handSide("Company",
			"The plant closes in June.",
			"Most staff will move to the new site.",
			"Talks with unions are ongoing.",
			"The site will be sold."),
		Pairs: []compare.Pair{{Left: []int{0}, Right: []int{0}, Similarity: 0.8,
			Relation: compare.Contradict, Cues: []string{"March vs June"}}},
		Suggestions: []compare.Suggestion{
			{Left: []int{1}, Right: []int{1}, Similarity: 0.41},
			{Left: []int{2}, Right: []int{2}, Similarity: 0.38},
			{Left: []int{4}, Right: []int{0}, Similarity: 0.33},
		},
		Unmatched: compare.Unmatched{Left: []int{3}, Right: []int{3}},
	}
}

// suggestedTexts are the claims of suggestionResult that are only in
// suggestions.
var suggestedTexts = []string{
	"Two hundred workers will lose their jobs.",
	"The union was consulted & agreed <quietly>.",
	"The closure date was announced last week.",
	"Most staff will move to the new site.",
	"Talks with unions are ongoing.",
}

const wantSummary = "1 contradiction · 0 agreements · 0 differences · 3 possible counterparts · 2 claims the other side never addresses"

// mdSection is the text of the Markdown section whose heading starts with
// title, up to the next heading of the same level.
func mdSection(t *testing.T, md, title string) string {
	t.Helper()
	i := strings.Index(md, "\n## "+title)
	if i < 0 {
		t.Fatalf("no section %q in:\n%s", title, md)
	}
	rest := md[i+1:]
	if j := strings.Index(rest[1:], "\n## "); j >= 0 {
		rest = rest[:j+1]
	}
	return rest
}

func TestMarkdownListsSuggestionsApart(t *testing.T) {
	r := suggestionResult()
	var b bytes.Buffer
	if err := Markdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	if !strings.Contains(md, "\n"+wantSummary+"\n") {
		t.Errorf("summary: want %q in:\n%s", wantSummary, md)
	}
	sec := mdSection(t, md, "Possible counterparts")
	for _, s := range r.Suggestions {
		l, rt := mdText(claimsText(r.Left, s.Left)), mdText(claimsText(r.Right, s.Right))
		want := fmt.Sprintf("> **Council:** %s\n>\n> **Company:** %s\n", l, rt)
		if !strings.Contains(sec, want) {
			t.Errorf("the section lacks the suggestion %q / %q", l, rt)
		}
		if !strings.Contains(sec, fmt.Sprintf("similarity %.2f", s.Similarity)) {
			t.Errorf("the section lacks the similarity %.2f", s.Similarity)
		}
	}
	if strings.Contains(sec, "March vs June") {
		t.Error("the suggestions section holds a pair's cue")
	}
	contra := strings.Index(md, "\n## Where the accounts contradict")
	sugg := strings.Index(md, "\n## Possible counterparts")
	omit := strings.Index(md, "\n## What ")
	if contra < 0 || omit < 0 || !(contra < sugg && sugg < omit) {
		t.Errorf("sections out of order: contradictions at %d, suggestions at %d, omissions at %d", contra, sugg, omit)
	}
	omissions := md[omit:]
	for _, txt := range suggestedTexts {
		if strings.Contains(omissions, mdText(txt)) {
			t.Errorf("the suggested claim %q is listed as not addressed", txt)
		}
	}
	for _, txt := range []string{"Compensation will be paid.", "The site will be sold."} {
		if !strings.Contains(omissions, "- "+mdText(txt)+"\n") {
			t.Errorf("the omission %q is missing", txt)
		}
	}
}

func TestMarkdownWithoutSuggestionsHasNoSection(t *testing.T) {
	r := suggestionResult()
	r.Suggestions = nil
	var b bytes.Buffer
	if err := Markdown(&b, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Possible counterparts") {
		t.Errorf("a section for no suggestions:\n%s", b.String())
	}
	if !strings.Contains(b.String(), " · 0 possible counterparts · ") {
		t.Errorf("the summary does not count zero suggestions:\n%s", b.String())
	}
}

func TestSummaryCountsSuggestionsInSingularAndPlural(t *testing.T) {
	r := suggestionResult()
	for n, want := range map[int]string{0: "0 possible counterparts", 1: "1 possible counterpart ·", 2: "2 possible counterparts", 3: "3 possible counterparts"} {
		r.Suggestions = suggestionResult().Suggestions[:n]
		if got := Summary(r); !strings.Contains(got, want) {
			t.Errorf("%d suggestions: summary %q lacks %q", n, got, want)
		}
	}
	if got := SummaryTotals(map[compare.Relation]int{compare.Agree: 1}, 1, 1); got != "0 contradictions · 1 agreement · 0 differences · 1 possible counterpart · 1 claim the other side never addresses" {
		t.Errorf("SummaryTotals = %q", got)
	}
	if got := SummaryCounts(map[compare.Relation]int{compare.Agree: 2}, 3); got != "0 contradictions · 2 agreements · 0 differences · 3 claims the other side never addresses" {
		t.Errorf("SummaryCounts = %q", got)
	}
}

// htmlSection is the HTML of the <section> whose heading contains title.
func htmlSection(t *testing.T, page, title string) string {
	t.Helper()
	for _, s := range strings.Split(page, "<section")[1:] {
		s, _, _ = strings.Cut(s, "</section>")
		if h, _, ok := strings.Cut(s, "</h2>"); ok && strings.Contains(h, title) {
			return s
		}
	}
	t.Fatalf("no section headed %q", title)
	return ""
}

// claimSpan finds the statement span holding text and returns its class
// and mark.
func claimSpan(t *testing.T, statements, text string) (class, mark string) {
	t.Helper()
	re := regexp.MustCompile(`<span class="claim ([a-z]*)"><span class="mk">([^<]*)</span>` + regexp.QuoteMeta(html.EscapeString(text)))
	m := re.FindStringSubmatch(statements)
	if m == nil {
		t.Errorf("no marked claim %q in the statements", text)
		return "", ""
	}
	return m[1], m[2]
}

func TestHandoutDrawsSuggestionsApart(t *testing.T) {
	r := suggestionResult()
	var b bytes.Buffer
	if err := HTML(&b, r, HandoutOptions{}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if !strings.Contains(page, `<p class="summary">`+wantSummary+`</p>`) {
		t.Errorf("the summary is not %q", wantSummary)
	}
	if !regexp.MustCompile(`\.suggested \{[^}]*border: [^;]*dashed`).MatchString(page) {
		t.Error("the style sheet gives suggested claims no dashed border")
	}
	if !strings.Contains(page, `<span class="claim suggested"><span class="mk">?</span>Possible counterpart</span>`) {
		t.Error("the legend does not explain the suggestion mark")
	}

	statements := htmlSection(t, page, "The two statements")
	for _, txt := range suggestedTexts {
		if class, mark := claimSpan(t, statements, txt); class != "suggested" || mark != "?" {
			t.Errorf("the claim %q is drawn as %q %q, want suggested ?", txt, class, mark)
		}
	}
	for txt, want := range map[string]string{"Compensation will be paid.": "omitted", "The site will be sold.": "omitted",
		"The plant will close in March.": "contradict", "The plant closes in June.": "contradict"} {
		if class, _ := claimSpan(t, statements, txt); class != want {
			t.Errorf("the claim %q is drawn as %q, want %q", txt, class, want)
		}
	}
	// The paired claim that is also the far end of a suggestion carries
	// both numbers: its pair's (1) and its suggestion's (4).
	if !strings.Contains(statements, "The plant closes in June.<sup>1, 4</sup>") {
		t.Error("the paired claim does not point to its suggestion")
	}

	sugg := htmlSection(t, page, "Possible counterparts")
	for i, s := range r.Suggestions {
		for _, txt := range []string{claimsText(r.Left, s.Left), claimsText(r.Right, s.Right)} {
			if !strings.Contains(sugg, html.EscapeString(txt)) {
				t.Errorf("the suggestions section lacks %q", txt)
			}
		}
		if !strings.Contains(sugg, fmt.Sprintf(`<td class="num">%d</td>`, len(r.Pairs)+i+1)) {
			t.Errorf("the suggestion %d is not numbered %d", i, len(r.Pairs)+i+1)
		}
		if !strings.Contains(sugg, fmt.Sprintf("similarity %.2f", s.Similarity)) {
			t.Errorf("the suggestions section lacks the similarity %.2f", s.Similarity)
		}
	}
	pairs := htmlSection(t, page, "How the claims pair up")
	if strings.Contains(pairs, "Two hundred workers") {
		t.Error("a suggestion is listed among the pairs")
	}

	omitted := htmlSection(t, page, "never addresses")
	for _, txt := range suggestedTexts {
		if strings.Contains(omitted, html.EscapeString(txt)) {
			t.Errorf("the suggested claim %q is listed as not addressed", txt)
		}
	}
	for _, txt := range []string{"Compensation will be paid.", "The site will be sold."} {
		if !strings.Contains(omitted, "<li>"+txt+"</li>") {
			t.Errorf("the omission %q is missing", txt)
		}
	}
}

func TestWorksheetLeavesSuggestionsToTheClass(t *testing.T) {
	r := suggestionResult()
	var ws, key bytes.Buffer
	if err := HTML(&ws, r, HandoutOptions{Kind: Worksheet}); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&key, r, HandoutOptions{Kind: AnswerKey}); err != nil {
		t.Fatal(err)
	}
	wsSugg := htmlSection(t, ws.String(), "Possible counterparts")
	if !strings.Contains(wsSugg, "for the class to decide") {
		t.Error("the worksheet does not leave the suggestions to the class")
	}
	if got := strings.Count(wsSugg, "☐ contradict"); got != len(r.Suggestions) {
		t.Errorf("the worksheet has %d blank verdicts for %d suggestions", got, len(r.Suggestions))
	}
	if got := strings.Count(wsSugg, "☐ not the same thing"); got != len(r.Suggestions) {
		t.Errorf("the worksheet offers %d times to reject for %d suggestions", got, len(r.Suggestions))
	}
	for _, bad := range []string{"similarity", "Parley was not sure", `class="claim suggested"`} {
		if strings.Contains(ws.String(), bad) {
			t.Errorf("the worksheet gives away %q", bad)
		}
	}
	if strings.Contains(htmlSection(t, ws.String(), "Pairs to judge"), "Two hundred workers") {
		t.Error("a suggestion is listed among the worksheet's pairs")
	}

	keySugg := htmlSection(t, key.String(), "Possible counterparts")
	if got := strings.Count(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(keySugg, ""), "?Possible counterpartParley was not sure these speak of the same thing."); got != len(r.Suggestions) {
		t.Errorf("the answer key explains %d of %d suggestions", got, len(r.Suggestions))
	}
	for _, s := range r.Suggestions {
		if !strings.Contains(keySugg, html.EscapeString(claimsText(r.Left, s.Left))) {
			t.Errorf("the answer key lacks the suggestion %v", s.Left)
		}
	}
	if strings.Contains(key.String(), "Two hundred workers will lose their jobs.</li>") {
		t.Error("the answer key lists a suggested claim as not addressed")
	}
}

func TestHandoutWithoutSuggestionsHasNoSection(t *testing.T) {
	r := suggestionResult()
	r.Suggestions = nil
	for _, kind := range []Kind{FullHandout, Worksheet, AnswerKey} {
		var b bytes.Buffer
		if err := HTML(&b, r, HandoutOptions{Kind: kind}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "<h2>Possible counterparts") {
			t.Errorf("kind %d: a section for no suggestions", kind)
		}
	}
}
