package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildParley builds the parley command into a temporary folder, as make
// build does, and returns its path.
func buildParley(b testing.TB) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "parley")
	cmd := exec.Command("go", "build", "-tags", "sqlite_fts5 migrated_fynedo", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// BenchmarkProcessStart runs `parley --help` as a whole process: the
// start-up every command pays before it does its work.
func BenchmarkProcessStart(b *testing.B) {
	bin := buildParley(b)
	for b.Loop() {
		cmd := exec.Command(bin, "--help")
		cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("parley --help: %v\n%s", err, out)
		}
	}
}

// BenchmarkCompareProcessSeed runs `parley compare --format json` on the
// built-in sample as a whole process: start-up, loading the lexical tables
// and word vectors, the comparison and the output.
func BenchmarkCompareProcessSeed(b *testing.B) {
	bin := buildParley(b)
	for b.Loop() {
		cmd := exec.Command(bin, "compare", "--format", "json", "../../assets/sample/left.txt", "../../assets/sample/right.txt")
		cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("parley compare: %v\n%s", err, out)
		}
	}
}

// BenchmarkCompareProcess5000 runs `parley compare --format json` as a whole
// process on two documents of 5,000 sentences each, drawn from the STS
// Benchmark training pairs (first sentences left, second ones right, each
// side in its own shuffled order), and reports the peak memory of the
// process in MB.
func BenchmarkCompareProcess5000(b *testing.B) {
	rows, err := os.ReadFile("../../../shared/data/stsb/sts-train.csv")
	if err != nil {
		b.Skipf("shared data not available: %v", err)
	}
	var as, bs []string
	for _, line := range strings.Split(string(rows), "\n") {
		if f := strings.Split(line, "\t"); len(f) >= 7 {
			as, bs = append(as, sentence(f[5])), append(bs, sentence(f[6]))
		}
	}
	dir := b.TempDir()
	left, right := filepath.Join(dir, "left.txt"), filepath.Join(dir, "right.txt")
	for _, f := range []struct {
		path string
		ss   []string
		seed uint64
	}{{left, as, 1}, {right, bs, 2}} {
		if err := os.WriteFile(f.path, []byte(shuffled(f.ss, 5000, f.seed)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	bin := buildParley(b)
	var peak int64
	for b.Loop() {
		cmd := exec.Command(bin, "compare", "--format", "json", left, right)
		cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
		cmd.Stdout, cmd.Stderr = nil, nil
		if err := cmd.Run(); err != nil {
			b.Fatalf("parley compare: %v", err)
		}
		peak = max(peak, maxRSS(cmd.ProcessState))
	}
	b.ReportMetric(float64(peak)/1024, "peak-MB")
}

// sentence trims s and gives it a full stop if it has none.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s != "" && !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

// shuffled joins n of the sentences in an order fixed by seed, going round
// the list again when n is larger.
func shuffled(ss []string, n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 42))
	var sb strings.Builder
	for written := 0; written < n; {
		for _, i := range rng.Perm(len(ss)) {
			if written == n {
				break
			}
			fmt.Fprintf(&sb, "%s ", ss[i])
			written++
		}
	}
	return sb.String()
}
