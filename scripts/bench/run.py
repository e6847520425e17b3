#!/usr/bin/env python3
"""Peer comparison (issue 7): the workloads in scripts/bench/workloads/ on Taskscope
wasm (Node), Taskscope native, Pyodide (Node), MicroPython wasm (Node) and CPython,
alternating peers round by round; medians and ratios to Taskscope wasm.

    python3 scripts/bench/run.py [--rounds N] [--peers a,b] [--workloads 02,06] [--write-doc]

Every program times itself and prints `name value unit` lines; the harness adds what
a program cannot see: cold start (engine load up to the output of print("hi")), the
peak memory of the memory workload, and the time of Taskscope's virtual-clock run
(where perf_counter() reads virtual time). See docs/performance.md, "Against the peers".
"""
import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORKLOADS = os.path.join(ROOT, "scripts", "bench", "workloads")
NODE_PEER = os.path.join(ROOT, "scripts", "bench", "node_peer.mjs")
NATIVE = os.path.join(ROOT, "build", "rel", "taskscope")
WASM_DIST = os.path.join(ROOT, "wasm", "dist", "taskscope.mjs")
TIMEOUT = 900

PEERS = ["taskscope-wasm", "taskscope-native", "pyodide", "micropython", "cpython"]
TITLES = {
    "taskscope-wasm": "Taskscope wasm (Node)",
    "taskscope-native": "Taskscope native",
    "pyodide": "Pyodide (Node)",
    "micropython": "MicroPython wasm (Node)",
    "cpython": "CPython native",
}
# Table rows: (metric, label, unit). Times are medians of the rounds.
ROWS = [
    ("cold_start", "1. cold start: load → output of `print(\"hi\")`", "ms"),
    ("cold_start_worker", "1. … the same with the engine in a worker thread (the API's default)", "ms"),
    ("switch_100x1000", "2. 100 tasks × 1,000 `sleep(0)`", "s"),
    ("gather_10k", "3. `gather` of 10,000 `sleep(0)` tasks", "s"),
    ("gather_100k", "3. `gather` of 100,000 `sleep(0)` tasks", "s"),
    ("pending_100k_peak", "4. 100,000 tasks pending on one Event: peak memory", "MB"),
    ("pending_100k_setup", "4. … time to create them and see them all waiting", "s"),
    ("queue_100k", "5. Queue producer/consumer, 100,000 items", "s"),
    ("primes_200k", "6. primes below 200,000 by trial division", "s"),
    ("timers_10k", "7. 10,000 tasks sleeping seeded random delays, virtual clock", "s"),
    ("taskgroup_10k", "8. TaskGroup fan-out/fan-in of 10,000 tasks", "s"),
]
WORKLOAD_OF = {
    "cold_start": "01_cold_start", "cold_start_worker": "01_cold_start", "switch_100x1000": "02_switch", "gather_10k": "03_spawn",
    "gather_100k": "03_spawn", "pending_100k_peak": "04_memory",
    "pending_100k_setup": "04_memory", "queue_100k": "05_queue", "primes_200k": "06_primes",
    "timers_10k": "07_timers", "taskgroup_10k": "08_taskgroup",
}
# Rows that concern one engine only: the others' cells say "—".
ONLY_FOR = {"cold_start_worker": {"taskscope-wasm"}}
MB = 1024 * 1024
# Why an error means the engine cannot run the workload, where the error alone does not say.
NOTES = {
    ("micropython", "07_timers"): "no event-loop class to give a virtual clock (its sleeps are JS timers): ",
}


