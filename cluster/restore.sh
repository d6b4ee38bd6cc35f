#!/usr/bin/env bash
# Restore a backup into a fresh Galera cluster (README: "Backup and restore").
#
#   cluster/restore.sh FILE.sql.gz DIR [N]
#
# Starts a new cluster of N nodes (default 3) in the empty directory DIR with cluster/galera.sh, loads the
# dump on node 1 (Galera copies every row to the other nodes) and prints the rows per table. Then start the
# portal on it: it finds its search index behind the database and rebuilds it from the restored items.
set -euo pipefail
dump=$(realpath "$1"); dir=$(realpath -m "$2"); n=${3:-3}
here=$(dirname "$(realpath "$0")")
if [ -e "$dir/node1/data/mysql" ]; then
  echo "$dir already holds a cluster: restore only into a fresh directory" >&2
  exit 1
fi
"$here/galera.sh" start "$dir" "$n"
gunzip -c "$dump" | mariadb --protocol=socket --socket="$dir/node1/mariadb.sock" -uroot
for i in $(seq 1 "$n"); do
  rows=$(mariadb --protocol=socket --socket="$dir/node$i/mariadb.sock" -uroot -N -B -e "
    SELECT CONCAT('groups=', (SELECT COUNT(*) FROM groepskracht.parent_group),
                  ' registrations=', (SELECT COUNT(*) FROM groepskracht.registration),
                  ' knowledge_items=', (SELECT COUNT(*) FROM groepskracht.knowledge_item),
                  ' attachment_chunks=', (SELECT COUNT(*) FROM groepskracht.knowledge_attachment_chunk))")
  echo "restored node$i: $rows"
done
