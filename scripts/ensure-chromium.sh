#!/usr/bin/env bash
# Makes sure Debian's headless-capable Chromium is at /usr/bin/chromium for the browser tests
# (test/browser/**): nothing is downloaded outside the distribution's package archive.
# Also installs CJK fonts so screenshots of the Chinese reports show real glyphs.
# Call it from CI before `npm test`; the browser tests also call it themselves when chromium is missing.
set -euo pipefail

need_chromium=0
[ -x /usr/bin/chromium ] || need_chromium=1
need_fonts=0
if command -v fc-list >/dev/null 2>&1; then
  fc-list :lang=zh 2>/dev/null | grep -q . || need_fonts=1
else
  need_fonts=1
fi

if [ "$need_chromium" = 0 ] && [ "$need_fonts" = 0 ]; then
  echo "ensure-chromium: /usr/bin/chromium and CJK fonts present ($(/usr/bin/chromium --version 2>/dev/null || echo chromium))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: apt-get not available; install Debian's chromium package by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "ensure-chromium: not root and no sudo; cannot install chromium" >&2
    exit 1
  fi
fi

packages=()
[ "$need_chromium" = 1 ] && packages+=(chromium)
[ "$need_fonts" = 1 ] && packages+=(fonts-noto-cjk)

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-chromium: /usr/bin/chromium still missing after apt-get install" >&2
  exit 1
fi
echo "ensure-chromium: installed ${packages[*]} ($(/usr/bin/chromium --version 2>/dev/null || echo chromium))"
