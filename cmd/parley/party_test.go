package main

import (
	"encoding/json"
	"testing"
)

// TestCompareNamesPartiesFromTheDocuments: parley compare takes each
// side's party from the document (its heading or first line), and from the
// file name without its extension only when the document names none.
func TestCompareNamesPartiesFromTheDocuments(t *testing.T) {
	left := writeFile(t, "kcna_statement.md", "# Statement by the DPRK Foreign Ministry on the talks\n\n"+
		"The results of the talks can’t but be so apprehensive. The U.S. side came up only with its unilateral demand.")
	right := writeFile(t, "witness_account-2.txt", "I think we made progress in every element of our discussions.\n\n"+
		"The talks were productive and the atmosphere was good.")
	out, _, err := runArgs(t, "", "compare", "--format", "json", left, right)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Left, Right struct{ Party string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Left.Party != "DPRK Foreign Ministry" || res.Right.Party != "witness account 2" {
		t.Errorf("parties %q and %q, want %q and %q", res.Left.Party, res.Right.Party, "DPRK Foreign Ministry", "witness account 2")
	}
}
