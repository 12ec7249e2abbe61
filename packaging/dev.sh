#!/usr/bin/env bash
# One entry point for the README's commands:
#   packaging/dev.sh run    install what is missing, build, start the app (demo data when no key is stored)
#   packaging/dev.sh test   install what is missing, build with -Werror, check formatting, run every test
#   packaging/dev.sh bench [sync|gui]  build optimized, run the benchmarks (minutes), results in bench-results.md
#   packaging/dev.sh sanitize  build with ASan + UBSan and run every test under them
#   packaging/dev.sh tidy   clang-tidy (.clang-tidy) over core/ and app/; fails on any finding
#   packaging/dev.sh clazy  clazy (style.md §8: level0, level1, connect-3arg-lambda,
#                           fully-qualified-moc-types) over core/, ui/ and app/; fails on any finding
#   packaging/dev.sh fuzz [seconds]  build the libFuzzer targets (clang, ASan + UBSan) and run each
#                           for a bounded time (60 s by default); a finding fails, its input kept
#   packaging/dev.sh screenshots  render the README's screenshots offscreen into packaging/screenshots
# BUILD_DIR (default: build) chooses the build directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
cmd="${1:-run}"
shift || true

"$root/packaging/install-deps.sh"

configure_and_build() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$build" -j"$(nproc)"
}

case "$cmd" in
run)
    configure_and_build
    exec "$build/bin/fullstory-desk" --demo-if-no-key "$@"
    ;;
screenshots)
    configure_and_build
    QT_QPA_PLATFORM=offscreen exec "$build/bin/fsd-screenshots" "$root/packaging/screenshots"
    ;;
sanitize)
    build="${BUILD_DIR:-$root/build-sanitize}"
    configure_and_build -DFSD_SANITIZE=ON
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$root/packaging/lsan.supp" BUILD_DIR="$build"
    exec "$0" test-only "$@"
    ;;
test)
    configure_and_build -DFSD_WERROR=ON
    cmake --build "$build" --target format-check
    BUILD_DIR="$build" exec "$0" test-only "$@"
    ;;
test-only)
    # The keychain tests need a real Secret Service: a private D-Bus session with a throw-away,
    # unlocked gnome-keyring (toolchain.md §4). REQUIRE_KEYCHAIN turns their skip into a failure.
    kr="$(mktemp -d)"
    trap 'rm -rf "$kr"' EXIT
    export XDG_DATA_HOME="$kr/data" XDG_RUNTIME_DIR="$kr/run" XDG_CONFIG_HOME="$kr/config"
    export QT_QPA_PLATFORM=offscreen REQUIRE_KEYCHAIN=1
    mkdir -p -m 700 "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
    dbus-run-session -- bash -c '
        printf "ci-keyring-pw" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ctest --test-dir "$0" --output-on-failure -j2 "${@}"' "$build" "$@"
    ;;
fuzz)
    # clang and its libFuzzer runtime are needed here only, so they are installed here only.
    if ! dpkg -s clang libclang-rt-14-dev >/dev/null 2>&1; then
        sudo_cmd=""
        [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
        $sudo_cmd apt-get install -y --no-install-recommends clang libclang-rt-14-dev >/dev/null
    fi
    seconds="${1:-60}"
    build="${BUILD_DIR:-$root/build-fuzz}"
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFSD_FUZZ=ON >/dev/null
    cmake --build "$build" -j"$(nproc)" --target fuzz-targets
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1"
    out="$build/fuzz-findings"
    mkdir -p "$out"
    for target in fuzz_page_inspect fuzz_normalizer fuzz_retry_after fuzz_timestamp \
        fuzz_sql_split fuzz_column_filter; do
        corpus="$build/corpus/$target"
        mkdir -p "$corpus"
        seeds="$root/tests/fuzz/seeds/$target"
        echo "fuzz: $target for ${seconds} s"
        "$build/bin/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
            -rss_limit_mb=2048 -artifact_prefix="$out/$target-" -print_final_stats=1 \
            "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) 2>"$out/$target.log" ||
            { tail -40 "$out/$target.log"; echo "fuzz: $target found a problem; input in $out"; exit 1; }
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$out/$target.log" | tr '\n' ' '
        echo
    done
    echo "fuzz: no findings"
    ;;
tidy)
    configure_and_build
    out="$(run-clang-tidy -p "$build" -quiet -extra-arg=-Wno-unknown-warning-option "$root/(core|app|ui)/" 2>/dev/null | grep -E 'warning:|error:' || true)"
    if [ -n "$out" ]; then
        echo "$out"
        exit 1
    fi
    echo "clang-tidy: no findings"
    ;;
clazy)
    # Debian's clazy is needed here only, so it is installed here only.
    if ! command -v clazy-standalone >/dev/null; then
        sudo_cmd=""
        [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
        $sudo_cmd apt-get install -y --no-install-recommends clazy >/dev/null
    fi
    configure_and_build
    checks="level0,level1,connect-3arg-lambda,fully-qualified-moc-types"
    # Our sources only (moc output and tests are not ours to hold to this), two at a time.
    out="$(python3 -c '
import json, sys
for entry in json.load(open(sys.argv[1] + "/compile_commands.json")):
    f = entry["file"]
    if f.startswith(sys.argv[2] + "/") and f.split(sys.argv[2] + "/")[1].split("/")[0] in ("core", "ui", "app"):
        print(f)' "$build" "$root" |
        xargs -P "$(nproc)" -n 4 clazy-standalone -p "$build" -checks="$checks" \
            -extra-arg=-Wno-unknown-warning-option \
            -header-filter="$root/(core|ui|app)/" -ignore-dirs="$build" 2>&1 |
        grep -E 'warning:|error:' | sort -u || true)"
    if [ -n "$out" ]; then
        echo "$out"
        exit 1
    fi
    echo "clazy: no findings"
    ;;
bench)
    # packaging/dev.sh bench [sync|gui] [args]: both by default; results appended to the file.
    build="${BUILD_DIR:-$root/build-release}"
    which="${1:-all}"
    case "$which" in sync | gui) shift ;; *) which=all ;; esac
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" -j"$(nproc)" --target bench-sync bench-gui
    output="${FSD_BENCH_OUTPUT:-$root/bench-results.md}"
    if [ "$which" != gui ]; then
        "$build/bin/bench-sync" --output "$output" "$@"
    fi
    if [ "$which" != sync ]; then
        QT_QPA_PLATFORM=offscreen "$build/bin/bench-gui" --output "$output" "$@"
    fi
    ;;
*)
    echo "usage: packaging/dev.sh run|test|bench|sanitize|tidy|clazy|screenshots [args]" >&2
    exit 2
    ;;
esac
