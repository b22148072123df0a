#!/usr/bin/env bash
# Install Debian's chromium for the one-page print test (tests/test_onepage.py).
# Idempotent and quiet: does nothing when /usr/bin/chromium is already there;
# otherwise one `apt-get update` and one install. No browser is downloaded by
# any other tool (no Playwright/Puppeteer fetches): only Debian's package.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-chromium: not root and no sudo; the one-page test will skip" >&2
    exit 0
  fi
fi

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
# Quiet on success; on failure show apt's own output, which says why.
if ! { $SUDO apt-get update -qq && \
       $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation; } \
     >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
command -v chromium >/dev/null
