package compare

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley-reader/parley/compare/vectors"
)

// TestMetricBringsCounterpartsCloser checks the learned metric on cases it
// was not fitted on (heldout74-81, written after the fit's cases): the
// counterpart an expectation names is the closest claim of the other side,
// by the cosine of the claims' centred mean vectors, for more left claims
// through the metric than without it.
func TestMetricBringsCounterpartsCloser(t *testing.T) {
	var files []string
	for n := 74; n <= 81; n++ {
		more, err := filepath.Glob(fmt.Sprintf("../tools/quality/testdata/heldout%d/*.json", n))
		if err != nil || len(more) == 0 {
			t.Fatalf("heldout%d: no cases (%v)", n, err)
		}
		files = append(files, more...)
	}
	var raw, fitted, claims int
	for _, f := range files {
		var c sampleCase
		readJSON(t, f, &c)
		_, al, err := newAligner(Document{Text: c.Left.Text}, Document{Text: c.Right.Text})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range c.Expect {
			l := claimsHolding(al.left, append(e.LeftAny, e.Left))
			r := claimsHolding(al.right, append(e.RightAny, e.Right))
			if len(l) != 1 || len(r) == 0 {
				continue
			}
			x := al.left[l[0]]
			if x.plain == nil {
				continue
			}
			claims++
			closest := func(vec func(*claimInfo) vectors.Dense) int {
				best, at := math.Inf(-1), -1
				for j, y := range al.right {
					if y.plain == nil {
						continue
					}
					if s := vectors.DenseCosine(vec(x), vec(y)); s > best {
						best, at = s, j
					}
				}
				return at
			}
			if j := closest(func(c *claimInfo) vectors.Dense { return rawCentred(c.plain, al.centre) }); slices.Contains(r, j) {
				raw++
			}
			if j := closest(func(c *claimInfo) vectors.Dense { return c.centred }); slices.Contains(r, j) {
				fitted++
			}
		}
	}
	if claims < 400 {
		t.Fatalf("only %d expectations with one left claim", claims)
	}
	t.Logf("counterpart closest for %d of %d left claims through the metric, %d without", fitted, claims, raw)
	if fitted <= raw+claims/100 {
		t.Errorf("counterpart closest for %d of %d left claims through the metric, %d without: want clearly more", fitted, claims, raw)
	}
}

// TestMetricOfKeepsUnitLength checks that a transformed vector has unit
// length and that the generated table is square of metricDim.
func TestMetricOfKeepsUnitLength(t *testing.T) {
	if len(metricRows) != metricDim*metricDim {
		t.Fatalf("metric table has %d entries, want %d", len(metricRows), metricDim*metricDim)
	}
	v := make(vectors.Dense, metricDim)
	for i := range v {
		v[i] = float32(math.Sin(float64(i)))
	}
	w := metricOf(unit(v))
	if n := math.Sqrt(vectors.Dot(w, w)); math.Abs(n-1) > 1e-4 {
		t.Errorf("transformed vector has length %v, want 1", n)
	}
	if short := metricOf(v[:3]); len(short) != 3 {
		t.Errorf("a vector of another length came back with %d components", len(short))
	}
}

// claimsHolding returns the indexes of the claims whose text holds one of
// the substrings.
func claimsHolding(cs []*claimInfo, subs []string) []int {
	var out []int
	for i, c := range cs {
		text := string(c.r[c.Start:c.End])
		for _, s := range subs {
			if s != "" && strings.Contains(foldQuotes(text), foldQuotes(s)) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// foldQuotes makes typographic quotes plain and collapses spaces.
func foldQuotes(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
