// Command quality prints the comparison engine's scores on every data set
// it can see and exits with status 1 when a score misses its target or a
// data set is missing. Run it from the repository root:
//
//	go run -tags "sqlite_fts5 migrated_fynedo ci" ./tools/quality -shared ../shared
//
// The statement sets are the seed (samples/talks-2018-expected.json with
// the app's sample texts under -assets), samples/dev-cases and
// samples/dev-cases2 under -shared, and every folder given with -cases. For
// each expected pair it reports whether compare.Compare found it with its
// relation, gave it another relation, suggested it, split its claims among
// other pairs or missed it, and the relation compare.MakePair gives its two
// claims paired by hand, which sets the relations apart from the pairing;
// and where the claims the other side never addresses went. SNLI (data/snli/snli_1.0_test.tsv), STS-B
// (data/stsb/sts-dev.csv), the SICK-style sets, the claims against
// headlines and the capability checklists under tools/quality/testdata
// score compare.Classify.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/parley-reader/parley/compare"
)

// verbosity is a flag that is a number but may be given alone: -v is -v=1.
type verbosity int

// String returns the level.
func (v *verbosity) String() string {
	if v == nil {
		return "0"
	}
	return strconv.Itoa(int(*v))
}

// Set reads "true", "false" or a number.
func (v *verbosity) Set(s string) error {
	switch s {
	case "true":
		*v = 1
	case "false":
		*v = 0
	default:
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return fmt.Errorf("want a level 0, 1 or 2, got %q", s)
		}
		*v = verbosity(n)
	}
	return nil
}

// IsBoolFlag lets -v stand without a value.
func (v *verbosity) IsBoolFlag() bool { return true }

// dirList is a flag that collects folders, given several times or as a
// comma-separated list.
type dirList []string

// String returns the folders joined by commas.
func (d *dirList) String() string {
	if d == nil {
		return ""
	}
	return strings.Join(*d, ",")
}

// Set adds the comma-separated folders in s.
func (d *dirList) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*d = append(*d, p)
		}
	}
	return nil
}

// options are the command-line settings.
type options struct {
	shared, assets, jsonOut string
	scoresEngine            string
	extra                   dirList
	verbose                 verbosity
	snliErrors              int

	minSeed, minDev, minDev2, minCases float64
	maxNever, maxContradictOnAgree     int
	minSNLIF1, minSNLIPrecision        float64
	minSTSB                            float64
	checks                             []pairSet
}

// pairSet is a check set of sentence pairs shaped like SNLI (gold_label,
// sentence1, sentence2), scored by compare.Classify against targets for its
// contradictions; an empty path skips it.
type pairSet struct {
	name, title, path   string
	minF1, minPrecision float64
}

