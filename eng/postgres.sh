#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, in a folder of its own, reachable only through a Unix socket in that
# folder (no TCP port to race for, nothing another machine can reach).
#
#   eng/postgres.sh start DIR   installs PostgreSQL 15 with apt if it is missing, creates the cluster in DIR, starts it,
#                               creates the database "spine" and prints its Npgsql connection string (also written to
#                               DIR/connection-string)
#   eng/postgres.sh stop DIR    stops the cluster started in DIR and removes DIR
#
# Run as root (CI), the server runs as the unprivileged "postgres" user the package creates: PostgreSQL refuses root.
set -euo pipefail

usage() { echo "usage: eng/postgres.sh start|stop DIR" >&2; exit 2; }
fail() { echo "eng/postgres.sh: $*" >&2; exit 1; }

[ $# -eq 2 ] || usage
action=$1
dir=$2
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
# Marks a folder this script made, so stop never removes a folder it did not create.
marker=.spine-test-postgres

# Runs a PostgreSQL program as the user who owns the cluster.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

install_postgres() {
  echo "PostgreSQL 15 was not found in $bin; installing Debian's postgresql package" >&2
  local sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  # The package would otherwise create and start a cluster of its own ("15 main", port 5432) that outlives the tests.
  $sudo mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold postgresql >/dev/null
  [ -x "$bin/initdb" ] || fail "installing the postgresql package did not provide $bin/initdb (is this Debian 12, whose postgresql is version 15?)"
}

start() {
  [ -x "$bin/initdb" ] || install_postgres
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    fail "$dir is not empty; give a new or empty folder (a cluster already started there is stopped with: eng/postgres.sh stop $dir)"
  fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  dir=$(cd "$dir" && pwd)
  # The socket's path must fit in a sockaddr_un (107 bytes).
  [ ${#dir} -le 90 ] || fail "the folder's path is too long for PostgreSQL's socket (${#dir} characters, at most 90): $dir"
  touch "$dir/$marker"
  local user
  if [ "$(id -u)" -eq 0 ]; then
    getent passwd postgres >/dev/null || fail "running as root needs the unprivileged 'postgres' user (the postgresql package creates it)"
    chown postgres "$dir"
    user=postgres
  else
    user=$(id -un)
  fi

  # Local connections are trusted: the socket lives in DIR, which only its owner (and root) can enter.
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; fail "initdb failed (above)"; }
  # fsync, full-page writes and synchronous commit off make a cluster fast and unsafe: right for a cluster thrown away
  # after one test run ONLY; never run a cluster holding data anyone wants like this.
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$dir'
unix_socket_permissions = 0700
fsync = off
full_page_writes = off
synchronous_commit = off
max_connections = 200
EOF
  as_owner "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 30 -s \
    || { cat "$dir/server.log" >&2; fail "the server did not start (its log is above)"; }
  as_owner "$bin/createdb" -h "$dir" -U "$user" spine || fail "could not create the database 'spine'"
  local connection="Host=$dir;Database=spine;Username=$user"
  echo "$connection" >"$dir/connection-string"
  echo "$connection"
}

stop() {
  [ -d "$dir" ] || { echo "eng/postgres.sh: $dir does not exist; nothing to stop" >&2; return 0; }
  [ -e "$dir/$marker" ] || fail "$dir was not made by eng/postgres.sh start; not stopping or removing it"
  if [ -f "$dir/data/postmaster.pid" ]; then
    # The data is about to be removed, so nothing is gained by the checkpoint a fast shutdown writes: immediate first.
    as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate -w -t 10 -s 2>/dev/null \
      || as_owner "$bin/pg_ctl" stop -D "$dir/data" -m fast -w -t 20 -s \
      || fail "the server in $dir/data did not stop; its process id is in $dir/data/postmaster.pid"
  fi
  rm -rf "$dir"
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
