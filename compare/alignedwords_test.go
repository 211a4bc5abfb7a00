package compare

import "testing"

func TestAlignedWordsLinkClaimsThatShareNoWord(t *testing.T) {
	links := AlignedWords("The officer fired the taser without warning.", "A policeman used a stun gun and gave no caution.")
	if len(links) == 0 {
		t.Fatal("no aligned words between two accounts of the same act")
	}
	found := false
	for _, l := range links {
		if l.Left == "officer" {
			found = l.Right == "policeman"
		}
		if l.How == "" {
			t.Errorf("link %+v has no name", l)
		}
	}
	if !found {
		t.Errorf("officer is not aligned with policeman: %+v", links)
	}
}
