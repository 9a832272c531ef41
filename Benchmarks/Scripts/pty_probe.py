#!/usr/bin/python3
"""Drives the real thidua binary in a pseudo-terminal and measures what a terminal sees.

    pty_probe.py --rows 24 --columns 80 --keys 40 -- /path/to/thidua --db F ui --screen grid ...

Prints one JSON object:
  first_screen_ms  from starting the program to the last byte of its first frame (the frame
                   ends when the terminal has received nothing more for --settle ms: ncurses
                   writes its set-up at once, then nothing while the year loads);
  first_byte_ms    per key: from writing the key to the first byte the program writes back
                   (`--settle 30 --frame-bytes 1000 --keys 1`: a key pressed just after the
                   first frame, while the program may still be reading what comes after it);
  last_byte_ms     per key: from writing the key to the last byte of its answer (when the
                   terminal holds the whole change);
  bytes            per key: the bytes written back until --quiet ms pass without output;
  text_bytes       per key: those of them that are characters on the screen (what is left once
                   escape sequences and control characters are taken out);
  scrolled         per key: whether the answer scrolled the screen (set a scrolling region, as
                   ncurses does to scroll rows in);
  cpu_ms_per_key   the program's CPU time (user and system) over the keys, divided by their
                   number (from /proc; a smaller --quiet sends keys closer together);
  peak_kib         the program's peak resident memory (ru_maxrss, from wait4) once it has quit.

The key is the cursor's ↓ as a terminal sends it: ESC O B once the program has put the keypad in
application mode (smkx, as ncurses does), ESC [ B otherwise (what PuTTY sends in normal mode).
Only Python's standard library: the probe is run by Debian's /usr/bin/python3.
"""
import argparse
import fcntl
import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time


def now_ms():
    return time.perf_counter_ns() / 1e6


def read_until_quiet(fd, quiet_ms, first_deadline_ms=None):
    """Reads until nothing arrives for quiet_ms after the first byte; returns (first, last, data)
    with the times (ms) of the first and last byte read."""
    data = bytearray()
    first = last = None
    while True:
        if first is None:
            wait = None if first_deadline_ms is None else max(0.0, first_deadline_ms - now_ms()) / 1000
        else:
            wait = quiet_ms / 1000
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return first, last, bytes(data)
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the program has gone (EIO on the master)
            return first, last, bytes(data)
        if not chunk:
            return first, last, bytes(data)
        stamp = now_ms()
        if first is None:
            first = stamp
        last = stamp
        data += chunk


# CSI sequences, character-set designations and the other two-byte escapes ncurses writes.
ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()*+][0-~]|\x1b[0-~]")
SCROLLING_REGION = re.compile(rb"\x1b\[\d+;\d+r")


def text_bytes(data):
    """The bytes of `data` that are characters on the screen: no escape sequence, no control byte."""
    return sum(1 for byte in ESCAPES.sub(b"", data) if byte >= 0x20 and byte != 0x7F)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--columns", type=int, default=80)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--quiet", type=float, default=250.0, help="ms without output that end a key's answer")
    parser.add_argument("--settle", type=float, default=3000.0, help="ms without output that end the first frame")
    parser.add_argument("--frame-bytes", type=int, default=0,
                        help="bytes the first frame holds at least (with a short --settle: the first key sent just after it)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("the program to run follows --")

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", args.rows, args.columns, 0, 0))
    environment = dict(os.environ, TERM="xterm-256color", LINES=str(args.rows), COLUMNS=str(args.columns))

    def controlling_terminal():
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    started = now_ms()
    program = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=environment,
                               start_new_session=True, preexec_fn=controlling_terminal, close_fds=True)
    os.close(slave)
    _, last, screen = read_until_quiet(master, args.settle, first_deadline_ms=started + 60_000)
    # ncurses' set-up arrives at once, then nothing while the year loads: with a short --settle,
    # the frame is the first quiet after --frame-bytes have come.
    while last is not None and len(screen) < args.frame_bytes:
        _, more_last, more = read_until_quiet(master, args.settle, first_deadline_ms=now_ms() + 60_000)
        if more_last is None:
            break
        last, screen = more_last, screen + more
    if last is None:
        print(json.dumps({"error": "the program wrote nothing within 60 s"}))
        return 1
    first_screen = last - started
    down = b"\x1bOB" if b"\x1b[?1h" in screen else b"\x1b[B"

    def cpu_seconds():
        # utime and stime, fields 14 and 15 of /proc/PID/stat (after the command's name).
        fields = open(f"/proc/{program.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    first_bytes, last_bytes, sizes, texts, scrolled = [], [], [], [], []
    cpu_before = cpu_seconds()
    for _ in range(args.keys):
        sent = now_ms()
        os.write(master, down)
        first, last, data = read_until_quiet(master, args.quiet, first_deadline_ms=sent + 5_000)
        if first is None:
            break
        first_bytes.append(first - sent)
        last_bytes.append(last - sent)
        sizes.append(len(data))
        texts.append(text_bytes(data))
        scrolled.append(SCROLLING_REGION.search(data) is not None)
    cpu_per_key = (cpu_seconds() - cpu_before) * 1000 / max(1, len(first_bytes))

    # SIGHUP is what a dropped connection sends; thidua leaves cleanly on it.
    os.kill(program.pid, signal.SIGHUP)
    deadline = time.time() + 10
    usage = None
    while usage is None:
        pid, status, rusage = os.wait4(program.pid, os.WNOHANG)
        if pid:
            usage = rusage
        elif time.time() > deadline:
            os.kill(program.pid, signal.SIGKILL)
        else:
            try:
                select.select([master], [], [], 0.05)
                os.read(master, 65536)
            except OSError:
                time.sleep(0.05)
    os.close(master)
    print(json.dumps({
        "rows": args.rows, "columns": args.columns,
        "first_screen_ms": first_screen, "first_screen_bytes": len(screen),
        "first_byte_ms": first_bytes, "last_byte_ms": last_bytes, "bytes": sizes, "text_bytes": texts, "scrolled": scrolled,
        "cpu_ms_per_key": cpu_per_key,
        "peak_kib": usage.ru_maxrss,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
