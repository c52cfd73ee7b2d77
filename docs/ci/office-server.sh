#!/usr/bin/env bash
# Publishes the site from the office's own server: takes the newest commit
# of the site's repository (which needs to hold only Content/, and
# Templates/ if the theme is changed), builds it with PolicySite, and copies
# the built site into the web server's folder with rsync.
#
#   office-server.sh install   as root: install the pinned PolicySite release
#                              (again after changing POLICYSITE_VERSION)
#   office-server.sh publish   as the user that owns SITE_DIR: pull, build,
#                              copy to WEB_ROOT (what the timer or cron runs)
#
# Set up once (docs/guide.en.md §8, "The office's own server"):
#   sudo install -m 0755 office-server.sh /usr/local/bin/policysite-publish
#   sudo policysite-publish install
#   sudo -u policysite git clone <the site's repository> /srv/policy-site
#   then the systemd timer (office-server.service, office-server.timer) or
#   this line in the policysite user's crontab (`crontab -e`):
#   */5 * * * * /usr/local/bin/policysite-publish publish
#
# Every value below can also be set in the environment (the service reads
# /etc/default/policysite-publish).
set -euo pipefail

# ▼▼▼ SET THESE: the PolicySite release to install, and where your office
# keeps PolicySite's releases (the address of the folder that holds
# policysite_<version>_amd64.deb, without a / at the end).
POLICYSITE_VERSION=${POLICYSITE_VERSION:-0.2.0}
# The checksum published with that release, in
# policysite_<version>_amd64.deb.sha256 (`sha256sum` of the package).
POLICYSITE_SHA256=${POLICYSITE_SHA256:-0000000000000000000000000000000000000000000000000000000000000000}
POLICYSITE_RELEASES=${POLICYSITE_RELEASES:-https://releases.example.gov.cn/policysite}
# The site's git checkout (the folder that holds Content/), and the branch
# that is published.
SITE_DIR=${SITE_DIR:-/srv/policy-site}
BRANCH=${BRANCH:-main}
# Where the web server serves the site from: a folder on this server, or
# another server's folder as user@host:/var/www/policy (rsync over ssh).
WEB_ROOT=${WEB_ROOT:-/var/www/policy}
# ▲▲▲

install() {
  if [ "$(dpkg-query -W -f='${Version}' policysite 2>/dev/null || true)" = "$POLICYSITE_VERSION" ]; then
    echo "PolicySite $POLICYSITE_VERSION is installed."
    return
  fi
  package="policysite_${POLICYSITE_VERSION}_$(dpkg --print-architecture).deb"
  folder=$(mktemp -d)
  trap 'rm -rf "$folder"' EXIT
  # apt reads the package as the _apt user.
  chmod 0755 "$folder"
  curl -fsSL --retry 3 -o "$folder/$package" "$POLICYSITE_RELEASES/$package"
  if ! echo "$POLICYSITE_SHA256  $folder/$package" | sha256sum -c --quiet -; then
    echo "error: $package is not the release it should be: its SHA-256 is not POLICYSITE_SHA256" >&2
    exit 1
  fi
  # apt installs the libraries it depends on (cmark-gfm, mimalloc, libqrencode).
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$folder/$package"
  policysite --version
}

publish() {
  # One publication at a time (cron may start the next while one runs).
  exec 9<"$0"
  if ! flock -n 9; then
    echo "Another publication is running; this one stops."
    return
  fi
  local installed
  installed=$(policysite --version)
  if [ "$installed" != "$POLICYSITE_VERSION" ]; then
    echo "error: PolicySite $installed is installed, $POLICYSITE_VERSION is wanted: run 'sudo $0 install'" >&2
    exit 1
  fi
  cd "$SITE_DIR"
  git fetch --quiet origin "$BRANCH"
  git merge --quiet --ff-only FETCH_HEAD
  # Errors are printed as path:line:column: error: message, and then
  # nothing is published: the web root keeps the last good site. The
  # build cache (.policysite-cache/) and the last two sites (Output/,
  # Output.previous/) stay here between runs, so a rebuild makes only what
  # changed.
  policysite build
  # Only files whose content changed are copied, and put in place together
  # at the end; files the site no longer has are deleted after that.
  rsync --recursive --links --times --checksum --delete-delay --delay-updates --chmod=D755,F644 \
    Output/ "$WEB_ROOT/"
  echo "Published $(git rev-parse --short HEAD) to $WEB_ROOT"
}

case "${1:-}" in
  install) install ;;
  publish) publish ;;
  *) echo "usage: $0 install|publish" >&2; exit 2 ;;
esac
