#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each for SECONDS (default 60), one after the
# other on one core. The corpus in Corpus/<target>/ is then rebuilt as a small set covering every edge seen; a crash, leak,
# timeout or out-of-memory input is saved in Crashes/<target>/ and makes the script exit 1.
#
#   Tests/Fuzz/fuzz.sh [SECONDS] [TARGET...]     (targets: FuzzRulePack FuzzCaseYAML FuzzCaseJSON FuzzNDJSON)
#
# Set REPOCHECK_GEN to a built `repocheck-gen` to seed the JSON and NDJSON targets with generated cases too.
# FUZZ_TIMEOUT (default 10) is the seconds one input may take: libFuzzer counts wall time, so raise it when the
# fuzzer shares a busy machine (e.g. runs under `nice` beside a build). Each run is one libFuzzer process (one core).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzRulePack FuzzCaseYAML FuzzCaseJSON FuzzNDJSON)
root=../..
timeout="${FUZZ_TIMEOUT:-10}"
flags=(-timeout="$timeout" -report_slow_units="$timeout" -rss_limit_mb=2048 -max_len=65536)
export LSAN_OPTIONS="suppressions=lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# libFuzzer checks every input for leaks while it runs. The check LeakSanitizer adds at exit finds only the targets'
# globals (the bundled pack), and finds them when the unwinder garbles a stack past the suppressions above: it once
# turned the normal end of an hour's clean run into a "crash" on the empty input.
export ASAN_OPTIONS="leak_check_at_exit=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# AddressSanitizer prints the stack of a crash; Swift's own backtracer, started beside it, can hang holding the log pipe.
export SWIFT_BACKTRACE=enable=no

swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xswiftc -use-ld=lld  # gold fails on the sanitized objects (internal error in format_file_lineno)
bin="$(swift build -c release --scratch-path .build-fuzz --show-bin-path)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Seeds: every file of the repository the target's loader reads, and the hostile fixtures.
seed() {
    local target="$1" into="$2"
    mkdir -p "$into"
    case "$target" in
    FuzzRulePack)
        find "$root/rules" "$root/Tests/RepoCheckLoaderTests/Fixtures/bad-rules" "$root/Tests/RepoCheckCLITests/Fixtures/bad-pack" \
            -name '*.yaml' ! -name pack.yaml ! -name vocabulary.yaml ! -name states.yaml ! -name coverage.yaml \
            ! -path '*/calendars/*' -size -64k -exec cp {} "$into/" \; ;;
    FuzzCaseYAML)
        find "$root/examples" "$root/Tests/RepoCheckLoaderTests/Fixtures/bad-cases" "$root/Tests/RepoCheckCLITests/Fixtures/audit-mix" \
            \( -name '*.yaml' -o -name '*.yml' \) -size -64k -exec cp {} "$into/" \; ;;
    FuzzCaseJSON)
        find "$root/examples" "$root/Tests/RepoCheckLoaderTests/Fixtures/bad-cases" -name '*.json' -size -64k -exec cp {} "$into/" \;
        if [ -n "${REPOCHECK_GEN:-}" ]; then "$REPOCHECK_GEN" --cases 20 --seed 5 | split -l 1 - "$into/generated-"; fi ;;
    FuzzNDJSON)
        find "$root/Tests/RepoCheckCLITests/Fixtures/audit-mix" -name '*.ndjson' -exec cp {} "$into/" \;
        for file in "$root"/examples/*.json; do tr -d '\n' < "$file" > "$into/$(basename "$file").ndjson"; done
        if [ -n "${REPOCHECK_GEN:-}" ]; then "$REPOCHECK_GEN" --cases 40 --seed 5 | split -l 4 - "$into/generated-"; fi ;;
    esac
}

status=0
for target in "${targets[@]}"; do
    corpus="Corpus/$target"
    crashes="Crashes/$target"
    mkdir -p "$corpus" "$crashes" "$work/$target/new"
    seed "$target" "$work/$target/seeds"
    dict=yaml.dict
    case "$target" in FuzzRulePack) dict=rules.dict ;; FuzzCaseJSON | FuzzNDJSON) dict=json.dict ;; esac
    echo "== $target: $seconds s"
    if ! "$bin/$target" "${flags[@]}" -dict="Dictionaries/$dict" -max_total_time="$seconds" \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$work/$target/new" "$corpus" "$work/$target/seeds" \
        2>&1 | tee "$work/$target.log" | grep -E '^#[0-9]+ +(DONE|INITED)|^stat::|ERROR|SUMMARY|Test unit written'; then
        :
    fi
    if grep -qE 'Test unit written|ERROR: libFuzzer' "$work/$target.log"; then
        status=1
        grep -vE '^#[0-9]+ |^\s+NEW_FUNC|^INFO' "$work/$target.log" | tail -60
    fi
    # Rebuild the corpus as a small set of inputs that together cover every edge covered so far, none over 64 KiB.
    mkdir -p "$work/$target/merged"
    "$bin/$target" "${flags[@]}" -set_cover_merge=1 -use_counters=0 "$work/$target/merged" "$corpus" "$work/$target/new" \
        "$work/$target/seeds" > "$work/$target.merge.log" 2>&1
    find "$work/$target/merged" -type f -size +64k -delete
    rm -rf "$corpus"
    mv "$work/$target/merged" "$corpus"
    echo "   corpus: $(find "$corpus" -type f | wc -l) files"
done
exit "$status"
