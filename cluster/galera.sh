#!/usr/bin/env bash
# A MariaDB Galera cluster of N nodes on loopback, without systemd (README: "Deployment").
#
#   cluster/galera.sh start   DIR [N]     bootstrap node 1 (new cluster) and join nodes 2..N (SST by mariabackup)
#   cluster/galera.sh kill    DIR I       kill -9 node I (a crash: no clean shutdown)
#   cluster/galera.sh rejoin  DIR I       start node I again; it recovers its position and catches up (IST)
#   cluster/galera.sh stop    DIR         stop every node of DIR (clean shutdown)
#   cluster/galera.sh status  DIR         one line per node: state, cluster size, last committed
#   cluster/galera.sh sql     DIR I SQL   run SQL as root on node I (socket)
#   cluster/galera.sh url     DIR         the portal's JDBC URL (sequential failover over all nodes)
#
# Ports of node I (GK_GALERA_PORT_BASE, default 13300): client BASE+I, Galera BASE+10+I, IST BASE+20+I,
# SST BASE+30+I. The application user 'groepskracht' (password GK_DB_PASSWORD, default 'groepskracht')
# gets the schema 'groepskracht'. Installs mariadb-server, galera-4, mariadb-backup and socat when missing.
set -euo pipefail

BASE=${GK_GALERA_PORT_BASE:-13300}
DB_PASSWORD=${GK_DB_PASSWORD:-groepskracht}
GALERA_LIB=/usr/lib/galera/libgalera_smm.so

