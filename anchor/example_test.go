package anchor_test

import (
	"fmt"

	"github.com/parley-reader/parley/anchor"
)

func ExampleResolve() {
	old := []rune("대변인: ‘We won’t negotiate’ — talks ended.")
	target := anchor.Make(old, 6, 24) // We won’t negotiate

	edited := "Update — 대변인: ‘We won't negotiate’ — talks ended."
	start, end, state := anchor.Resolve(edited, target)
	fmt.Println(string([]rune(edited)[start:end]), state)
	// Output: We won't negotiate fuzzy
}
