#!/usr/bin/env sh
# Starts the packaged portal the fast way (README, "Packaged jar"): the jar extracted beside itself
# (target/groepskracht/) and the JDK's ahead-of-time cache of its classes (groepskracht.aot, JDK 25+).
# The first call, and the first after the jar was rebuilt, makes both with a training run: the portal
# starts with the same arguments (the same database: it is migrated, as at any start), asks itself for
# the offer and the login page, and exits (groepskracht.training-run). Every later call starts from the cache.
#
#   ./run-fast.sh [portal arguments…]              e.g. ./run-fast.sh --server.port=8081
#   ./run-fast.sh --train-only [portal arguments…] only (re)make the cache
#
# GROEPSKRACHT_JAR: the jar (default target/groepskracht.jar beside this script); JAVA_HOME: the JDK.
set -eu

jar=${GROEPSKRACHT_JAR:-$(dirname "$0")/target/groepskracht.jar}
dir=${jar%.jar}
cache=$dir/groepskracht.aot
extracted=$dir/$(basename "$jar")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
train_only=false
if [ "${1:-}" = "--train-only" ]; then
  train_only=true
  shift
fi

major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$major" -lt 25 ]; then
  echo "run-fast.sh: the ahead-of-time cache needs JDK 25 or newer (this is $major); starting the jar as is" >&2
  [ "$train_only" = true ] && exit 0
  exec "$java" -jar "$jar" "$@"
fi

if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
  rm -rf "$dir"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir"
  # the cache is kept only when the training run ended well: a failed start still writes part of one
  "$java" -XX:AOTCacheOutput="$cache.part" -Xlog:aot=error -jar "$extracted" "$@" --groepskracht.training-run=true
  mv "$cache.part" "$cache"
fi
[ "$train_only" = true ] && exit 0
exec "$java" -XX:AOTCache="$cache" -jar "$extracted" "$@"
