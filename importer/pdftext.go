package importer

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

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
	x := &extractor{f: f, fonts: map[any]*pdfFont{}}
	var blocks []string
	shown, images := 0, 0
	for i, p := range pages {
		runs, err := x.page(p)
		if err != nil {
			return Doc{}, err
		}
		shown += x.shown
		images += x.images
		blocks = append(blocks, layout(runs)...)
		o.progress(i+1, len(pages))
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
// page space.
type textRun struct {
	x, y, endX, size float64
	text             string
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

// extractor interprets content streams, keeping fonts between pages.
type extractor struct {
	f      *pdfFile
	fonts  map[any]*pdfFont
	shown  int // text-showing operators met on the current page
	images int // image XObjects met on the current page
}

func (x *extractor) page(p pdfDict) ([]textRun, error) {
	x.shown, x.images = 0, 0
	var content []byte
	var parts []any
	switch c := x.f.resolve(p["Contents"]).(type) {
	case *pdfStream:
		parts = []any{c}
	case pdfArray:
		parts = c
	}
	for _, part := range parts {
		if s, ok := x.f.resolve(part).(*pdfStream); ok {
			data, err := x.f.decode(s)
			if err != nil {
				if isLimit(err) {
					return nil, err
				}
				continue
			}
			content = append(content, data...)
			content = append(content, '\n')
		}
	}
	var runs []textRun
	err := x.run(content, x.f.dict(p["Resources"]), identity, 0, &runs)
	return runs, err
}

func isLimit(err error) bool {
	return err != nil && strings.Contains(err.Error(), ErrZipBomb.Error())
}

// run interprets one content stream (a page or a form XObject).
func (x *extractor) run(content []byte, res pdfDict, ctm matrix, depth int, runs *[]textRun) error {
	type state struct {
		ctm  matrix
		font *pdfFont
		size float64
	}
	gs := state{ctm: ctm, size: 12}
	var saved []state
	var tm, tlm matrix
	var leading, charSpace, wordSpace float64
	scale := 1.0
	var ops []any
	fonts := x.f.dict(res["Font"])
	xobjs := x.f.dict(res["XObject"])
	num := func(i int) float64 {
		if i < len(ops) {
			if v, ok := ops[i].(float64); ok {
				return v
			}
		}
		return 0
	}
	show := func(s []byte) {
		x.shown++
		if gs.font == nil {
			gs.font = &pdfFont{}
		}
		text, width, spaces := gs.font.decode(s)
		trm := matrix{gs.size * scale, 0, 0, gs.size, 0, 0}.mul(tm).mul(gs.ctm)
		adv := (width*gs.size + charSpace*float64(len([]rune(text))) + wordSpace*float64(spaces)) * scale
		if text != "" {
			end := matrix{1, 0, 0, 1, adv, 0}.mul(tm).mul(gs.ctm)
			size := math.Hypot(trm[2], trm[3])
			*runs = append(*runs, textRun{x: trm[4], y: trm[5], endX: end[4], size: size, text: text})
		}
		tm = matrix{1, 0, 0, 1, adv, 0}.mul(tm)
	}
	l := &lexer{b: content}
	for {
		v, err := l.object(0)
		if err != nil {
			if err == errPDFSyntax {
				ops = ops[:0]
				continue
			}
			break
		}
		op, ok := v.(pdfOp)
		if !ok {
			if len(ops) < 64 {
				ops = append(ops, v)
			}
			continue
		}
		switch op {
		case "q":
			if len(saved) < 256 {
				saved = append(saved, gs)
			}
		case "Q":
			if n := len(saved); n > 0 {
				gs, saved = saved[n-1], saved[:n-1]
			}
		case "cm":
			gs.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(gs.ctm)
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			gs.size = num(1)
			if name, ok := firstOp(ops).(pdfName); ok {
				gs.font = x.font(fonts[name])
			}
		case "TL":
			leading = num(0)
		case "Tc":
			charSpace = num(0)
		case "Tw":
			wordSpace = num(0)
		case "Tz":
			scale = num(0) / 100
		case "Td", "TD":
			if op == "TD" {
				leading = -num(1)
			}
			tlm = matrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
			tm = tlm
		case "Tm":
			tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
			tm = tlm
		case "T*":
			tlm = matrix{1, 0, 0, 1, 0, -leading}.mul(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if op != "Tj" {
				if op == "\"" {
					wordSpace, charSpace = num(0), num(1)
				}
				tlm = matrix{1, 0, 0, 1, 0, -leading}.mul(tlm)
				tm = tlm
			}
			if len(ops) > 0 {
				if s, ok := ops[len(ops)-1].(pdfString); ok {
					show(s)
				}
			}
		case "TJ":
			if a, ok := firstOp(ops).(pdfArray); ok {
				for _, e := range a {
					switch e := e.(type) {
					case pdfString:
						show(e)
					case float64:
						dx := -e / 1000 * gs.size * scale
						if e < -180 && len(*runs) > 0 {
							(*runs)[len(*runs)-1].text += " "
						}
						tm = matrix{1, 0, 0, 1, dx, 0}.mul(tm)
					}
				}
			}
		case "Do":
			name, _ := firstOp(ops).(pdfName)
			s, ok := x.f.resolve(xobjs[name]).(*pdfStream)
			if !ok {
				break
			}
			switch s.dict["Subtype"] {
			case pdfName("Image"):
				x.images++
			case pdfName("Form"):
				if depth >= 8 {
					break
				}
				data, err := x.f.decode(s)
				if err != nil {
					if isLimit(err) {
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
					r = res
				}
				if err := x.run(data, r, m.mul(gs.ctm), depth+1, runs); err != nil {
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
		ops = ops[:0]
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
	twoByte bool           // Type0 with a two-byte encoding
	toUni   map[int]string // from a ToUnicode CMap
	enc     [256]rune      // a simple font's encoding
	widths  map[int]float64
	dw      float64
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
	f := &pdfFont{widths: map[int]float64{}, dw: 500}
	x.fonts[key] = f
	d := x.f.dict(ref)
	for i := range f.enc {
		f.enc[i] = charmap.Windows1252.DecodeByte(byte(i))
	}
	if d == nil {
		return f
	}
	if s, ok := x.f.resolve(d["ToUnicode"]).(*pdfStream); ok {
		if data, err := x.f.decode(s); err == nil {
			f.toUni = parseCMap(data)
		}
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
		for i, w := range ws {
			if v, ok := x.f.resolve(w).(float64); ok {
				f.widths[int(first)+i] = v
			}
		}
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

// cidWidths reads a CID font's /W array: "c [w1 w2 …]" or "c1 c2 w".
func (f *pdfFont) cidWidths(pf *pdfFile, v any) {
	a, ok := v.(pdfArray)
	if !ok {
		return
	}
	for i := 0; i+1 < len(a); {
		c, ok := pf.resolve(a[i]).(float64)
		if !ok {
			return
		}
		switch next := pf.resolve(a[i+1]).(type) {
		case pdfArray:
			for k, w := range next {
				if wv, ok := pf.resolve(w).(float64); ok && k < 65536 {
					f.widths[int(c)+k] = wv
				}
			}
			i += 2
		case float64:
			if i+2 >= len(a) {
				return
			}
			w, _ := pf.resolve(a[i+2]).(float64)
			for k := int(c); k <= int(next) && k-int(c) < 65536; k++ {
				f.widths[k] = w
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
		w, ok := f.widths[code]
		if !ok {
			w = f.dw
		}
		width += w / 1000
		if u, ok := f.toUni[code]; ok {
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

// ligatures spells out the typographic ligatures fonts draw as one glyph.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl")

// parseCMap reads the bfchar and bfrange mappings of a ToUnicode CMap.
func parseCMap(b []byte) map[int]string {
	m := map[int]string{}
	l := &lexer{b: b}
	var ops []any
	mode := ""
	for len(m) < 1<<17 {
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
						if src, ok := ops[0].(pdfString); ok {
							m[codeOf(src)] = utf16String(ops[1])
						}
						ops = ops[:0]
					}
				case "bfrange":
					if len(ops) == 3 {
						cmapRange(m, ops)
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
	return m
}

func cmapRange(m map[int]string, ops []any) {
	lo, ok1 := ops[0].(pdfString)
	hi, ok2 := ops[1].(pdfString)
	if !ok1 || !ok2 {
		return
	}
	a, z := codeOf(lo), codeOf(hi)
	if z < a || z-a > 65535 {
		return
	}
	switch dst := ops[2].(type) {
	case pdfString:
		base := []rune(utf16String(dst))
		if len(base) == 0 {
			return
		}
		for c := a; c <= z; c++ {
			r := append([]rune{}, base...)
			r[len(r)-1] += rune(c - a)
			m[c] = string(r)
		}
	case pdfArray:
		for k, d := range dst {
			if a+k > z {
				break
			}
			m[a+k] = utf16String(d)
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
