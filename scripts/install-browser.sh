#!/bin/sh
# Debian's Chromium and ChromeDriver for the browser tests (no browser download).
# Installs them when missing and we are root; otherwise the browser tests say why they skip.
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium and chromium-driver for the browser tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
    || echo "could not install chromium; browser tests will be skipped"
else
  echo "chromium not found and not root: browser tests will be skipped"
fi
exit 0
