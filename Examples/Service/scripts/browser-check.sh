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
. scripts/lib.sh
venv=${BROWSER_CHECK_VENV:-.build/browser-check-venv}
requirement=${PLAYWRIGHT:-playwright==1.65.2}

# fonts-noto-cjk: without it every Chinese character renders as a box;
# fonts-noto-color-emoji: the data's locators hold emoji.
service_apt_install chromium fonts-noto-cjk:- fonts-noto-color-emoji:-
chromium_path=$(command -v chromium)

server=$(service_server_binary)

if ! "$venv/bin/python" -c "import playwright" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$requirement"
fi

service_start "$server" --data scripts/fixtures/markup-titles.json

mkdir -p .screenshots
"$venv/bin/python" scripts/browser_check.py "$service_url" "$chromium_path" .screenshots
