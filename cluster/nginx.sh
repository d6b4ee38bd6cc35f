#!/usr/bin/env bash
# nginx in front of the portal nodes (README: "Deployment").
#
#   cluster/nginx.sh start DIR PORT node1=127.0.0.1:8081 node2=127.0.0.1:8082 ...
#   cluster/nginx.sh reload DIR PORT node1=... [node2=...]   (another set of nodes, no dropped connection)
#   cluster/nginx.sh stop  DIR
#
# Listens on 127.0.0.1:PORT. Vaadin (everything but the public pages) is sticky: Tomcat appends the node's
# name to the session id (JSESSIONID=….node1, groepskracht.cluster.node-route) and nginx sends the session's
# requests to that node; when it is down, to another one (the person sees the login page there). The public
# pages hold no session and go round robin. nginx connects to the portals from 127.0.0.2 and sets
# X-Forwarded-For / -Proto itself; the portals trust those headers only from that address
# (server.tomcat.remoteip.internal-proxies), so a client talking to a portal directly cannot fake its address.
# The actuator is not served to the outside. Installs nginx when it is missing.
set -euo pipefail

cmd=${1:-}
dir=$(realpath -m "${2:-}")

write_config() { # PORT nodes...
  local port=$1 all="" routes="" sticky="" name addr other
  shift
  for node in "$@"; do
    name=${node%%=*}; addr=${node#*=}
    all+="        server $addr max_fails=1 fail_timeout=5s;"$'\n'
    routes+="        $name portal_$name;"$'\n'
    sticky+="    upstream portal_$name {"$'\n'"        server $addr max_fails=1 fail_timeout=5s;"$'\n'
    for other in "$@"; do
      [ "$other" = "$node" ] || sticky+="        server ${other#*=} backup;"$'\n'
    done
    sticky+="    }"$'\n'
  done
  mkdir -p "$dir/tmp"
  cat >"$dir/nginx.conf" <<CONF
user root;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 2048; }
http {
    log_format gk '\$msec \$remote_addr "\$request" \$status up=\$upstream_addr route=\$gk_route';
    access_log $dir/access.log gk;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    client_max_body_size 25m;

    # the node that holds the Vaadin session, from the session id's suffix
    map \$cookie_JSESSIONID \$gk_route {
        "~\.(?<route>[A-Za-z0-9_-]+)\$" \$route;
        default "";
    }
    map \$gk_route \$gk_upstream {
$routes        default portal_all;
    }
    map \$http_upgrade \$gk_connection {
        default upgrade;
        "" "";
    }

    upstream portal_all {
$all        keepalive 32;
    }
$sticky
    server {
        listen 127.0.0.1:$port;
        proxy_bind 127.0.0.2;
        proxy_http_version 1.1;
        proxy_set_header Host \$http_host;
        proxy_set_header X-Forwarded-For \$remote_addr;
        proxy_set_header X-Forwarded-Proto \$scheme;
        proxy_set_header Upgrade \$http_upgrade;
        proxy_set_header Connection \$gk_connection;
        proxy_connect_timeout 2s;
        proxy_read_timeout 120s;
        # a request that never reached a node (refused, reset before it was sent) tries the next one
        proxy_next_upstream error timeout http_502 http_503;
        proxy_next_upstream_tries 3;

        location /actuator/ {
            return 404;
        }
        # public pages for parents: no session, any node
        location ~ ^/(aanbod|aanmelding|mijn|evaluatie|calendar|groepskracht/)(/|\$|[^/]*) {
            proxy_pass http://portal_all;
        }
        # the portal (Vaadin): the node of the session
        location / {
            proxy_pass http://\$gk_upstream;
        }
    }
}
CONF
}

case "$cmd" in
  start|reload)
    port=$3; shift 3
    if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
      echo "Installing nginx" >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
    fi
    write_config "$port" "$@"
    /usr/sbin/nginx -t -q -p "$dir" -c "$dir/nginx.conf"
    if [ "$cmd" = reload ] && [ -f "$dir/nginx.pid" ] && kill -0 "$(cat "$dir/nginx.pid")" 2>/dev/null; then
      /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -s reload
    else
      /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf"
    fi
    ;;
  stop)
    if [ -f "$dir/nginx.pid" ] && kill -0 "$(cat "$dir/nginx.pid")" 2>/dev/null; then
      pid=$(cat "$dir/nginx.pid")
      kill -QUIT "$pid"
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
    fi
    ;;
  *)
    sed -n '2,15p' "$0" >&2
    exit 2
    ;;
esac
