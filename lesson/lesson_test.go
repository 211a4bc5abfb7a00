package lesson

import (
	"reflect"
	"testing"

	"github.com/parley-reader/parley/compare"
)

func result() *compare.Result {
	claims := func(n int) []compare.Claim {
		var cs []compare.Claim
		for i := 0; i < n; i++ {
			cs = append(cs, compare.Claim{ID: i, Start: i * 10, End: i*10 + 9})
		}
		return cs
	}
	return &compare.Result{
		Left:  compare.Side{Claims: claims(4)},
		Right: compare.Side{Claims: claims(4)},
		Pairs: []compare.Pair{
			{Left: []int{0}, Right: []int{1}, Relation: compare.Agree},
			{Left: []int{2}, Right: []int{0}, Relation: compare.Contradict},
			{Left: []int{1}, Right: []int{3}, Relation: compare.Contradict},
			{Left: []int{3}, Right: []int{2}, Relation: compare.Differ},
		},
	}
}

func TestDefaultPlanPutsDisputesFirstInReadingOrder(t *testing.T) {
	p := DefaultPlan(result())
	var lefts []int
	for _, it := range p.Items {
		lefts = append(lefts, it.Left[0])
	}
	if want := []int{1, 2, 3, 0}; !reflect.DeepEqual(lefts, want) {
		t.Errorf("plan order by left claim = %v, want %v", lefts, want)
	}
}

func TestStepsRevealLeftRightVerdict(t *testing.T) {
	p := Plan{Items: []Item{{Left: []int{0}, Right: []int{1}}, {Right: []int{3}}}}
	d := NewDeck(p)
	if d.Len() != 5 {
		t.Fatalf("steps = %d, want 3 for the pair and 2 for the omission", d.Len())
	}
	var got []Step
	for i := 0; i < d.Len(); i++ {
		s, _ := d.Current()
		got = append(got, s)
		d.Key("Space")
	}
	want := []Step{{0, ShowLeft}, {0, ShowRight}, {0, ShowVerdict}, {1, ShowRight}, {1, ShowVerdict}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("steps = %v, want %v", got, want)
	}
	if d.Progress() != "Step 5 of 5" {
		t.Errorf("progress at the end = %q", d.Progress())
	}
}

func TestClickerKeys(t *testing.T) {
	d := NewDeck(DefaultPlan(result())) // 12 steps
	for _, k := range []string{"Right", "Space", "Next"} {
		if d.Key(k) != Moved {
			t.Errorf("%s did not move forward", k)
		}
	}
	if d.Progress() != "Step 4 of 12" {
		t.Errorf("after three forward keys: %s", d.Progress())
	}
	d.Key("Left")
	d.Key("Prior")
	if d.Progress() != "Step 2 of 12" {
		t.Errorf("after two back keys: %s", d.Progress())
	}
	d.Key("End")
	if d.Key("Right") != None || d.Progress() != "Step 12 of 12" {
		t.Errorf("forward past the end moved: %s", d.Progress())
	}
	d.Key("Home")
	if d.Key("Left") != None || d.Progress() != "Step 1 of 12" {
		t.Errorf("back past the start moved: %s", d.Progress())
	}
	if d.Key("B") != Blanked || !d.Blank() {
		t.Error("B did not blank the screen")
	}
	if d.Key("Right") != Moved || d.Blank() || d.Progress() != "Step 1 of 12" {
		t.Errorf("the first key after a blank should only unblank: blank %v, %s", d.Blank(), d.Progress())
	}
	if d.Key("Escape") != Leave {
		t.Error("Escape does not leave")
	}
}

func TestPlanKeeping(t *testing.T) {
	p := DefaultPlan(result())
	p.Items = p.Items[1:]
	b, err := p.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(b)
	if err != nil || !reflect.DeepEqual(back, p) {
		t.Errorf("round trip = %+v, %v", back, err)
	}
	if _, err := Unmarshal([]byte("{")); err == nil {
		t.Error("a broken lesson was accepted")
	}
	if d := NewDeck(Plan{}); d.Progress() != "No pairs in this lesson" || d.Key("Right") != None {
		t.Error("an empty lesson misbehaves")
	}
}

func TestTheDefaultPlanEndsWithThePossibleCounterparts(t *testing.T) {
	r := &compare.Result{
		Left:        compare.Side{Claims: []compare.Claim{{ID: 1}, {ID: 2}}},
		Pairs:       []compare.Pair{{Left: []int{1}, Right: []int{1}, Relation: compare.Agree}},
		Suggestions: []compare.Suggestion{{Left: []int{2}, Right: []int{3}, Similarity: 0.3}},
	}
	p := DefaultPlan(r)
	if len(p.Items) != 2 || p.Items[1].Left[0] != 2 || p.Items[1].Right[0] != 3 {
		t.Errorf("the default plan is %+v, want the pair, then the possible counterpart", p.Items)
	}
}
