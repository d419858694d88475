# Sourced by bench/windows-*.sh: one home for how regie is cross-built for the facilitators'
# Windows laptops (x86_64-pc-windows-gnu, Debian's mingw as linker) and run under Debian's wine.
# Each `need_*` installs what is missing (apt-get, rustup) and, when it cannot, says so in one
# loud line and returns 1, so that the caller can stop without failing CI.

loud() { echo "!!!!! WINDOWS: $* !!!!!" >&2; }

apt_install() {
    command -v apt-get >/dev/null 2>&1 || return 1
    if [ -z "${REGIE_APT_UPDATED:-}" ]; then
        apt-get update -qq >/dev/null 2>&1 || true
        export REGIE_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1
}

# The rustup target and the mingw linker.
need_windows_target() {
    command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || apt_install gcc-mingw-w64-x86-64 || true
    if ! rustup target add x86_64-pc-windows-gnu >/dev/null 2>&1 \
        || ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
        loud "het doel x86_64-pc-windows-gnu of mingw (gcc-mingw-w64-x86-64) is niet te installeren: niet gebouwd"
        return 1
    fi
}

# wine, with bench/wine/runner.sh as the target's runner and its prefix under target/.
need_wine() {
    command -v wine >/dev/null 2>&1 || apt_install wine wine64 || true
    if ! command -v wine >/dev/null 2>&1; then
        loud "wine is niet te installeren: de Windows-tests zijn niet gedraaid"
        return 1
    fi
    export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$PWD/bench/wine/runner.sh"
    export REGIE_WINE_CACHE="${REGIE_WINE_CACHE:-$PWD/target/wine}"
}

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc

# cargo for the Windows target. No debug info: mingw's linker is much faster without it and the
# target directory half the size; panics still give file:line.
windows_cargo() {
    local command="$1"
    shift
    CARGO_PROFILE_DEV_DEBUG=0 cargo "$command" --locked --target x86_64-pc-windows-gnu "$@"
}
