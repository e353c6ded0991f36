#!/usr/bin/env bash
# Drives the web explorer in a real, headless Chromium and asserts on what a reader sees.
#
# Installs Debian's chromium, fonts-noto-cjk and fonts-noto-color-emoji when missing
# (without the CJK font every Chinese character renders as a box), Playwright for Python from PyPI in a virtual
# environment (its own browser download is never used: executable_path points at
# Debian's Chromium), starts the built YearbookServer with a --data file whose titles
# are markup, runs scripts/browser_check.py, saves screenshots to .screenshots/ and
# stops the server.
#
# usage: scripts/browser-check.sh
#
# Environment: YEARBOOK_SERVER     the server binary (default: build it, debug, and use it)
#              BROWSER_CHECK_VENV  where the virtual environment lives (default .build/browser-check-venv)
#              PLAYWRIGHT          a pinned requirement (default playwright==1.65.2)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${BROWSER_CHECK_VENV:-.build/browser-check-venv}
requirement=${PLAYWRIGHT:-playwright==1.65.2}

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || missing+=(fonts-noto-color-emoji) # the data's locators hold emoji
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian's packages"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
chromium_path=$(command -v chromium)

server=${YEARBOOK_SERVER:-}
if [ -z "$server" ]; then
  swift build --product YearbookServer
  server="$(swift build --show-bin-path)/YearbookServer"
fi

if ! "$venv/bin/python" -c "import playwright" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$requirement"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$server" --port "$port" --data scripts/fixtures/markup-titles.json >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/health', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "the server did not start" >&2; exit 1; }
  sleep 0.2
done

mkdir -p .screenshots
"$venv/bin/python" scripts/browser_check.py "http://127.0.0.1:$port" "$chromium_path" .screenshots
