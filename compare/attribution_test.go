package compare

import (
	"strings"
	"testing"
)

// TestAttribution checks which words of a claim only say who speaks: they
// are left out of what the claim is compared on.
func TestAttribution(t *testing.T) {
	tests := []struct{ text, frame string }{
		{"Eleven people were arrested, mostly for public order offences, the force said.", "the force said"},
		{"It confirmed that eleven people had been arrested during the day.", "It confirmed that"},
		{"Civil Liberties Watch, which had observers on the ground, said about 200 people were held.", "Civil Liberties Watch said"},
		{"Citing the service's own figures, it said call handlers dealt with more calls.", "Citing the service's own figures it said"},
		{"The university confirmed to the Courier that the regulator has been notified.", "The university confirmed to the Courier that"},
		{"The company said in a statement that the walkout was unofficial.", "The company said in a statement that"},
		{"Water was made available to those inside the cordon, according to the force.", "according to the force"},
		{"The fire, the company said, started at 2pm.", "the company said"},
		{"The union told members that the strike was off.", "The union told members that"},
		{"Any walkout would ground the entire fleet, the union warned.", "the union warned"},
		// the claim itself, not a frame
		{"We reported the breach to the regulator within 72 hours.", ""},
		{"The minister did not say when the plant would close.", ""},
		{"It confirmed the figures.", ""},
		{"The council warned residents by text message.", ""},
		{"Nobody said the march was peaceful.", ""},
		{"Organisers, residents and the police all said the march was peaceful.", "residents and the police all said"},
		// a verb of saying in the passive, or "add" with an object, says
		// what was done
		{"Interest will be added at an annual rate of 4 per cent, it added.", "it added"},
		{"Nothing was said during the closed sessions.", ""},
		{"The utility has added storm storage at 35 sites.", ""},
		{"The company added it would appeal.", "The company added"},
	}
	for _, tt := range tests {
		c := prepareText(tt.text)
		var got []string
		for k, m := range attribution(c.toks) {
			if m && c.toks[k].Word {
				got = append(got, c.toks[k].Surface)
			}
		}
		if g := strings.Join(got, " "); g != tt.frame {
			t.Errorf("%q: frame %q, want %q", tt.text, g, tt.frame)
		}
	}
}

// contentCues drops the cues that a point is granted ("conceded:
// \"confirmed\""), which name the verb that grants it.
func contentCues(cues []string) []string {
	var out []string
	for _, c := range cues {
		if !strings.HasPrefix(c, "conceded:") {
			out = append(out, c)
		}
	}
	return out
}

// TestAttributionIsNoContent checks that a speaker's name gives two
// claims nothing in common and sets them apart in nothing.
func TestAttributionIsNoContent(t *testing.T) {
	v := judgeCounterparts("Holmcroft Housing Association said it had inspected all 412 homes on the estate since September.",
		"The tenants' union confirmed that inspectors had been through all 412 homes on the estate.")
	if v.Relation != Agree {
		t.Fatalf("judged %s %q, want agree", v.Relation, v.Cues)
	}
	for _, w := range []string{"Holmcroft", "Housing", "union", "confirmed"} {
		if cueWith(contentCues(v.Cues), w) {
			t.Errorf("cues %q name the speaker's %q", v.Cues, w)
		}
	}
}
