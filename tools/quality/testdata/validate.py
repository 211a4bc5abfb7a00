#!/usr/bin/env python3
"""Validate the held-out case sets in the folders given as arguments.

Usage: python3 validate.py [--same-index] [--compact] FOLDER... (from a set's folder: python3 ../validate.py .)

Checks, for every NN_<topic>.json file of each folder:
  * the file parses as JSON and has name / left / right / expect / omitted;
  * left and right each have a party and a text;
  * 6-8 expectations, relations only agree / contradict / differ;
  * every substring (expect and omitted) is 4-12 words long, occurs exactly
    once in its side's text and lies within a single sentence;
  * no sentence is used by two expectations;
  * omitted sentences are not used by any expectation;
  * no expected pair sits at the same sentence index on both sides, unless
    --same-index is given (heldout35 on let each side keep its natural
    order, as the official dev cases do).

With --compact the sets are shaped like the official dev-cases2: 6-8
sentences a side (instead of 9-10), 5-7 expectations (instead of 6-8) and
1-2 omitted substrings a side (instead of 2-3).

Sentences are split on . ! or ? (optionally followed by a closing quote),
then whitespace and a capital letter or an opening quote.
"""
import glob
import json
import os
import re
import sys

RELATIONS = {"agree", "contradict", "differ"}
BOUNDARY = re.compile(r'[.!?][”"’]?(?=\s+[A-Z“"‘])')


def split_sentences(text):
    """Return a list of (start, end) character spans, one per sentence."""
    spans = []
    start = 0
    for m in BOUNDARY.finditer(text):
        end = m.end()
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def locate(sub, text, spans, label, errors):
    """Return the sentence index holding sub, or None after recording an error."""
    n_words = len(sub.split())
    if not 4 <= n_words <= 12:
        errors.append(f"{label}: {n_words} words (need 4-12): {sub!r}")
    count = text.count(sub)
    if count != 1:
        errors.append(f"{label}: occurs {count} times (need exactly 1): {sub!r}")
        return None
    pos = text.index(sub)
    end = pos + len(sub)
    for i, (s, e) in enumerate(spans):
        if s <= pos and end <= e:
            return i
    errors.append(f"{label}: crosses a sentence boundary: {sub!r}")
    return None


