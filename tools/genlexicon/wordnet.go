package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// posNames maps a WordNet part-of-speech letter to its file suffix, in the
// order the tables list parts of speech.
var posNames = []struct {
	letter byte
	file   string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

// synKey names a synset by part of speech (satellites count as 'a') and byte
// offset in its data file.
type synKey struct {
	pos byte
	off int
}

// pointer is one relation out of a synset. src and tgt are 1-based word
// numbers for lexical pointers and 0 for semantic ones.
type pointer struct {
	sym      string
	target   synKey
	src, tgt int
}

type synset struct {
	key       synKey
	satellite bool
	words     []string
	ptrs      []pointer
}

// sense is one entry of a lemma's sense list in an index file.
type sense struct {
	key  synKey
	tags int
}

// wordnet is the parsed database.
type wordnet struct {
	synsets map[synKey]*synset
	// senses maps lemma then part of speech to the synsets in sense order.
	senses map[string]map[byte][]sense
	// exceptions maps part of speech then inflected form to base forms.
	exceptions map[byte]map[string][]string
}

// normLemma lowercases a WordNet lemma, strips an adjective marker such as
// "(a)" and turns underscores into spaces.
func normLemma(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 {
		w = w[:i]
	}
	return strings.ReplaceAll(strings.ToLower(w), "_", " ")
}

func readWordNet(wnDir, excDir string) (*wordnet, error) {
	wn := &wordnet{
		synsets:    map[synKey]*synset{},
		senses:     map[string]map[byte][]sense{},
		exceptions: map[byte]map[string][]string{},
	}
	for _, p := range posNames {
		if err := eachLine(filepath.Join(wnDir, "data."+p.file), func(f []string) error {
			return wn.addSynset(p.letter, f)
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(wnDir, "index."+p.file), func(f []string) error {
			return wn.addIndex(p.letter, f)
		}); err != nil {
			return nil, err
		}
		wn.exceptions[p.letter] = map[string][]string{}
		if err := eachLine(filepath.Join(excDir, p.file+".exc"), func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("short exception line %q", strings.Join(f, " "))
			}
			infl := normLemma(f[0])
			for _, b := range f[1:] {
				wn.exceptions[p.letter][infl] = append(wn.exceptions[p.letter][infl], normLemma(b))
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	if err := eachLine(filepath.Join(wnDir, "index.sense"), wn.addTagCount); err != nil {
		return nil, err
	}
	return wn, nil
}

// eachLine calls fn with the space-separated fields of every line of a
// WordNet file, skipping the licence header (lines starting with a space).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open wordnet file: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

func atoi(s string, base int) (int, error) {
	n, err := strconv.ParseInt(s, base, 64)
	return int(n), err
}

// addSynset parses a data file line:
// offset lex_filenum ss_type w_cnt {word lex_id} p_cnt {sym offset pos src/tgt} ...
func (wn *wordnet) addSynset(pos byte, f []string) error {
	if len(f) < 4 {
		return fmt.Errorf("short data line")
	}
	off, err := atoi(f[0], 10)
	if err != nil {
		return fmt.Errorf("bad offset: %w", err)
	}
	ss := &synset{key: synKey{pos, off}, satellite: f[2] == "s"}
	nw, err := atoi(f[3], 16)
	if err != nil || len(f) < 5+2*nw {
		return fmt.Errorf("bad word count %q", f[3])
	}
	for i := 0; i < nw; i++ {
		ss.words = append(ss.words, normLemma(f[4+2*i]))
	}
	i := 4 + 2*nw
	np, err := atoi(f[i], 10)
	if err != nil || len(f) < i+1+4*np {
		return fmt.Errorf("bad pointer count %q", f[i])
	}
	for j := 0; j < np; j++ {
		p := f[i+1+4*j : i+5+4*j]
		toff, err := atoi(p[1], 10)
		if err != nil {
			return fmt.Errorf("bad pointer offset: %w", err)
		}
		st, err := atoi(p[3], 16)
		if err != nil {
			return fmt.Errorf("bad source/target: %w", err)
		}
		tpos := p[2][0]
		if tpos == 's' {
			tpos = 'a'
		}
		ss.ptrs = append(ss.ptrs, pointer{sym: p[0], target: synKey{tpos, toff}, src: st >> 8, tgt: st & 0xff})
	}
	wn.synsets[ss.key] = ss
	return nil
}

// addIndex parses an index file line:
// lemma pos synset_cnt p_cnt {sym} sense_cnt tagsense_cnt {offset}
func (wn *wordnet) addIndex(pos byte, f []string) error {
	if len(f) < 4 {
		return fmt.Errorf("short index line")
	}
	np, err := atoi(f[3], 10)
	if err != nil || len(f) < 6+np {
		return fmt.Errorf("bad pointer count %q", f[3])
	}
	lemma := normLemma(f[0])
	if wn.senses[lemma] == nil {
		wn.senses[lemma] = map[byte][]sense{}
	}
	for _, o := range f[6+np:] {
		off, err := atoi(o, 10)
		if err != nil {
			return fmt.Errorf("bad synset offset: %w", err)
		}
		wn.senses[lemma][pos] = append(wn.senses[lemma][pos], sense{key: synKey{pos, off}})
	}
	return nil
}

// addTagCount parses an index.sense line:
// lemma%ss_type:lex_filenum:lex_id:head:head_id offset sense_number tag_cnt
func (wn *wordnet) addTagCount(f []string) error {
	if len(f) != 4 {
		return fmt.Errorf("bad sense line")
	}
	lemma, rest, ok := strings.Cut(f[0], "%")
	if !ok || rest == "" {
		return fmt.Errorf("bad sense key %q", f[0])
	}
	var pos byte
	switch rest[0] {
	case '1':
		pos = 'n'
	case '2':
		pos = 'v'
	case '3', '5':
		pos = 'a'
	case '4':
		pos = 'r'
	default:
		return fmt.Errorf("bad sense key %q", f[0])
	}
	off, err1 := atoi(f[1], 10)
	tags, err2 := atoi(f[3], 10)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("bad sense numbers")
	}
	ss := wn.senses[normLemma(lemma)][pos]
	for i := range ss {
		if ss[i].key.off == off {
			ss[i].tags = tags
			return nil
		}
	}
	return fmt.Errorf("sense %q not in index", f[0])
}
