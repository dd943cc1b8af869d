"""The page benchmark's table, from the raw results of ``bench/run.sh``.

A standalone script, not a test (it needs no Django). ``bench/run.sh`` calls it at the end;
it can be run again on the raw figures a run wrote:

    .venv/bin/python bench/report.py --raw bench/results/pages-sqlite-60.json --output /tmp/pages.md

Input: ``--targets`` (the JSON of ``bench/targets.py``) and ``--manifest`` (one line per wrk
run: phase, round, target id, address, status of the request made before it, wrk's output
file). Each wrk output is read for its requests per second, its latency distribution's 50 %
and 99 %, non-2xx/3xx responses and socket errors. For each target and phase the table gives
the median over rounds of req/s, p50 and p99, and of req/s divided by the minimal view's
req/s in the same round. The Markdown is printed and written to ``--output``; the parsed
figures to ``--raw`` (JSON), from which ``--raw`` alone rebuilds the report.
"""

import argparse
import datetime
import json
import re
import statistics
import sys
from pathlib import Path

PHASES = ("uncached", "cached")
# Share of the CPUs used by other processes during a measurement above which it is marked as disturbed.
BUSY_PERCENT = 10
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
TIME = r"([\d.]+)(us|ms|s|m|h)"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--targets", help="JSON written by bench/targets.py")
    parser.add_argument("--manifest", help="TSV of the wrk runs written by bench/run.sh")
    parser.add_argument("--items", type=int, help="items of each kind generated")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--duration", default="")
    parser.add_argument("--warmup", default="")
    parser.add_argument("--cache", default="", help="cache backend of both phases, as said in the report")
    parser.add_argument("--compare-url", default="")
    parser.add_argument("--lighthouse", help="Markdown table written by bench/lighthouse.sh")
    parser.add_argument("--output", help="where to write the Markdown")
    parser.add_argument("--raw", help="where to write the parsed figures (or, alone, where to read them)")
    args = parser.parse_args()
    if not args.manifest and not args.raw:
        parser.error("give --targets and --manifest, or --raw alone")
    return args


# --- Parsing wrk -------------------------------------------------------------------------------


def parse_wrk(text):
    """{requests_per_second, p50_ms, p99_ms, requests, non_2xx_3xx, socket_errors} from wrk --latency's output."""

    def milliseconds(pattern):
        found = re.search(pattern + TIME, text, re.MULTILINE)
        return float(found.group(1)) * UNITS_MS[found.group(2)] if found else None

    rate = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.MULTILINE)
    requests = re.search(r"^\s*(\d+) requests in ", text, re.MULTILINE)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    result = {
        "requests_per_second": float(rate.group(1)) if rate else None,
        "p50_ms": milliseconds(r"^\s+50%\s+"),
        "p99_ms": milliseconds(r"^\s+99%\s+"),
        "requests": int(requests.group(1)) if requests else 0,
        "non_2xx_3xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": dict(
            zip(("connect", "read", "write", "timeout"), map(int, sockets.groups()), strict=True) if sockets else {}
        ),
    }
    if result["requests_per_second"] is None:
        result["error"] = " ".join(text.split())[:200] or "no output"
    return result


def read_runs(manifest):
    runs = []
    for line in Path(manifest).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        phase, round_number, target_id, url, status, file, *rest = line.split("\t")
        path = Path(file)
        run = {"phase": phase, "round": int(round_number), "id": target_id, "url": url, "status": status}
        run["other_cpu"] = float(rest[0]) if rest and rest[0] else None
        run.update(parse_wrk(path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""))
        runs.append(run)
    return runs


# --- Figures -----------------------------------------------------------------------------------


