#!/usr/bin/env bash
# Screenshots of the self-check and incidents screens of `./workstation demo` under Xvfb (docs/self-check.md):
#   xvfb-run -a -s "-screen 0 1280x800x24" app/scripts/selfcheck-screenshots.sh OUTPUT_DIR
# Drives the real demo with xdotool (three wrong PINs, the right one, F6 as operator, F4, F5) and moves its clock
# three days on with libfaketime so that an unreported incident is overdue. Needs the Debian packages xdotool,
# faketime and imagemagick, and a built application (WORKSTATION_SKIP_BUILD=1 is used). Not run by the tests.
set -euo pipefail
out=${1:?usage: selfcheck-screenshots.sh OUTPUT_DIR}
root="$(cd "$(dirname "$0")/../.." && pwd)"
home=$(mktemp -d)
clockfile="$home/faketime"
log="$home/data/logs/workstation.log"
echo "+0" > "$clockfile"
FAKETIME_TIMESTAMP_FILE="$clockfile" FAKETIME_CACHE_DURATION=1 FAKETIME_DONT_FAKE_MONOTONIC=1 \
  LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 WORKSTATION_SKIP_BUILD=1 WORKSTATION_DEMO_HOME="$home" \
  WORKSTATION_JAVA_OPTS="-Duser.language=en -Duser.country=GB" "$root/workstation" demo --close-after 1200 > "$home/console.txt" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null || true' EXIT
count() { grep -c "$1" "$log" 2>/dev/null || true; }
wait_for() { # pattern count
  for _ in $(seq 1 300); do [ "$(count "$1")" -ge "$2" ] && return 0; sleep 1; done
  echo "selfcheck-screenshots: timed out waiting for '$1'" >&2; exit 1
}
# Rendering under Xvfb is flushed by the next input event: move the mouse before each picture.
shot() { xdotool mousemove 700 650; sleep 2; xdotool mousemove 705 655; sleep 3; import -window root "$out/$1"; }
pin() { xdotool mousemove 640 446 click 1; sleep 0.5; xdotool type --delay 100 "$1"; xdotool key Return; }

wait_for "self-check configuration:" 1          # the start-up self-check
for _ in 1 2 3; do pin 000000; sleep 8; done     # three wrong PINs: REPEATED_WRONG_PIN, reported to the simulator
wait_for "REPEATED_WRONG_PIN" 1
pin 740519
wait_for "officer logged in" 1
for _ in $(seq 1 90); do grep -q '"REPEATED_WRONG_PIN".*"REPORTED"' "$home/data/incidents/incidents.jsonl" && break; sleep 1; done
rm -f "$home/data/selfcheck/demo-workstation.password"   # reports can no longer be signed
xdotool key F6; sleep 8                          # an operator tries the supervisors' screen: UNAUTHORISED_ACCESS
xdotool key F4; sleep 10
shot self-check-xvfb.png
runs=$(count "self-check configuration:")
xdotool key Tab space                            # Run the self-check now (focus starts on Back): the token item fails
wait_for "self-check configuration:" $((runs + 1)); sleep 4
shot self-check-blocked-xvfb.png
echo "+3d" > "$clockfile"; sleep 5                # three days later the unreported incident is overdue
logins=$(count "officer logged in")
pin 740519                                       # three days idle locked the session: sign in again
wait_for "officer logged in" $((logins + 1)); sleep 3
xdotool key F5; sleep 8
shot incidents-xvfb.png
