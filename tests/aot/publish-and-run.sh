#!/usr/bin/env bash
# Publishes the HousePrices sample and tests/aot/AotConsumer with NativeAOT for linux-x64, then runs both native binaries:
# the sample on its embedded data must reach the closed-form fit and write two valid PNG plots, and the consumer's generated
# gradients must agree with hand-computed values. Any trimming or AOT warning fails the publish (warnings are errors).
#
# NativeAOT links with clang; the script installs clang and zlib1g-dev with apt-get when they are missing (as root, or
# through sudo without a password). Run from anywhere:  bash tests/aot/publish-and-run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
runtime=linux-x64
artifacts=tests/aot/bin

install_native_toolchain() {
    local missing=()
    command -v clang > /dev/null || missing+=(clang)
    # The native linker step passes -lz.
    dpkg -s zlib1g-dev > /dev/null 2>&1 || missing+=(zlib1g-dev)
    if ((${#missing[@]} == 0)); then
        return
    fi

    local sudo=()
    if ((EUID != 0)); then
        if command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
            sudo=(sudo)
        else
            echo "error: NativeAOT needs ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root" >&2
            exit 2
        fi
    fi

    echo "Installing ${missing[*]} for the native link step"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
}

publish() {
    local project=$1 output=$2
    echo "Publishing $project with NativeAOT for $runtime"
    dotnet publish "$project" -c Release -r "$runtime" -p:PublishAot=true -o "$output" -warnaserror -nologo -v quiet
}

# Prints the size of a file in MiB with one decimal.
size_mib() {
    awk -v bytes="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MiB", bytes / 1048576 }'
}

check_png() {
    local path=$1
    # Every PNG file starts with the bytes 89 50 4E 47 0D 0A 1A 0A.
    if [[ "$(head -c 8 "$path" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]]; then
        echo "error: $path is not a PNG file" >&2
        exit 1
    fi
}

install_native_toolchain

started=$SECONDS
publish samples/HousePrices "$artifacts/HousePrices"
publish tests/aot/AotConsumer "$artifacts/AotConsumer"
echo "Published both in $((SECONDS - started)) s"

binary=$artifacts/HousePrices/HousePrices
plots=$(mktemp -d)
trap 'rm -rf "$plots"' EXIT

echo "Running $binary ($(size_mib "$binary"))"
run_started=$(date +%s%N)
"$binary" --json --require-closed-form --no-plots > "$plots/report.json"
run_milliseconds=$((($(date +%s%N) - run_started) / 1000000))
grep -q '"reachedClosedForm": true' "$plots/report.json"
echo "The native sample reached the closed-form fit; the whole process took $run_milliseconds ms"

"$binary" --plots "$plots" > /dev/null
check_png "$plots/loss.png"
check_png "$plots/fit.png"
echo "The native sample wrote $plots/loss.png and $plots/fit.png"

consumer=$artifacts/AotConsumer/AotConsumer
echo "Running $consumer ($(size_mib "$consumer"))"
"$consumer"
