package localeenv

import (
	"maps"
	"testing"
)

func TestNormalise(t *testing.T) {
	for _, c := range []struct {
		name      string
		env, want map[string]string
	}{
		{"C.UTF-8 in LANG", map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": "C.UTF-8", "LC_MESSAGES": "C"}},
		{"C.utf8 in LANG", map[string]string{"LANG": "C.utf8"}, map[string]string{"LANG": "C.utf8", "LC_MESSAGES": "C"}},
		{"POSIX with a codeset", map[string]string{"LANG": "POSIX.UTF-8"}, map[string]string{"LANG": "POSIX.UTF-8", "LC_MESSAGES": "POSIX"}},
		{"C.UTF-8 in LC_MESSAGES", map[string]string{"LANG": "de_DE.UTF-8", "LC_MESSAGES": "C.UTF-8"},
			map[string]string{"LANG": "de_DE.UTF-8", "LC_MESSAGES": "C"}},
		{"C.UTF-8 in LC_ALL", map[string]string{"LANG": "de_DE.UTF-8", "LC_ALL": "C.UTF-8", "LC_TIME": "fr_FR.UTF-8"},
			map[string]string{"LANG": "de_DE.UTF-8", "LC_CTYPE": "C.UTF-8", "LC_NUMERIC": "C.UTF-8", "LC_TIME": "C.UTF-8",
				"LC_COLLATE": "C.UTF-8", "LC_MONETARY": "C.UTF-8", "LC_MESSAGES": "C", "LC_PAPER": "C.UTF-8", "LC_NAME": "C.UTF-8",
				"LC_ADDRESS": "C.UTF-8", "LC_TELEPHONE": "C.UTF-8", "LC_MEASUREMENT": "C.UTF-8", "LC_IDENTIFICATION": "C.UTF-8"}},
		{"plain C", map[string]string{"LANG": "C"}, map[string]string{"LANG": "C"}},
		{"POSIX", map[string]string{"LC_ALL": "POSIX"}, map[string]string{"LC_ALL": "POSIX"}},
		{"a real locale", map[string]string{"LANG": "de_DE.UTF-8"}, map[string]string{"LANG": "de_DE.UTF-8"}},
		{"a real locale in LC_ALL", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "C.UTF-8"}, map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "C.UTF-8"}},
		{"a locale named like C", map[string]string{"LANG": "ca_ES.UTF-8"}, map[string]string{"LANG": "ca_ES.UTF-8"}},
		{"nothing set", map[string]string{}, map[string]string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := maps.Clone(c.env)
			Normalise(func(k string) string { return env[k] },
				func(k, v string) error { env[k] = v; return nil },
				func(k string) error { delete(env, k); return nil })
			if !maps.Equal(env, c.want) {
				t.Errorf("got %v, want %v", env, c.want)
			}
		})
	}
}
