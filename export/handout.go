package export

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/parley-reader/parley/compare"
)

//go:embed handout.html.tmpl
var handoutFS embed.FS

var handoutTmpl = template.Must(template.New("handout.html.tmpl").Funcs(template.FuncMap{
	"mark": func(r compare.Relation) string { return relationMark[r] },
	"name": func(r compare.Relation) string { return relationName[r] },
	"nums": func(ns []int) string {
		s := make([]string, len(ns))
		for i, n := range ns {
			s[i] = strconv.Itoa(n)
		}
		return strings.Join(s, ", ")
	},
}).ParseFS(handoutFS, "handout.html.tmpl"))

// suggested stands, in a handout, for the relation of a claim that is only
// in suggestions: a possible counterpart.
const suggested compare.Relation = "suggested"

var relationMark = map[compare.Relation]string{compare.Contradict: "≠", compare.Agree: "=", compare.Differ: "≈", suggested: "?", "": "∅"}
var relationName = map[compare.Relation]string{compare.Contradict: "Contradiction", compare.Agree: "Agreement", compare.Differ: "Difference", suggested: "Possible counterpart", "": "Not addressed"}

// Kind selects what a handout is for.
type Kind int

// The kinds of handout: the full comparison, a worksheet with the verdicts
// left blank for students, and the worksheet's answer key.
const (
	FullHandout Kind = iota
	Worksheet
	AnswerKey
)

// Note is a teacher's note to print in a handout. Side is "left" or "right"
// and Start/End are code points into that side's text; a note inside a
// claim of a pair or suggestion is printed with it.
type Note struct {
	Side       string
	Start, End int
	Quote      string
	Body       string
}

// HandoutOptions chooses what a handout holds.
type HandoutOptions struct {
	Kind  Kind
	Title string // defaults to "PARTY and PARTY"
	Notes []Note // printed only when non-empty
}

type handoutSide struct {
	compare.Side
	Name    string
	Details string
	Paras   [][]handoutRun
}

type handoutRun struct {
	Text  string
	Class string // "", "agree", "contradict", "differ", "suggested", "omitted"
	Mark  string
	Nums  []int // numbers of the pairs and suggestions holding the claim
}

// handoutPair is a row of the pairs table or of the possible counterparts
// table; suggestions are numbered after the pairs.
type handoutPair struct {
	Num         int
	Left, Right string
	Relation    compare.Relation
	Similarity  float64
	Cues        []string
	Notes       []template.HTML // the bodies of the notes on it, their inline Markdown rendered
}

// handoutNote is a note on no pair, with its body's inline Markdown
// rendered.
type handoutNote struct {
	Quote string
	Body  template.HTML
}

type handoutData struct {
	Title, Subtitle, Summary string
	Kind                     Kind
	Left, Right              handoutSide
	Pairs                    []handoutPair
	Suggestions              []handoutPair
	Omitted                  [2][]string
	LooseNotes               []handoutNote
	HasNotes                 bool
	Legend                   []compare.Relation
}

// HTML writes a self-contained HTML handout: both statements with their
// claims marked, the pairs with verdicts and cues (VerdictCues: a verdict
// the reader set is shown as such, not with the cues of Parley's), the
// possible counterparts, what each side never addresses, the sources and,
// when given, the teacher's notes, whose inline Markdown (bold, italics,
// code) is rendered. A worksheet leaves the verdicts of pairs and possible
// counterparts blank; an answer key gives them. It uses no
// external resource, prints with page breaks, and marks relations with
// symbols and border styles as well as colours so they survive greyscale
// printing. All text is escaped.
func HTML(w io.Writer, r *compare.Result, opt HandoutOptions) error {
	d := handoutData{Kind: opt.Kind, Summary: Summary(r), HasNotes: len(opt.Notes) > 0,
		Legend: []compare.Relation{compare.Contradict, compare.Differ, compare.Agree, suggested, ""}}
	d.Left = newHandoutSide(r.Left)
	d.Right = newHandoutSide(r.Right)
	d.Title = opt.Title
	if d.Title == "" {
		d.Title = d.Left.Name + " and " + d.Right.Name
	}
	switch opt.Kind {
	case Worksheet:
		d.Subtitle = "Worksheet: for each pair, decide whether the accounts agree, contradict each other or differ, and say which words show it."
		if len(r.Suggestions) > 0 {
			d.Subtitle += " For each possible counterpart, first decide whether the two claims speak of the same thing."
		}
	case AnswerKey:
		d.Subtitle = "Answer key"
	}

	nums := map[[2]int][]int{} // (side, claim id) -> numbers of its pairs and suggestions
	used := make([]bool, len(opt.Notes))
	row := func(num int, left, right []int) handoutPair {
		hp := handoutPair{Num: num, Left: claimsText(r.Left, left), Right: claimsText(r.Right, right)}
		for _, id := range left {
			nums[[2]int{0, id}] = append(nums[[2]int{0, id}], num)
		}
		for _, id := range right {
			nums[[2]int{1, id}] = append(nums[[2]int{1, id}], num)
		}
		for k, n := range opt.Notes {
			if !used[k] && noteIn(n, r, left, right) {
				used[k] = true
				hp.Notes = append(hp.Notes, inlineHTML(n.Body))
			}
		}
		return hp
	}
	for i, p := range r.Pairs {
		hp := row(i+1, p.Left, p.Right)
		hp.Relation, hp.Similarity, hp.Cues = p.Relation, p.Similarity, VerdictCues(p)
		d.Pairs = append(d.Pairs, hp)
	}
	for i, s := range r.Suggestions {
		hp := row(len(r.Pairs)+i+1, s.Left, s.Right)
		hp.Relation, hp.Similarity = suggested, s.Similarity
		d.Suggestions = append(d.Suggestions, hp)
	}
	for k, n := range opt.Notes {
		if !used[k] {
			d.LooseNotes = append(d.LooseNotes, handoutNote{Quote: n.Quote, Body: inlineHTML(n.Body)})
		}
	}
	d.Left.Paras = paragraphs(r.Left, 0, r, nums, opt.Kind == Worksheet)
	d.Right.Paras = paragraphs(r.Right, 1, r, nums, opt.Kind == Worksheet)
	for _, id := range r.Unmatched.Left {
		d.Omitted[0] = append(d.Omitted[0], claimsText(r.Left, []int{id}))
	}
	for _, id := range r.Unmatched.Right {
		d.Omitted[1] = append(d.Omitted[1], claimsText(r.Right, []int{id}))
	}
	if err := handoutTmpl.Execute(w, d); err != nil {
		return fmt.Errorf("write handout: %w", err)
	}
	return nil
}

