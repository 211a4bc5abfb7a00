package ui

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// largestWindow is the most room the reader takes when it opens: more makes
// lines too long to read.
var largestWindow = fyne.NewSize(1680, 1050)

// windowSize is the size the reader opens at on a screen of the given size
// (in Fyne's units): nine tenths of it, no larger than largestWindow and no
// smaller than minWindow.
func windowSize(screen fyne.Size) fyne.Size {
	return fyne.NewSize(
		min(max(screen.Width*0.9, minWindow.Width), largestWindow.Width),
		min(max(screen.Height*0.9, minWindow.Height), largestWindow.Height))
}

// fitScreen sizes the window to the primary screen. It calls GLFW, which
// the window's driver has started, and runs on the driver's thread (the
// app's started hook).
func (r *Reader) fitScreen() {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return
	}
	mode := m.GetVideoMode()
	if mode == nil || mode.Width <= 0 || mode.Height <= 0 {
		return
	}
	scale := max(r.win.Canvas().Scale(), 0.5)
	r.win.Resize(windowSize(fyne.NewSize(float32(mode.Width)/scale, float32(mode.Height)/scale)))
	r.win.CenterOnScreen()
}
