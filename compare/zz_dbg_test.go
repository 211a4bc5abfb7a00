package compare

import (
	"fmt"
	"testing"
)

func TestDbg(t *testing.T) {
	left := Document{Text: "We will withdraw all our troops from the border region by the end of June. The ceasefire has held for thirty days without a single violation. We are ready to sign a peace agreement this year."}
	right := Document{Text: "The other side may consider a partial withdrawal at some point. There have been at least fourteen ceasefire violations this month. A peace agreement is possible only after all troops have left."}
	res, cands, _ := PairingCandidates(left, right)
	for _, c := range cands {
		fmt.Printf("%d %d p=%.3f %.2f | %s | %s\n", c.Left, c.Right, pairingProb(c.Features), c.Features, res.Left.Claims[c.Left].Text, res.Right.Claims[c.Right].Text)
	}
}