def run_process(argv):
    """Runs argv; returns (stdout text, stderr text, exit status, wall seconds to the
    first stdout line, wall seconds in all, peak RSS in bytes from wait4)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    first = p.stdout.readline()
    t_first = time.perf_counter() - t0
    rest = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return ((first + rest).decode(), err.decode(), p.returncode, t_first, wall,
            usage.ru_maxrss * 1024)


def parse_lines(lines, into, errors, workload):
    """`name value unit` lines into metrics; `name failed reason` lines into errors."""
    for line in lines:
        parts = line.split()
        if len(parts) >= 3 and parts[1] == "failed":
            errors[parts[0]] = " ".join(parts[2:])
        elif len(parts) == 3:
            try:
                into[parts[0]] = float(parts[1])
            except ValueError:
                pass


def workload_files(selected):
    names = sorted(f for f in os.listdir(WORKLOADS) if f.endswith(".py"))
    if selected:
        names = [n for n in names if n[:2] in selected or n[:2] == "01"]
    return [os.path.join(WORKLOADS, n) for n in names]


def run_native(peer, files):
    """One round of a native peer: one process per workload."""
    metrics, errors = {}, {}
    exe = [NATIVE] if peer == "taskscope-native" else [sys.executable]
    cold = None
    for f in files:
        name = os.path.basename(f)[:-3]
        clock = []
        if peer == "taskscope-native":
            clock = ["--clock=virtual" if name == "07_timers" else "--clock=real"]
        out, err, status, t_first, wall, rss = run_process(exe + clock + [f])
        lines = out.strip().splitlines()
        if status != 0:
            errors[name] = (err.strip().splitlines() or ["exit %d" % status])[-1]
        if name == "01_cold_start":
            cold = t_first
            metrics["cold_start"] = t_first * 1000
            continue
        parse_lines(lines, metrics, errors, name)
        if name == "04_memory" and status == 0:
            metrics["pending_100k_peak"] = rss / MB
        if name == "07_timers" and peer == "taskscope-native" and status == 0:
            # Virtual clock: perf_counter() is virtual, so time the process, less the
            # cold start (an empty program's time) measured in this round.
            metrics["timers_10k"] = wall - (cold or 0)
    return metrics, errors


def run_node(peer, files):
    """One round of a wasm peer: one Node process for all workloads but the memory one,
    which gets a fresh process of its own so that its peak RSS is its own."""
    engine = {"taskscope-wasm": "taskscope"}.get(peer, peer)
    metrics, errors, extra = {}, {}, {}
    batches = [[f for f in files if "04_memory" not in f], [f for f in files if "04_memory" in f]]
    for batch in batches:
        if not batch:
            continue
        out, err, status, _, _, rss = run_process(["node", NODE_PEER, engine] + batch)
        seen = set()
        for line in out.splitlines():
            if not line.startswith("{"):
                continue
            rec = json.loads(line)
            w = rec["workload"]
            seen.add(w)
            if w == "01_cold_start_worker":
                metrics["cold_start_worker"] = rec["ms"]
                continue
            if w == "01_cold_start":
                if batch is batches[0]:
                    metrics["cold_start"] = rec["ms"]
                    if rec.get("version"):
                        extra["version"] = rec["version"]
                continue
            if w == "04_memory":
                # Peak RSS of the whole process (Node + engine); wasm memory size after.
                if rec.get("lines") and any(l.startswith("pending_100k_setup") for l in rec["lines"]):
                    metrics["pending_100k_peak"] = rss / MB
                    if rec.get("wasmBytes"):
                        metrics["pending_100k_wasm"] = rec["wasmBytes"] / MB
            parse_lines(rec.get("lines") or [], metrics, errors, w)
            if rec.get("error"):
                errors[w] = rec["error"]
        for f in batch:
            w = os.path.basename(f)[:-3]
            if w not in seen:
                errors[w] = "the runner ended without a result (%s)" % (
                    (err.strip().splitlines() or ["exit %d" % status])[-1][:200])
    return metrics, errors, extra



def versions():
    def cmd(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, timeout=60).stdout.strip()
        except OSError:
            return "?"
    def pkg(name):
        try:
            with open(os.path.join(ROOT, "node_modules", name, "package.json")) as f:
                return json.load(f)["version"]
        except OSError:
            return "not installed"
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpu": cpu, "cores": os.cpu_count(), "os": platform.platform(),
        "node": cmd(["node", "--version"]),
        "python3": platform.python_version(),
        "pyodide": pkg("pyodide"),
        "micropython": pkg("@micropython/micropython-webassembly-pyscript"),
        "taskscope": cmd(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]),
        "gcc": cmd(["gcc", "-dumpfullversion"]),
    }


def fmt(v, unit):
    if unit == "ms":
        return "%.0f ms" % v if v >= 10 else "%.1f ms" % v
    if unit == "MB":
        return "%.0f MB" % v
    return "%.3f s" % v if v < 10 else "%.1f s" % v


def table(results, peers, info, rounds, selected=None):
    """The markdown table: median (ratio of the peer to Taskscope wasm)."""
    head = "| workload | " + " | ".join(TITLES[p] for p in peers) + " |"
    lines = [head, "|---" * (len(peers) + 1) + "|"]
    base = results.get("taskscope-wasm", {})
    for metric, label, unit in ROWS:
        if selected is not None and WORKLOAD_OF[metric] not in selected:
            continue  # not run this time (--workloads)
        cells = []
        for p in peers:
            r = results.get(p)
            if r is None:
                cells.append("not run")
                continue
            vals = r["values"].get(metric, [])
            if metric in ONLY_FOR and p not in ONLY_FOR[metric]:
                cells.append("—")
                continue
            if r.get("absent"):
                cells.append(r["absent"])
                continue
            if not vals:
                reason = r["errors"].get(metric) or r["errors"].get(WORKLOAD_OF[metric]) or "no result"
                reason = NOTES.get((p, WORKLOAD_OF[metric]), "") + reason
                cells.append("cannot run: " + reason.replace("|", "/"))
                continue
            med = statistics.median(vals)
            cell = fmt(med, unit)
            if metric == "pending_100k_peak":
                wasm = r["values"].get("pending_100k_wasm")
                if wasm:
                    cell = "%s wasm / %s RSS" % (fmt(statistics.median(wasm), "MB"), cell)
                else:
                    cell += " RSS"
            if len(vals) < rounds:
                cell += " (%d of %d rounds)" % (len(vals), rounds)
            bvals = base.get("values", {}).get(metric) if not base.get("absent") else None
            if p != "taskscope-wasm" and bvals:
                cell += " (%.2f×)" % (med / statistics.median(bvals))
            cells.append(cell)
        lines.append("| %s | %s |" % (label, " | ".join(cells)))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--peers", default=",".join(PEERS))
    ap.add_argument("--workloads", default="", help="two-digit prefixes, e.g. 02,06")
    ap.add_argument("--write-doc", action="store_true", help="write the table into docs/performance.md")
    ap.add_argument("--json", default=os.path.join(ROOT, "build", "bench", "peers.json"))
    ap.add_argument("--from-json", help="write the doc from a saved run instead of running")
    args = ap.parse_args()
    if args.from_json:
        with open(args.from_json) as f:
            saved = json.load(f)
        # The table is made again from the results, so a saved run whose results were
        # completed by hand (a workload re-run after a harness fix) shows them.
        md = table(saved["results"], list(saved["results"]), saved["info"], saved["rounds"])
        write_doc(md, saved["info"], saved["rounds"])
        return
    peers = [p for p in args.peers.split(",") if p]
    unknown = [p for p in peers if p not in PEERS]
    if unknown or not peers:
        # Checked before anything runs: an unknown name would otherwise fail only when
        # the table is written, after every round.
        ap.error("unknown peer%s %s; the peers are: %s" % (
            "s" if len(unknown) > 1 else "", ", ".join(unknown) or "(none given)",
            ", ".join(PEERS)))
    files = workload_files([w for w in args.workloads.split(",") if w])
    info = versions()
    info["load_before"] = os.getloadavg()
    results = {p: {"values": {}, "errors": {}} for p in peers}
    if "taskscope-wasm" in results and not os.path.exists(WASM_DIST):
        results["taskscope-wasm"]["absent"] = "not built yet"
    if "taskscope-native" in results and not os.path.exists(NATIVE):
        results["taskscope-native"]["absent"] = "not built yet"
    for rnd in range(args.rounds):
        order = peers[rnd % len(peers):] + peers[:rnd % len(peers)]
        for p in order:
            r = results[p]
            if r.get("absent"):
                continue
            t0 = time.perf_counter()
            if p in ("taskscope-native", "cpython"):
                metrics, errors = run_native(p, files)
            else:
                metrics, errors, extra = run_node(p, files)
                r.update({"version": extra["version"]} if "version" in extra else {})
            for k, v in metrics.items():
                r["values"].setdefault(k, []).append(v)
            r["errors"].update(errors)
            print("round %d %-16s %5.1f s  %s%s" % (
                rnd + 1, p, time.perf_counter() - t0,
                " ".join("%s=%.3g" % kv for kv in sorted(metrics.items())),
                ("  errors: " + "; ".join("%s: %s" % kv for kv in sorted(errors.items()))) if errors else ""),
                flush=True)
    info["load_after"] = os.getloadavg()
    md = table(results, peers, info, args.rounds,
               {os.path.basename(f)[:-3] for f in files})
    print(md)
    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as f:
        json.dump({"info": info, "rounds": args.rounds, "results": results, "table": md}, f, indent=1)
    if args.write_doc:
        write_doc(md, info, args.rounds)


def write_doc(md, info, rounds):
    path = os.path.join(ROOT, "docs", "performance.md")
    with open(path) as f:
        text = f.read()
    block = (
        "<!-- bench-peers:begin (written by `make bench-peers`) -->\n"
        "Measured %s by `make bench-peers` (%d rounds, peers alternating, medians; in\n"
        "parentheses each peer's figure divided by Taskscope wasm's: above 1 means Taskscope\n"
        "wasm is faster or smaller). Machine: %d cores, %s, %s; load average %.1f before,\n"
        "%.1f after (shared machine). Node %s, CPython %s, Pyodide %s, MicroPython\n"
        "(@micropython/micropython-webassembly-pyscript) %s, gcc %s, Taskscope at %s.\n\n%s\n"
        "<!-- bench-peers:end -->"
        % (info["date"], rounds, info["cores"], info["cpu"], info["os"],
           info["load_before"][0], info["load_after"][0], info["node"], info["python3"],
           info["pyodide"], info["micropython"], info["gcc"], info["taskscope"], md))
    new, n = re.subn(r"<!-- bench-peers:begin.*?<!-- bench-peers:end -->", lambda m: block, text,
                     flags=re.S)
    if n == 0:
        new = text.rstrip("\n") + "\n\n" + block + "\n"
    with open(path, "w") as f:
        f.write(new)
    print("wrote the table into docs/performance.md")


if __name__ == "__main__":
    main()
