#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample --stack-depth 64 FILE` output read from stdin:
the share of samples in which each method is on top of the stack (self) and anywhere on it
(inclusive), optionally only for stacks through a given frame (--under PREFIX)."""
import collections, re, sys

under = sys.argv[sys.argv.index("--under") + 1] if "--under" in sys.argv else None
top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 30
self_count, inclusive, total = collections.Counter(), collections.Counter(), 0
for event in sys.stdin.read().split("\njdk.ExecutionSample")[1:]:
    m = re.search(r"stackTrace = \[\n(.*?)\n\s*\]", event, re.S)
    if not m:
        continue
    frames = [re.sub(r"\s+line:.*", "", f.strip()) for f in m.group(1).split("\n")]
    frames = [f for f in frames if f and f != "..."]
    if not frames or (under and not any(f.startswith(under) for f in frames)):
        continue
    total += 1
    self_count[frames[0]] += 1
    for f in set(frames):
        inclusive[f] += 1
print(f"{total} samples" + (f" through {under}" if under else ""))
print("-- self (top of stack)")
for f, c in self_count.most_common(top):
    print(f"{100 * c / total:5.1f}%  {f}")
print("-- inclusive (anywhere on the stack)")
for f, c in inclusive.most_common(top * 2):
    print(f"{100 * c / total:5.1f}%  {f}")
