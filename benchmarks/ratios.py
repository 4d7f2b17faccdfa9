#!/usr/bin/env python3
"""Prints each kpi4j-to-baseline ratio of JMH JSON results (-rf json), and the growth per KPI.

Usage: ratios.py [--markdown] [--fastest] RESULT.json...

A ratio is kpi4j's average time divided by the baseline's: below 1x kpi4j is faster. With
--fastest, each time is the benchmark's fastest iteration instead of its average: on a machine that
other work shares, the average is whatever the worst stalls make it, while the fastest iteration
is the least disturbed one (compare kpi4j with a baseline measured in the same JMH run).
"""
import json
import sys

FORMULA_AIM = 1.3      # a formula at most 1.3x raw exp4j
READTREE_AIM = 2.0     # read+validate at most 2x Jackson's readTree on a real plan (MAC 107) ...
READTREE_AIM_LARGE = 2.5  # ... and at most 2.5x on the synthetic plans of 1k to 100k KPIs
SCHEMA_AIM = 1.0       # read+validate faster than schema validation
GROWTH_SLACK = 1.2     # time per KPI may grow from 1k to 100k at most 1.2x as much as readTree's own

NAMES = {
    "kpi4jPositional": "kpi4j positional",
    "kpi4jMap": "kpi4j map",
    "exp4j": "exp4j",
    "evalEx": "EvalEx",
    "kpi4jReadValidate": "kpi4j read+validate",
    "kpi4jRead": "kpi4j read",
    "jacksonReadTree": "Jackson readTree",
    "schemaValidate": "networknt schema validation",
}
SIZES = {"synthetic-1k": 1_000, "synthetic-10k": 10_000, "synthetic-100k": 100_000}
UNIT_NS = {"ns/op": 1.0, "us/op": 1e3, "\u00b5s/op": 1e3, "ms/op": 1e6, "s/op": 1e9}


def load(paths, fastest=False):
    scores = {}  # (class, param, method) -> (ns/op, error ns/op)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for run in json.load(f):
                cls, method = run["benchmark"].rsplit(".", 2)[-2:]
                params = run.get("params", {})
                param = params.get("formula") or params.get("rule") or params.get("plan", "")
                metric = run["primaryMetric"]
                scale = UNIT_NS[metric["scoreUnit"]]
                error = metric.get("scoreError")
                error = error * scale if isinstance(error, (int, float)) else float("nan")
                score = metric["score"]
                if fastest:
                    score = min(x for fork in metric["rawData"] for x in fork)
                    error = float("nan")
                scores[(cls, param, method)] = (score * scale, error)
    return scores


def fmt_time(ns):
    for unit, size in (("s", 1e9), ("ms", 1e6), ("\u00b5s", 1e3)):
        if ns >= size:
            return f"{ns / size:.3g} {unit}"
    return f"{ns:.3g} ns"


def verdict(ratio, aim, below=False):
    ok = ratio < aim if below else ratio <= aim
    return "met" if ok else f"missed ({ratio / aim:.3g}\u00d7 over)"


def rows(scores):
    out = []  # (what, ratio text, kpi4j time, baseline time, aim, verdict)
    formulas = sorted({p for (c, p, _) in scores if c == "FormulaBenchmark"})
    for f in formulas:
        for kpi4j in ("kpi4jPositional", "kpi4jMap"):
            for base, aim in (("exp4j", FORMULA_AIM), ("evalEx", None)):
                a, b = scores.get(("FormulaBenchmark", f, kpi4j)), scores.get(("FormulaBenchmark", f, base))
                if a and b:
                    r = a[0] / b[0]
                    out.append((f"formula/{f} {NAMES[kpi4j]} vs {NAMES[base]}", r, a[0], b[0],
                                f"\u2264 {aim}\u00d7" if aim else "\u2014",
                                verdict(r, aim) if aim else "(no aim)"))
    plans = sorted({p for (c, p, _) in scores if c == "PlanReadBenchmark"},
                   key=lambda p: SIZES.get(p, 0))
    for p in plans:
        a = scores.get(("PlanReadBenchmark", p, "kpi4jReadValidate"))
        tree_aim = READTREE_AIM_LARGE if p.startswith("synthetic") else READTREE_AIM
        for base, aim, below in (("jacksonReadTree", tree_aim, False), ("schemaValidate", SCHEMA_AIM, True)):
            b = scores.get(("PlanReadBenchmark", p, base))
            if a and b:
                r = a[0] / b[0]
                out.append((f"read/{p} {NAMES['kpi4jReadValidate']} vs {NAMES[base]}", r, a[0], b[0],
                            ("< " if below else "\u2264 ") + f"{aim:g}\u00d7", verdict(r, aim, below)))
        read, tree = scores.get(("PlanReadBenchmark", p, "kpi4jRead")), scores.get(("PlanReadBenchmark", p, "jacksonReadTree"))
        if read and tree:
            r = read[0] / tree[0]
            out.append((f"read/{p} {NAMES['kpi4jRead']} (no validation) vs {NAMES['jacksonReadTree']}", r,
                        read[0], tree[0], "\u2014", "(no aim)"))
    return out


