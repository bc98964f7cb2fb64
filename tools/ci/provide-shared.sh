#!/usr/bin/env bash
# Makes ../shared (the provider schema the bindings and the policy classification come from)
# available beside the repository. On the project's own machines it is already there; on a hosted
# runner it is unpacked from HDH_SHARED_ARCHIVE_URL (a .tar.gz of the shared/ folder).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
target="$repo/../shared"
if [ -f "$target/providers/openstack/schema.json" ]; then
  echo "shared: already at $target"
  exit 0
fi
if [ -z "${HDH_SHARED_ARCHIVE_URL:-}" ]; then
  echo "shared: $target is missing and HDH_SHARED_ARCHIVE_URL is not set" >&2
  exit 2
fi
mkdir -p "$target"
curl --fail --silent --show-error --location "$HDH_SHARED_ARCHIVE_URL" | tar -xz -C "$target" --strip-components=1
test -f "$target/providers/openstack/schema.json" || { echo "shared: the archive holds no providers/openstack/schema.json" >&2; exit 2; }
echo "shared: unpacked into $target"