func main() {
	var o options
	flag.StringVar(&o.shared, "shared", "../shared", "the shared folder holding samples/ and data/")
	flag.StringVar(&o.assets, "assets", "assets", "the app's assets folder, holding sample/sample.json and the seed's texts")
	flag.Var(&o.extra, "cases", "another folder of cases shaped like dev-cases (repeatable, or a comma-separated list)")
	flag.Var(&o.verbose, "v", "1 (or -v alone): print every expectation not found and every misplaced omission; 2: also the first 30 SNLI errors per confusion cell")
	flag.IntVar(&o.snliErrors, "snli-errors", 0, "print the first `N` SNLI errors per confusion cell")
	flag.StringVar(&o.jsonOut, "json", "", "write every figure as JSON to `FILE`")
	flag.StringVar(&o.scoresEngine, "scores-row", "", "also print, for each statement set, its row of the Scores table in a blind set's README, naming the engine `COMMIT`")
	flag.Float64Var(&o.minSeed, "min-seed", 1, "target: share of the seed's expectations found")
	flag.IntVar(&o.maxNever, "max-never", 0, "target: most pairs with a relation a case's never list forbids, per set")
	flag.Float64Var(&o.minDev, "min-dev", 1, "target: share of dev-cases expectations found")
	flag.Float64Var(&o.minDev2, "min-dev2", 0.70, "target: share of dev-cases2 expectations found")
	flag.Float64Var(&o.minCases, "min-cases", 0.70, "target: share of expectations found in each -cases folder")
	flag.IntVar(&o.maxContradictOnAgree, "max-contradict-on-agree", 0, "target: most contradictions on an expected agreement, all statement sets together")
	flag.Float64Var(&o.minSNLIF1, "min-snli-f1", 0, "target: SNLI contradiction F1 (reported; SNLI stands in for SICK-style pairs, but its contradictions are mostly captions of another scene, which have no grounded cue and come out as differences)")
	flag.Float64Var(&o.minSNLIPrecision, "min-snli-precision", 0.70, "target: SNLI contradiction precision")
	flag.Float64Var(&o.minSTSB, "min-stsb", 0.76, "target: STS-B Pearson correlation")
	sets := []*pairSet{
		{name: "SICK-style", title: "SICK-style check set", path: filepath.Join("tools", "quality", "testdata", "sickstyle", "pairs.tsv"), minF1: 0.75, minPrecision: 0.70},
		{name: "SICK-style blind", title: "SICK-style set written blind", path: filepath.Join("tools", "quality", "testdata", "sickblind", "pairs.tsv"), minF1: 0.75, minPrecision: 0.70},
		{name: "headlines", title: "claims against headlines", path: filepath.Join("tools", "quality", "testdata", "headlines", "pairs.tsv"), minF1: 0.5, minPrecision: 0.5},
		{name: "checklist", title: "capability checklist", path: filepath.Join("tools", "quality", "testdata", "checklist", "pairs.tsv"), minF1: 0.7, minPrecision: 0.7},
		{name: "checklist blind", title: "capability checklist written blind", path: filepath.Join("tools", "quality", "testdata", "checklistblind", "pairs.tsv"), minF1: 0.7, minPrecision: 0.7},
	}
	for _, c := range []struct {
		set                 *pairSet
		flag, what, targets string
	}{
		{sets[0], "sick", "a SICK-style check set written for Parley", "sick"},
		{sets[1], "sick-blind", "a SICK-style set written by a team member who had not read the engine", "sick-blind"},
		{sets[2], "headlines", "claims against news headlines in the style of Emergent, written blind for Parley", "news"},
		{sets[3], "checklist", "minimal sentence pairs, ten or more for each of 35 capabilities", "checklist"},
		{sets[4], "checklist-blind", "minimal sentence pairs for 31 capabilities, written by a team member who had not read the engine", "checklist-blind"},
	} {
		flag.StringVar(&c.set.path, c.flag, c.set.path, c.what+", shaped like SNLI (gold_label, sentence1, sentence2); empty to skip")
		flag.Float64Var(&c.set.minF1, "min-"+c.targets+"-f1", c.set.minF1, "target: contradiction F1 on "+c.set.title)
		flag.Float64Var(&c.set.minPrecision, "min-"+c.targets+"-precision", c.set.minPrecision, "target: contradiction precision on "+c.set.title)
	}
	flag.Parse()
	for _, c := range sets {
		o.checks = append(o.checks, *c)
	}
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "quality: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if o.snliErrors == 0 && o.verbose >= 2 {
		o.snliErrors = 30
	}
	start := time.Now()
	rep := run(o)
	printReport(os.Stdout, rep, o)
	if o.scoresEngine != "" {
		fmt.Println()
		for _, s := range rep.Sets {
			fmt.Printf("%s\t%s\n", s.Path, scoresRow(o.scoresEngine, s))
		}
	}
	fmt.Printf("\n%d of %d targets met in %.1fs\n", rep.passed(), len(rep.Targets), time.Since(start).Seconds())
	for _, m := range rep.Missing {
		fmt.Fprintf(os.Stderr, "quality: MISSING data set %s: %s\n", m.Path, m.Error)
	}
	if o.jsonOut != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err == nil {
			err = os.WriteFile(o.jsonOut, append(b, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "quality: write %s: %v\n", o.jsonOut, err)
			os.Exit(1)
		}
	}
	if !rep.Pass {
		os.Exit(1)
	}
}

// missing is a data set that could not be read.
type missing struct {
	Name  string `json:"name"`
	Path  string `json:"path"`
	Error string `json:"error"`
}

// target is one score checked against its limit: at least Limit, or at most
// when Max is set.
type target struct {
	Name  string  `json:"name"`
	Value score   `json:"value"`
	Shown string  `json:"shown"`
	Limit float64 `json:"limit"`
	Max   bool    `json:"max,omitempty"`
	Pass  bool    `json:"pass"`
}

