// Package lesson turns a comparison into the steps a teacher presents to a
// class, one pair at a time: the left claim, then the right claim, then the
// verdict with its cues (and, when the presenter asks for them, the
// teacher's notes). The teacher's Plan says
// which pairs to show and in what order; a Deck walks through its steps
// with the keys presentation clickers send. Plain Go, tested without a
// window.
package lesson

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/parley-reader/parley/compare"
)

// Item is one pair in a lesson, by claim ids. An item with no claim on one
// side presents a claim the other side never addresses.
type Item struct {
	Left  []int `json:"left"`
	Right []int `json:"right"`
}

// Plan is the teacher's lesson: the items to present, in order.
type Plan struct {
	Items []Item `json:"items"`
}

// DefaultPlan presents every pair in the order of the left statement:
// contradictions first, then differences, then agreements, each in reading
// order, so a class meets the disputes before the common ground.
func DefaultPlan(r *compare.Result) Plan {
	pos := map[int]int{}
	for _, c := range r.Left.Claims {
		pos[c.ID] = c.Start
	}
	rank := map[compare.Relation]int{compare.Contradict: 0, compare.Differ: 1, compare.Agree: 2}
	pairs := append([]compare.Pair(nil), r.Pairs...)
	sort.SliceStable(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if rank[a.Relation] != rank[b.Relation] {
			return rank[a.Relation] < rank[b.Relation]
		}
		return pos[a.Left[0]] < pos[b.Left[0]]
	})
	var p Plan
	for _, x := range pairs {
		p.Items = append(p.Items, Item{Left: x.Left, Right: x.Right})
	}
	// The possible counterparts come last, for the class to decide.
	for _, s := range r.Suggestions {
		p.Items = append(p.Items, Item{Left: s.Left, Right: s.Right})
	}
	return p
}

// Marshal encodes the plan for keeping with the comparison.
func (p Plan) Marshal() ([]byte, error) { return json.Marshal(p) }

// Unmarshal decodes a kept plan.
func Unmarshal(b []byte) (Plan, error) {
	var p Plan
	if err := json.Unmarshal(b, &p); err != nil {
		return p, fmt.Errorf("read lesson: %w", err)
	}
	return p, nil
}

// Reveal is how much of an item a step shows.
type Reveal int

// The stages of an item, each showing what the one before showed and more.
const (
	ShowLeft    Reveal = iota + 1 // the left claim
	ShowRight                     // and the right claim
	ShowVerdict                   // and the verdict with its cues
)

// Step is one press of the clicker.
type Step struct {
	Item   int // index in the plan
	Reveal Reveal
}

// Deck walks through a plan's steps.
type Deck struct {
	steps []Step
	pos   int
	blank bool
}

// NewDeck returns a deck at its first step. Each item takes three steps, or
// two when it has a claim on one side only (the claim, then the verdict
// that the other side never addresses it).
func NewDeck(p Plan) *Deck {
	d := &Deck{}
	for i, it := range p.Items {
		if len(it.Left) > 0 {
			d.steps = append(d.steps, Step{i, ShowLeft})
		}
		if len(it.Right) > 0 {
			d.steps = append(d.steps, Step{i, ShowRight})
		}
		d.steps = append(d.steps, Step{i, ShowVerdict})
	}
	return d
}

// Len is the number of steps.
func (d *Deck) Len() int { return len(d.steps) }

// Current returns the current step; ok is false for an empty lesson.
func (d *Deck) Current() (Step, bool) {
	if len(d.steps) == 0 {
		return Step{}, false
	}
	return d.steps[d.pos], true
}

// Blank reports whether the screen is blanked.
func (d *Deck) Blank() bool { return d.blank }

// Progress reads "Step 3 of 12".
func (d *Deck) Progress() string {
	if len(d.steps) == 0 {
		return "No pairs in this lesson"
	}
	return fmt.Sprintf("Step %d of %d", d.pos+1, len(d.steps))
}

// Action is what a key asked the presentation to do.
type Action int

// Actions returned by Key.
const (
	None Action = iota
	Moved
	Blanked
	Leave
)

// Key applies a key by its Fyne name (fyne.KeyName values: "Right", "Space",
// "Next" for Page Down, "Left", "Prior" for Page Up, "Home", "End", "B",
// "Escape") — the keys presentation clickers send. On a blank screen any
// key but Escape only brings the same step back.
func (d *Deck) Key(name string) Action {
	if name == "B" || name == "." {
		d.blank = !d.blank
		return Blanked
	}
	if d.blank && name != "Escape" {
		// Like a slide show: the first key after a blank shows the same
		// step again.
		d.blank = false
		return Moved
	}
	before := d.pos
	switch name {
	case "Right", "Space", "Next", "Down", "Return":
		d.pos = min(d.pos+1, max(len(d.steps)-1, 0))
	case "Left", "Prior", "Up", "BackSpace":
		d.pos = max(d.pos-1, 0)
	case "Home":
		d.pos = 0
	case "End":
		d.pos = max(len(d.steps)-1, 0)
	case "Escape":
		return Leave
	}
	if d.pos != before {
		return Moved
	}
	return None
}
