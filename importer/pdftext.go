package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// importPDF extracts the text layer of a PDF, page by page, and its Info
// dictionary. A PDF whose pages show no text gets ErrNoTextLayer.
func importPDF(b []byte, o Options) (Doc, error) {
	f, err := parsePDF(b)
	if err != nil {
		return Doc{}, err
	}
	if f.trailer["Encrypt"] != nil {
		return Doc{}, ErrEncrypted
	}
	pages := f.pages()
	if len(pages) == 0 {
		return Doc{}, fmt.Errorf("%w: the PDF has no pages", ErrCorrupt)
	}
	x := &extractor{f: f, fonts: map[any]*pdfFont{}, cmaps: map[*pdfStream]*toUnicode{}, forms: map[*pdfStream][]byte{}, ctx: o.context()}
	var blocks []string
	shown := 0
	for i, p := range pages {
		runs, err := x.page(p)
		if err != nil {
			return Doc{}, err
		}
		shown += x.shown
		blocks = append(blocks, layout(runs)...)
		o.progress(i+1, len(pages))
	}
	if f.limit != nil {
		return Doc{}, f.limit
	}
	d := Doc{Text: joinBlocks(blocks), Format: "pdf"}
	if d.Text == "" {
		if shown == 0 {
			return Doc{}, ErrNoTextLayer
		}
		return Doc{}, fmt.Errorf("%w: its fonts do not say which characters they draw", ErrNoText)
	}
	if info := f.dict(f.trailer["Info"]); info != nil {
		d.Title = textString(f.resolve(info["Title"]))
		d.Author = textString(f.resolve(info["Author"]))
		d.Date = pdfDate(textString(f.resolve(info["CreationDate"])))
	}
	if root := f.dict(f.trailer["Root"]); root != nil {
		d.Language = textString(f.resolve(root["Lang"]))
	}
	return d, nil
}

// textRun is text shown at one place: its start, end and font size in
// page space. space marks a gap after it wide enough to be a word space.
type textRun struct {
	x, y, endX, size float64
	text             string
	space            bool
}

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// extractor interprets content streams, keeping fonts between pages, and
// counts the work the document asks for against the limits.
type extractor struct {
	f      *pdfFile
	fonts  map[any]*pdfFont
	cmaps  map[*pdfStream]*toUnicode // parsed once, however many fonts share them
	forms  map[*pdfStream][]byte     // decoded once, however often drawn
	ctx    context.Context
	shown  int // text-showing operators met on the current page
	images int // image XObjects met on the current page
	text   int // bytes of text shown so far, all pages together
	calls  int // form XObjects drawn so far
	work   int // content bytes interpreted so far
}

// page interprets a page's content streams one after the other (a token
// never spans two of them), decoding each only when its turn comes.
func (x *extractor) page(p pdfDict) ([]textRun, error) {
	x.shown, x.images = 0, 0
	var parts []any
	switch c := x.f.resolve(p["Contents"]).(type) {
	case *pdfStream:
		parts = []any{c}
	case pdfArray:
		parts = c
	}
	var runs []textRun
	in := x.interpreter(x.f.dict(p["Resources"]), identity, 0, &runs)
	for _, part := range parts {
		s, ok := x.f.resolve(part).(*pdfStream)
		if !ok {
			continue
		}
		data, err := x.f.decodeContent(s)
		if err != nil {
			if errors.Is(err, ErrZipBomb) {
				return nil, err
			}
			continue
		}
		if err := in.exec(data); err != nil {
			return nil, err
		}
	}
	return runs, nil
}

// form returns the decoded content of a form XObject, decoding it once.
func (x *extractor) form(s *pdfStream) ([]byte, error) {
	if data, ok := x.forms[s]; ok {
		return data, nil
	}
	data, err := x.f.decode(s)
	if err != nil {
		return nil, err
	}
	x.forms[s] = data
	return data, nil
}

// gstate is the part of the graphics state text extraction needs.
type gstate struct {
	ctm  matrix
	font *pdfFont
	size float64
}

// interp is the state of one content stream's interpretation: a page's
// (over all its parts) or a form's.
type interp struct {
	x                             *extractor
	fonts, xobjs, res             pdfDict
	depth                         int
	runs                          *[]textRun
	gs                            gstate
	saved                         []gstate
	tm, tlm                       matrix
	leading, charSpace, wordSpace float64
	scale                         float64
	ops                           []any
}

