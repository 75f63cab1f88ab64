#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test (playwright-core drives it); a test tool's own
# browser download cannot work here. Does nothing when it is already installed.
set -euo pipefail
[[ -x /usr/bin/chromium ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then echo "install-chromium: needs root for apt-get" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
