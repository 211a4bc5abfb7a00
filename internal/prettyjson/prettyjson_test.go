package prettyjson

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// standard is what encoding/json's Encoder writes for v with two-space
// indentation and HTML left as it is.
func standard(t testing.TB, v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestEncodeMatchesEncoder checks that Encode writes the Encoder's bytes
// for values with every shape a comparison has: nested objects, empty and
// one-element arrays, strings with quotes, escapes, brackets, colons and
// commas, and non-ASCII text.
func TestEncodeMatchesEncoder(t *testing.T) {
	values := []any{
		map[string]any{},
		[]int{},
		[]any{[]int{}, map[string]int{}, []int{1}},
		map[string]any{"text": `he said "no", {not} [this]: \ ok`, "n": 1.5, "ok": true, "none": nil},
		struct {
			Left  []int    `json:"left"`
			Cues  []string `json:"cues"`
			Quote string   `json:"quote"`
		}{[]int{0, 1}, []string{"negation: \"wage agreement\" / \"no wage agreement\"", "only the left says: «ici»"}, "<b>&amp;</b>\t\u2028"},
	}
	for _, v := range values {
		var got bytes.Buffer
		if err := Encode(&got, v); err != nil {
			t.Fatal(err)
		}
		if want := standard(t, v); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("Encode(%v) =\n%s\nwant\n%s", v, got.Bytes(), want)
		}
	}
}

// TestIndentMatchesOnAComparison checks Indent against json.Indent on the
// JSON of a real comparison kept in testdata.
func TestIndentMatchesOnAComparison(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "comparison.json"))
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, src); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	if got := Indent(nil, compact.Bytes()); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("Indent differs from json.Indent on the comparison (%d bytes against %d)", len(got), want.Len())
	}
}

// FuzzIndent checks that Indent writes what json.Indent writes for any
// valid JSON once compacted.
func FuzzIndent(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c\"]"},[]],"d":{}}`))
	f.Add([]byte(`"plain"`))
	f.Add([]byte(`[[[]],{"":""}]`))
	f.Fuzz(func(t *testing.T, src []byte) {
		if !json.Valid(src) {
			return
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, src); err != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		if got := Indent(nil, compact.Bytes()); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("Indent(%q) = %q, want %q", compact.Bytes(), got, want.Bytes())
		}
	})
}

// BenchmarkEncode encodes a comparison's JSON kept in testdata.
func BenchmarkEncode(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "comparison.json"))
	if err != nil {
		b.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(src, &v); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := Encode(&bytes.Buffer{}, v); err != nil {
			b.Fatal(err)
		}
	}
}
