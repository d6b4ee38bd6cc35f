#!/usr/bin/env bash
# Backup of the portal's database (README: "Backup and restore").
#
#   cluster/backup.sh DIR NODE FILE.sql.gz     dump schema groepskracht from node NODE of the cluster in DIR
#
# Everything the portal keeps is in the database, attachments included (knowledge_attachment_chunk);
# the search index is derived and rebuilt from it. mariadb-dump --single-transaction reads one consistent
# snapshot without blocking the portal; no LOCK TABLES are written into the dump (Galera does not
# replicate them), so it restores into a cluster as it is. Elsewhere (a database server of its own), use
# the same mariadb-dump options with --host/--user instead of the socket.
set -euo pipefail
dir=$(realpath -m "$1"); node=$2; out=$3
mkdir -p "$(dirname "$out")"
mariadb-dump --protocol=socket --socket="$dir/node$node/mariadb.sock" -uroot \
  --single-transaction --skip-lock-tables --skip-add-locks --hex-blob --routines --triggers \
  --default-character-set=utf8mb4 --databases groepskracht | gzip -c >"$out.tmp"
mv "$out.tmp" "$out"
echo "backup $out ($(du -h "$out" | cut -f1))"