func (x *extractor) interpreter(res pdfDict, ctm matrix, depth int, runs *[]textRun) *interp {
	return &interp{x: x, res: res, fonts: x.f.dict(res["Font"]), xobjs: x.f.dict(res["XObject"]),
		depth: depth, runs: runs, gs: gstate{ctm: ctm, size: 12}, scale: 1}
}

func (in *interp) num(i int) float64 {
	if i < len(in.ops) {
		if v, ok := in.ops[i].(float64); ok {
			return v
		}
	}
	return 0
}

// show adds the text a string shows at the current text position.
func (in *interp) show(s []byte) error {
	x := in.x
	x.shown++
	if in.gs.font == nil {
		in.gs.font = &pdfFont{}
	}
	text, width, spaces := in.gs.font.decode(s)
	trm := matrix{in.gs.size * in.scale, 0, 0, in.gs.size, 0, 0}.mul(in.tm).mul(in.gs.ctm)
	adv := (width*in.gs.size + in.charSpace*float64(utf8.RuneCountInString(text)) + in.wordSpace*float64(spaces)) * in.scale
	if text != "" {
		if x.text += len(text); x.text > MaxText {
			return ErrTooMuchText
		}
		if len(*in.runs) >= maxPageRuns {
			return fmt.Errorf("%w: a page shows its text in more than %d pieces", ErrTooComplex, maxPageRuns)
		}
		end := matrix{1, 0, 0, 1, adv, 0}.mul(in.tm).mul(in.gs.ctm)
		size := math.Hypot(trm[2], trm[3])
		*in.runs = append(*in.runs, textRun{x: trm[4], y: trm[5], endX: end[4], size: size, text: text})
	}
	in.tm = matrix{1, 0, 0, 1, adv, 0}.mul(in.tm)
	return nil
}

// exec interprets content, counting it against the document's limits.
func (in *interp) exec(content []byte) error {
	x := in.x
	if x.work += len(content); x.work > maxInterpreted {
		return fmt.Errorf("%w: its pages draw more than %d MB of content", ErrTooComplex, maxInterpreted>>20)
	}
	l := &lexer{b: content}
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := x.ctx.Err(); err != nil {
				return err
			}
		}
		v, err := l.object(0)
		if err != nil {
			if err == errPDFSyntax {
				in.ops = in.ops[:0]
				continue
			}
			return nil
		}
		op, ok := v.(pdfOp)
		if !ok {
			if len(in.ops) < 64 {
				in.ops = append(in.ops, v)
			}
			continue
		}
		if err := in.operator(op, l); err != nil {
			return err
		}
		in.ops = in.ops[:0]
	}
}

