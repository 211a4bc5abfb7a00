package compare

import (
	"strings"
	"testing"
)

func TestCandidatesRankTheCounterpartFirst(t *testing.T) {
	left := Document{Text: "The officer gave three clear warnings before using the taser. The man was holding a knife. Footage will be passed to the independent office."}
	right := Document{Text: "I filmed the whole thing on my phone. The man was holding his phone, not a knife. No warning was given before the officer fired the taser."}
	r, err := Compare(left, right)
	if err != nil {
		t.Fatal(err)
	}
	warn := claimWith(t, r.Left, "three clear warnings")
	got := Candidates(r, true, warn.ID, 3)
	if len(got) == 0 || got[0].ID != claimWith(t, r.Right, "No warning was given").ID {
		t.Fatalf("candidates for the warnings claim: %+v", got)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Similarity > got[i-1].Similarity {
			t.Errorf("candidates out of order: %+v", got)
		}
	}
	if back := Candidates(r, false, got[0].ID, 1); len(back) != 1 || back[0].ID != warn.ID {
		t.Errorf("from the right, the best candidate is %+v, want the warnings claim", back)
	}
}

func BenchmarkCandidates(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		sb.WriteString("The ministry said on Tuesday that talks on tariffs and quotas would resume next month. ")
	}
	r, err := Compare(Document{Text: "Tariffs will be cut by half next year."}, Document{Text: sb.String()})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		Candidates(r, true, r.Left.Claims[0].ID, 5)
	}
}

func TestCandidatesRunBesideAnAnalysis(t *testing.T) {
	left := Document{Text: "The officer gave three clear warnings before using the taser. The man was holding a knife."}
	right := Document{Text: "No warning was given before the officer fired the taser. The man was holding his phone, not a knife."}
	r, err := Compare(left, right)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range 20 {
			Candidates(r, true, r.Left.Claims[0].ID, 3)
		}
	}()
	for range 5 {
		if _, err := Compare(right, left); err != nil {
			t.Error(err)
		}
	}
	<-done
}

// claimWith returns the claim of s whose text holds sub.
func claimWith(t *testing.T, s Side, sub string) Claim {
	t.Helper()
	for _, c := range s.Claims {
		if strings.Contains(c.Text, sub) {
			return c
		}
	}
	t.Fatalf("no claim with %q", sub)
	return Claim{}
}
