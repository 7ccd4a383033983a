#!/usr/bin/env bash
# Installs pgvector into the machine's PostgreSQL from Debian's source package (bookworm has no
# binary package). Idempotent: does nothing when the extension is already available.
set -euo pipefail

PG_MAJOR="${PG_MAJOR:-$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)}"
if [ -z "$PG_MAJOR" ]; then echo "install-pgvector: no PostgreSQL found in /etc/postgresql" >&2; exit 1; fi
SHAREDIR="$(/usr/lib/postgresql/$PG_MAJOR/bin/pg_config --sharedir 2>/dev/null || echo /usr/share/postgresql/$PG_MAJOR)"
if [ -f "$SHAREDIR/extension/vector.control" ]; then
  echo "install-pgvector: pgvector already installed for PostgreSQL $PG_MAJOR"
  exit 0
fi

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
SRC_LIST=/etc/apt/sources.list.d/parley-trixie-src.sources
if [ ! -f "$SRC_LIST" ]; then
  $SUDO tee "$SRC_LIST" >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "postgresql-server-dev-$PG_MAJOR" build-essential dpkg-dev >/dev/null

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
apt-get source --download-only pgvector >/dev/null
ORIG="$(ls pgvector_*.orig.tar.* | head -1)"
mkdir src && tar -xf "$ORIG" -C src --strip-components=1
cd src
make -s PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" OPTFLAGS="" >/dev/null
$SUDO make -s install PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" >/dev/null
echo "install-pgvector: installed pgvector $(grep default_version "$SHAREDIR/extension/vector.control" | cut -d"'" -f2) for PostgreSQL $PG_MAJOR"
