// Package reading is the state of one comparison as the reader works on it:
// the engine's pairs and possible counterparts with the reader's corrections
// applied, the statements' sources as the reader last set them, the order
// in which navigation visits pairs, possible counterparts and omissions
// (Model), and where the reader is: the current claim, the claims picked to
// pair by hand and the pane with the focus (Selection).
// It knows nothing of widgets, so every rule here is tested without a window.
package reading

import (
	"fmt"
	"slices"
	"sort"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/export"
)

// Side names one of the two statements.
type Side int

// The two sides.
const (
	Left Side = iota
	Right
)

// Other returns the opposite side.
func (s Side) Other() Side { return 1 - s }

// String names the side: "left" or "right".
func (s Side) String() string {
	if s == Left {
		return "left"
	}
	return "right"
}

// Kind is what the reader navigates by.
type Kind int

// Navigation kinds: pairs by relation, claims without a counterpart, and
// claims in a possible counterpart.
const (
	Contradictions Kind = iota
	Agreements
	Differences
	Omissions
	Suggestions
)

// String names the kind in the plural, for status messages.
func (k Kind) String() string {
	return [...]string{"contradictions", "agreements", "differences", "omissions", "possible counterparts"}[k]
}

func (k Kind) relation() compare.Relation {
	return [...]compare.Relation{compare.Contradict, compare.Agree, compare.Differ, "", ""}[k]
}

// Pairer builds the pair for claims the reader joined by hand: relation,
// cues and word diff. compare.MakePair is the production pairer.
type Pairer func(r *compare.Result, left, right []int) compare.Pair

// CorrectionKind is what a correction does.
type CorrectionKind string

// The corrections a reader can make. Pairing the claims of a possible
// counterpart confirms it; Reject removes it, so its claims count as not
// addressed.
const (
	Pair     CorrectionKind = "pair"
	Unpair   CorrectionKind = "unpair"
	Relation CorrectionKind = "relation"
	Reject   CorrectionKind = "reject"
)

// Correction is one reader action on the pairing. Corrections are kept in
// the library and replayed in order over the engine's result.
type Correction struct {
	Kind     CorrectionKind
	Left     []int // claim ids on the left
	Right    []int // claim ids on the right
	Relation compare.Relation
}

// Claim identifies one claim on one side.
type Claim struct {
	Side Side
	ID   int
}

// Model is one comparison with the reader's corrections applied.
type Model struct {
	engine      *compare.Result // as the engine made it
	pairer      Pairer
	corrections []Correction
	// sources are where the statements came from, as the reader last set
	// them; rebuilding the pairing never touches them.
	sources [2]compare.Meta

	// Result is the engine's result with the corrections applied: its
	// Suggestions leave out those the reader rejected and those whose
	// claims are all paired.
	Result *compare.Result
	// Corrected marks pairs (by index in Result.Pairs) the reader made or changed.
	Corrected map[int]bool

	pairOf        [2]map[int]int   // claim id -> index in Result.Pairs
	suggestionsOf [2]map[int][]int // claim id -> indices in Result.Suggestions
	index         [2]map[int]int   // claim id -> index in Side.Claims
}

// New returns the model of an engine result. The result is not modified.
func New(r *compare.Result, pairer Pairer) *Model {
	m := &Model{engine: r, pairer: pairer, sources: [2]compare.Meta{r.Left.Meta, r.Right.Meta}}
	m.rebuild()
	return m
}

// SetSource changes where one statement came from (its party, title,
// outlet, address, date and language); its text stays as it is. The
// change outlives every correction, undo and redo.
func (m *Model) SetSource(s Side, meta compare.Meta) {
	m.sources[s] = meta
	m.Side(s).Meta = meta
}

// Corrections returns the corrections applied, in order.
func (m *Model) Corrections() []Correction { return append([]Correction(nil), m.corrections...) }

// Apply adds a correction and recomputes the pairing. It returns an error,
// and changes nothing, when the correction names claims that do not exist
// or pairs without a claim on each side.
func (m *Model) Apply(c Correction) error {
	if err := m.check(c); err != nil {
		return err
	}
	m.corrections = append(m.corrections, c)
	m.rebuild()
	return nil
}

