package export

import (
	"strings"

	"github.com/parley-reader/parley/compare"
)

// The cues the reader's corrections put in front of a pair's own cues
// (ui/reading): a pair the reader made, and a relation the reader set,
// naming the relation the pair had before.
const (
	pairedByReader  = "paired by the reader"
	setByReaderHead = "set by the reader (Parley said "
)

// SetByReader is the cue of a relation the reader or teacher set by hand
// where Parley had said was: "set by the reader (Parley said contradict)".
func SetByReader(was compare.Relation) string {
	return setByReaderHead + string(was) + ")"
}

// VerdictCues returns the cues to show with a pair's verdict. A pair whose
// relation the reader set by hand carries a "set by the reader (Parley said
// …)" cue for every change, the latest first, in front of the cues Parley
// found for its own verdict; shown as they are, they stack and argue for a
// verdict that is no longer the pair's. VerdictCues shows the hand-set
// relation once, with what Parley itself said (the relation before the
// first change), and leaves out Parley's cues; when the reader's changes
// came back to Parley's verdict, Parley's cues are shown as they were.
// "paired by the reader" is kept. The pair is not modified.
func VerdictCues(p compare.Pair) []string {
	var hand, engine []string
	said := compare.Relation("")
	set := false
	for _, c := range p.Cues {
		if rest, ok := strings.CutPrefix(c, setByReaderHead); ok && strings.HasSuffix(rest, ")") {
			// The earliest change comes last: it names Parley's verdict.
			said, set = compare.Relation(strings.TrimSuffix(rest, ")")), true
			continue
		}
		if c == pairedByReader {
			hand = append(hand, c)
			continue
		}
		engine = append(engine, c)
	}
	switch {
	case !set:
		return append([]string(nil), p.Cues...)
	case said == p.Relation:
		return append(hand, engine...)
	}
	return append(hand, SetByReader(said))
}
