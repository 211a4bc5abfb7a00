package compare

import (
	"path/filepath"
	"testing"
)

func TestFramesOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want frame
	}{
		{"Residents were sent a text alert within 20 minutes.", frameTelling | frameTiming},
		{"People living nearby learned what was happening from social media.", frameTelling},
		{"The outage was caused by a faulty valve.", frameCause},
		{"Two workers were taken to hospital with minor injuries.", frameHarm | frameTally},
		{"The repair will cost about £40,000.", frameMoney | frameNext | frameRecovery},
		{"The ride met every safety standard.", frameSafety | frameRules},
		{"Engineers had the supply back on by the evening.", frameRecovery},
		{"The band played three songs.", frameTally},
		{"The band played on 3 May.", frameDated},
		{"The band played on Monday.", 0},
		{"The band played a song.", 0},
		// announcing a policy tells no one anything they were owed
		{"Minister Varga announced 40 million euros in new funding for rail links.", frameMoney},
	} {
		if got := framesOf(prepareText(c.text)); got != c.want {
			t.Errorf("framesOf(%q) = %b, want %b", c.text, got, c.want)
		}
	}
}

// TestFrameAnchorRarity checks that a frame two claims share ties them
// together only as far as the other claims of both sides leave it to them.
func TestFrameAnchorRarity(t *testing.T) {
	al := alignerOf(
		preparedClaims("Residents were sent a text alert.", "The pipe burst under the high street.", "Two shops closed for the day."),
		preparedClaims("The water was off all afternoon.", "People learned of it from neighbours on social media.", "Both shops reopened on Wednesday."))
	if got := al.frameAnchor(0, 1); got != 1 {
		t.Errorf("one claim a side tells of the telling: frameAnchor = %v, want 1", got)
	}
	if got := al.frameAnchor(1, 1); got != 0 {
		t.Errorf("a burst and a telling: frameAnchor = %v, want 0", got)
	}
	al = alignerOf(
		preparedClaims("Residents were sent a text alert.", "Shops were told by phone.", "The council was informed by email."),
		preparedClaims("People learned of it from neighbours.", "Nobody told the school.", "The press heard of it at noon."))
	if got := al.frameAnchor(0, 0); got != 1.0/9 {
		t.Errorf("three claims a side tell of the telling: frameAnchor = %v, want 1/9", got)
	}
}

// TestTallyAnchor checks that two claims counting things tie together by
// how few other claims of either side count any.
func TestTallyAnchor(t *testing.T) {
	al := alignerOf(
		preparedClaims("About 2,300 consignments were put in a lower grade.", "The fault was traced to a software update.", "It affected sales in May."),
		preparedClaims("Close to 3,000 lots were wrongly downgraded.", "Staff set the machine up badly.", "Some 40 farmers have complained."))
	if got := al.tallyAnchor(0, 0); got != 0.5 {
		t.Errorf("consignments / lots, one tally left and two right: tallyAnchor = %v, want 1/2", got)
	}
	if got := al.tallyAnchor(1, 1); got != 0 {
		t.Errorf("no figure on either side: tallyAnchor = %v, want 0", got)
	}
	if got := al.tallyAnchor(2, 2); got != 0 {
		t.Errorf("a date against a tally: tallyAnchor = %v, want 0", got)
	}
}

// preparedClaims prepares each text as one claim.
func preparedClaims(texts ...string) []*claimInfo {
	var cs []*claimInfo
	for _, s := range texts {
		cs = append(cs, prepareText(s))
	}
	return cs
}

// TestDatedAnchor checks that two claims each giving a date tie together by
// how few other claims of either side give one.
func TestDatedAnchor(t *testing.T) {
	al := alignerOf(
		preparedClaims("The hole opened on 3 November after heavy rain.", "The road has been closed since Tuesday.", "Repairs will cost £40,000."),
		preparedClaims("The road was shut on the fourth of November.", "Engineers began work on 10 November.", "The council blamed the rain."))
	if got := al.datedAnchor(0, 0); got != 0.5 {
		t.Errorf("one date left and two right: datedAnchor = %v, want 1/2", got)
	}
	if got := al.datedAnchor(1, 0); got != 0 {
		t.Errorf("a day of the week against a date: datedAnchor = %v, want 0", got)
	}
}

// TestAnnouncementNoTelling checks that, in the two readouts of dev-cases2,
// the funding one minister announced and the visa scheme the other briefed
// his guest on (each an omission of the other side) share no frame:
// announcing and briefing once made them share the rare frame of a telling,
// which tied them as counterparts.
func TestAnnouncementNoTelling(t *testing.T) {
	var c sampleCase
	readJSON(t, filepath.Join(samplesDir, "dev-cases2", "diplomacy-readout.json"), &c)
	res, al, err := newAligner(Document{Text: c.Left.Text}, Document{Text: c.Right.Text})
	if err != nil {
		t.Fatal(err)
	}
	l, r := claimWith(t, res.Left, "new funding").ID, claimWith(t, res.Right, "visa-free").ID
	if got := al.frameAnchor(l, r); got != 0 {
		t.Errorf("the funding announced and the visa scheme briefed share a frame: frameAnchor = %v, want 0", got)
	}
}
