package export

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare"
)

func hostileResult(t *testing.T) *compare.Result {
	t.Helper()
	left := compare.Document{Meta: compare.Meta{Party: `Ministry <b>A</b>`, Source: `<script src="https://evil.example/x.js"></script>`},
		Text: "Tariffs on steel will be cut by 20 percent. <img src=x onerror=alert(1)> was not discussed.\n\nThe deal was fair & balanced."}
	right := compare.Document{Meta: compare.Meta{Party: "Ministry B", Date: "3 May"},
		Text: "Tariffs on steel remain unchanged. We secured higher quotas — 한국어 “quoted”.\n\n<a href=\"http://example.com\">click</a> the outcome was disappointing."}
	r, err := compare.Compare(left, right)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestHandoutEscapesEverythingAndIsSelfContained(t *testing.T) {
	r := hostileResult(t)
	for _, kind := range []Kind{FullHandout, Worksheet, AnswerKey} {
		var b bytes.Buffer
		if err := HTML(&b, r, HandoutOptions{Kind: kind, Notes: []Note{{Side: "left", Start: 0, End: 7, Body: "<em>ask</em> the class"}}}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, bad := range []string{"<script", "<img", "<b>A</b>", "<a href", "<em>ask"} {
			if strings.Contains(out, bad) {
				t.Errorf("kind %d: markup from the statements survived unescaped: %q", kind, bad)
			}
		}
		// No external resource: no src=, no http(s) URL outside escaped text, no @import.
		if regexp.MustCompile(`(?i)<[^>]*\s(src|href)\s*=`).MatchString(out) || strings.Contains(out, "@import") || strings.Contains(out, "url(") {
			t.Errorf("kind %d: the handout refers to an external resource", kind)
		}
		if kind != AnswerKey && !strings.Contains(out, "한국어 “quoted”") {
			t.Errorf("kind %d: non-ASCII text was mangled", kind)
		}
	}
}

func TestWorksheetHidesVerdictsAndKeyHasThem(t *testing.T) {
	r := hostileResult(t)
	var ws, key bytes.Buffer
	if err := HTML(&ws, r, HandoutOptions{Kind: Worksheet}); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&key, r, HandoutOptions{Kind: AnswerKey}); err != nil {
		t.Fatal(err)
	}
	if len(r.Pairs) == 0 {
		t.Fatal("the sample analysis found no pairs")
	}
	for _, p := range r.Pairs {
		for _, c := range p.Cues {
			esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(c)
			if strings.Contains(ws.String(), esc) {
				t.Errorf("the worksheet gives away a cue: %q", c)
			}
			if !strings.Contains(key.String(), esc) {
				t.Errorf("the answer key lacks the cue %q", c)
			}
		}
	}
	if strings.Count(ws.String(), "☐ contradict") != len(r.Pairs)+len(r.Suggestions) {
		t.Errorf("the worksheet should have one blank verdict per pair and per possible counterpart")
	}
	if strings.Contains(ws.String(), `class="claim contradict"`) {
		t.Error("the worksheet colours contradictions in the statements")
	}
}

func TestHandoutPrintsInGreyscaleAndBreaksPages(t *testing.T) {
	r := hostileResult(t)
	var b bytes.Buffer
	if err := HTML(&b, r, HandoutOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"@media print", "break-inside: avoid", "border-bottom: 3px double", "border-bottom: 2px dashed", "≠", "≈"} {
		if !strings.Contains(out, want) {
			t.Errorf("handout lacks %q", want)
		}
	}
}