// report holds every figure of a run.
type report struct {
	Shared  string        `json:"shared"`
	Missing []missing     `json:"missing"`
	Sets    []*setResult  `json:"sets"`
	SNLI    *snliResult   `json:"snli"`
	Checks  []*snliResult `json:"checks"`
	STSB    *stsResult    `json:"stsb"`
	Targets []target      `json:"targets"`
	Pass    bool          `json:"pass"`
}

// passed counts the targets met.
func (r *report) passed() int {
	n := 0
	for _, t := range r.Targets {
		if t.Pass {
			n++
		}
	}
	return n
}

// run reads every data set, runs the engine on them and checks the targets.
func run(o options) *report {
	rep := &report{Shared: o.shared}
	samples := filepath.Join(o.shared, "samples")
	var sets []statementSet
	addSet := func(s statementSet, err error) {
		if err != nil {
			rep.Missing = append(rep.Missing, missing{Name: s.Name, Path: s.Path, Error: err.Error()})
			return
		}
		sets = append(sets, s)
	}
	addSet(readSeed(filepath.Join(samples, "talks-2018-expected.json"), o.assets))
	addSet(readDir("dev-cases", filepath.Join(samples, "dev-cases")))
	addSet(readDir("dev-cases2", filepath.Join(samples, "dev-cases2")))
	for _, d := range o.extra {
		addSet(readDir(d, d))
	}

	type job struct{ set, c int }
	var jobs []job
	for i, s := range sets {
		for j := range s.Cases {
			jobs = append(jobs, job{i, j})
		}
	}
	results := make([]*caseResult, len(jobs))
	parallel(len(jobs), func(k int) {
		c := sets[jobs[k].set].Cases[jobs[k].c]
		res, err := compare.Compare(
			compare.Document{Meta: compare.Meta{Title: c.Name + " (left)", Party: c.Left.Party}, Text: c.Left.Text},
			compare.Document{Meta: compare.Meta{Title: c.Name + " (right)", Party: c.Right.Party}, Text: c.Right.Text})
		results[k] = evalCase(c, res, err)
	})
	k := 0
	for _, s := range sets {
		rep.Sets = append(rep.Sets, newSetResult(s.Name, s.Path, results[k:k+len(s.Cases)]))
		k += len(s.Cases)
	}

	snliPath := filepath.Join(o.shared, "data", "snli", "snli_1.0_test.tsv")
	if pairs, skipped, malformed, err := readSNLI(snliPath); err != nil {
		rep.Missing = append(rep.Missing, missing{Name: "SNLI", Path: snliPath, Error: err.Error()})
	} else {
		rep.SNLI = evalSNLI(pairs, classifyAll(pairs))
		rep.SNLI.Path, rep.SNLI.Skipped, rep.SNLI.Malformed = snliPath, skipped, malformed
	}
	for _, c := range o.checks {
		if c.path == "" {
			continue
		}
		if pairs, skipped, malformed, err := readSNLI(c.path); err != nil {
			rep.Missing = append(rep.Missing, missing{Name: c.name, Path: c.path, Error: err.Error()})
		} else {
			r := evalSNLI(pairs, classifyAll(pairs))
			r.Name, r.Path, r.Skipped, r.Malformed = c.name, c.path, skipped, malformed
			rep.Checks = append(rep.Checks, r)
		}
	}
	stsPath := filepath.Join(o.shared, "data", "stsb", "sts-dev.csv")
	if pairs, malformed, err := readSTS(stsPath); err != nil {
		rep.Missing = append(rep.Missing, missing{Name: "STS-B", Path: stsPath, Error: err.Error()})
	} else {
		rep.STSB = evalSTS(pairs, classifyAll(pairs))
		rep.STSB.Path, rep.STSB.Malformed = stsPath, malformed
	}
	rep.Targets = targets(rep, o)
	rep.Pass = len(rep.Missing) == 0
	for _, t := range rep.Targets {
		rep.Pass = rep.Pass && t.Pass
	}
	return rep
}

// atLeast returns a target met when v is defined and at least limit.
func atLeast(name string, v score, shown string, limit float64) target {
	return target{Name: name, Value: v, Shown: shown, Limit: limit, Pass: v.defined() && float64(v) >= limit-1e-12}
}

// atMost returns a target met when the count n is at most limit.
func atMost(name string, n, limit int) target {
	return target{Name: name, Value: score(n), Shown: strconv.Itoa(n), Limit: float64(limit), Max: true, Pass: n <= limit}
}

