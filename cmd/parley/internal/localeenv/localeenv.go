// Package localeenv puts the locale environment in a form Fyne's language
// lookup reads without complaint, before Fyne reads it. Importing it (for
// its side effect) is all a command does with it.
//
// Fyne v2.7.1's lang package looks the user's locale up in its package
// init, through github.com/jeandeaual/go-locale: the first non-empty of
// LC_ALL, LC_MESSAGES and LANG. go-locale knows "C" and "POSIX" as the
// locale without a language, but not "C.UTF-8" (the usual locale of
// containers and CI machines): it cuts the codeset off and hands "C" on as
// a language tag, which does not parse, and Fyne prints "Fyne error: Error
// parsing user locale C" on every start.
//
// This package's init runs first: its import path sorts before the
// standard library's "log", which Fyne's lang package imports, and it
// imports nothing but "os" and "strings", so by Go's initialisation order
// (the first package in import-path order whose imports are initialised)
// it is initialised before lang. It sets LC_MESSAGES, the category for the
// language of messages, to plain "C", which is what "C.UTF-8" means for
// messages. Every other category keeps its value, so the character set
// stays UTF-8 for the window's text input and for programs Parley starts.
// A real locale such as de_DE.UTF-8 is left alone.
package localeenv

import (
	"os"
	"strings"
)

func init() {
	Normalise(os.Getenv, os.Setenv, os.Unsetenv)
}

// categories are the locale categories LC_ALL stands for.
var categories = []string{"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
	"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}

// Normalise rewrites, through the given accessors of the environment, a
// messages locale of the C or POSIX family with a codeset or modifier
// ("C.UTF-8", "C.utf8", "POSIX.UTF-8", "C@…") as plain "C" or "POSIX" in
// LC_MESSAGES. When the value comes from LC_ALL, which overrides every
// category, LC_ALL is replaced by each category set to its value, so that
// LC_MESSAGES can differ. Any other locale is left as it is.
func Normalise(getenv func(string) string, setenv func(string, string) error, unsetenv func(string) error) {
	name, value := "", ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if value = getenv(v); value != "" {
			name = v
			break
		}
	}
	base := value
	if i := strings.IndexAny(base, ".@"); i >= 0 {
		base = base[:i]
	}
	if base == value || base != "C" && base != "POSIX" {
		return
	}
	if name == "LC_ALL" {
		for _, c := range categories {
			_ = setenv(c, value)
		}
		_ = unsetenv("LC_ALL")
	}
	_ = setenv("LC_MESSAGES", base)
}
