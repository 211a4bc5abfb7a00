package importer

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/ascii85"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// The PDF reader here is small: it finds objects by scanning for "N G obj"
// (so a damaged cross-reference table does not matter), reads object
// streams, decodes Flate, ASCIIHex and ASCII85 streams, and walks the page
// tree. It does not decrypt.

// Limits that keep a hostile PDF from exhausting memory, time or the
// stack. Every byte a filter produces is counted against maxDecodedTotal,
// refusals included, so that no stream is unpacked twice for nothing and
// the work of unpacking is bounded whatever the file reuses.
const (
	maxPDFObjects   = 1 << 20
	maxPDFNesting   = 64
	maxPDFArray     = 1 << 20   // elements of one array or dictionary
	maxStreamBytes  = 64 << 20  // one decoded stream
	maxDecodedTotal = 256 << 20 // everything the filters of a file produce
	maxFormCalls    = 100000    // form XObjects drawn, all pages together
	maxInterpreted  = 512 << 20 // content bytes interpreted, a form each time it is drawn
	maxPageRuns     = 1 << 20   // pieces of text one page shows
	maxCMapEntries  = 1 << 20   // mappings of one ToUnicode CMap or /W array
)

// ErrTooComplex reports a PDF built to take far more work to read than its
// text warrants.
var ErrTooComplex = errors.New("the PDF is built to take far more work to read than any document needs")

// PDF object values: float64, bool, nil, pdfName, pdfString, pdfArray,
// pdfDict, pdfRef, *pdfStream and, in content streams, pdfOp.
type (
	pdfName   string
	pdfString []byte
	pdfArray  []any
	pdfDict   map[pdfName]any
	pdfOp     string
	pdfRef    struct{ num, gen int }
	pdfStream struct {
		dict pdfDict
		raw  []byte
	}
)

