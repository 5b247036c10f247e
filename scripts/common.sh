# Shared helpers for ./run and ./test. Sourced, not executed.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# npm packages pinned by package-lock.json; reinstalled only when the lock file changed.
ensure_npm_packages() {
  local stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    timed_step "npm ci (Azurite, the SignalR browser client)" npm ci --no-audit --no-fund --loglevel=error
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

# wait_for_port PORT SECONDS NAME [PID]: with a PID, gives up as soon as that process has exited.
wait_for_port() {
  local port=$1 seconds=$2 name=$3 pid=${4:-} i
  for ((i = 0; i < seconds * 10; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "error: $name exited before it listened on 127.0.0.1:$port" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "error: $name did not start listening on 127.0.0.1:$port within ${seconds}s" >&2
  return 1
}

# require_free_port PORT NAME: refuses to start next to something already listening there.
require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "error: 127.0.0.1:$1 ($2) is already in use - is another ./run still going? Stop it, or pick other ports (see README)." >&2
    return 1
  fi
}

# start_azurite PORT DATA_DIR LOG_FILE: starts Azurite's table service, sets AZURITE_PID.
start_azurite() {
  local port=$1 data=$2 log=$3
  mkdir -p "$data"
  node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$port" --location "$data" \
    --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry --silent >"$log" 2>&1 &
  AZURITE_PID=$!
  wait_for_port "$port" 30 "Azurite" "$AZURITE_PID"
}

# start_oidc_provider PORT LOG_FILE: starts the test OpenID Provider (npm oidc-provider,
# tests/oidc/provider.mjs) on 127.0.0.1:PORT, sets OIDC_PID. Stop it with stop_pids.
start_oidc_provider() {
  node tests/oidc/provider.mjs "$1" >"$2" 2>&1 &
  OIDC_PID=$!
  wait_for_port "$1" 30 "the OpenID Provider" "$OIDC_PID"
}

azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}

# stop_azurite PID: Azurite saves its data only on SIGINT (on SIGTERM it loses up to five
# seconds of acknowledged writes), so it gets SIGINT first and SIGTERM only if it lingers.
stop_azurite() {
  local i
  kill -INT "$1" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  stop_pids "$1"
}

# stop_pids PID...: asks each to stop (SIGTERM: background jobs of a script ignore SIGINT, and
# the .NET hosts shut down gracefully on SIGTERM), waits; still alive after 20 s: killed.
stop_pids() {
  local pid i
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for ((i = 0; i < 200; i++)); do
    local alive=0
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && return 0
    sleep 0.1
  done
  for pid in "$@"; do kill -KILL "$pid" 2>/dev/null || true; done
}

# timed_step NAME COMMAND...: runs one step of ./run or ./test so a newcomer sees it move: the
# step's name first, a line every 15 s while it runs (a cold build is silent for minutes
# otherwise), and how long it took.
timed_step() {
  local name=$1 started=$SECONDS rc=0 ticker
  shift
  echo "==> $name"
  (while sleep 15; do echo "    ... $name: $((SECONDS - started)) s so far"; done) &
  ticker=$!
  "$@" || rc=$?
  kill "$ticker" 2>/dev/null || true
  wait "$ticker" 2>/dev/null || true
  if [ "$rc" = 0 ]; then echo "    $name: done in $((SECONDS - started)) s"; else echo "    $name: failed after $((SECONDS - started)) s" >&2; fi
  return "$rc"
}

# build_solution: every project, each named as it finishes (-tl:off keeps the plain per-project lines).
build_solution() {
  dotnet build BackaBarnet.Live.sln --nologo -tl:off -v minimal -clp:NoSummary \
    | grep --line-buffered -E ' -> |error|Restored' | sed -u -E 's#^ *([^ ]+) -> .*#    built \1#'
  return "${PIPESTATUS[0]}"
}

# ensure_cluster_certificates DIR: a throw-away certificate authority and one node certificate
# it issued (ca.crt, node.crt, node.key) for mutual TLS inside a local cluster; made once, kept
# with the rest of .data/. Exports the Cluster__Tls__* settings the silo and web programs read.
ensure_cluster_certificates() {
  local dir=$1
  if [ ! -f "$dir/ca.crt" ] || [ ! -f "$dir/node.crt" ] || [ ! -f "$dir/node.key" ]; then
    command -v openssl >/dev/null || { echo "error: openssl is needed for the cluster's local certificates: run 'sudo apt-get install openssl'" >&2; return 1; }
    mkdir -p "$dir"
    (
      umask 077
      cd "$dir" &&
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 825 -subj "/CN=BackaBarnet.Live local cluster CA" \
          -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
          -keyout ca.key -out ca.crt 2>/dev/null &&
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=backabarnet-live-node" \
          -keyout node.key -out node.csr 2>/dev/null &&
        printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
          "extendedKeyUsage=serverAuth,clientAuth" "subjectAltName=DNS:localhost,IP:127.0.0.1" >node.ext &&
        openssl x509 -req -in node.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 -extfile node.ext -out node.crt 2>/dev/null &&
        rm -f node.csr node.ext ca.srl
    ) || { echo "error: could not make the cluster certificates in $dir" >&2; return 1; }
  fi
  export Cluster__Tls__CaPath="$PWD/$dir/ca.crt" Cluster__Tls__CertificatePath="$PWD/$dir/node.crt" Cluster__Tls__KeyPath="$PWD/$dir/node.key"
}

# start_maildev SMTP_PORT WEB_PORT MAIL_DIR LOG_FILE: the development SMTP server (npm maildev)
# with its web inbox and REST API (/api/email), both on 127.0.0.1 only; mail kept in MAIL_DIR
# (never maildev's shared default folder). Sets MAILDEV_PID (empty when one was already running
# there). Stop it with stop_pids.
start_maildev() {
  local smtp=$1 web=$2 dir=$3 log=$4
  MAILDEV_PID=
  # Idempotent: a maildev already answering on these ports (an earlier ./run's) is used as it is.
  if (exec 3<>"/dev/tcp/127.0.0.1/$smtp") 2>/dev/null && curl -fsS "http://127.0.0.1:$web/api/healthz" >/dev/null 2>&1; then
    return 0
  fi
  mkdir -p "$dir"
  node_modules/.bin/maildev --smtp "$smtp" --ip 127.0.0.1 --web "$web" --web-ip 127.0.0.1 \
    --mail-directory "$dir" >"$log" 2>&1 &
  MAILDEV_PID=$!
  wait_for_port "$smtp" 30 "maildev (SMTP)" "$MAILDEV_PID" && wait_for_port "$web" 30 "maildev (web)" "$MAILDEV_PID"
}