def median(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


def summarise(runs, target_id, phase):
    """Medians over rounds for one target in one phase, with req/s divided by the same round's minimal view."""
    mine = [run for run in runs if run["id"] == target_id and run["phase"] == phase]
    if not mine:
        return None
    minimal = {
        run["round"]: run["requests_per_second"] for run in runs if run["id"] == "minimal" and run["phase"] == phase
    }
    ratios = [
        run["requests_per_second"] / minimal[run["round"]]
        for run in mine
        if run["requests_per_second"] is not None and minimal.get(run["round"])
    ]
    return {
        "requests_per_second": median([run["requests_per_second"] for run in mine]),
        "p50_ms": median([run["p50_ms"] for run in mine]),
        "p99_ms": median([run["p99_ms"] for run in mine]),
        "ratio": median(ratios),
        "rounds": len(mine),
    }


def problems(runs, target_id):
    """What went wrong for one target, per phase: statuses other than 200, non-2xx/3xx, socket errors."""
    found = []
    for phase in PHASES:
        mine = [run for run in runs if run["id"] == target_id and run["phase"] == phase]
        statuses = sorted({run["status"] for run in mine if run["status"] != "200"})
        non_2xx = sum(run["non_2xx_3xx"] for run in mine)
        requests = sum(run["requests"] for run in mine)
        sockets = {}
        for run in mine:
            for name, count in run["socket_errors"].items():
                sockets[name] = sockets.get(name, 0) + count
        failed = [run["error"] for run in mine if run.get("error")]
        notes = []
        if statuses:
            notes.append("answered " + ", ".join(status if status != "000" else "nothing" for status in statuses))
        if non_2xx:
            notes.append(f"{non_2xx:,} of {requests:,} responses not 2xx/3xx")
        if any(sockets.values()):
            notes.append("socket errors: " + ", ".join(f"{name} {count}" for name, count in sockets.items() if count))
        if failed:
            notes.append(f"wrk failed: {failed[0]}")
        if notes:
            found.append(f"{phase}: {'; '.join(notes)}")
    return found


def disturbed(runs, target_id, phase):
    """How many measurements of a target in a phase ran while other processes used more than BUSY_PERCENT of the CPUs."""
    return sum(
        1
        for run in runs
        if run["id"] == target_id
        and run["phase"] == phase
        and run.get("other_cpu") is not None
        and run["other_cpu"] > BUSY_PERCENT
    )


def other_load(runs):
    """Lines saying how much of the CPUs other processes took while the local servers were measured."""
    local = [run for run in runs if not run["id"].startswith("compare-") and run.get("other_cpu") is not None]
    if not local:
        return []
    shares = [run["other_cpu"] for run in local]
    busiest = max(local, key=lambda run: run["other_cpu"])
    busy = [run for run in local if run["other_cpu"] > BUSY_PERCENT]
    lines = [
        f"Other processes (neither this benchmark's servers, wrk, Redis nor PostgreSQL) used a median "
        f"{statistics.median(shares):.1f} % "
        f"of the CPUs while wrk ran, at most {busiest['other_cpu']:.1f} % ({busiest['id']}, {busiest['phase']}, "
        f"round {busiest['round']})."
    ]
    if busy:
        lines[0] += (
            f" **{len(busy)} of {len(local)} measurements ran while they took more than {BUSY_PERCENT} %** "
            "(†n after req/s: n of the rounds): their figures are low, and so are the ratios of the rounds whose "
            "minimal view was one of them. Run again on a quiet machine, or with BENCH_QUIET_WAIT."
        )
    return lines


# --- Markdown ----------------------------------------------------------------------------------


def number(value, digits=0):
    return "—" if value is None else f"{value:,.{digits}f}"


def ms(value):
    if value is None:
        return "—"
    return f"{value:,.2f}" if value < 10 else f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def ratio(value):
    return "—" if value is None else f"{value:.3f}"


def kilobytes(value):
    return "—" if value is None else f"{value / 1024:,.1f}"


def figures(summary, disturbed_runs=0):
    """req/s (marked †n when n of its rounds ran beside a busy machine), p50, p99, ÷ minimal."""
    if summary is None:
        return ["—"] * 4
    mark = f" †{disturbed_runs}" if disturbed_runs else ""
    return [
        number(summary["requests_per_second"]) + mark,
        ms(summary["p50_ms"]),
        ms(summary["p99_ms"]),
        ratio(summary["ratio"]),
    ]


def markdown(report):
    targets, runs, meta = report["targets"], report["runs"], report["meta"]
    data, env = targets["data"], targets["environment"]
    lines = []
    add = lines.append
    add(f"# Page benchmark: {data['database']}, demo content + {meta['items']} items of each kind")
    add("")
    add(f"- Run: {meta['date']}, {env['machine']}; code at {env['code']}")
    add(
        f"- Python {env['python']}, Django {env['django']}, Wagtail {env['wagtail']}, gunicorn {env['gunicorn']} "
        f"(2 sync workers); `{env['settings']}`, `DEBUG` off, plain HTTP"
    )
    pages = ", ".join(f"{count:,} {name}" for name, count in data["live_english"].items() if count > 1)
    add(f"- Data: {data['pages']:,} pages in all languages; live in English: {pages}")
    add(
        f"- Each target: one request (its status kept), {meta['warmup']} of wrk to warm up, the server's queue "
        "drained, then "
        f"`wrk -t2 -c8 -d{meta['duration']} --latency --timeout 10s`; {meta['rounds']} round(s) per phase, each "
        "measuring the minimal view and every target once. Figures are medians over the rounds"
    )
    add(f"- Uncached: `PAGE_CACHE_SECONDS=0`; cached: `PAGE_CACHE_SECONDS=600`. Cache backend of both: {meta['cache']}")
    if not data.get("page_cache_setting"):
        add(
            "- **This code has no `PAGE_CACHE_SECONDS` setting: both phases served the same pages, "
            "and the cached columns measure the same thing as the uncached ones.**"
        )
    if meta.get("compare_url"):
        add(f"- Compare rows: {meta['compare_url']}, as it is configured, measured in the same rounds")
    add("")
    add(
        "SQL: queries of a warm anonymous request (the second of two), in-process with the page cache off. "
        "KB: the HTML as sent without compression. Latencies in ms. "
        "÷ minimal: req/s divided by the minimal view's in the same round (median over rounds)."
    )
    add("")
    add("| Target | Kind | SQL | KB | Uncached req/s | p50 | p99 | ÷ minimal | Cached req/s | p50 | p99 | ÷ minimal |")
    add("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    flagged = []
    for target in targets["targets"]:
        issues = problems(runs, target["id"])
        if target["status"] != 200:
            issues.insert(0, f"in-process: answered {target['status']} {target.get('location', '')}".strip())
        mark = " ⚠" if issues else ""
        if issues:
            flagged.append((target["path"], issues))
        single = target["kind"] in ("home", "search", "sitemap", "schedule")
        row = [
            f"`{target['path']}`{mark}",
            target["kind"] if single else f"{target['kind']}: {target['label']}",
            str(target["queries"]),
            kilobytes(target["bytes"]),
        ]
        for phase in PHASES:
            row += figures(summarise(runs, target["id"], phase), disturbed(runs, target["id"], phase))
        add("| " + " | ".join(row) + " |")
    compare_ids = sorted({run["id"] for run in runs if run["id"].startswith("compare-")}, key=lambda i: int(i[8:]))
    for target_id in compare_ids:
        url = next(run["url"] for run in runs if run["id"] == target_id)
        issues = problems(runs, target_id)
        if issues:
            flagged.append((url, issues))
        row = [f"`{url}`{' ⚠' if issues else ''}", "compare", "—", "—"]
        for phase in PHASES:
            row += figures(summarise(runs, target_id, phase))
        add("| " + " | ".join(row) + " |")
    row = ["*minimal view* (20 KB, no database)", "ceiling", "0", "20.0"]
    for phase in PHASES:
        row += figures(summarise(runs, "minimal", phase), disturbed(runs, "minimal", phase))
    add("| " + " | ".join(row) + " |")
    add("")
    if flagged:
        add("**Targets with errors** (⚠):")
        add("")
        for path, issues in flagged:
            add(f"- `{path}`: {'; '.join(issues)}")
    else:
        add("No errors: every target answered 200, and wrk counted no non-2xx/3xx response and no socket error.")
    for line in other_load(runs):
        add("")
        add(line)
    add("")
    search = targets["search"]
    add(f"Search: “{search['word']}”, {search['matches']} English results.")
    add("")
    add("## Home page weight")
    add("")
    add("What a first visit to the home page transfers, each file compressed with gzip at level 6.")
    add("")
    add("| File | Bytes | gzip -6 |")
    add("|---|---:|---:|")
    total = total_gzip = 0
    for item in targets["home_weight"]:
        add(f"| {item['kind'].upper()} `{item['name']}` | {number(item['bytes'])} | {number(item['gzip_bytes'])} |")
        total += item["bytes"] or 0
        total_gzip += item["gzip_bytes"] or 0
    add(f"| **total** | **{total:,}** | **{total_gzip:,}** |")
    missing = [item["name"] for item in targets["home_weight"] if item["bytes"] is None]
    if missing:
        add("")
        add(f"Not found in `STATIC_ROOT` (left out of the total): {', '.join(missing)}.")
    if report.get("lighthouse"):
        add("")
        add("## Lighthouse (cached server)")
        add("")
        add(report["lighthouse"].strip())
    return "\n".join(lines) + "\n"


def main():
    args = parse_args()
    if args.manifest:
        report = {
            "targets": json.loads(Path(args.targets).read_text(encoding="utf-8")),
            "runs": read_runs(args.manifest),
            "meta": {
                "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
                "items": args.items,
                "rounds": args.rounds,
                "duration": args.duration,
                "warmup": args.warmup,
                "cache": args.cache,
                "compare_url": args.compare_url,
            },
            "lighthouse": Path(args.lighthouse).read_text(encoding="utf-8") if args.lighthouse else "",
        }
        if args.raw:
            Path(args.raw).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    else:
        report = json.loads(Path(args.raw).read_text(encoding="utf-8"))
    text = markdown(report)
    print(text)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"Written to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