// operator applies one operator to the state, with its operands in in.ops.
func (in *interp) operator(op pdfOp, l *lexer) error {
	x, num := in.x, in.num
	switch op {
	case "q":
		if len(in.saved) < 256 {
			in.saved = append(in.saved, in.gs)
		}
	case "Q":
		if n := len(in.saved); n > 0 {
			in.gs, in.saved = in.saved[n-1], in.saved[:n-1]
		}
	case "cm":
		in.gs.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(in.gs.ctm)
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tf":
		in.gs.size = num(1)
		if name, ok := firstOp(in.ops).(pdfName); ok {
			in.gs.font = x.font(in.fonts[name])
		}
	case "TL":
		in.leading = num(0)
	case "Tc":
		in.charSpace = num(0)
	case "Tw":
		in.wordSpace = num(0)
	case "Tz":
		in.scale = num(0) / 100
	case "Td", "TD":
		if op == "TD" {
			in.leading = -num(1)
		}
		in.tlm = matrix{1, 0, 0, 1, num(0), num(1)}.mul(in.tlm)
		in.tm = in.tlm
	case "Tm":
		in.tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
		in.tm = in.tlm
	case "T*":
		in.tlm = matrix{1, 0, 0, 1, 0, -in.leading}.mul(in.tlm)
		in.tm = in.tlm
	case "Tj", "'", "\"":
		if op != "Tj" {
			if op == "\"" {
				in.wordSpace, in.charSpace = num(0), num(1)
			}
			in.tlm = matrix{1, 0, 0, 1, 0, -in.leading}.mul(in.tlm)
			in.tm = in.tlm
		}
		if len(in.ops) > 0 {
			if s, ok := in.ops[len(in.ops)-1].(pdfString); ok {
				return in.show(s)
			}
		}
	case "TJ":
		if a, ok := firstOp(in.ops).(pdfArray); ok {
			for _, e := range a {
				switch e := e.(type) {
				case pdfString:
					if err := in.show(e); err != nil {
						return err
					}
				case float64:
					dx := -e / 1000 * in.gs.size * in.scale
					if e < -180 && len(*in.runs) > 0 {
						(*in.runs)[len(*in.runs)-1].space = true
					}
					in.tm = matrix{1, 0, 0, 1, dx, 0}.mul(in.tm)
				}
			}
		}
	case "Do":
		name, _ := firstOp(in.ops).(pdfName)
		s, ok := x.f.resolve(in.xobjs[name]).(*pdfStream)
		if !ok {
			break
		}
		switch s.dict["Subtype"] {
		case pdfName("Image"):
			x.images++
		case pdfName("Form"):
			if in.depth >= 8 {
				break
			}
			if x.calls++; x.calls > maxFormCalls {
				return fmt.Errorf("%w: its pages draw forms (XObjects) more than %d times", ErrTooComplex, maxFormCalls)
			}
			data, err := x.form(s)
			if err != nil {
				if errors.Is(err, ErrZipBomb) {
					return err
				}
				break
			}
			m := identity
			if a, ok := x.f.resolve(s.dict["Matrix"]).(pdfArray); ok && len(a) == 6 {
				for i := range m {
					m[i], _ = a[i].(float64)
				}
			}
			r := x.f.dict(s.dict["Resources"])
			if r == nil {
				r = in.res
			}
			if err := x.interpreter(r, m.mul(in.gs.ctm), in.depth+1, in.runs).exec(data); err != nil {
				return err
			}
		}
	case "BI":
		x.images++
		// Skip the inline image's data up to "EI".
		if i := bytes.Index(l.b[l.pos:], []byte("ID")); i >= 0 {
			l.pos += i + 2
			if j := bytes.Index(l.b[l.pos:], []byte("EI")); j >= 0 {
				l.pos += j + 2
			} else {
				l.pos = len(l.b)
			}
		}
	}
	return nil
}

func firstOp(ops []any) any {
	if len(ops) == 0 {
		return nil
	}
	return ops[0]
}