// SetCorrections replaces every correction (on reopening a comparison, or
// after an undo) and recomputes the pairing. Corrections that no longer
// fit the texts are skipped; skipped lists their indices in cs.
func (m *Model) SetCorrections(cs []Correction) (skipped []int) {
	m.corrections = m.corrections[:0]
	m.rebuild()
	for i, c := range cs {
		if m.check(c) != nil {
			skipped = append(skipped, i)
			continue
		}
		m.corrections = append(m.corrections, c)
	}
	m.rebuild()
	return skipped
}

func (m *Model) check(c Correction) error {
	for _, s := range []struct {
		side Side
		ids  []int
	}{{Left, c.Left}, {Right, c.Right}} {
		for _, id := range s.ids {
			if _, ok := m.index[s.side][id]; !ok {
				return fmt.Errorf("there is no claim %d on the %s", id, s.side)
			}
		}
	}
	switch c.Kind {
	case Pair:
		if len(c.Left) == 0 || len(c.Right) == 0 {
			return fmt.Errorf("a pair needs a claim on each side")
		}
	case Unpair:
		if len(c.Left)+len(c.Right) == 0 {
			return fmt.Errorf("choose a paired claim to unpair")
		}
	case Reject:
		if len(c.Left) == 0 || len(c.Right) == 0 {
			return fmt.Errorf("a possible counterpart to reject needs a claim on each side")
		}
	case Relation:
		if c.Relation != compare.Agree && c.Relation != compare.Contradict && c.Relation != compare.Differ {
			return fmt.Errorf("unknown relation %q", c.Relation)
		}
		if len(c.Left)+len(c.Right) == 0 {
			return fmt.Errorf("choose a pair to change its relation")
		}
	default:
		return fmt.Errorf("unknown correction %q", c.Kind)
	}
	return nil
}

// rebuild replays the corrections over a copy of the engine's result.
func (m *Model) rebuild() {
	r := *m.engine
	r.Left.Meta, r.Right.Meta = m.sources[Left], m.sources[Right]
	m.Result = &r
	for i := range m.index {
		m.index[i] = map[int]int{}
	}
	for i, c := range r.Left.Claims {
		m.index[Left][c.ID] = i
	}
	for i, c := range r.Right.Claims {
		m.index[Right][c.ID] = i
	}
	r.Pairs = append([]compare.Pair(nil), m.engine.Pairs...)
	corrected := make([]bool, len(r.Pairs))
	m.indexPairs()
	var rejects []Correction
	for _, c := range m.corrections {
		switch c.Kind {
		case Pair:
			corrected = m.dropClaims(c.Left, c.Right, corrected)
			p := m.pairer(m.Result, c.Left, c.Right)
			p.Cues = append([]string{"paired by the reader"}, p.Cues...)
			r.Pairs = append(r.Pairs, p)
			corrected = append(corrected, true)
		case Unpair:
			corrected = m.dropClaims(c.Left, c.Right, corrected)
		case Relation:
			if i, ok := m.pairIndex(c); ok {
				p := &r.Pairs[i]
				setRelation(p, c.Relation)
				corrected[i] = true
			}
		case Reject:
			rejects = append(rejects, c)
		}
		m.indexPairs()
	}
	m.Corrected = map[int]bool{}
	for i, c := range corrected {
		if c {
			m.Corrected[i] = true
		}
	}
	r.Suggestions = m.suggestions(rejects)
	m.indexSuggestions()
	r.Unmatched = m.unmatched()
}

// setRelation gives a pair the relation the reader chose. The pair keeps
// one cue saying so, naming the relation Parley gave it, however often the
// reader changes it; choosing Parley's relation again drops that cue.
func setRelation(p *compare.Pair, rel compare.Relation) {
	said, at := p.Relation, -1
	for i, c := range p.Cues {
		if was, ok := export.SetBy(c); ok {
			said, at = was, i
		}
	}
	if at >= 0 {
		p.Cues = slices.Delete(slices.Clone(p.Cues), at, at+1)
	}
	if rel != said {
		p.Cues = append([]string{export.SetByReader(said)}, p.Cues...)
	}
	p.Relation = rel
}

// suggestions returns the engine's suggestions less those a reject names
// (a claim of each side) and those whose claims are all in pairs now.
func (m *Model) suggestions(rejects []Correction) []compare.Suggestion {
	out := make([]compare.Suggestion, 0, len(m.engine.Suggestions))
	for _, s := range m.engine.Suggestions {
		if !m.allPaired(s) && !rejected(s, rejects) {
			out = append(out, s)
		}
	}
	return out
}

