#!/usr/bin/env bash
# smoke.sh BINARY: start Parley in a real window on a private X server, wait
# for its window, take a screenshot, and fail if the program died or the
# picture is one flat colour. The screenshot is left in out/smoke.png.
set -euo pipefail
bin=${1:?usage: smoke.sh BINARY}
mkdir -p out
work=$(mktemp -d)
trap 'kill "${app:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# Start a private X server on the first free display that comes up: a
# display another X server is still leaving (a screenshot just taken) makes
# this one exit, and then the next display is tried.
start_x() {
  display=""
  for n in $(seq "$1" 199); do
    [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]] || continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 300); do
      kill -0 "$xvfb" 2>/dev/null || break
      if DISPLAY=:$n xdpyinfo >/dev/null 2>&1; then display=:$n; break; fi
      sleep 0.1
    done
    # the answer may have come from the server that was leaving, and ours
    # then exits: keep the display only if ours still runs a moment later
    if [[ -n $display ]]; then
      sleep 0.5
      if kill -0 "$xvfb" 2>/dev/null && DISPLAY=$display xdpyinfo >/dev/null 2>&1; then next=$((n + 1)); return; fi
      display=""
    fi
    kill "$xvfb" 2>/dev/null || true
  done
  echo "smoke: no private X server came up on displays :$1 to :199" >&2
  exit 1
}

# Start Parley and wait for its window. On a loaded machine the X server
# can still go away under a program that has just connected ("Failed to
# open display"): that is the server's failure, not Parley's, so the next
# display is tried, up to three times; any other early exit fails.
next=150
win=""
for attempt in 1 2 3; do
  start_x "$next"
  export DISPLAY=$display LANG=C.UTF-8
  rm -f "$work/parley.db"
  PARLEY_DB="$work/parley.db" "$bin" >"out/smoke.log" 2>&1 &
  app=$!
  for _ in $(seq 600); do
    if ! kill -0 "$app" 2>/dev/null; then
      if grep -q "Failed to open display" out/smoke.log && [[ $attempt -lt 3 ]]; then
        echo "smoke: the X server on $display went away under parley; trying another display" >&2
        kill "$xvfb" 2>/dev/null || true
        continue 2
      fi
      echo "smoke: parley exited before its window appeared:" >&2; cat out/smoke.log >&2; exit 1
    fi
    win=$(xdotool search --onlyvisible --name '^Parley$' 2>/dev/null | head -n1 || true)
    [[ -n $win ]] && break 2
    sleep 0.1
  done
  break
done
[[ -n $win ]] || { echo "smoke: no Parley window within 60 s" >&2; cat out/smoke.log >&2; exit 1; }
sleep 3
kill -0 "$app" 2>/dev/null || { echo "smoke: parley died after opening its window:" >&2; cat out/smoke.log >&2; exit 1; }
import -window root out/smoke.png
[[ -s $work/parley.db ]] || { echo "smoke: the library database was not created" >&2; exit 1; }

sd=$(convert out/smoke.png -colorspace Gray -format '%[fx:standard_deviation]' info:)
colours=$(convert out/smoke.png -format '%k' info:)
echo "smoke: window up, screenshot out/smoke.png ($colours colours, grey deviation $sd)"
awk -v sd="$sd" 'BEGIN { exit !(sd > 0.02) }' || { echo "smoke: the screenshot is one flat colour" >&2; exit 1; }
[[ $colours -gt 16 ]] || { echo "smoke: the screenshot has only $colours colours; nothing was drawn" >&2; exit 1; }

# What a teacher does: click "Aligned rows" (a control takes the focus),
# press F5 to present, B to blank the screen and . to bring it back.
sd_of() { convert "$1" -colorspace Gray -format '%[fx:standard_deviation]' info:; }
flat() { awk -v sd="$(sd_of "$1")" 'BEGIN { exit !(sd < 0.005) }'; }
shot() { sleep 1.5; import -window root "$1"; }
xdotool mousemove --window "$win" 1166 48 click 1
shot out/smoke-aligned.png
xdotool key --window "$win" F5
shot out/smoke-present.png
cmp -s out/smoke-aligned.png out/smoke-present.png && { echo "smoke: F5 after clicking Aligned rows did not present" >&2; exit 1; }
xdotool key --window "$win" b
shot out/smoke-blank.png
flat out/smoke-blank.png || { echo "smoke: B did not blank the presentation (grey deviation $(sd_of out/smoke-blank.png))" >&2; exit 1; }
xdotool key --window "$win" period
shot out/smoke-unblank.png
flat out/smoke-unblank.png && { echo "smoke: . did not bring the presentation back" >&2; exit 1; }
xdotool key --window "$win" period
shot out/smoke-blank2.png
flat out/smoke-blank2.png || { echo "smoke: . did not blank the presentation" >&2; exit 1; }
xdotool key --window "$win" Escape
kill -0 "$app" 2>/dev/null || { echo "smoke: parley died in the presentation:" >&2; cat out/smoke.log >&2; exit 1; }
echo "smoke: F5 after a control presents; B and . blank and restore the screen"
