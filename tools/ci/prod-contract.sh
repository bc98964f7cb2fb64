#!/usr/bin/env bash
# prod's contract catalogue (config/catalogues/prod-bare-metal-pod.json) ships as pending-contract: until the
# contract is filled in, synthesizing prod must fail closed with exactly one line naming that file. This
# script tells the two states apart for CI:
#   tools/ci/prod-contract.sh OUTDIR
# - contract filled: prod is synthesized into OUTDIR, "filled=true" goes to $GITHUB_OUTPUT, exit 0;
# - contract pending, prod refused with the one expected line: a notice, "filled=false", exit 0;
# - anything else (another error, a stack trace, more than one line): the output, exit 1.
set -euo pipefail
outdir="${1:?usage: tools/ci/prod-contract.sh OUTDIR}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
case "$outdir" in /*) ;; *) outdir="$PWD/$outdir" ;; esac
output="${GITHUB_OUTPUT:-/dev/null}"
stderr="$(mktemp)"
trap 'rm -f "$stderr"' EXIT
if (cd "$root" && HDH_ENV=prod CDKTF_OUTDIR="$outdir" node -r ./tools/register-ts.js main.ts) 2>"$stderr"; then
  echo "prod-contract: prod's contract is filled: prod synthesized into $outdir"
  echo "filled=true" >> "$output"
  exit 0
fi
expected='^error: config/catalogues/prod-bare-metal-pod\.json: pending contract: '
if [ "$(wc -l < "$stderr")" -eq 1 ] && grep -Eq "$expected" "$stderr"; then
  rm -rf "$outdir"
  echo "::notice title=prod fails closed until its contract is filled::$(cat "$stderr")"
  echo "filled=false" >> "$output"
  exit 0
fi
echo "prod-contract: synthesizing prod failed otherwise than on its pending contract:" >&2
cat "$stderr" >&2
exit 1
