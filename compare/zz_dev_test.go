package compare

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDevSNLI(t *testing.T) {
	if os.Getenv("DEVSNLI") == "" {
		t.Skip()
	}
	labels := map[string]int{"entailment": 0, "contradiction": 1, "neutral": 2}
	idx := map[Relation]int{Agree: 0, Contradict: 1, Differ: 2}
	var conf [3][3]int
	cueKinds := map[string][2]int{}
	for _, row := range readRows(t, "snli/snli_1.0_"+os.Getenv("DEVSNLI")+".tsv") {
		want, ok := labels[row[0]]
		if !ok || len(row) < 3 {
			continue
		}
		v := Classify(row[1], row[2])
		conf[want][idx[v.Relation]]++
		if v.Relation == Contradict {
			for _, c := range v.Cues {
				k, _, _ := strings.Cut(c, ":")
				x := cueKinds[k]
				if want == 1 {
					x[0]++
				} else {
					x[1]++
				}
				cueKinds[k] = x
			}
		}
		if os.Getenv("SHOW") != "" && (want == 1) != (v.Relation == Contradict) && want != 0 {
			fmt.Printf("%d→%s | %s | %s | %v\n", want, v.Relation, row[1], row[2], v.Cues)
		}
	}
	names := []string{"agree", "contra", "differ"}
	for i := range conf {
		tp := conf[i][i]
		col := conf[0][i] + conf[1][i] + conf[2][i]
		rowt := conf[i][0] + conf[i][1] + conf[i][2]
		p, r := float64(tp)/float64(col), float64(tp)/float64(rowt)
		fmt.Printf("%-7s P %.3f R %.3f F1 %.3f  %v\n", names[i], p, r, 2*p*r/(p+r), conf[i])
	}
	fmt.Println("contradiction cues (true, false):", cueKinds)
}
