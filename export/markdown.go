// Package export hands a comparison out of Parley: HTML handouts,
// worksheets and answer keys, a Markdown report a student can paste into an
// essay, and the reader's notes as Markdown, CSV or W3C Web Annotation JSON.
package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/parley-reader/parley/compare"
)

// Markdown writes the comparison as a Markdown report: the two sources, a
// summary count, each pair with its verdict and cues (VerdictCues), the possible
// counterparts with their similarity, and what each side never addresses.
func Markdown(w io.Writer, r *compare.Result) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "# %s and %s\n\n", mdText(nameOf(r.Left)), mdText(nameOf(r.Right)))
	for _, s := range []struct {
		label string
		side  compare.Side
	}{{"Left", r.Left}, {"Right", r.Right}} {
		fmt.Fprintf(b, "- **%s:** %s\n", s.label, mdText(sourceLine(s.side)))
	}
	counts := relationCounts(r)
	fmt.Fprintf(b, "\n%s\n", Summary(r))

	for _, sec := range []struct {
		rel   compare.Relation
		title string
	}{
		{compare.Contradict, "Where the accounts contradict each other"},
		{compare.Differ, "Where the accounts differ"},
		{compare.Agree, "Where the accounts agree"},
	} {
		if counts[sec.rel] == 0 {
			continue
		}
		fmt.Fprintf(b, "\n## %s\n", sec.title)
		for _, p := range r.Pairs {
			if p.Relation != sec.rel {
				continue
			}
			fmt.Fprintf(b, "\n> **%s:** %s\n>\n> **%s:** %s\n\n", mdText(r.Left.Party), mdText(claimsText(r.Left, p.Left)),
				mdText(r.Right.Party), mdText(claimsText(r.Right, p.Right)))
			cues := VerdictCues(p)
			for _, c := range cues {
				fmt.Fprintf(b, "- %s\n", mdText(c))
			}
			if len(cues) == 0 {
				fmt.Fprintf(b, "- similarity %.2f\n", p.Similarity)
			}
		}
	}
	if len(r.Suggestions) > 0 {
		b.WriteString("\n## Possible counterparts\n\n")
		b.WriteString("Parley was not sure whether these claims speak of the same thing; read them and decide.\n")
		for _, s := range r.Suggestions {
			fmt.Fprintf(b, "\n> **%s:** %s\n>\n> **%s:** %s\n\n", mdText(r.Left.Party), mdText(claimsText(r.Left, s.Left)),
				mdText(r.Right.Party), mdText(claimsText(r.Right, s.Right)))
			fmt.Fprintf(b, "- similarity %.2f\n", s.Similarity)
		}
	}
	for _, s := range []struct {
		side, other compare.Side
		ids         []int
	}{{r.Left, r.Right, r.Unmatched.Left}, {r.Right, r.Left, r.Unmatched.Right}} {
		if len(s.ids) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n## What %s says that %s never addresses\n\n", mdText(nameOf(s.side)), mdText(nameOf(s.other)))
		for _, id := range s.ids {
			fmt.Fprintf(b, "- %s\n", mdText(claimsText(s.side, []int{id})))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Summary is a one-line count of the comparison, such as
// "3 contradictions · 2 agreements · 1 difference · 3 possible counterparts ·
// 14 claims the other side never addresses".
func Summary(r *compare.Result) string {
	return SummaryTotals(relationCounts(r), len(r.Suggestions), len(r.Unmatched.Left)+len(r.Unmatched.Right))
}

// SummaryCounts is Summary without the count of possible counterparts, from
// counts of pairs by relation and of claims without a counterpart.
func SummaryCounts(counts map[compare.Relation]int, omitted int) string {
	return joinSummary(counts, "", omitted)
}

// SummaryTotals is Summary from counts of pairs by relation, of possible
// counterparts and of claims without a counterpart.
func SummaryTotals(counts map[compare.Relation]int, suggested, omitted int) string {
	return joinSummary(counts, Plural(suggested, "possible counterpart", "possible counterparts"), omitted)
}

// joinSummary joins the counts of pairs by relation, suggested when it is
// not empty, and the count of claims without a counterpart.
func joinSummary(counts map[compare.Relation]int, suggested string, omitted int) string {
	parts := []string{
		Plural(counts[compare.Contradict], "contradiction", "contradictions"),
		Plural(counts[compare.Agree], "agreement", "agreements"),
		Plural(counts[compare.Differ], "difference", "differences"),
	}
	if suggested != "" {
		parts = append(parts, suggested)
	}
	parts = append(parts, Plural(omitted, "claim the other side never addresses", "claims the other side never addresses"))
	return strings.Join(parts, " · ")
}

func relationCounts(r *compare.Result) map[compare.Relation]int {
	counts := map[compare.Relation]int{}
	for _, p := range r.Pairs {
		counts[p.Relation]++
	}
	return counts
}

// Plural counts n things in words, with the singular for one: Plural(1,
// "note", "notes") is "1 note", Plural(3, …) "3 notes", Plural(0, …) "0
// notes".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func nameOf(s compare.Side) string {
	if s.Party != "" {
		return s.Party
	}
	if s.Title != "" {
		return s.Title
	}
	return "Untitled"
}

func sourceLine(s compare.Side) string {
	parts := []string{nameOf(s)}
	for _, p := range []string{s.Title, s.Outlet, s.Date, s.Language, s.URL, s.Source} {
		if p != "" && p != parts[0] {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// claimsText joins the text of the claims with the given ids.
func claimsText(s compare.Side, ids []int) string {
	var parts []string
	for _, id := range ids {
		for _, c := range s.Claims {
			if c.ID == id {
				parts = append(parts, c.Text)
			}
		}
	}
	return strings.Join(parts, " … ")
}

// mdText escapes the characters Markdown would read as markup and folds
// line breaks, so a statement stays text.
var mdReplacer = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`, "\r\n", " ", "\n", " ",
)

func mdText(s string) string { return mdReplacer.Replace(s) }