// missingTarget returns t failed because its data set could not be read.
func missingTarget(t target, m missing) target {
	t.Value, t.Shown, t.Pass = score(nan()), "MISSING "+m.Path, false
	return t
}

// targets checks every figure of rep against the limits in o. A target
// whose data set is missing fails.
func targets(rep *report, o options) []target {
	var ts []target
	missingSet := map[string]missing{}
	for _, m := range rep.Missing {
		missingSet[m.Name] = m
	}
	sets := map[string]*setResult{}
	for _, s := range rep.Sets {
		sets[s.Name] = s
	}
	found := func(s *setResult) string {
		return fmt.Sprintf("%d/%d = %s", s.Outcomes[outFound], s.Expectations, s.FoundRate)
	}
	named := []struct {
		name  string
		limit float64
	}{{"seed", o.minSeed}, {"dev-cases", o.minDev}, {"dev-cases2", o.minDev2}}
	for _, d := range o.extra {
		named = append(named, struct {
			name  string
			limit float64
		}{d, o.minCases})
	}
	for _, n := range named {
		s, ok := sets[n.name]
		if !ok {
			ts = append(ts, missingTarget(atLeast(n.name+": expectations found", 0, "", n.limit), missingSet[n.name]))
			if n.name == "seed" {
				ts = append(ts, missingTarget(atMost("seed: never relations violated", 0, o.maxNever), missingSet[n.name]))
			}
			continue
		}
		ts = append(ts, atLeast(n.name+": expectations found", s.FoundRate, found(s), n.limit))
		if n.name == "seed" || s.NeverRules > 0 {
			ts = append(ts, atMost(n.name+": never relations violated", s.NeverViolations, o.maxNever))
		}
	}
	coa, errs := 0, 0
	for _, s := range rep.Sets {
		coa += s.ContradictOnAgree
		errs += s.Errors
	}
	for _, t := range []target{
		atMost("statement sets: contradict on an expected agree", coa, o.maxContradictOnAgree),
		atMost("statement sets: cases Compare failed on", errs, 0),
	} {
		if len(rep.Sets) == 0 {
			t.Shown, t.Pass = "no statement set read", false
		}
		ts = append(ts, t)
	}
	if rep.SNLI != nil {
		c := rep.SNLI.Relations[string(compare.Contradict)]
		ts = append(ts, atLeast("SNLI: contradiction F1", c.F1, c.F1.String(), o.minSNLIF1))
		ts = append(ts, atLeast("SNLI: contradiction precision", c.Precision, c.Precision.String(), o.minSNLIPrecision))
	} else {
		ts = append(ts, missingTarget(atLeast("SNLI: contradiction F1", 0, "", o.minSNLIF1), missingSet["SNLI"]),
			missingTarget(atLeast("SNLI: contradiction precision", 0, "", o.minSNLIPrecision), missingSet["SNLI"]))
	}
	checked := map[string]*snliResult{}
	for _, r := range rep.Checks {
		checked[r.Name] = r
	}
	for _, c := range o.checks {
		if c.path == "" {
			continue
		}
		r, ok := checked[c.name]
		if !ok {
			ts = append(ts, missingTarget(atLeast(c.name+": contradiction F1", 0, "", c.minF1), missingSet[c.name]))
			continue
		}
		p := r.Relations[string(compare.Contradict)]
		ts = append(ts, atLeast(c.name+": contradiction F1", p.F1, p.F1.String(), c.minF1))
		ts = append(ts, atLeast(c.name+": contradiction precision", p.Precision, p.Precision.String(), c.minPrecision))
	}
	if rep.STSB != nil {
		ts = append(ts, atLeast("STS-B: Pearson", rep.STSB.Pearson, rep.STSB.Pearson.String(), o.minSTSB))
	} else {
		ts = append(ts, missingTarget(atLeast("STS-B: Pearson", 0, "", o.minSTSB), missingSet["STS-B"]))
	}
	return ts
}