def check_file(path):
    errors = []
    try:
        with open(path, encoding="utf-8") as fh:
            case = json.load(fh)
    except Exception as exc:  # noqa: BLE001
        return [f"does not parse: {exc}"], None

    for key in ("name", "left", "right", "expect", "omitted"):
        if key not in case:
            errors.append(f"missing key {key!r}")
    if errors:
        return errors, None

    texts, spans = {}, {}
    for side in ("left", "right"):
        block = case[side]
        if not isinstance(block, dict) or not block.get("party") or not block.get("text"):
            errors.append(f"{side}: needs a non-empty party and text")
            continue
        texts[side] = block["text"]
        spans[side] = split_sentences(block["text"])
        n = len(spans[side])
        lo, hi = SHAPE["sentences"]
        if not lo <= n <= hi:
            errors.append(f"{side}: {n} sentences (expected {lo}-{hi})")
    if errors:
        return errors, None

    expect = case["expect"]
    lo, hi = SHAPE["expect"]
    if not isinstance(expect, list) or not lo <= len(expect) <= hi:
        errors.append(f"expect: {len(expect) if isinstance(expect, list) else '?'} items (need {lo}-{hi})")
        expect = expect if isinstance(expect, list) else []

    used = {"left": {}, "right": {}}
    for k, item in enumerate(expect):
        rel = item.get("relation")
        if rel not in RELATIONS:
            errors.append(f"expect[{k}]: bad relation {rel!r}")
        idx = {}
        for side in ("left", "right"):
            sub = item.get(side)
            if not isinstance(sub, str):
                errors.append(f"expect[{k}].{side}: missing")
                continue
            i = locate(sub, texts[side], spans[side], f"expect[{k}].{side}", errors)
            if i is None:
                continue
            idx[side] = i
            if i in used[side]:
                errors.append(
                    f"expect[{k}].{side}: sentence {i} already used by expect[{used[side][i]}]")
            else:
                used[side][i] = k
        if len(idx) == 2 and idx["left"] == idx["right"] and not SAME_INDEX:
            errors.append(f"expect[{k}]: both sides at sentence index {idx['left']}")

    omitted = case["omitted"]
    for side in ("left", "right"):
        subs = omitted.get(side) if isinstance(omitted, dict) else None
        lo, hi = SHAPE["omitted"]
        if not isinstance(subs, list) or not lo <= len(subs) <= hi:
            errors.append(f"omitted.{side}: need a list of {lo}-{hi} substrings")
            continue
        seen = set()
        for k, sub in enumerate(subs):
            i = locate(sub, texts[side], spans[side], f"omitted.{side}[{k}]", errors)
            if i is None:
                continue
            if i in used[side]:
                errors.append(
                    f"omitted.{side}[{k}]: sentence {i} is used by expect[{used[side][i]}]")
            if i in seen:
                errors.append(f"omitted.{side}[{k}]: sentence {i} listed twice")
            seen.add(i)

    rels = [item.get("relation") for item in expect]
    stats = {
        "expect": len(expect),
        "agree": rels.count("agree"),
        "contradict": rels.count("contradict"),
        "differ": rels.count("differ"),
        "omitted_left": len(omitted.get("left", [])) if isinstance(omitted, dict) else 0,
        "omitted_right": len(omitted.get("right", [])) if isinstance(omitted, dict) else 0,
        "sentences": (len(spans["left"]), len(spans["right"])),
    }
    return errors, stats


SAME_INDEX = False
SHAPE = {"sentences": (9, 10), "expect": (6, 8), "omitted": (2, 3)}
COMPACT = {"sentences": (6, 8), "expect": (5, 7), "omitted": (1, 2)}


def main():
    global SAME_INDEX, SHAPE
    folders = sys.argv[1:]
    while folders and folders[0] in ("--same-index", "--compact"):
        if folders[0] == "--same-index":
            SAME_INDEX = True
        else:
            SHAPE = COMPACT
        folders = folders[1:]
    if not folders:
        print("usage: validate.py FOLDER...")
        return 2
    status = 0
    for folder in folders:
        if len(folders) > 1:
            print(f"== {folder}")
        status = max(status, validate(folder))
    return status


def validate(folder):
    files = sorted(glob.glob(os.path.join(folder, "[0-9][0-9]_*.json")))
    if not files:
        print(f"no case files found in {folder}")
        return 1
    total = {"expect": 0, "agree": 0, "contradict": 0, "differ": 0,
             "omitted_left": 0, "omitted_right": 0}
    bad = 0
    for path in files:
        errors, stats = check_file(path)
        name = os.path.basename(path)
        if errors:
            bad += 1
            print(f"FAIL {name}")
            for e in errors:
                print(f"  - {e}")
        else:
            for key in total:
                total[key] += stats[key]
            print(f"ok   {name}: {stats['expect']} expect "
                  f"(a{stats['agree']} c{stats['contradict']} d{stats['differ']}), "
                  f"omitted {stats['omitted_left']}/{stats['omitted_right']}, "
                  f"sentences {stats['sentences'][0]}/{stats['sentences'][1]}")
    print()
    if bad:
        print(f"{bad} of {len(files)} files failed")
        return 1
    n = total["expect"]
    print(f"{len(files)} files passed; {n} expectations: "
          + ", ".join(f"{r} {total[r]} ({100 * total[r] / n:.0f}%)"
                      for r in ("agree", "contradict", "differ"))
          + f"; omitted {total['omitted_left']} left / {total['omitted_right']} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