// lexer reads PDF tokens and objects from b.
type lexer struct {
	b   []byte
	pos int
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	return strings.IndexByte("()<>[]{}/%", c) >= 0
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		switch {
		case isPDFSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

var errPDFSyntax = errors.New("PDF syntax error")

// object reads one object. References "N G R" are recognised after two
// numbers; anything else unknown comes back as a pdfOp.
func (l *lexer) object(depth int) (any, error) {
	if depth > maxPDFNesting {
		return nil, errPDFSyntax
	}
	l.skipSpace()
	if l.pos >= len(l.b) {
		return nil, io.EOF
	}
	c := l.b[l.pos]
	switch {
	case c == '/':
		l.pos++
		start := l.pos
		for l.pos < len(l.b) && !isPDFSpace(l.b[l.pos]) && !isPDFDelim(l.b[l.pos]) {
			l.pos++
		}
		return pdfName(unescapeName(l.b[start:l.pos])), nil
	case c == '(':
		return l.literal()
	case c == '<' && l.pos+1 < len(l.b) && l.b[l.pos+1] == '<':
		l.pos += 2
		d := pdfDict{}
		for {
			l.skipSpace()
			if l.pos+1 < len(l.b) && l.b[l.pos] == '>' && l.b[l.pos+1] == '>' {
				l.pos += 2
				return d, nil
			}
			k, err := l.object(depth + 1)
			if err != nil {
				return nil, err
			}
			name, ok := k.(pdfName)
			if !ok {
				return nil, errPDFSyntax
			}
			v, err := l.object(depth + 1)
			if err != nil {
				return nil, err
			}
			if len(d) >= maxPDFArray {
				return nil, errPDFSyntax
			}
			d[name] = v
		}
	case c == '<':
		l.pos++
		end := bytes.IndexByte(l.b[l.pos:], '>')
		if end < 0 {
			l.pos = len(l.b)
			return nil, errPDFSyntax
		}
		h := bytes.Map(func(r rune) rune {
			if isPDFSpace(byte(r)) {
				return -1
			}
			return r
		}, l.b[l.pos:l.pos+end])
		l.pos += end + 1
		if len(h)%2 == 1 {
			h = append(h, '0')
		}
		s := make([]byte, len(h)/2)
		if _, err := hex.Decode(s, h); err != nil {
			return nil, errPDFSyntax
		}
		return pdfString(s), nil
	case c == '[':
		l.pos++
		var a pdfArray
		for {
			l.skipSpace()
			if l.pos < len(l.b) && l.b[l.pos] == ']' {
				l.pos++
				return a, nil
			}
			v, err := l.object(depth + 1)
			if err != nil {
				return nil, err
			}
			if len(a) >= maxPDFArray {
				return nil, errPDFSyntax
			}
			a = append(a, v)
		}
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.pos++
		return nil, errPDFSyntax
	case c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.':
		n := l.number()
		// "N G R" is a reference.
		save := l.pos
		if n == float64(int(n)) && n >= 0 {
			l.skipSpace()
			if l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '9' {
				g := l.number()
				l.skipSpace()
				if l.pos < len(l.b) && l.b[l.pos] == 'R' && (l.pos+1 == len(l.b) || isPDFSpace(l.b[l.pos+1]) || isPDFDelim(l.b[l.pos+1])) {
					l.pos++
					return pdfRef{int(n), int(g)}, nil
				}
			}
		}
		l.pos = save
		return n, nil
	}
	start := l.pos
	for l.pos < len(l.b) && !isPDFSpace(l.b[l.pos]) && !isPDFDelim(l.b[l.pos]) {
		l.pos++
	}
	switch w := string(l.b[start:l.pos]); w {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	default:
		return pdfOp(w), nil
	}
}

func (l *lexer) number() float64 {
	start := l.pos
	for l.pos < len(l.b) && strings.IndexByte("0123456789+-.", l.b[l.pos]) >= 0 {
		l.pos++
	}
	f, _ := strconv.ParseFloat(string(l.b[start:l.pos]), 64)
	return f
}

// literal reads a (string) with its escapes and balanced parentheses.
func (l *lexer) literal() (any, error) {
	l.pos++
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return pdfString(out), nil
			}
		case '\\':
			if l.pos >= len(l.b) {
				return pdfString(out), nil
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return pdfString(out), nil
}

func unescapeName(b []byte) string {
	if bytes.IndexByte(b, '#') < 0 {
		return string(b)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// pdfFile is a parsed PDF: its objects by number and its trailer.
type pdfFile struct {
	objs    map[int]any
	trailer pdfDict
	decoded int                  // bytes the filters produced so far, against maxDecodedTotal
	failed  map[*pdfStream]error // streams that could not be decoded, not tried again
	limit   error                // the first limit the file reached; it is refused
	scratch []byte               // reused by decodeContent
}

var objHeader = regexp.MustCompile(`(\d{1,10})\s+(\d{1,5})\s+obj\b`)

// parsePDF finds every object in b, unpacks object streams and picks the
// trailer (the last one, or the last cross-reference stream's dictionary).
func parsePDF(b []byte) (*pdfFile, error) {
	f := &pdfFile{objs: map[int]any{}, failed: map[*pdfStream]error{}}
	locs := objHeader.FindAllSubmatchIndex(b, maxPDFObjects+1)
	if len(locs) > maxPDFObjects {
		return nil, fmt.Errorf("%w: it has more than %d objects", ErrCorrupt, maxPDFObjects)
	}
	var objStms []*pdfStream
	skipUntil := 0 // the end of the last stream: headers inside it are data
	for i, m := range locs {
		if m[0] < skipUntil {
			continue
		}
		num, _ := strconv.Atoi(string(b[m[2]:m[3]]))
		// An object ends before the next header: a string or array left
		// open reads no further, so each byte is read once.
		end := len(b)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		l := &lexer{b: b[:end], pos: m[1]}
		v, err := l.object(0)
		if err != nil {
			continue
		}
		if d, ok := v.(pdfDict); ok {
			l.skipSpace()
			if bytes.HasPrefix(b[l.pos:], []byte("stream")) {
				raw, end := streamData(b, l.pos+len("stream"), d)
				s := &pdfStream{dict: d, raw: raw}
				skipUntil = end
				v = s
				switch d["Type"] {
				case pdfName("ObjStm"):
					objStms = append(objStms, s)
				case pdfName("XRef"):
					f.trailer = d
				}
			}
		}
		f.objs[num] = v
	}
	for _, s := range objStms {
		f.unpackObjStm(s)
	}
	if i := bytes.LastIndex(b, []byte("trailer")); i >= 0 {
		l := &lexer{b: b, pos: i + len("trailer")}
		if v, err := l.object(0); err == nil {
			if d, ok := v.(pdfDict); ok && (f.trailer == nil || d["Root"] != nil) {
				f.trailer = d
			}
		}
	}
	if len(f.objs) == 0 {
		return nil, fmt.Errorf("%w: no PDF objects were found", ErrCorrupt)
	}
	return f, nil
}

// streamData returns the raw bytes of a stream starting after the "stream"
// keyword, /Length bytes when that lands on "endstream", else up to it, and
// the offset where the stream ends.
func streamData(b []byte, pos int, d pdfDict) ([]byte, int) {
	if pos < len(b) && b[pos] == '\r' {
		pos++
	}
	if pos < len(b) && b[pos] == '\n' {
		pos++
	}
	if pos > len(b) {
		return nil, len(b)
	}
	if n, ok := d["Length"].(float64); ok && n >= 0 && n <= float64(len(b)-pos) {
		rest := bytes.TrimLeft(b[pos+int(n):min(len(b), pos+int(n)+20)], " \r\n\t")
		if bytes.HasPrefix(rest, []byte("endstream")) {
			return b[pos : pos+int(n)], pos + int(n)
		}
	}
	end := bytes.Index(b[pos:], []byte("endstream"))
	if end < 0 {
		return b[pos:], len(b)
	}
	return bytes.TrimRight(b[pos:pos+end], "\r\n"), pos + end
}

// unpackObjStm adds the objects of an object stream that are not already
// defined directly.
func (f *pdfFile) unpackObjStm(s *pdfStream) {
	data, err := f.decode(s)
	if err != nil {
		return
	}
	n, _ := s.dict["N"].(float64)
	first, _ := s.dict["First"].(float64)
	if n <= 0 || first <= 0 || int(first) > len(data) || n > maxPDFObjects {
		return
	}
	head := &lexer{b: data[:int(first)]}
	type entry struct{ num, pos int }
	var entries []entry
	for i := 0; i < int(n); i++ {
		num, err1 := head.object(0)
		off, err2 := head.object(0)
		nf, ok1 := num.(float64)
		of, ok2 := off.(float64)
		if err1 != nil || err2 != nil || !ok1 || !ok2 {
			break
		}
		if pos := int(first) + int(of); pos >= int(first) && pos < len(data) {
			entries = append(entries, entry{int(nf), pos})
		}
	}
	// Each object ends where the next one starts, so that one left open
	// does not make every other one read to the end.
	ends := make([]int, 0, len(entries))
	for _, e := range entries {
		ends = append(ends, e.pos)
	}
	sort.Ints(ends)
	for _, e := range entries {
		if _, exists := f.objs[e.num]; exists {
			continue
		}
		end := len(data)
		if k := sort.SearchInts(ends, e.pos+1); k < len(ends) {
			end = ends[k]
		}
		l := &lexer{b: data[:end], pos: e.pos}
		if v, err := l.object(0); err == nil {
			f.objs[e.num] = v
		}
	}
}

// resolve follows references (a bounded number of times).
func (f *pdfFile) resolve(v any) any {
	for i := 0; i < 16; i++ {
		r, ok := v.(pdfRef)
		if !ok {
			return v
		}
		v = f.objs[r.num]
	}
	return nil
}

func (f *pdfFile) dict(v any) pdfDict {
	switch d := f.resolve(v).(type) {
	case pdfDict:
		return d
	case *pdfStream:
		return d.dict
	}
	return nil
}

// decode applies a stream's filters. Unsupported filters are an error. A
// stream that failed is not decoded again, and every byte the filters
// produce counts against maxDecodedTotal, so decoding costs at most that
// much whatever the file asks. Once a limit is reached, every decode
// fails with it and f.limit keeps it.
func (f *pdfFile) decode(s *pdfStream) ([]byte, error) {
	return f.decodeInto(s, false)
}

// decodeContent decodes a page's content stream into a buffer reused from
// one stream to the next: the data is only good until the next call.
func (f *pdfFile) decodeContent(s *pdfStream) ([]byte, error) {
	return f.decodeInto(s, true)
}

// decodeInto decodes s, into the scratch buffer if asked.
func (f *pdfFile) decodeInto(s *pdfStream, scratch bool) ([]byte, error) {
	if f.limit != nil {
		return nil, f.limit
	}
	if err, ok := f.failed[s]; ok {
		return nil, err
	}
	data, err := f.unfilter(s, scratch)
	if err != nil {
		f.failed[s] = err
		if errors.Is(err, ErrZipBomb) && f.decoded >= maxDecodedTotal {
			f.limit = err
		}
		return nil, err
	}
	return data, nil
}

// errCapped reports a filter's output that reached its cap.
var errCapped = errors.New("output capped")

// capWriter keeps what is written to it up to limit bytes.
type capWriter struct {
	buf   []byte
	limit int
}

// Write keeps p, growing the buffer by doubling so that filling it
// allocates at most twice what it holds.
func (w *capWriter) Write(p []byte) (int, error) {
	n := min(len(p), max(w.limit-len(w.buf), 0))
	if need := len(w.buf) + n; need > cap(w.buf) {
		c := max(2*cap(w.buf), need, 4096)
		if c > w.limit || w.limit-c < c/2 {
			c = w.limit // the next doubling would pass it
		}
		grown := make([]byte, len(w.buf), c)
		copy(grown, w.buf)
		w.buf = grown
	}
	w.buf = append(w.buf, p[:n]...)
	if n < len(p) {
		return n, errCapped
	}
	return n, nil
}

func (f *pdfFile) unfilter(s *pdfStream, scratch bool) ([]byte, error) {
	data := s.raw
	var filters []any
	switch v := f.resolve(s.dict["Filter"]).(type) {
	case pdfName:
		filters = []any{v}
	case pdfArray:
		filters = v
	}
	for k, fl := range filters {
		name, _ := f.resolve(fl).(pdfName)
		var r io.Reader
		switch name {
		case "FlateDecode", "Fl":
			zr, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				r = flate.NewReader(bytes.NewReader(data))
			} else {
				r = zr
			}
		case "ASCIIHexDecode", "AHx":
			r = hexReader(data)
		case "ASCII85Decode", "A85":
			d := bytes.TrimSpace(data)
			d = bytes.TrimPrefix(d, []byte("<~"))
			if i := bytes.Index(d, []byte("~>")); i >= 0 {
				d = d[:i]
			}
			r = ascii85.NewDecoder(bytes.NewReader(d))
		default:
			return nil, fmt.Errorf("the stream filter %s is not supported", name)
		}
		// The output is kept within both limits as it grows, and counted
		// whether the stream turns out usable or not.
		left := maxDecodedTotal - f.decoded
		w := &capWriter{limit: min(maxStreamBytes, left) + 1}
		if scratch && k == len(filters)-1 {
			w.buf = f.scratch[:0]
			defer func() { f.scratch = w.buf[:0] }()
		}
		_, err := io.Copy(w, r)
		f.decoded += len(w.buf)
		switch {
		case len(w.buf) > maxStreamBytes:
			return nil, fmt.Errorf("%w: a stream unpacks to more than %d MB", ErrZipBomb, maxStreamBytes>>20)
		case len(w.buf) > left:
			return nil, fmt.Errorf("%w: its streams unpack to more than %d MB", ErrZipBomb, maxDecodedTotal>>20)
		case err != nil && len(w.buf) == 0:
			// A truncated stream still yields what it holds.
			return nil, err
		}
		data = w.buf
	}
	return data, nil
}

// hexReader decodes ASCIIHex data up to its '>', skipping white space.
func hexReader(data []byte) io.Reader {
	if i := bytes.IndexByte(data, '>'); i >= 0 {
		data = data[:i]
	}
	h := bytes.Map(func(c rune) rune {
		if c < 0x80 && isPDFSpace(byte(c)) {
			return -1
		}
		return c
	}, data)
	if len(h)%2 == 1 {
		h = append(h, '0')
	}
	return hex.NewDecoder(bytes.NewReader(h))
}

// pages walks the page tree from the catalogue, passing inherited
// resources down. Without a usable tree it takes every /Page object.
func (f *pdfFile) pages() []pdfDict {
	var out []pdfDict
	root := f.dict(f.trailer["Root"])
	if root == nil {
		for _, v := range f.objs {
			if d, ok := v.(pdfDict); ok && d["Type"] == pdfName("Catalog") {
				root = d
			}
		}
	}
	type item struct {
		node any
		res  any
	}
	seen := map[pdfRef]bool{}
	var stack []item
	if root != nil {
		stack = append(stack, item{root["Pages"], nil})
	}
	for len(stack) > 0 && len(out) < maxPDFObjects {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if r, ok := it.node.(pdfRef); ok {
			if seen[r] {
				continue
			}
			seen[r] = true
		}
		d := f.dict(it.node)
		if d == nil {
			continue
		}
		res := it.res
		if d["Resources"] != nil {
			res = d["Resources"]
		}
		kids, _ := f.resolve(d["Kids"]).(pdfArray)
		if d["Type"] == pdfName("Page") || kids == nil && d["Contents"] != nil {
			p := pdfDict{}
			for k, v := range d {
				p[k] = v
			}
			p["Resources"] = res
			out = append(out, p)
			continue
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, item{kids[i], res})
		}
	}
	if len(out) > 0 {
		return out
	}
	var nums []int
	for n, v := range f.objs {
		if d, ok := v.(pdfDict); ok && d["Type"] == pdfName("Page") {
			nums = append(nums, n)
		}
	}
	sort.Ints(nums)
	for _, n := range nums {
		out = append(out, f.objs[n].(pdfDict))
	}
	return out
}

// textString decodes a PDF text string: UTF-16 with a byte-order mark,
// UTF-8 with one, or PDFDocEncoding (read as Latin-1).
func textString(v any) string {
	s, ok := v.(pdfString)
	if !ok {
		return ""
	}
	switch {
	case bytes.HasPrefix(s, []byte{0xFE, 0xFF}):
		var u []uint16
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return clean(string(utf16.Decode(u)))
	case bytes.HasPrefix(s, []byte{0xEF, 0xBB, 0xBF}):
		return clean(strings.ToValidUTF8(string(s[3:]), ""))
	}
	r := make([]rune, len(s))
	for i, c := range s {
		r[i] = rune(c)
	}
	return clean(string(r))
}

// pdfDate turns "D:20180707093000+09'00'" into "2018-07-07".
func pdfDate(s string) string {
	s = strings.TrimPrefix(s, "D:")
	if len(s) < 8 {
		return ""
	}
	for _, c := range s[:8] {
		if c < '0' || c > '9' {
			return ""
		}
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:8]
}