// printReport writes the figures of rep as text: missing data sets, one
// block per set, then one line per target.
func printReport(w io.Writer, rep *report, o options) {
	for _, m := range rep.Missing {
		fmt.Fprintf(w, "MISSING  %s (%s): %s\n", m.Name, m.Path, m.Error)
	}
	for _, s := range rep.Sets {
		printSet(w, s, o.verbose)
	}
	if rep.SNLI != nil {
		printSNLI(w, "SNLI test", rep.SNLI, o.snliErrors)
	}
	for _, r := range rep.Checks {
		title := r.Name
		for _, c := range o.checks {
			if c.name == r.Name {
				title = c.title
			}
		}
		printSNLI(w, title, r, o.snliErrors)
	}
	if rep.STSB != nil {
		r := rep.STSB
		fmt.Fprintf(w, "\n== STS-B dev: %s (%d pairs", r.Path, r.Pairs)
		if r.Malformed > 0 {
			fmt.Fprintf(w, ", %d malformed lines skipped", r.Malformed)
		}
		fmt.Fprintf(w, ")\nPearson %s\n", r.Pearson)
		if r.OutOfRange > 0 {
			fmt.Fprintf(w, "similarity outside [0,1]: %d pairs\n", r.OutOfRange)
		}
	}
	fmt.Fprintf(w, "\n== targets\n")
	width := 0
	for _, t := range rep.Targets {
		width = max(width, len(t.Name))
	}
	for _, t := range rep.Targets {
		verdict, op := "PASS", ">="
		if !t.Pass {
			verdict = "FAIL"
		}
		if t.Max {
			op = "<="
		}
		limit := strconv.FormatFloat(t.Limit, 'f', 3, 64)
		if t.Max {
			limit = strconv.Itoa(int(t.Limit))
		}
		fmt.Fprintf(w, "%s  %-*s  %s  (target %s %s)\n", verdict, width, t.Name, t.Shown, op, limit)
	}
}

// printMatrix writes a confusion matrix with the recall of each row, then
// the precision (and F1 when withF1) of each relation column.
func printMatrix(w io.Writer, c *confusion, rel map[string]prf, corner string, withF1 bool) {
	fmt.Fprintf(w, "  %-22s", corner)
	for _, col := range c.cols {
		fmt.Fprintf(w, " %10s", col)
	}
	fmt.Fprintf(w, "  %s\n", "recall")
	for _, r := range c.rows {
		fmt.Fprintf(w, "  %-22s", r)
		for _, col := range c.cols {
			fmt.Fprintf(w, " %10d", c.at(r, col))
		}
		p := rel[r]
		fmt.Fprintf(w, "  %s (%d/%d)\n", p.Recall, p.TP, p.Gold)
	}
	fmt.Fprintf(w, "  %-22s", "precision")
	for _, r := range c.rows {
		fmt.Fprintf(w, " %10s", rel[r].Precision)
	}
	fmt.Fprintln(w)
	if withF1 {
		fmt.Fprintf(w, "  %-22s", "F1")
		for _, r := range c.rows {
			fmt.Fprintf(w, " %10s", rel[r].F1)
		}
		fmt.Fprintln(w)
	}
}

