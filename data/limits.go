package data

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Limits on what one note may hold, checked when a note is kept, changed
// or imported (from a file of annotations or a shared comparison), so that
// no note costs the window more than a few megabytes to show.
const (
	MaxNoteLen = 20000 // code points of a note's body, about 3,000 words
	MaxTags    = 64    // tags on one note
	MaxTagLen  = 100   // code points of one tag
	// MaxAnnotationsBytes is the largest file of annotations Parley reads.
	MaxAnnotationsBytes = 64 << 20
)

// Limits on an imported target's selectors, so that an orphan keeps what
// it came with without keeping anything of any size.
const (
	maxSelectors       = 8
	maxSelectorContext = 1000 // code points of a quote's prefix or suffix
)

// ErrTooLarge reports a note, or a file of them, beyond the limits.
var ErrTooLarge = errors.New("it is larger than Parley keeps")

// checkNoteSize refuses a body and tags beyond the limits.
func checkNoteSize(body string, tags []string) error {
	if n := utf8.RuneCountInString(body); n > MaxNoteLen {
		return fmt.Errorf("%w: the note is %d characters long; a note holds at most %d", ErrTooLarge, n, MaxNoteLen)
	}
	if len(tags) > MaxTags {
		return fmt.Errorf("%w: the note has %d tags; a note has at most %d", ErrTooLarge, len(tags), MaxTags)
	}
	for _, t := range tags {
		if n := utf8.RuneCountInString(t); n > MaxTagLen {
			return fmt.Errorf("%w: a tag is %d characters long; a tag has at most %d", ErrTooLarge, n, MaxTagLen)
		}
	}
	return nil
}

// Check refuses an annotation that Parley would not import: one whose note
// or tags are beyond the limits. ImportLayer checks every annotation so;
// a reader of a file that carries annotations (a shared comparison) can
// check them before anything is kept.
func (a Annotation) Check() error {
	var body []string
	var tags []string
	for _, b := range a.Body {
		switch b.Purpose {
		case "tagging":
			tags = append(tags, b.Value)
		case "highlighting":
		default:
			body = append(body, b.Value)
		}
	}
	return checkNoteSize(strings.Join(body, "\n\n"), normaliseTags(tags))
}
