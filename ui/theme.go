package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Colour names Parley adds to the theme. Every colour the reader draws comes
// from here, so light, dark and high-contrast palettes change all of them.
const (
	ColorAgree      fyne.ThemeColorName = "parleyAgree"
	ColorContradict fyne.ThemeColorName = "parleyContradict"
	ColorDiffer     fyne.ThemeColorName = "parleyDiffer"
	ColorOmitted    fyne.ThemeColorName = "parleyOmitted"
	ColorSuggested  fyne.ThemeColorName = "parleySuggested"
	ColorChanged    fyne.ThemeColorName = "parleyChanged"
	ColorCurrent    fyne.ThemeColorName = "parleyCurrent"
	ColorConnector  fyne.ThemeColorName = "parleyConnector"
	ColorDimmed     fyne.ThemeColorName = "parleyDimmed"
	ColorOnlyLeft   fyne.ThemeColorName = "parleyOnlyLeft"  // text only the left has, in a word diff
	ColorOnlyRight  fyne.ThemeColorName = "parleyOnlyRight" // text only the right has, in a word diff
)

// Appearance is the reader's choice of palette.
type Appearance int

// The palettes: follow the system, or a fixed light or dark one.
const (
	FollowSystem Appearance = iota
	Light
	Dark
)

// parleyTheme is Fyne's default theme with Parley's relation colours, a
// manual light/dark switch, a high-contrast palette and a text zoom.
type parleyTheme struct {
	appearance   Appearance
	highContrast bool
	zoom         float32 // 1 is the default text size
}

type palette struct {
	agree, contradict, differ, omitted, suggested, changed, current, connector, dimmed color.Color
	onlyLeft, onlyRight                                                                color.Color
}

var (
	lightPalette = palette{
		agree:      color.NRGBA{0xd4, 0xee, 0xd9, 0xff},
		contradict: color.NRGBA{0xf8, 0xd0, 0xc8, 0xff},
		differ:     color.NRGBA{0xfb, 0xe9, 0xb7, 0xff},
		omitted:    color.NRGBA{0xee, 0xf0, 0xf5, 0xff},
		suggested:  color.NRGBA{0xe6, 0xdc, 0xf7, 0xff},
		changed:    color.NRGBA{0x9c, 0x2a, 0x1a, 0xff},
		current:    color.NRGBA{0x1f, 0x5f, 0xbf, 0xff},
		connector:  color.NRGBA{0x1f, 0x5f, 0xbf, 0xcc},
		dimmed:     color.NRGBA{0xa8, 0xa8, 0xa8, 0xff},
		onlyLeft:   color.NRGBA{0xa3, 0x1f, 0x12, 0xff},
		onlyRight:  color.NRGBA{0x1a, 0x4a, 0xa8, 0xff},
	}
	darkPalette = palette{
		agree:      color.NRGBA{0x1d, 0x4a, 0x2c, 0xff},
		contradict: color.NRGBA{0x63, 0x26, 0x20, 0xff},
		differ:     color.NRGBA{0x5b, 0x4a, 0x12, 0xff},
		omitted:    color.NRGBA{0x25, 0x28, 0x33, 0xff},
		suggested:  color.NRGBA{0x3e, 0x2f, 0x5e, 0xff},
		changed:    color.NRGBA{0xff, 0xb4, 0x9e, 0xff},
		current:    color.NRGBA{0x7c, 0xb8, 0xff, 0xff},
		connector:  color.NRGBA{0x7c, 0xb8, 0xff, 0xcc},
		dimmed:     color.NRGBA{0x66, 0x66, 0x66, 0xff},
		onlyLeft:   color.NRGBA{0xff, 0x9e, 0x8a, 0xff},
		onlyRight:  color.NRGBA{0x8c, 0xc4, 0xff, 0xff},
	}
	highContrastLight = palette{
		agree:      color.NRGBA{0xa8, 0xf0, 0xb4, 0xff},
		contradict: color.NRGBA{0xff, 0xb0, 0xa0, 0xff},
		differ:     color.NRGBA{0xff, 0xe0, 0x66, 0xff},
		omitted:    color.NRGBA{0xc8, 0xcf, 0xe8, 0xff},
		suggested:  color.NRGBA{0xd6, 0xc2, 0xff, 0xff},
		changed:    color.NRGBA{0x8b, 0x00, 0x00, 0xff},
		current:    color.NRGBA{0x00, 0x00, 0xcc, 0xff},
		connector:  color.NRGBA{0x00, 0x00, 0xcc, 0xff},
		dimmed:     color.NRGBA{0xb0, 0xb0, 0xb0, 0xff},
		onlyLeft:   color.NRGBA{0x8b, 0x00, 0x00, 0xff},
		onlyRight:  color.NRGBA{0x00, 0x00, 0xaa, 0xff},
	}
	highContrastDark = palette{
		agree:      color.NRGBA{0x00, 0x55, 0x1c, 0xff},
		contradict: color.NRGBA{0x88, 0x10, 0x00, 0xff},
		differ:     color.NRGBA{0x70, 0x58, 0x00, 0xff},
		omitted:    color.NRGBA{0x2a, 0x2a, 0x66, 0xff},
		suggested:  color.NRGBA{0x50, 0x1c, 0x80, 0xff},
		changed:    color.NRGBA{0xff, 0xff, 0x00, 0xff},
		current:    color.NRGBA{0x00, 0xe5, 0xff, 0xff},
		connector:  color.NRGBA{0x00, 0xe5, 0xff, 0xff},
		dimmed:     color.NRGBA{0x5a, 0x5a, 0x5a, 0xff},
		onlyLeft:   color.NRGBA{0xff, 0xb0, 0xa0, 0xff},
		onlyRight:  color.NRGBA{0x9f, 0xd8, 0xff, 0xff},
	}
)