need_packages() {
  local missing=()
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  [ -f "$GALERA_LIB" ] || missing+=(galera-4)
  command -v mariabackup >/dev/null 2>&1 || missing+=(mariadb-backup)
  command -v socat >/dev/null 2>&1 || missing+=(socat)
  command -v mariadb-dump >/dev/null 2>&1 || missing+=(mariadb-client)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

node_dir() { echo "$1/node$2"; }
client_port() { echo $((BASE + $1)); }
galera_port() { echo $((BASE + 10 + $1)); }

write_config() { # DIR I N
  local dir=$1 i=$2 n=$3 nd addresses="" j
  nd=$(node_dir "$dir" "$i")
  for j in $(seq 1 "$n"); do addresses+="${addresses:+,}127.0.0.1:$(galera_port "$j")"; done
  mkdir -p "$nd/data" "$nd/tmp"
  cat >"$nd/my.cnf" <<EOF
[mariadbd]
user=root
datadir=$nd/data
tmpdir=$nd/tmp
socket=$nd/mariadb.sock
pid-file=$nd/mariadb.pid
log-error=$nd/error.log
port=$(client_port "$i")
bind-address=127.0.0.1
skip-ssl
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-storage-engine=InnoDB
binlog_format=ROW
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=2
innodb_buffer_pool_size=96M
max_connections=300
# Galera
wsrep_on=ON
wsrep_provider=$GALERA_LIB
wsrep_cluster_name=groepskracht
wsrep_cluster_address=gcomm://$addresses
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:$(galera_port "$i")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(galera_port "$i");ist.recv_addr=127.0.0.1:$((BASE + 20 + i));gcache.size=256M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT6S"
wsrep_sst_method=mariabackup
# the donor's mariabackup connects over the socket as root (unix_socket authentication)
wsrep_sst_auth=root:
wsrep_sst_receive_address=127.0.0.1:$((BASE + 30 + i))
wsrep_slave_threads=2
# the portal refuses nothing Galera cannot replicate: InnoDB only, every table with a primary key
enforce_storage_engine=InnoDB
innodb_force_primary_key=ON
EOF
}

start_node() { # DIR I [extra args]
  local dir=$1 i=$2 nd
  shift 2
  nd=$(node_dir "$dir" "$i")
  nohup /usr/sbin/mariadbd --defaults-file="$nd/my.cnf" "$@" >>"$nd/stdout.log" 2>&1 &
  echo $! >"$nd/pid"
}

sql() { # DIR I SQL
  mariadb --protocol=socket --socket="$(node_dir "$1" "$2")/mariadb.sock" -uroot -N -B -e "$3"
}

wait_synced() { # DIR I SECONDS
  local dir=$1 i=$2 limit=${3:-600} waited=0 state
  while [ "$waited" -lt "$limit" ]; do
    if ! kill -0 "$(cat "$(node_dir "$dir" "$i")/pid")" 2>/dev/null; then
      echo "node$i stopped during start-up; see $(node_dir "$dir" "$i")/error.log" >&2
      tail -n 30 "$(node_dir "$dir" "$i")/error.log" >&2 || true
      return 1
    fi
    state=$(sql "$dir" "$i" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)
    if [ "$state" = "Synced" ]; then
      return 0
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "node$i did not reach Synced within ${limit}s (state: ${state:-none})" >&2
  return 1
}

recovered_position() { # DIR I: the last committed position from InnoDB after a crash
  local nd
  nd=$(node_dir "$1" "$2")
  /usr/sbin/mariadbd --defaults-file="$nd/my.cnf" --wsrep-recover --log-error="$nd/recover.log" >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: *\([^ ]*\).*/\1/p' "$nd/recover.log" | tail -n 1
}

cmd=${1:-}
case "$cmd" in
  start)
    dir=$(realpath -m "$2"); n=${3:-3}
    need_packages
    mkdir -p "$dir"
    echo "$n" >"$dir/nodes"
    for i in $(seq 1 "$n"); do write_config "$dir" "$i" "$n"; done
    nd1=$(node_dir "$dir" 1)
    if [ ! -d "$nd1/data/mysql" ]; then
      mariadb-install-db --defaults-file="$nd1/my.cnf" --user=root --auth-root-authentication-method=socket \
        >"$nd1/install.log" 2>&1
    fi
    start_node "$dir" 1 --wsrep-new-cluster
    wait_synced "$dir" 1 300
    sql "$dir" 1 "CREATE DATABASE IF NOT EXISTS groepskracht CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS 'groepskracht'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
      CREATE USER IF NOT EXISTS 'groepskracht'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
      GRANT ALL ON groepskracht.* TO 'groepskracht'@'127.0.0.1';
      GRANT ALL ON groepskracht.* TO 'groepskracht'@'localhost';"
    for i in $(seq 2 "$n"); do
      # a new node has no data: the donor sends everything (SST by mariabackup)
      start_node "$dir" "$i"
      wait_synced "$dir" "$i" 600
    done
    "$0" status "$dir"
    ;;
  kill)
    dir=$(realpath -m "$2"); i=$3
    kill -9 "$(cat "$(node_dir "$dir" "$i")/pid")"
    ;;
  rejoin)
    dir=$(realpath -m "$2"); i=$3
    position=$(recovered_position "$dir" "$i")
    echo "node$i recovered position ${position:-unknown}"
    if [ -n "$position" ]; then
      start_node "$dir" "$i" --wsrep-start-position="$position"
    else
      start_node "$dir" "$i"
    fi
    wait_synced "$dir" "$i" 600
    if grep -q "IST received" "$(node_dir "$dir" "$i")/error.log"; then
      echo "node$i rejoined by IST"
    else
      echo "node$i rejoined by SST"
    fi
    ;;
  stop)
    dir=$(realpath -m "$2")
    n=$(cat "$dir/nodes" 2>/dev/null || echo 3)
    for i in $(seq "$n" -1 1); do
      pidfile="$(node_dir "$dir" "$i")/pid"
      if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        pid=$(cat "$pidfile")
        kill -TERM "$pid"
        for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
      fi
    done
    ;;
  status)
    dir=$(realpath -m "$2")
    n=$(cat "$dir/nodes" 2>/dev/null || echo 3)
    for i in $(seq 1 "$n"); do
      line=$(sql "$dir" "$i" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN
        ('WSREP_LOCAL_STATE_COMMENT','WSREP_CLUSTER_SIZE','WSREP_LAST_COMMITTED') ORDER BY VARIABLE_NAME" 2>/dev/null \
        | paste -sd' ' || true)
      echo "node$i port $(client_port "$i"): ${line:-down} (size, last committed, state)"
    done
    ;;
  sql)
    sql "$(realpath -m "$2")" "$3" "$4"
    ;;
  url)
    dir=$(realpath -m "$2")
    n=$(cat "$dir/nodes" 2>/dev/null || echo 3)
    hosts=""
    for i in $(seq 1 "$n"); do hosts+="${hosts:+,}127.0.0.1:$(client_port "$i")"; done
    echo "jdbc:mariadb:sequential://$hosts/groepskracht?galeraAllowedState=4"
    ;;
  *)
    sed -n '2,12p' "$0" >&2
    exit 2
    ;;
esac
