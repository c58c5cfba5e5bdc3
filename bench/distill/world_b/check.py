"""Self-check for world B.

    python check.py            generate --small twice (same seed) and once with another seed in temp
                               folders, validate shapes and label counts, and check determinism
    python check.py DIR        validate an existing output folder (minimums depend on its size)

Exit status 0 when everything holds; otherwise the failures are printed and the status is 1.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
CREATED_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
IP_RE = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
ENDPOINTS = {"chat.completions", "messages", "completions"}
ROLES = {"system", "user", "assistant", "tool"}
HARD_NEGATIVES = {"campus_shared_nat", "eval_harness", "llm_judge_lab", "translation_service", "reseller_router",
                  "fewshot_client", "agentic_tool_use"}
CAMPAIGNS = {"hydra", "reasoning_trace_harvest", "slow_and_low", "topic_sweep", "synthetic_data_pipeline", "rotating_proxy"}


def validate(d: str) -> list[str]:
    errs: list[str] = []

    def err(msg: str) -> None:
        if len(errs) < 50:
            errs.append(msg)

    accounts: dict[str, dict] = {}
    for n, line in enumerate(open(os.path.join(d, "accounts.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        for k, t in (("id", str), ("kind", str), ("name", str), ("country", str), ("kyc_verified", bool),
                     ("api_keys", list), ("created_at", str), ("signup_channel", str), ("payment_fingerprint", str)):
            if not isinstance(a.get(k), t):
                err(f"accounts.jsonl:{n}: {k} missing or not {t.__name__}")
        if "headquarters" not in a:
            err(f"accounts.jsonl:{n}: headquarters missing")
        if a.get("kind") not in ("organization", "person"):
            err(f"accounts.jsonl:{n}: bad kind")
        if not re.fullmatch(r"[A-Z]{2}", str(a.get("country"))):
            err(f"accounts.jsonl:{n}: bad country")
        if not CREATED_RE.match(str(a.get("created_at"))):
            err(f"accounts.jsonl:{n}: bad created_at")
        if not a.get("api_keys") or len(set(a["api_keys"])) != len(a["api_keys"]):
            err(f"accounts.jsonl:{n}: api_keys empty or repeated")
        if a["id"] in accounts:
            err(f"accounts.jsonl:{n}: duplicate id")
        accounts[a["id"]] = a

    labels: dict[str, dict] = {}
    for n, line in enumerate(open(os.path.join(d, "labels.jsonl"), encoding="utf-8"), 1):
        lab = json.loads(line)
        if set(lab) != {"account_id", "label", "group", "operation"}:
            err(f"labels.jsonl:{n}: keys {sorted(lab)}")
        if lab.get("label") not in ("benign", "campaign"):
            err(f"labels.jsonl:{n}: bad label")
        if (lab.get("label") == "campaign") != isinstance(lab.get("operation"), str):
            err(f"labels.jsonl:{n}: operation must be a string exactly for campaigns")
        if lab["account_id"] not in accounts:
            err(f"labels.jsonl:{n}: unknown account")
        labels[lab["account_id"]] = lab
    if set(labels) != set(accounts):
        err("labels do not cover exactly the accounts")

    rids: set[str] = set()
    last = ""
    per_acct = collections.Counter()
    n_usage = 0
    for n, line in enumerate(open(os.path.join(d, "usage.jsonl"), encoding="utf-8"), 1):
        u = json.loads(line)
        n_usage += 1
        for k, t in (("ts", str), ("request_id", str), ("account_id", str), ("key_id", str), ("ip", str),
                     ("user_agent", str), ("model", str), ("endpoint", str), ("messages", list),
                     ("prompt_tokens", int), ("completion_tokens", int), ("status", int), ("decision", str)):
            if not isinstance(u.get(k), t):
                err(f"usage.jsonl:{n}: {k} missing or not {t.__name__}")
        if not TS_RE.match(u["ts"]):
            err(f"usage.jsonl:{n}: bad ts {u['ts']}")
        if u["ts"] < last:
            err(f"usage.jsonl:{n}: not sorted by ts")
        last = u["ts"]
        if u["request_id"] in rids:
            err(f"usage.jsonl:{n}: duplicate request_id")
        rids.add(u["request_id"])
        a = accounts.get(u["account_id"])
        if a is None:
            err(f"usage.jsonl:{n}: unknown account")
            continue
        if u["key_id"] not in a["api_keys"]:
            err(f"usage.jsonl:{n}: key not of this account")
        if u["ts"][:19] < a["created_at"][:19]:
            err(f"usage.jsonl:{n}: request before account creation")
        m = IP_RE.match(u["ip"])
        if not m or not all(0 <= int(x) <= 255 for x in m.groups()):
            err(f"usage.jsonl:{n}: bad ip")
        if u["endpoint"] not in ENDPOINTS:
            err(f"usage.jsonl:{n}: bad endpoint")
        if not u["messages"] or any(set(x) != {"role", "content"} or x["role"] not in ROLES or not isinstance(x["content"], str)
                                    for x in u["messages"]):
            err(f"usage.jsonl:{n}: bad messages")
        if u["prompt_tokens"] <= 0 or u["completion_tokens"] < 0:
            err(f"usage.jsonl:{n}: bad token counts")
        chars = sum(len(x["content"]) for x in u["messages"])
        if not chars / 8 <= u["prompt_tokens"] <= chars / 2 + 10 * len(u["messages"]) + 10:
            err(f"usage.jsonl:{n}: prompt_tokens {u['prompt_tokens']} do not fit {chars} characters")
        if u["status"] != 200 and u["completion_tokens"] != 0:
            err(f"usage.jsonl:{n}: failed request with completion tokens")
        datetime.strptime(u["ts"], "%Y-%m-%dT%H:%M:%S.%fZ")
        per_acct[u["account_id"]] += 1

    groups = collections.Counter(lab["group"] for lab in labels.values())
    ops = collections.defaultdict(set)
    for lab in labels.values():
        if lab["label"] == "campaign":
            ops[lab["group"]].add(lab["operation"])
    full = len(accounts) >= 1500
    need_hn, need_c = (30, 25) if full else (6, 6)
    for g in HARD_NEGATIVES:
        if groups[g] < need_hn:
            err(f"hard-negative group {g}: {groups[g]} accounts < {need_hn}")
    for g in CAMPAIGNS:
        if groups[g] < need_c:
            err(f"campaign family {g}: {groups[g]} accounts < {need_c}")
        if len(ops[g]) < 2:
            err(f"campaign family {g}: only {len(ops[g])} operation(s)")
    silent = [g for g in groups if not any(per_acct[a] for a, lab in labels.items() if lab["group"] == g)]
    if silent:
        err(f"groups without any usage: {silent}")
    if n_usage == 0:
        err("no usage")
    if not errs:
        print(json.dumps({"accounts": len(accounts), "usage": n_usage, "groups": dict(sorted(groups.items())),
                          "operations": {g: len(v) for g, v in sorted(ops.items())}}))
    return errs


def digest(d: str) -> str:
    h = hashlib.sha256()
    for f in ("accounts.jsonl", "labels.jsonl", "usage.jsonl"):
        with open(os.path.join(d, f), "rb") as fh:
            h.update(fh.read())
    return h.hexdigest()


def main() -> int:
    if len(sys.argv) > 1:
        errs = validate(sys.argv[1])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            outs = []
            for tag, seed in (("a", 7), ("b", 7), ("c", 8)):
                out = os.path.join(tmp, tag)
                subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--small", "--out", out, "--seed", str(seed)],
                               check=True)
                outs.append(out)
            errs = validate(outs[0])
            if digest(outs[0]) != digest(outs[1]):
                errs.append("not deterministic: the same seed gave different files")
            if digest(outs[0]) == digest(outs[2]):
                errs.append("different seeds gave identical files")
            errs += validate(outs[2])
    for e in errs:
        print("FAIL:", e)
    print("OK" if not errs else f"{len(errs)} failure(s)")
    return 0 if not errs else 1


if __name__ == "__main__":
    raise SystemExit(main())