func newHandoutSide(s compare.Side) handoutSide {
	var details []string
	for _, x := range []string{s.Title, s.Outlet, s.Date, s.Language, s.URL, s.Source} {
		if x != "" && x != nameOf(s) {
			details = append(details, x)
		}
	}
	return handoutSide{Side: s, Name: nameOf(s), Details: strings.Join(details, " · ")}
}

// noteIn reports whether a note lies inside one of the claims with the
// given IDs on its side.
func noteIn(n Note, r *compare.Result, left, right []int) bool {
	side, ids := r.Left, left
	if n.Side == "right" {
		side, ids = r.Right, right
	}
	for _, id := range ids {
		for _, c := range side.Claims {
			if c.ID == id && n.Start >= c.Start && n.End <= c.End {
				return true
			}
		}
	}
	return false
}

// paragraphs cuts a side's text into paragraphs of runs: plain text between
// claims, and claims classed by the relation of their pair, as suggested
// when they are only in suggestions, and as omitted otherwise. On a
// worksheet claims are only numbered, not classed.
func paragraphs(s compare.Side, side int, r *compare.Result, nums map[[2]int][]int, blank bool) [][]handoutRun {
	rel := map[int]compare.Relation{}
	for _, sg := range r.Suggestions {
		ids := sg.Left
		if side == 1 {
			ids = sg.Right
		}
		for _, id := range ids {
			rel[id] = suggested
		}
	}
	for _, p := range r.Pairs {
		ids := p.Left
		if side == 1 {
			ids = p.Right
		}
		for _, id := range ids {
			rel[id] = p.Relation
		}
	}
	text := []rune(s.Text)
	claims := append([]compare.Claim(nil), s.Claims...)
	sort.Slice(claims, func(i, j int) bool { return claims[i].Start < claims[j].Start })
	var runs []handoutRun
	pos := 0
	for _, c := range claims {
		if c.Start < pos || c.End > len(text) {
			continue
		}
		if c.Start > pos {
			runs = append(runs, handoutRun{Text: string(text[pos:c.Start])})
		}
		run := handoutRun{Text: string(text[c.Start:c.End]), Nums: nums[[2]int{side, c.ID}]}
		rl, ok := rel[c.ID]
		if !blank {
			run.Class, run.Mark = "omitted", relationMark[""]
			if ok {
				run.Class, run.Mark = string(rl), relationMark[rl]
			}
		}
		runs = append(runs, run)
		pos = c.End
	}
	if pos < len(text) {
		runs = append(runs, handoutRun{Text: string(text[pos:])})
	}
	// Split runs at blank lines into paragraphs.
	var paras [][]handoutRun
	var cur []handoutRun
	for _, run := range runs {
		parts := strings.Split(run.Text, "\n\n")
		for i, part := range parts {
			if i > 0 {
				paras = append(paras, cur)
				cur = nil
			}
			if strings.TrimSpace(part) != "" || run.Class == "" {
				r := run
				r.Text = part
				if i > 0 {
					r.Mark = ""
				}
				cur = append(cur, r)
			}
		}
	}
	return append(paras, cur)
}