func (t *parleyTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.appearance {
	case Light:
		return theme.VariantLight
	case Dark:
		return theme.VariantDark
	}
	return v
}

// Color returns Parley's colours and, for the rest, the default theme's in
// the chosen variant; high contrast makes text and background pure.
func (t *parleyTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	dark := v == theme.VariantDark
	p := lightPalette
	switch {
	case dark && t.highContrast:
		p = highContrastDark
	case dark:
		p = darkPalette
	case t.highContrast:
		p = highContrastLight
	}
	switch n {
	case ColorAgree:
		return p.agree
	case ColorContradict:
		return p.contradict
	case ColorDiffer:
		return p.differ
	case ColorOmitted:
		return p.omitted
	case ColorSuggested:
		return p.suggested
	case ColorChanged:
		return p.changed
	case ColorCurrent:
		return p.current
	case ColorConnector:
		return p.connector
	case ColorDimmed:
		return p.dimmed
	case ColorOnlyLeft:
		return p.onlyLeft
	case ColorOnlyRight:
		return p.onlyRight
	}
	if c, ok := highlightColor(n, dark); ok {
		return c
	}
	if t.highContrast {
		switch n {
		case theme.ColorNameForeground:
			if dark {
				return color.White
			}
			return color.Black
		case theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground:
			if dark {
				return color.Black
			}
			return color.White
		}
	}
	return theme.DefaultTheme().Color(n, v)
}

// Font returns the default theme's fonts.
func (t *parleyTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon returns the default theme's icons.
func (t *parleyTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size scales text sizes by the zoom and keeps the rest.
func (t *parleyTheme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText:
		return s * t.zoom
	}
	return s
}

// highlightPalettes are the reader's highlight colours, light and dark.
var highlightPalettes = [2]map[fyne.ThemeColorName]color.NRGBA{
	{
		ColorHighlightYellow: {0xc9, 0x9a, 0x00, 0xff},
		ColorHighlightGreen:  {0x1a, 0x8a, 0x45, 0xff},
		ColorHighlightBlue:   {0x1f, 0x5f, 0xc8, 0xff},
		ColorHighlightPink:   {0xc8, 0x2a, 0x82, 0xff},
		ColorHighlightPurple: {0x6f, 0x42, 0xc8, 0xff},
	},
	{
		ColorHighlightYellow: {0xff, 0xd8, 0x3d, 0xff},
		ColorHighlightGreen:  {0x5e, 0xe0, 0x8c, 0xff},
		ColorHighlightBlue:   {0x6c, 0xb4, 0xff, 0xff},
		ColorHighlightPink:   {0xff, 0x7e, 0xc4, 0xff},
		ColorHighlightPurple: {0xc0, 0x9c, 0xff, 0xff},
	},
}

// highlightColor returns a highlight colour in the light or dark palette.
func highlightColor(n fyne.ThemeColorName, dark bool) (color.Color, bool) {
	i := 0
	if dark {
		i = 1
	}
	c, ok := highlightPalettes[i][n]
	return c, ok
}

// Zoom limits: from a small laptop screen to a projector.
const (
	minZoom = 0.6
	maxZoom = 3.0
)

// zoom multiplies the text size by f; 0 restores the default size.
func (r *Reader) zoom(f float32) {
	z := r.th.zoom * f
	if f == 0 {
		z = 1
	}
	z = min(max(z, minZoom), maxZoom)
	if z == r.th.zoom {
		return
	}
	r.th.zoom = z
	r.applyTheme()
	r.showLit()
	r.status.say(fmt.Sprintf("Text size %d%%", int(z*100+0.5)))
}

// cycleAppearance switches system → light → dark → system.
func (r *Reader) cycleAppearance() {
	r.th.appearance = (r.th.appearance + 1) % 3
	r.applyTheme()
	r.status.say([...]string{"Theme follows the system", "Light theme", "Dark theme"}[r.th.appearance])
}

func (r *Reader) toggleContrast() {
	r.th.highContrast = !r.th.highContrast
	r.applyTheme()
	if r.th.highContrast {
		r.status.say("High contrast on")
	} else {
		r.status.say("High contrast off")
	}
}

// applyTheme re-applies the theme so every widget picks up the change.
func (r *Reader) applyTheme() {
	r.app.Settings().SetTheme(r.th)
	r.win.Content().Refresh()
	r.status.legend.refresh()
	r.refreshMarks()
	if r.presenting == nil {
		r.viewMoved()
	}
}
