#!/usr/bin/env bash
# Make sure what the test suite talks to is there: PostgreSQL on 127.0.0.1:5432 (started if the
# machine has a stopped cluster), Debian's Chromium + ChromeDriver for the browser test and a CJK
# font (WenQuanYi Micro Hei) so the 简体中文 pages and screenshots show characters, not boxes
# (installed when running as root with apt). Prints what it did; never fails the run by itself:
# the tests decide (CI sets GLOBALSELL_REQUIRE_BROWSER=1 and GLOBALSELL_REQUIRE_POSTGRES=1).
set -u

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }

if command -v pg_isready >/dev/null 2>&1 && ! pg_up; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    for version in $(ls /etc/postgresql 2>/dev/null); do
      echo "ensure-services: starting PostgreSQL $version"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
    for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  fi
fi
if command -v pg_isready >/dev/null 2>&1 && pg_up; then
  echo "ensure-services: PostgreSQL is up on 127.0.0.1:5432"
else
  echo "ensure-services: PostgreSQL is not reachable on 127.0.0.1:5432"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-services: installing chromium and chromium-driver (Debian packages)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null \
      || echo "ensure-services: could not install chromium"
  else
    echo "ensure-services: chromium missing and not root; the browser test will be skipped"
  fi
fi
has_cjk_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }

if ! has_cjk_font; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-services: installing a CJK font (fonts-wqy-microhei)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq fonts-wqy-microhei fontconfig >/dev/null \
      || { apt-get update -qq >/dev/null && apt-get install -y -qq fonts-wqy-microhei fontconfig >/dev/null; } \
      || echo "ensure-services: could not install a CJK font"
  else
    echo "ensure-services: no CJK font and not root; Chinese screenshots will show boxes"
  fi
fi
exit 0