func (m *Model) allPaired(s compare.Suggestion) bool {
	for side, ids := range [2][]int{s.Left, s.Right} {
		for _, id := range ids {
			if _, ok := m.pairOf[side][id]; !ok {
				return false
			}
		}
	}
	return true
}

func rejected(s compare.Suggestion, rejects []Correction) bool {
	for _, c := range rejects {
		if shares(s.Left, c.Left) && shares(s.Right, c.Right) {
			return true
		}
	}
	return false
}

func (m *Model) indexSuggestions() {
	m.suggestionsOf = [2]map[int][]int{{}, {}}
	for i, s := range m.Result.Suggestions {
		for _, id := range s.Left {
			m.suggestionsOf[Left][id] = append(m.suggestionsOf[Left][id], i)
		}
		for _, id := range s.Right {
			m.suggestionsOf[Right][id] = append(m.suggestionsOf[Right][id], i)
		}
	}
}

// dropClaims removes the given claims from whatever pairs hold them; a pair
// left without a claim on one side is removed whole, and a pair that lost
// some of its claims is rebuilt by the pairer. corrected runs parallel to
// the pairs and is returned updated.
func (m *Model) dropClaims(left, right []int, corrected []bool) []bool {
	drop := [2]map[int]bool{set(left), set(right)}
	var kept []compare.Pair
	var keptCorrected []bool
	for i, p := range m.Result.Pairs {
		l, r := without(p.Left, drop[Left]), without(p.Right, drop[Right])
		if len(l) == 0 || len(r) == 0 {
			continue
		}
		c := corrected[i]
		if len(l) != len(p.Left) || len(r) != len(p.Right) {
			p, c = m.pairer(m.Result, l, r), true
		}
		kept = append(kept, p)
		keptCorrected = append(keptCorrected, c)
	}
	m.Result.Pairs = kept
	return keptCorrected
}

func (m *Model) pairIndex(c Correction) (int, bool) {
	for _, id := range c.Left {
		if i, ok := m.pairOf[Left][id]; ok {
			return i, true
		}
	}
	for _, id := range c.Right {
		if i, ok := m.pairOf[Right][id]; ok {
			return i, true
		}
	}
	return 0, false
}

func (m *Model) indexPairs() {
	m.pairOf = [2]map[int]int{{}, {}}
	for i, p := range m.Result.Pairs {
		for _, id := range p.Left {
			m.pairOf[Left][id] = i
		}
		for _, id := range p.Right {
			m.pairOf[Right][id] = i
		}
	}
}

// unmatched lists the claims that are neither in a pair nor in a suggestion.
func (m *Model) unmatched() compare.Unmatched {
	var u compare.Unmatched
	for _, c := range m.Result.Left.Claims {
		if m.omitted(Claim{Left, c.ID}) {
			u.Left = append(u.Left, c.ID)
		}
	}
	for _, c := range m.Result.Right.Claims {
		if m.omitted(Claim{Right, c.ID}) {
			u.Right = append(u.Right, c.ID)
		}
	}
	return u
}

func (m *Model) omitted(c Claim) bool {
	_, paired := m.pairOf[c.Side][c.ID]
	return !paired && len(m.suggestionsOf[c.Side][c.ID]) == 0
}

// Side returns the statement on one side, with its claims. Change its
// source with SetSource: the side is rebuilt on every correction.
func (m *Model) Side(s Side) *compare.Side {
	if s == Left {
		return &m.Result.Left
	}
	return &m.Result.Right
}

// ClaimByID returns a claim of one side.
func (m *Model) ClaimByID(s Side, id int) (compare.Claim, bool) {
	i, ok := m.index[s][id]
	if !ok {
		return compare.Claim{}, false
	}
	return m.Side(s).Claims[i], true
}

// ClaimAt returns the claim that holds the code-point offset on one side.
func (m *Model) ClaimAt(s Side, offset int) (compare.Claim, bool) {
	cs := m.Side(s).Claims
	i := sort.Search(len(cs), func(i int) bool { return cs[i].End > offset })
	if i < len(cs) && cs[i].Start <= offset {
		return cs[i], true
	}
	return compare.Claim{}, false
}

