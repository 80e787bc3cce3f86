#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with the .NET SDK: installs what the tests
# need (Node/npm for the uap-core rules, Debian's Chromium for the browser tests) when missing,
# builds, runs every test, and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
need_package() {
    local command_path="$1" package="$2"
    if [ ! -x "$command_path" ] && ! command -v "$command_path" >/dev/null 2>&1; then
        echo "Installing $package (needed by the tests)..."
        if [ -z "$apt_updated" ]; then
            as_root apt-get update -qq
            apt_updated=1
        fi
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
    fi
}

need_package npm npm
need_package /usr/bin/chromium chromium

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet build Rackwave.Security.sln -c Release

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Rackwave.Security.sln -c Release --no-build "$@" 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test assembly: "Failed!  - Failed: 1, Passed: 10, ...".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
if [ "$skipped" -gt 0 ]; then
    echo "$skipped skipped: third-party suites not found (see the README's Tests section)"
fi
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    exit 1
fi
