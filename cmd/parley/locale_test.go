package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNoFyneLocaleError runs the built command under the locales of
// containers and CI machines (C.UTF-8 and its spellings), the plain C and
// POSIX locales, and a real one: none may make Fyne print an error about
// the user's locale, which it did on every command under C.UTF-8.
func TestNoFyneLocaleError(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := buildParley(t)
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != "LANG" && k != "LANGUAGE" && !strings.HasPrefix(k, "LC_") {
			env = append(env, kv)
		}
	}
	for _, locale := range [][]string{{"LANG=C.UTF-8"}, {"LANG=C.utf8"}, {"LANG=C"}, {"LANG=POSIX"}, {"LC_ALL=C.UTF-8"},
		{"LANG=de_DE.UTF-8", "LC_MESSAGES=C.UTF-8"}, {"LANG=de_DE.UTF-8"}} {
		for _, args := range [][]string{{"--help"}, {"compare", "--format", "md", "../../assets/sample/left.txt", "../../assets/sample/right.txt"}} {
			cmd := exec.Command(bin, args...)
			cmd.Env = append(env[:len(env):len(env)], locale...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%v parley %v: %v\n%s", locale, args[0], err, stderr.String())
			}
			if strings.Contains(stderr.String(), "Fyne error") {
				t.Errorf("%v parley %v printed a Fyne error:\n%s", locale, args[0], stderr.String())
			}
		}
	}
}