// layout orders a page's runs into lines by their text matrices and the
// lines into paragraphs: a new line when the baseline moves, a space where
// runs leave a gap, a paragraph break where lines are further apart than
// the page's usual line spacing.
func layout(runs []textRun) []string {
	type line struct {
		y, size float64
		runs    []textRun
	}
	var lines []line
	for _, r := range runs {
		tol := math.Max(r.size, 1) * 0.5
		if n := len(lines); n > 0 && math.Abs(lines[n-1].y-r.y) <= tol {
			lines[n-1].runs = append(lines[n-1].runs, r)
			continue
		}
		lines = append(lines, line{y: r.y, size: r.size, runs: []textRun{r}})
	}
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if g := lines[i-1].y - lines[i].y; g > 0 {
			gaps = append(gaps, g)
		}
	}
	sort.Float64s(gaps)
	usual := 0.0
	if len(gaps) > 0 {
		usual = gaps[len(gaps)/4] // most gaps are the line spacing
	}
	var blocks []string
	var para strings.Builder
	for i, ln := range lines {
		sort.SliceStable(ln.runs, func(a, b int) bool { return ln.runs[a].x < ln.runs[b].x })
		var sb strings.Builder
		for k, r := range ln.runs {
			if k > 0 {
				prev := ln.runs[k-1]
				gap := r.x - prev.endX
				if gap > 0.15*math.Max(r.size, 1) && !strings.HasSuffix(sb.String(), " ") && !strings.HasPrefix(r.text, " ") {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(r.text)
			if r.space {
				sb.WriteByte(' ')
			}
		}
		text := strings.TrimSpace(sb.String())
		if i > 0 {
			g := lines[i-1].y - ln.y
			if g < 0 || usual > 0 && g > usual*1.4 || ln.size > lines[i-1].size*1.2 || lines[i-1].size > ln.size*1.2 {
				blocks = append(blocks, para.String())
				para.Reset()
			}
		}
		if para.Len() > 0 {
			s := para.String()
			if strings.HasSuffix(s, "-") && len(s) > 1 && text != "" && isLowerStart(text) && isLetterEnd(s[:len(s)-1]) {
				para.Reset()
				para.WriteString(s[:len(s)-1])
			} else {
				para.WriteByte(' ')
			}
		}
		para.WriteString(text)
	}
	blocks = append(blocks, para.String())
	return blocks
}

func isLowerStart(s string) bool {
	for _, r := range s {
		return r >= 'a' && r <= 'z'
	}
	return false
}

func isLetterEnd(s string) bool {
	r := []rune(s)
	return len(r) > 0 && (r[len(r)-1] >= 'a' && r[len(r)-1] <= 'z')
}

// pdfFont decodes the strings a font shows into text.
type pdfFont struct {
	twoByte bool             // Type0 with a two-byte encoding
	uni     *toUnicode       // from a ToUnicode CMap
	seen    map[int]uniEntry // codes already looked up in uni
	enc     [256]rune        // a simple font's encoding
	widths  widthTable
	dw      float64
}

// uniEntry is a code's text by the ToUnicode CMap, if it maps it.
type uniEntry struct {
	text string
	ok   bool
}

// widthTable holds a font's glyph widths by code, ranges unexpanded.
type widthTable struct {
	index spans
	width []float64
}

// add defines the width of codes lo to hi; a later definition wins.
func (t *widthTable) add(lo, hi []int, lo1, hi1 int, w float64) ([]int, []int) {
	t.width = append(t.width, w)
	return append(lo, lo1), append(hi, hi1)
}

func (t widthTable) get(code int) (float64, bool) {
	if i := t.index.find(code); i >= 0 {
		return t.width[i], true
	}
	return 0, false
}

// font builds (once) the decoder for a font dictionary.
func (x *extractor) font(ref any) *pdfFont {
	key := ref
	if _, ok := ref.(pdfRef); !ok {
		key = fmt.Sprintf("%p", x.f.dict(ref))
	}
	if f, ok := x.fonts[key]; ok {
		return f
	}
	f := &pdfFont{dw: 500, seen: map[int]uniEntry{}}
	x.fonts[key] = f
	d := x.f.dict(ref)
	for i := range f.enc {
		f.enc[i] = charmap.Windows1252.DecodeByte(byte(i))
	}
	if d == nil {
		return f
	}
	if s, ok := x.f.resolve(d["ToUnicode"]).(*pdfStream); ok {
		u, seen := x.cmaps[s]
		if !seen {
			if data, err := x.f.decode(s); err == nil {
				u = parseCMap(data)
			}
			x.cmaps[s] = u
		}
		f.uni = u
	}
	if d["Subtype"] == pdfName("Type0") {
		f.twoByte = true
		f.dw = 1000
		if desc, ok := x.f.resolve(d["DescendantFonts"]).(pdfArray); ok && len(desc) > 0 {
			dd := x.f.dict(desc[0])
			if v, ok := x.f.resolve(dd["DW"]).(float64); ok {
				f.dw = v
			}
			f.cidWidths(x.f, x.f.resolve(dd["W"]))
		}
		return f
	}
	switch enc := x.f.resolve(d["Encoding"]).(type) {
	case pdfName:
		f.baseEncoding(enc)
	case pdfDict:
		if base, ok := x.f.resolve(enc["BaseEncoding"]).(pdfName); ok {
			f.baseEncoding(base)
		}
		if diffs, ok := x.f.resolve(enc["Differences"]).(pdfArray); ok {
			code := 0
			for _, e := range diffs {
				switch e := e.(type) {
				case float64:
					code = int(e)
				case pdfName:
					if code >= 0 && code < 256 {
						if r := glyphRune(string(e)); r != 0 {
							f.enc[code] = r
						}
					}
					code++
				}
			}
		}
	}
	first, _ := x.f.resolve(d["FirstChar"]).(float64)
	if ws, ok := x.f.resolve(d["Widths"]).(pdfArray); ok {
		var lo, hi []int
		for i, w := range ws {
			if v, ok := x.f.resolve(w).(float64); ok {
				lo, hi = f.widths.add(lo, hi, int(first)+i, int(first)+i, v)
			}
		}
		f.widths.index = newSpans(lo, hi)
	}
	return f
}

func (f *pdfFont) baseEncoding(name pdfName) {
	switch name {
	case "MacRomanEncoding":
		for i := 128; i < 256; i++ {
			f.enc[i] = charmap.Macintosh.DecodeByte(byte(i))
		}
	case "StandardEncoding":
		f.enc['\''], f.enc['`'] = '’', '‘'
	}
}

// cidWidths reads a CID font's /W array: "c [w1 w2 …]" or "c1 c2 w". A
// range is kept as a range, however many codes it covers.
func (f *pdfFont) cidWidths(pf *pdfFile, v any) {
	a, ok := v.(pdfArray)
	if !ok {
		return
	}
	var lo, hi []int
	defer func() { f.widths.index = newSpans(lo, hi) }()
	for i := 0; i+1 < len(a) && len(lo) < maxCMapEntries; {
		c, ok := pf.resolve(a[i]).(float64)
		if !ok || c < 0 || c > maxCode {
			return
		}
		switch next := pf.resolve(a[i+1]).(type) {
		case pdfArray:
			for k, w := range next {
				if wv, ok := pf.resolve(w).(float64); ok && len(lo) < maxCMapEntries {
					lo, hi = f.widths.add(lo, hi, int(c)+k, int(c)+k, wv)
				}
			}
			i += 2
		case float64:
			if i+2 >= len(a) {
				return
			}
			w, _ := pf.resolve(a[i+2]).(float64)
			if next >= c && next <= maxCode {
				lo, hi = f.widths.add(lo, hi, int(c), int(next), w)
			}
			i += 3
		default:
			return
		}
	}
}

// decode turns shown bytes into text, their width in text space units of
// one point, and the count of single-byte spaces (for word spacing).
func (f *pdfFont) decode(s []byte) (string, float64, int) {
	var sb strings.Builder
	width, spaces := 0.0, 0
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(s); i += step {
		code := int(s[i])
		if f.twoByte {
			code = code<<8 | int(s[i+1])
		}
		w, ok := f.widths.get(code)
		if !ok {
			w = f.dw
		}
		width += w / 1000
		if u, ok := f.unicode(code); ok {
			sb.WriteString(u)
		} else if !f.twoByte {
			if r := f.enc[code]; r != 0 && (r >= ' ' || r == '\t') {
				sb.WriteRune(r)
			}
		}
		if !f.twoByte && code == ' ' {
			spaces++
		}
	}
	return ligatures.Replace(strings.ToValidUTF8(norm.NFC.String(sb.String()), "")), width, spaces
}

// unicode returns the text the ToUnicode CMap gives code, looking each
// code up once.
func (f *pdfFont) unicode(code int) (string, bool) {
	if f.uni == nil {
		return "", false
	}
	if e, ok := f.seen[code]; ok {
		return e.text, e.ok
	}
	if f.seen == nil {
		f.seen = map[int]uniEntry{}
	}
	text, ok := f.uni.lookup(code)
	f.seen[code] = uniEntry{text, ok}
	return text, ok
}

// ligatures spells out the typographic ligatures fonts draw as one glyph.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl")

// toUnicode is a ToUnicode CMap: its bfchar and bfrange mappings in the
// order given, a later one winning where they overlap. A bfrange onto a
// string is kept as a range, whatever it covers.
type toUnicode struct {
	index spans
	defs  []cmapDef
}

// cmapDef maps codes from lo: to text, or, when base is set, each code
// to base with its last character advanced by the code's distance from lo.
type cmapDef struct {
	lo   int
	text string
	base []rune
}

func (u *toUnicode) lookup(code int) (string, bool) {
	i := u.index.find(code)
	if i < 0 {
		return "", false
	}
	d := u.defs[i]
	if d.base == nil {
		return d.text, true
	}
	r := append([]rune(nil), d.base...)
	r[len(r)-1] += rune(code - d.lo)
	return string(r), true
}

// parseCMap reads the bfchar and bfrange mappings of a ToUnicode CMap, up
// to maxCMapEntries of them.
func parseCMap(b []byte) *toUnicode {
	u := &toUnicode{}
	var lo, hi []int
	def := func(a, z int, d cmapDef) {
		d.lo = a
		lo, hi = append(lo, a), append(hi, z)
		u.defs = append(u.defs, d)
	}
	l := &lexer{b: b}
	var ops []any
	mode := ""
	for len(u.defs) < maxCMapEntries {
		v, err := l.object(0)
		if err != nil {
			if err == errPDFSyntax {
				continue
			}
			break
		}
		op, ok := v.(pdfOp)
		if !ok {
			if mode != "" {
				ops = append(ops, v)
				switch mode {
				case "bfchar":
					if len(ops) == 2 {
						if src, ok := ops[0].(pdfString); ok && len(src) <= 4 {
							c := codeOf(src)
							def(c, c, cmapDef{text: utf16String(ops[1])})
						}
						ops = ops[:0]
					}
				case "bfrange":
					if len(ops) == 3 {
						cmapRange(def, ops)
						ops = ops[:0]
					}
				}
			}
			continue
		}
		switch op {
		case "beginbfchar":
			mode, ops = "bfchar", ops[:0]
		case "beginbfrange":
			mode, ops = "bfrange", ops[:0]
		case "endbfchar", "endbfrange":
			mode, ops = "", ops[:0]
		}
	}
	u.index = newSpans(lo, hi)
	return u
}

// cmapRange adds one bfrange: codes lo to hi onto consecutive characters
// from a string, or onto the strings of an array one by one.
func cmapRange(def func(a, z int, d cmapDef), ops []any) {
	lo, ok1 := ops[0].(pdfString)
	hi, ok2 := ops[1].(pdfString)
	if !ok1 || !ok2 || len(lo) > 4 || len(hi) > 4 {
		return
	}
	a, z := codeOf(lo), codeOf(hi)
	if z < a {
		return
	}
	switch dst := ops[2].(type) {
	case pdfString:
		base := []rune(utf16String(dst))
		if len(base) == 0 {
			return
		}
		def(a, z, cmapDef{base: base})
	case pdfArray:
		for k, d := range dst {
			if a+k > z {
				break
			}
			def(a+k, a+k, cmapDef{text: utf16String(d)})
		}
	}
}

func codeOf(s pdfString) int {
	c := 0
	for _, b := range s {
		c = c<<8 | int(b)
	}
	return c
}

func utf16String(v any) string {
	s, ok := v.(pdfString)
	if !ok {
		return ""
	}
	var u []uint16
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// glyphRune maps an Adobe glyph name to its character: "uniXXXX", single
// letters and digits' names, common punctuation, and accented letters.
func glyphRune(name string) rune {
	if r, ok := glyphNames[name]; ok {
		return r
	}
	if strings.HasPrefix(name, "uni") && len(name) == 7 {
		if v, err := strconv.ParseUint(name[3:], 16, 32); err == nil {
			return rune(v)
		}
	}
	if len(name) == 1 {
		return rune(name[0])
	}
	for suffix, mark := range accents {
		if base, ok := strings.CutSuffix(name, suffix); ok && len(base) == 1 {
			if r := []rune(norm.NFC.String(base + string(mark))); len(r) == 1 {
				return r[0]
			}
		}
	}
	return 0
}

var accents = map[string]rune{"acute": '\u0301', "grave": '\u0300', "circumflex": '\u0302',
	"dieresis": '\u0308', "tilde": '\u0303', "cedilla": '\u0327', "ring": '\u030a', "caron": '\u030c'}

var glyphNames = map[string]rune{
	"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$', "percent": '%',
	"ampersand": '&', "quotesingle": '\'', "parenleft": '(', "parenright": ')', "asterisk": '*',
	"plus": '+', "comma": ',', "hyphen": '-', "period": '.', "slash": '/', "zero": '0', "one": '1',
	"two": '2', "three": '3', "four": '4', "five": '5', "six": '6', "seven": '7', "eight": '8',
	"nine": '9', "colon": ':', "semicolon": ';', "less": '<', "equal": '=', "greater": '>',
	"question": '?', "at": '@', "bracketleft": '[', "backslash": '\\', "bracketright": ']',
	"asciicircum": '^', "underscore": '_', "grave": '`', "braceleft": '{', "bar": '|',
	"braceright": '}', "asciitilde": '~', "quoteleft": '‘', "quoteright": '’', "quotedblleft": '“',
	"quotedblright": '”', "quotesinglbase": '‚', "quotedblbase": '„', "endash": '–', "emdash": '—',
	"bullet": '•', "ellipsis": '…', "dagger": '†', "daggerdbl": '‡', "fi": 'ﬁ', "fl": 'ﬂ',
	"ff": 'ﬀ', "ffi": 'ﬃ', "ffl": 'ﬄ', "germandbls": 'ß', "ae": 'æ', "AE": 'Æ', "oe": 'œ',
	"OE": 'Œ', "oslash": 'ø', "Oslash": 'Ø', "degree": '°', "section": '§', "paragraph": '¶',
	"copyright": '©', "registered": '®', "trademark": '™', "Euro": '€', "sterling": '£',
	"yen": '¥', "cent": '¢', "guillemotleft": '«', "guillemotright": '»', "minus": '−',
	"periodcentered": '·', "nbspace": '\u00a0', "dotlessi": 'ı', "exclamdown": '¡',
	"questiondown": '¿', "multiply": '×', "divide": '÷',
}
