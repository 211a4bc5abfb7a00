#!/usr/bin/env python3
"""Validate the held-out set 13 case files in this directory."""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"agree", "contradict", "differ"}
# Split after . ! ? (optionally followed by a closing quote) when the next
# sentence starts with a capital letter or an opening quote.
SPLIT = re.compile(r'(?:(?<=[.!?])|(?<=[.!?][\u201d"\u2019]))\s+(?=[A-Z\u201c"\u2018])')


def sentences(text):
    """Return (start, end) character spans of each sentence."""
    spans, pos = [], 0
    for m in SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def locate(text, spans, sub, where, errors):
    """Check sub and return the index of the sentence holding it, or None."""
    n = len(sub.split())
    if not 4 <= n <= 12:
        errors.append(f"{where}: {n} words (need 4-12): {sub!r}")
    count = text.count(sub)
    if count != 1:
        errors.append(f"{where}: occurs {count} times (need exactly 1): {sub!r}")
        return None
    start = text.index(sub)
    end = start + len(sub)
    for i, (s, e) in enumerate(spans):
        if s <= start and end <= e:
            return i
    errors.append(f"{where}: spans more than one sentence: {sub!r}")
    return None


def check(path):
    errors = []
    try:
        with open(path, encoding="utf-8") as f:
            case = json.load(f)
    except Exception as exc:  # noqa: BLE001
        return [f"cannot parse: {exc}"], None
    for key in ("name", "left", "right", "expect", "omitted"):
        if key not in case:
            errors.append(f"missing key {key!r}")
    if errors:
        return errors, None
    texts, spans = {}, {}
    for side in ("left", "right"):
        part = case[side]
        if not isinstance(part, dict) or not part.get("party") or not part.get("text"):
            errors.append(f"{side}: needs party and text")
            continue
        texts[side] = part["text"]
        spans[side] = sentences(part["text"])
        ns = len(spans[side])
        if not 9 <= ns <= 10:
            errors.append(f"{side}: {ns} sentences (need 9-10)")
        if '"' in part["text"]:
            errors.append(f"{side}: straight double quote in text")
    if errors:
        return errors, None
    name = case["name"]
    want = f": {case['left']['party']} and {case['right']['party']}"
    if not name.endswith(want):
        errors.append(f"name should end with {want!r}")
    expect = case["expect"]
    if not 6 <= len(expect) <= 8:
        errors.append(f"{len(expect)} expectations (need 6-8)")
    used = {"left": {}, "right": {}}
    for k, ex in enumerate(expect):
        rel = ex.get("relation")
        if rel not in RELATIONS:
            errors.append(f"expect[{k}]: bad relation {rel!r}")
        idx = {}
        for side in ("left", "right"):
            sub = ex.get(side)
            if not isinstance(sub, str):
                errors.append(f"expect[{k}].{side}: missing")
                continue
            i = locate(texts[side], spans[side], sub, f"expect[{k}].{side}", errors)
            idx[side] = i
            if i is not None:
                if i in used[side]:
                    errors.append(f"expect[{k}].{side}: sentence {i} already used by expect[{used[side][i]}]")
                else:
                    used[side][i] = k
        if idx.get("left") is not None and idx.get("left") == idx.get("right"):
            errors.append(f"expect[{k}]: same sentence index {idx['left']} on both sides")
    omitted = case["omitted"]
    for side in ("left", "right"):
        subs = omitted.get(side) if isinstance(omitted, dict) else None
        if not isinstance(subs, list) or not 2 <= len(subs) <= 3:
            errors.append(f"omitted.{side}: need a list of 2-3 substrings")
            continue
        seen = set()
        for k, sub in enumerate(subs):
            i = locate(texts[side], spans[side], sub, f"omitted.{side}[{k}]", errors)
            if i is None:
                continue
            if i in used[side]:
                errors.append(f"omitted.{side}[{k}]: sentence {i} is used by expect[{used[side][i]}]")
            if i in seen:
                errors.append(f"omitted.{side}[{k}]: sentence {i} listed twice")
            seen.add(i)
    stats = {"relations": Counter(ex.get("relation") for ex in expect),
             "omitted_left": len(omitted.get("left", [])),
             "omitted_right": len(omitted.get("right", [])),
             "sentences": (len(spans["left"]), len(spans["right"]))}
    return errors, stats


def main():
    files = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.json")))
    if not files:
        print("no case files found")
        return 1
    total = Counter()
    om_l = om_r = 0
    bad = 0
    for path in files:
        errors, stats = check(path)
        name = os.path.basename(path)
        if errors:
            bad += 1
            print(f"FAIL {name}")
            for e in errors:
                print(f"  - {e}")
        else:
            r = stats["relations"]
            print(f"ok   {name}: sentences {stats['sentences'][0]}/{stats['sentences'][1]}, "
                  f"agree {r['agree']}, contradict {r['contradict']}, differ {r['differ']}, "
                  f"omitted {stats['omitted_left']}/{stats['omitted_right']}")
            total.update(r)
            om_l += stats["omitted_left"]
            om_r += stats["omitted_right"]
    n = sum(total.values())
    print(f"\n{len(files)} files, {bad} failing")
    if n:
        parts = ", ".join(f"{rel} {total[rel]} ({100 * total[rel] / n:.1f}%)" for rel in ("agree", "contradict", "differ"))
        print(f"expectations: {n} ({parts})")
        print(f"omitted: left {om_l}, right {om_r}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