// printSet writes the block of one statement set; with verbose, the figures
// of each case and everything not found.
func printSet(w io.Writer, s *setResult, verbose verbosity) {
	cases := "cases"
	if len(s.Cases) == 1 {
		cases = "case"
	}
	fmt.Fprintf(w, "\n== %s: %s (%d %s)\n", s.Name, s.Path, len(s.Cases), cases)
	fmt.Fprintf(w, "relations found     %d/%d = %s (95%% %s-%s over cases)   wrong-relation %d, suggested %d, split %d, missed %d\n",
		s.Outcomes[outFound], s.Expectations, s.FoundRate, s.FoundInterval[0], s.FoundInterval[1], s.Outcomes[outWrong],
		s.Outcomes[outSuggested], s.Outcomes[outSplit], s.Outcomes[outMissed])
	if s.NotLocated > 0 {
		fmt.Fprintf(w, "expectations whose text no claim holds: %d\n", s.NotLocated)
	}
	printMatrix(w, s.Confusion, s.Relations, "expected \\ predicted", false)
	fmt.Fprintf(w, "contradict on an expected agree: %d\n", s.ContradictOnAgree)
	if n := s.Given.total(); n > 0 {
		fmt.Fprintf(w, "given the partner   relation right %d/%d = %s (recall agree %s, contradict %s, differ %s)\n", s.Given.correct(), n,
			ratio(s.Given.correct(), n), s.Given.class(string(compare.Agree)).Recall, s.Given.class(string(compare.Contradict)).Recall, s.Given.class(string(compare.Differ)).Recall)
	}
	fmt.Fprintf(w, "contradictions      %d, of which no expectation names %d, and %d join a claim listed as never addressed\n",
		s.Contradictions, s.UnnamedContradictions, s.ContradictionsOnOmitted)
	om := s.Omissions
	fmt.Fprintf(w, "omissions           %d: unmatched %d (recall %s), suggested %d, paired %d (false pairs)",
		om.Total, om.Unmatched, om.Recall, om.Suggested, om.Paired)
	if om.Other > 0 {
		fmt.Fprintf(w, ", %d in no claim or no list", om.Other)
	}
	fmt.Fprintln(w)
	cl := s.Claims
	fmt.Fprintf(w, "claims              %d: paired %d, suggested %d, unmatched %d", cl.Total, cl.Paired, cl.Suggested, cl.Unmatched)
	if cl.InNoList > 0 || cl.InSeveralLists > 0 {
		fmt.Fprintf(w, "; NOT EXACTLY ONE LIST: %d claims in none, %d in several (counted paired, then suggested)", cl.InNoList, cl.InSeveralLists)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "false omissions     %d of the %d claims an expectation pairs came out unmatched (%d suggested)\n",
		s.FalseOmissions, s.ExpectedClaims, s.ExpectedSuggested)
	if s.NeverRules > 0 {
		fmt.Fprintf(w, "never rules         %d, violated by %d pairs\n", s.NeverRules, s.NeverViolations)
	}
	for _, c := range s.Cases {
		if c.Error != "" {
			fmt.Fprintf(w, "COMPARE FAILED  %s: %s\n", c.Name, c.Error)
		}
		for _, v := range c.Never {
			fmt.Fprintf(w, "NEVER VIOLATED  %s: %s\n    pair %d: %q / %q\n", c.Name, v.Rule, v.Pair, trunc(v.Left), trunc(v.Right))
		}
	}
	if verbose < 1 {
		return
	}
	for _, c := range s.Cases {
		n := 0
		for _, e := range c.Expect {
			if e.Outcome == outFound {
				n++
			}
		}
		u := 0
		for _, om := range c.Omitted {
			if om.Placement == placeUnmatched {
				u++
			}
		}
		fmt.Fprintf(w, "  case %-40s found %d/%d, omissions unmatched %d/%d, claims %d (paired %d, suggested %d, unmatched %d)\n",
			c.Name, n, len(c.Expect), u, len(c.Omitted), c.Claims.Total, c.Claims.Paired, c.Claims.Suggested, c.Claims.Unmatched)
	}
	for _, c := range s.Cases {
		for _, e := range c.Expect {
			if e.Outcome != outFound {
				for _, l := range describeExpectation(c, e) {
					fmt.Fprintln(w, l)
				}
			}
		}
		for _, om := range c.Omitted {
			if om.Placement != placeUnmatched {
				for _, l := range describeOmission(c, om) {
					fmt.Fprintln(w, l)
				}
			}
		}
	}
}

// trunc shortens s to 120 characters.
func trunc(s string) string {
	r := []rune(s)
	if len(r) <= 120 {
		return s
	}
	return string(r[:119]) + "…"
}

// claimsRef writes claims as "L3 text" or "R1+R2 text".
func claimsRef(v *sideView, prefix string, ids []int) string {
	refs := make([]string, len(ids))
	for i, id := range ids {
		refs[i] = prefix + strconv.Itoa(id)
	}
	return fmt.Sprintf("%s %q", strings.Join(refs, "+"), trunc(v.text(ids)))
}

// pairDesc writes a pair's relation, similarity and cues.
func pairDesc(p compare.Pair) string {
	cues := "no cues"
	if len(p.Cues) > 0 {
		cues = "cues: " + strings.Join(p.Cues, "; ")
	}
	return fmt.Sprintf("%s (similarity %.3f, %s)", p.Relation, p.Similarity, cues)
}

// placeDesc writes where one claim went: the pair with its relation and
// partners, the suggestion with its partners, or unmatched.
func placeDesc(c *caseResult, left bool, id int) string {
	v, other, op := c.left, c.right, "R"
	if !left {
		v, other, op = c.right, c.left, "L"
	}
	switch v.place[id] {
	case placePaired:
		p := c.res.Pairs[v.pairOf[id]]
		partner := p.Right
		if !left {
			partner = p.Left
		}
		return "paired " + pairDesc(p) + " with " + claimsRef(other, op, partner)
	case placeSuggested:
		s := c.res.Suggestions[v.suggOf[id]]
		partner := s.Right
		if !left {
			partner = s.Left
		}
		return fmt.Sprintf("suggested (similarity %.3f) with %s", s.Similarity, claimsRef(other, op, partner))
	}
	return v.place[id]
}

