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

// SetBy reads a cue made by SetByReader: the relation Parley had said.
func SetBy(cue string) (was compare.Relation, ok bool) {
	rest, ok := strings.CutPrefix(cue, setByReaderHead)
	if !ok || !strings.HasSuffix(rest, ")") {
		return "", false
	}
	return compare.Relation(strings.TrimSuffix(rest, ")")), true
}

// VerdictCues returns the cues to show with a pair's verdict. A pair whose
// relation the reader set by hand (its "set by the reader (Parley said …)"
// cue, as ui/reading keeps it) is shown with that cue alone, leaving out the
// cues Parley found for its own verdict, which argue for another. Should a
// pair carry several such cues, the last names Parley's verdict, and a pair
// whose hand-set relation is Parley's own shows Parley's cues. "paired by
// the reader" is kept. The pair is not modified.
func VerdictCues(p compare.Pair) []string {
	var hand, engine []string
	said := compare.Relation("")
	set := false
	for _, c := range p.Cues {
		if was, ok := SetBy(c); ok {
			// The earliest change comes last: it names Parley's verdict.
			said, set = was, true
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