// PairOf returns the pair that holds a claim.
func (m *Model) PairOf(c Claim) (compare.Pair, int, bool) {
	i, ok := m.pairOf[c.Side][c.ID]
	if !ok {
		return compare.Pair{}, -1, false
	}
	return m.Result.Pairs[i], i, true
}

// SuggestionsOf returns the possible counterparts that hold a claim.
func (m *Model) SuggestionsOf(c Claim) []compare.Suggestion {
	var out []compare.Suggestion
	for _, i := range m.suggestionsOf[c.Side][c.ID] {
		out = append(out, m.Result.Suggestions[i])
	}
	return out
}

// Relation returns a claim's relation, or "" for a claim without a counterpart.
func (m *Model) Relation(c Claim) compare.Relation {
	p, _, ok := m.PairOf(c)
	if !ok {
		return ""
	}
	return p.Relation
}

// Counts returns how many pairs have each relation, how many possible
// counterparts there are, and how many claims (both sides together) have
// neither a counterpart nor a possible one.
func (m *Model) Counts() (counts map[compare.Relation]int, suggestions, omitted int) {
	counts = map[compare.Relation]int{}
	for _, p := range m.Result.Pairs {
		counts[p.Relation]++
	}
	return counts, len(m.Result.Suggestions), len(m.Result.Unmatched.Left) + len(m.Result.Unmatched.Right)
}

// Targets lists, in reading order, the claims that navigation by kind visits
// when the reader is on side s: that side's claims in document order, then
// (for omissions and possible counterparts) the other side's. A pair is
// visited at its first claim on side s; a possible counterpart at its first
// claim that is not in a pair.
func (m *Model) Targets(k Kind, s Side) []Claim {
	var out []Claim
	sides := []Side{s}
	if k == Omissions || k == Suggestions {
		sides = append(sides, s.Other())
	}
	seenSuggestion := map[int]bool{}
	for _, side := range sides {
		seenPair := map[int]bool{}
		for _, c := range m.Side(side).Claims {
			cl := Claim{side, c.ID}
			p, i, ok := m.PairOf(cl)
			switch {
			case k == Omissions:
				if m.omitted(cl) {
					out = append(out, cl)
				}
			case k == Suggestions:
				if !ok && markSeen(seenSuggestion, m.suggestionsOf[side][c.ID]) {
					out = append(out, cl)
				}
			case ok && p.Relation == k.relation() && !seenPair[i]:
				seenPair[i] = true
				out = append(out, cl)
			}
		}
	}
	return out
}

// Next returns the target of kind k after the current claim (before it when
// back is true), wrapping around. ok is false when there is none at all.
func (m *Model) Next(k Kind, current Claim, hasCurrent, back bool) (Claim, bool) {
	ts := m.Targets(k, current.Side)
	if len(ts) == 0 {
		return Claim{}, false
	}
	pos := func(c Claim) (int, int) {
		side := 0
		if c.Side != current.Side {
			side = 1
		}
		cl, _ := m.ClaimByID(c.Side, c.ID)
		return side, cl.Start
	}
	if !hasCurrent {
		if back {
			return ts[len(ts)-1], true
		}
		return ts[0], true
	}
	cs, cp := pos(current)
	if back {
		for i := len(ts) - 1; i >= 0; i-- {
			s, p := pos(ts[i])
			if s < cs || (s == cs && p < cp) {
				return ts[i], true
			}
		}
		return ts[len(ts)-1], true
	}
	for _, t := range ts {
		s, p := pos(t)
		if s > cs || (s == cs && p > cp) {
			return t, true
		}
	}
	return ts[0], true
}

func set(ids []int) map[int]bool {
	s := make(map[int]bool, len(ids))
	for _, id := range ids {
		s[id] = true
	}
	return s
}

// markSeen adds the indices to seen and reports whether any was new.
func markSeen(seen map[int]bool, indices []int) bool {
	fresh := false
	for _, i := range indices {
		fresh = fresh || !seen[i]
		seen[i] = true
	}
	return fresh
}

// shares reports whether the two lists have an id in common.
func shares(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func without(ids []int, drop map[int]bool) []int {
	var out []int
	for _, id := range ids {
		if !drop[id] {
			out = append(out, id)
		}
	}
	return out
}