def growth(scores):
    """Time per KPI at each size; kpi4j's read+validate is held to readTree's growth, of the same run."""
    out = []
    aim_value = None
    tree = {n: scores[("PlanReadBenchmark", p, "jacksonReadTree")][0] / n
            for p, n in SIZES.items() if ("PlanReadBenchmark", p, "jacksonReadTree") in scores}
    if 1_000 in tree and 100_000 in tree:
        aim_value = tree[100_000] / tree[1_000] * GROWTH_SLACK
    for method in ("kpi4jReadValidate", "kpi4jRead", "jacksonReadTree", "schemaValidate"):
        per_kpi = {}
        for p, n in SIZES.items():
            s = scores.get(("PlanReadBenchmark", p, method))
            if s:
                per_kpi[n] = s[0] / n
        if 1_000 in per_kpi and 100_000 in per_kpi:
            r = per_kpi[100_000] / per_kpi[1_000]
            aim = method == "kpi4jReadValidate" and aim_value is not None
            out.append((NAMES[method], per_kpi, r,
                        f"aim \u2264 {aim_value:.3g}\u00d7: " + verdict(r, aim_value) if aim
                        else ("(no aim)" if method == "kpi4jRead" else "(baseline)")))
    return out


def rules(scores):
    """The time of each validation rule alone, and its share of all rules together."""
    out = []
    by_rule = {}
    for (c, p, m), s in scores.items():
        if c == "PlanRuleBenchmark":
            by_rule[p] = s[0]
    if "all" in by_rule:
        total = by_rule["all"]
        for rule, t in sorted(by_rule.items(), key=lambda kv: -kv[1]):
            out.append((rule, t, t / total))
    return out


def main(argv):
    markdown = "--markdown" in argv
    fastest = "--fastest" in argv
    paths = [a for a in argv if a not in ("--markdown", "--fastest")]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    scores = load(paths, fastest)
    table, grow, rule_rows = rows(scores), growth(scores), rules(scores)
    if markdown:
        if table:
            if fastest:
                print("Times are each benchmark's fastest iteration.\n")
            print("| comparison | ratio | kpi4j | baseline | aim | |")
            print("|---|---:|---:|---:|---|---|")
        for what, r, a, b, aim, v in table:
            print(f"| {what} | {r:.3g}\u00d7 | {fmt_time(a)} | {fmt_time(b)} | {aim} | {v} |")
        if grow:
            print()
            print("| time per KPI | 1k | 10k | 100k | 100k \u00f7 1k | aim: readTree's growth \u00d7 1.2 |")
            print("|---|---:|---:|---:|---:|---|")
        for name, per_kpi, r, v in grow:
            cells = " | ".join(fmt_time(per_kpi[n]) if n in per_kpi else "\u2014" for n in (1_000, 10_000, 100_000))
            print(f"| {name} | {cells} | {r:.3g}\u00d7 | {v} |")
        if rule_rows:
            print()
            print("| validation rule (synthetic-1k) | time | share of all rules |")
            print("|---|---:|---:|")
            for rule, t, share in rule_rows:
                print(f"| {rule} | {fmt_time(t)} | {share:.0%} |")
    else:
        for what, r, a, b, aim, v in table:
            print(f"{what}: {r:.3g}\u00d7  ({fmt_time(a)} vs {fmt_time(b)}; aim {aim}: {v})")
        for name, per_kpi, r, v in grow:
            cells = ", ".join(f"{n // 1000}k {fmt_time(t)}" for n, t in sorted(per_kpi.items()))
            print(f"growth/{name} per KPI: {cells}; 100k \u00f7 1k: {r:.3g}\u00d7  ({v})")
        for rule, t, share in rule_rows:
            print(f"rule/{rule}: {fmt_time(t)} ({share:.0%} of all rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
