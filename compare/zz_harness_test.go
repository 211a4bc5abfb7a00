package compare

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

type zzExp struct {
	Left, Right string
	LeftAny     []string `json:"left_any"`
	RightAny    []string `json:"right_any"`
	Relation    Relation
}
type zzCase struct {
	Name        string
	Left, Right struct{ Party, Text string }
	Expect      []zzExp
}

func zzFold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func zzDirs() []string {
	T := "../tools/quality/testdata/"
	d := []string{T + "cases", "/work/shared/samples/dev-cases", "/work/shared/samples/dev-cases2"}
	for i := 2; i <= 22; i++ {
		d = append(d, fmt.Sprintf("%sheldout%d", T, i))
	}
	return d
}

type zzPair struct {
	set, cas string
	lt, rt   string
	got      Relation
	gold     Relation // "" when no expectation joins them
	p        Pair
}

func zzPairs(t *testing.T) []zzPair {
	var out []zzPair
	for _, d := range zzDirs() {
		files, _ := filepath.Glob(d + "/*.json")
		sort.Strings(files)
		for _, f := range files {
			b, _ := os.ReadFile(f)
			var c zzCase
			if json.Unmarshal(b, &c) != nil || c.Left.Text == "" {
				continue
			}
			res, err := Compare(Document{Meta: Meta{Party: c.Left.Party}, Text: c.Left.Text}, Document{Meta: Meta{Party: c.Right.Party}, Text: c.Right.Text})
			if err != nil {
				t.Fatal(err)
			}
			join := func(s Side, ids []int) string {
				var p []string
				for _, id := range ids {
					p = append(p, s.Claims[id].Text)
				}
				return zzFold(strings.Join(p, " "))
			}
			for _, p := range res.Pairs {
				lt, rt := join(res.Left, p.Left), join(res.Right, p.Right)
				zp := zzPair{set: filepath.Base(d), cas: filepath.Base(f), lt: lt, rt: rt, got: p.Relation, p: p}
				for _, e := range c.Expect {
					ls, rs := e.LeftAny, e.RightAny
					if e.Left != "" {
						ls = append(ls, e.Left)
					}
					if e.Right != "" {
						rs = append(rs, e.Right)
					}
					in := func(text string, subs []string) bool {
						for _, s := range subs {
							if strings.Contains(text, zzFold(s)) {
								return true
							}
						}
						return false
					}
					if in(lt, ls) && in(rt, rs) {
						zp.gold = e.Relation
					}
				}
				out = append(out, zp)
			}
		}
	}
	return out
}