// describeExpectation writes an expectation not found and what the engine
// did with its claims.
func describeExpectation(c *caseResult, e expectResult) []string {
	out := []string{fmt.Sprintf("  %s  %s: %s", strings.ToUpper(e.Outcome), c.Name, e.Expect)}
	if c.res == nil {
		return append(out, "      compare failed: "+c.Error)
	}
	switch e.Outcome {
	case outWrong:
		p := c.res.Pairs[e.Index]
		out = append(out, "      got "+pairDesc(p),
			"      "+claimsRef(c.left, "L", p.Left)+" / "+claimsRef(c.right, "R", p.Right))
	case outSuggested:
		s := c.res.Suggestions[e.Index]
		out = append(out, fmt.Sprintf("      suggestion (similarity %.3f): %s / %s", s.Similarity,
			claimsRef(c.left, "L", s.Left), claimsRef(c.right, "R", s.Right)))
	default:
		for _, side := range []struct {
			left bool
			name string
			v    *sideView
			ids  []int
			subs []string
		}{{true, "left ", c.left, e.Left, e.Expect.Lefts()}, {false, "right", c.right, e.Right, e.Expect.Rights()}} {
			if len(side.ids) == 0 {
				out = append(out, fmt.Sprintf("      %s no claim holds %q", side.name, side.subs))
				continue
			}
			prefix := "L"
			if !side.left {
				prefix = "R"
			}
			for _, id := range side.ids {
				out = append(out, fmt.Sprintf("      %s %s: %s", side.name, claimsRef(side.v, prefix, []int{id}), placeDesc(c, side.left, id)))
			}
		}
	}
	return out
}

// describeOmission writes an omitted claim that did not come out unmatched
// and where it went.
func describeOmission(c *caseResult, om omissionResult) []string {
	out := []string{fmt.Sprintf("  OMISSION %s  %s: %s %q", strings.ToUpper(om.Placement), c.Name, om.Side, om.Text)}
	if c.res == nil {
		return out
	}
	v, prefix := c.left, "L"
	if om.Side == "right" {
		v, prefix = c.right, "R"
	}
	for _, id := range om.Claims {
		out = append(out, fmt.Sprintf("      %s: %s", claimsRef(v, prefix, []int{id}), placeDesc(c, om.Side == "left", id)))
	}
	return out
}

// printSNLI writes the block of an SNLI-shaped set and, when errors > 0, the first errors of
// each confusion cell.
func printSNLI(w io.Writer, title string, r *snliResult, errors int) {
	fmt.Fprintf(w, "\n== %s: %s (%d pairs; %d without a gold label skipped", title, r.Path, r.Pairs, r.Skipped)
	if r.Malformed > 0 {
		fmt.Fprintf(w, "; %d malformed lines skipped", r.Malformed)
	}
	fmt.Fprintf(w, ")\naccuracy %s (%d/%d)\n", r.Accuracy, r.Confusion.correct(), r.Confusion.total())
	printMatrix(w, r.Confusion, r.Relations, "gold \\ predicted", true)
	if r.OutOfRange > 0 {
		fmt.Fprintf(w, "similarity outside [0,1]: %d pairs\n", r.OutOfRange)
	}
	if errors <= 0 {
		return
	}
	for _, g := range r.Confusion.rows {
		for _, p := range r.Confusion.cols {
			if g == p {
				continue
			}
			var cell []snliError
			for _, e := range r.errors {
				if e.Gold == g && string(e.Got.Relation) == p {
					cell = append(cell, e)
				}
			}
			fmt.Fprintf(w, "  gold %s, predicted %s: %d pairs", g, p, len(cell))
			if len(cell) > errors {
				fmt.Fprintf(w, " (the first %d)", errors)
				cell = cell[:errors]
			}
			fmt.Fprintln(w)
			for _, e := range cell {
				cues := ""
				if len(e.Got.Cues) > 0 {
					cues = "; cues: " + strings.Join(e.Got.Cues, "; ")
				}
				fmt.Fprintf(w, "    line %d: %q / %q (similarity %.3f%s)\n", e.Line, e.A, e.B, e.Got.Similarity, cues)
			}
		}
	}
}
