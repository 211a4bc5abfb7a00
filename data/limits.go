package data

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what one note may hold, checked when a note is kept, changed
// or imported (from a file of annotations or a shared comparison), so that
// no note costs the window more than a few megabytes to show.
const (
	MaxNoteLen = 20000 // code points of a note's body, about 3,000 words
	MaxTags    = 64    // tags on one note
	MaxTagLen  = 100   // code points of one tag
	// MaxAnnotationsBytes is the largest file of annotations Parley reads,
	// and MaxAnnotations the most annotations it imports at once (as many
	// as a shared comparison may carry).
	MaxAnnotationsBytes = 256 << 20
	MaxAnnotations      = 200000
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
	if err := checkNoteSize(strings.Join(body, "\n\n"), normaliseTags(tags)); err != nil {
		return err
	}
	if err := checkID(a.ID); err != nil {
		return err
	}
	for _, t := range a.Target {
		if t.Claim != nil && *t.Claim < 0 {
			return fmt.Errorf("it names claim %d; claims are numbered from 0", *t.Claim)
		}
	}
	return nil
}

// maxIDLen is the longest annotation id Parley keeps, in bytes.
const maxIDLen = 2048

// checkID refuses an annotation id that is not an absolute URI, as the
// Web Annotation model names annotations (urn:uuid:…, https://…). An
// annotation without an id is given one.
func checkID(id string) error {
	if id == "" {
		return nil
	}
	u, err := url.Parse(id)
	if err != nil || u.Scheme == "" || len(id) > maxIDLen || strings.ContainsFunc(id, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		return fmt.Errorf("its id %q is not a URI (annotations are named by URIs such as urn:uuid:…)", clipID(id))
	}
	return nil
}

// clipID shortens an id for a message.
func clipID(id string) string {
	if r := []rune(id); len(r) > 80 {
		return string(r[:79]) + "…"
	}
	return id
}
