#!/bin/sh
# Renders an HTML report to a PNG with headless Chromium so a person can look at it.
# Usage: scripts/render-report.sh REPORT.html [OUT.png] [WIDTH] [HEIGHT]
# Needs Debian's `chromium` package (apt-get install chromium). No network is used:
# the report is self-contained and Chromium is told to stay offline.
set -eu
report=${1:?usage: scripts/render-report.sh REPORT.html [OUT.png] [WIDTH] [HEIGHT]}
out=${2:-${report%.html}.png}
width=${3:-1200}
height=${4:-3000}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "render-report.sh: error: Chromium not found (Debian: apt-get install chromium)" >&2
    exit 2
fi
case $report in /*) path=$report ;; *) path=$(pwd)/$report ;; esac
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile" --no-first-run --disable-extensions \
    --proxy-server='127.0.0.1:9' --proxy-bypass-list='<-loopback>' \
    --window-size="$width,$height" --screenshot="$out" "file://$path" >/dev/null 2>&1
echo "$out"
