# Shared by the scripts of Examples/Service (source it; it is not run on its own):
# the server binary, Debian packages, and starting, waiting for and stopping the server.
#
#   . "$(dirname "$0")/lib.sh"
#   server=$(service_server_binary)          # $YEARBOOK_SERVER, else a debug build
#   service_apt_install wrk curl             # installs those missing (sudo unless root)
#   service_start "$server" --data FILE      # a free port of 127.0.0.1; waits for /health
#   curl "$service_url/health"               # service_url, service_port, service_pid, service_log
#   service_cleanup_later "$tmpdir"          # removed, with the server stopped, on exit
#
# service_start installs an EXIT trap that stops the server and removes the log and every
# path given to service_cleanup_later.

service_cleanup_paths=()
service_pid=
service_log=

# The server binary: $YEARBOOK_SERVER, else the package's debug build (built if needed).
# Run from the package folder.
service_server_binary() {
  if [ -n "${YEARBOOK_SERVER:-}" ]; then
    echo "$YEARBOOK_SERVER"
    return
  fi
  swift build --product YearbookServer >&2
  echo "$(swift build --show-bin-path)/YearbookServer"
}

# Installs the Debian packages whose command or package is missing: NAME (a package whose
# command has the same name) or PACKAGE:COMMAND, or PACKAGE:- to check the package itself.
service_apt_install() {
  local missing=() spec package command
  for spec in "$@"; do
    package=${spec%%:*}
    command=${spec#*:}
    [ "$command" = "$spec" ] && command=$package
    if [ "$command" = - ]; then
      dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    else
      command -v "$command" >/dev/null 2>&1 || missing+=("$package")
    fi
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "installing ${missing[*]} from Debian's packages"
  local sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# A free TCP port of 127.0.0.1.
service_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Removes PATH (a file or folder) on exit.
service_cleanup_later() { service_cleanup_paths+=("$@"); }

# Stops the server (if started) and removes the log and the paths to clean up.
service_stop() {
  if [ -n "$service_pid" ]; then
    kill "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
    service_pid=
  fi
  [ -z "$service_log" ] || rm -f "$service_log"
  [ ${#service_cleanup_paths[@]} -eq 0 ] || rm -rf "${service_cleanup_paths[@]}"
}

# Starts SERVER [ARGUMENTS...] on a free port and waits (up to 20 s) until /health answers;
# sets service_pid, service_port, service_url and service_log. Fails, showing the server's
# output, when the server exits first.
service_start() {
  local server=$1
  shift
  service_port=$(service_free_port)
  service_url="http://127.0.0.1:$service_port"
  service_log=$(mktemp)
  "$server" --port "$service_port" "$@" >"$service_log" 2>&1 &
  service_pid=$!
  trap service_stop EXIT
  local _
  for _ in $(seq 1 100); do
    if python3 -c "import urllib.request; urllib.request.urlopen('$service_url/health', timeout=1)" 2>/dev/null; then
      return 0
    fi
    kill -0 "$service_pid" 2>/dev/null || {
      cat "$service_log" >&2
      echo "the server did not start" >&2
      return 1
    }
    sleep 0.2
  done
  cat "$service_log" >&2
  echo "the server did not answer /health within 20 s" >&2
  return 1
}
