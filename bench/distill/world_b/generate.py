"""World B: an independent API-traffic simulator for evaluating distillation detectors.

    python generate.py --out DIR --seed N [--accounts N] [--days D] [--small]

writes DIR/usage.jsonl, DIR/accounts.jsonl and DIR/labels.jsonl (formats: docs/contracts.md).
Deterministic per seed. Standard library only. See README.md in this folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import sys
import time
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import corpus as C  # noqa: E402

START = datetime(2026, 11, 16, tzinfo=timezone.utc)  # a Monday
START_MS = int(START.timestamp() * 1000)
DAY_MS = 86_400_000
HOUR_MS = 3_600_000

# --------------------------------------------------------------------------- geography and networks

# country: (utc offset in hours, residential /16 prefixes, weight among benign self-serve users)
COUNTRIES = {
    "US": (-6, ["73.162", "73.92", "98.207", "24.4", "71.204", "99.34", "76.102", "107.77", "172.58", "67.180"], 30),
    "GB": (0, ["86.12", "81.98", "2.120", "92.40", "90.255", "109.150"], 8),
    "DE": (1, ["84.150", "91.64", "87.123", "93.220", "79.197", "217.229"], 7),
    "FR": (1, ["90.112", "82.64", "86.245", "78.192", "92.184"], 5),
    "IN": (5.5, ["49.36", "117.99", "106.51", "223.186", "27.61", "103.211"], 10),
    "JP": (9, ["126.76", "60.104", "219.110", "153.210", "118.8"], 4),
    "SG": (8, ["116.14", "175.156", "118.189", "42.61"], 2),
    "BR": (-3, ["177.40", "189.62", "201.17", "187.11", "179.108"], 5),
    "CA": (-5, ["70.49", "174.88", "99.230", "142.114", "24.114"], 5),
    "KR": (9, ["121.130", "211.36", "1.234", "118.235"], 3),
    "AU": (10, ["110.144", "120.18", "1.144", "101.180", "58.6"], 3),
    "NL": (1, ["77.163", "83.84", "84.26", "94.208"], 2),
    "PL": (1, ["83.24", "89.64", "178.42"], 2),
    "ES": (1, ["88.6", "79.148", "83.59"], 2),
    "IL": (2, ["79.181", "109.64", "5.28"], 1.5),
    "NG": (1, ["105.112", "102.89", "197.210"], 1.5),
    "VN": (7, ["113.161", "14.177", "27.72"], 1.5),
    "ID": (7, ["36.72", "114.124", "180.252"], 2),
    "MX": (-6, ["187.189", "189.203", "201.141"], 2),
    "SE": (1, ["83.252", "90.230", "155.4"], 1),
    "TR": (3, ["78.180", "88.230", "176.88"], 1.5),
    "AE": (4, ["94.200", "5.195", "86.96"], 1),
    "TW": (8, ["114.32", "36.224", "1.160"], 1.5),
}
DATACENTERS = {
    "aws": ["3.80", "18.204", "34.201", "52.14", "54.175", "13.58", "44.212"],
    "gcp": ["34.105", "35.185", "35.230", "34.82", "104.196"],
    "azure": ["20.42", "40.76", "13.91", "52.170", "20.185"],
    "digitalocean": ["138.68", "159.89", "167.99", "164.90", "143.198"],
    "hetzner": ["95.216", "5.161", "88.99", "65.108"],
    "ovh": ["51.38", "145.239", "54.38", "137.74"],
    "vultr": ["45.77", "108.61", "149.28"],
    "linode": ["172.105", "139.162", "45.79"],
    "gpu-cloud": ["38.128", "64.247", "209.20"],
}
UNIVERSITY_NATS = {"Westbridge University": ("US", "128.32.47"), "University of Northmoor": ("GB", "129.67.242")}

SDK_UAS = ["OpenAI/Python 1.54.4", "OpenAI/Python 1.55.3", "OpenAI/Python 1.57.0", "OpenAI/Python 1.52.2", "OpenAI/Python 1.47.1",
           "OpenAI/JS 4.73.1", "OpenAI/JS 4.71.0", "Anthropic/Python 0.39.0", "Anthropic/Python 0.40.0", "Anthropic/TypeScript 0.32.1",
           "python-requests/2.32.3", "python-requests/2.31.0", "python-httpx/0.27.2", "python-httpx/0.28.1", "curl/8.5.0",
           "curl/7.81.0", "curl/8.7.1", "axios/1.7.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Go-http-client/2.0",
           "Go-http-client/1.1", "okhttp/4.12.0", "Python/3.11 aiohttp/3.10.10", "Python/3.12 aiohttp/3.11.2", "Java-http-client/17.0.9",
           "PostmanRuntime/7.42.0", "Dart/3.5 (dart:io)"]
SDK_W = [9, 8, 6, 5, 3, 5, 3, 4, 3, 2, 4, 2, 3, 2, 2, 1, 1, 2, 1, 2, 1, 1, 2, 1, 1, 1, 0.5]
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
]
MODELS = ["frontier-5", "frontier-5-mini", "frontier-5-thinking", "frontier-4.1"]

# local-hour activity weights
H_HUMAN = [0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.3, 0.7, 1.3, 2.0, 2.4, 2.5, 2.0, 2.3, 2.5, 2.4, 2.2, 1.9, 1.5, 1.5, 1.7, 1.6, 1.2, 0.7]
H_WORK = [0.05, 0.03, 0.02, 0.02, 0.02, 0.05, 0.2, 0.8, 2.2, 3.0, 3.2, 3.0, 2.0, 2.8, 3.0, 2.9, 2.5, 1.6, 0.8, 0.5, 0.4, 0.3, 0.2, 0.1]
H_EVENING = [0.8, 0.5, 0.3, 0.15, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.0, 1.1, 1.2, 1.3, 1.5, 1.7, 1.9, 2.0, 2.1, 2.4, 2.7, 2.8, 2.4, 1.6]
H_CONSUMER = [0.9, 0.6, 0.4, 0.3, 0.3, 0.4, 0.7, 1.1, 1.5, 1.7, 1.8, 1.9, 2.0, 1.9, 1.9, 1.9, 1.9, 2.0, 2.1, 2.3, 2.4, 2.3, 1.9, 1.4]
H_FLAT = [1.0] * 24


def cumw(w):
    out, s = [], 0.0
    for x in w:
        s += x
        out.append(s)
    return out


CUM = {id(w): cumw(w) for w in (H_HUMAN, H_WORK, H_EVENING, H_CONSUMER, H_FLAT)}


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / 3.9))


def lognorm(rng: random.Random, median: float, sigma: float, lo: float = 1, hi: float = 1e9) -> int:
    return int(min(hi, max(lo, median * math.exp(rng.gauss(0, sigma)))))


# --------------------------------------------------------------------------- the world

class World:
    def __init__(self, seed: int, n_accounts: int, days: int):
        self.seed = seed
        self.rng = random.Random(f"worldb:{seed}")
        self.n = n_accounts
        self.days = days
        self.end_ms = START_MS + days * DAY_MS
        self.accounts: list[dict] = []
        self.labels: list[dict] = []
        self.events: list[tuple] = []
        self._ids: set[str] = set()
        self._seq = 0

    # ---- identifiers
    def uid(self, prefix: str, nbytes: int = 5) -> str:
        while True:
            v = f"{prefix}{self.rng.getrandbits(nbytes * 8):0{nbytes * 2}x}"
            if v not in self._ids:
                self._ids.add(v)
                return v

    def sub_rng(self, tag: str) -> random.Random:
        return random.Random(f"worldb:{self.seed}:{tag}")

    # ---- networks
    def res_ip(self, rng: random.Random, country: str) -> str:
        p = C.pick(rng, COUNTRIES[country][1])
        return f"{p}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def dc_ip(self, rng: random.Random, provider: str | None = None) -> str:
        provider = provider or C.pick(rng, list(DATACENTERS))
        p = C.pick(rng, DATACENTERS[provider])
        return f"{p}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def country(self, rng: random.Random, pool: list[str] | None = None) -> str:
        keys = pool or list(COUNTRIES)
        return rng.choices(keys, weights=[COUNTRIES[k][2] for k in keys])[0]

    # ---- time
    def day_ok(self, day: int, weekday_only: float = 0.0, rng: random.Random | None = None) -> bool:
        wd = (START.weekday() + day) % 7
        if wd >= 5 and rng is not None and rng.random() < weekday_only:
            return False
        return True

    def at(self, rng: random.Random, day: int, tz: float, hours=H_HUMAN) -> int:
        cw = CUM[id(hours)]
        x = rng.random() * cw[-1]
        h = 0
        while cw[h] < x:
            h += 1
        local = h + rng.random()
        return START_MS + day * DAY_MS + int((local - tz) * HOUR_MS)

    # ---- accounts
    def account(self, group: str, label: str, operation: str | None, *, kind: str, country: str, created_ms: int,
                channel: str, kyc: bool, pf: str | None = None, n_keys: int = 1, name: str | None = None,
                extra: dict | None = None) -> dict:
        aid = self.uid("acct-")
        rng = self.rng
        if name is None:
            name = C.person_name(rng) if kind == "person" else org_name(rng, country)
        keys = [self.uid("key-", 6) for _ in range(n_keys)]
        acct = {"id": aid, "kind": kind, "name": name, "country": country,
                "headquarters": country if kind == "organization" else None, "region": None,
                "kyc_verified": kyc, "api_keys": keys, "created_at": iso(created_ms)[:-5] + "Z",
                "signup_channel": channel, "payment_fingerprint": pf or self.uid("pf-", 4)}
        if kind == "person":
            acct["nationalities"] = [country]
            acct["permanent_residence"] = [country]
        if extra:
            acct.update(extra)
        self.accounts.append(acct)
        self.labels.append({"account_id": aid, "label": label, "group": group, "operation": operation})
        acct["_created_ms"] = created_ms
        return acct

    def before(self, rng: random.Random, lo_days: float, hi_days: float) -> int:
        return START_MS - int(rng.uniform(lo_days, hi_days) * DAY_MS) + rng.randint(0, DAY_MS)

    # ---- usage
    def emit(self, acct: dict, ts: int, key: str, ip: str, ua: str, model: str, messages: list[dict],
             completion: int, *, endpoint: str | None = None, rng: random.Random, p_fail: float = 0.004,
             p_429: float = 0.0) -> bool:
        if ts < START_MS or ts >= self.end_ms or ts < acct["_created_ms"]:
            return False
        if endpoint is None:
            endpoint = "messages" if ua.startswith("Anthropic/") else "chat.completions"
        r = rng.random()
        status = 200
        if r < p_429:
            status = 429
        elif r < p_429 + p_fail:
            status = C.pick(rng, [400, 400, 500, 503, 408])
        pt = 3 + sum(4 + tokens(m["content"]) for m in messages)
        ct = completion if status == 200 else 0
        self._seq += 1
        self.events.append((ts, self._seq, acct["id"], key, ip, ua, model, endpoint, messages, pt, ct, status))
        return True

    # ---- output
    def write(self, out: str) -> dict:
        os.makedirs(out, exist_ok=True)
        self.events.sort(key=lambda e: (e[0], e[1]))
        seen: set[str] = set()
        with open(os.path.join(out, "usage.jsonl"), "w", encoding="utf-8") as f:
            lines = []
            for i, e in enumerate(self.events):
                rid = "req_" + hashlib.blake2b(f"{self.seed}:{i}".encode(), digest_size=10).hexdigest()
                assert rid not in seen
                seen.add(rid)
                rec = {"ts": iso(e[0]), "request_id": rid, "account_id": e[2], "key_id": e[3], "ip": e[4],
                       "user_agent": e[5], "model": e[6], "endpoint": e[7], "messages": e[8],
                       "prompt_tokens": e[9], "completion_tokens": e[10], "status": e[11],
                       "decision": "allow"}
                lines.append(json.dumps(rec, ensure_ascii=False))
                if len(lines) >= 5000:
                    f.write("\n".join(lines) + "\n")
                    lines = []
            if lines:
                f.write("\n".join(lines) + "\n")
        with open(os.path.join(out, "accounts.jsonl"), "w", encoding="utf-8") as f:
            for a in sorted(self.accounts, key=lambda a: a["id"]):
                f.write(json.dumps({k: v for k, v in a.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
        with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as f:
            for lab in sorted(self.labels, key=lambda x: x["account_id"]):
                f.write(json.dumps(lab) + "\n")
        return {"accounts": len(self.accounts), "usage": len(self.events)}


ORG_WORDS = ["Helix", "Northwind", "Bluefin", "Quarry", "Lattice", "Copperleaf", "Orbital", "Sable", "Juniper", "Meridian",
             "Tessellate", "Kestrel", "Brightline", "Fathom", "Harbor", "Nimbus", "Pinecrest", "Vantage", "Wren", "Zephyr",
             "Atlas", "Cobalt", "Ember", "Granite", "Lumen", "Mosaic", "Prism", "Riverstone", "Solstice", "Tandem"]
ORG_TAIL = ["Labs", "Analytics", "Software", "Health", "Logistics", "Robotics", "Media", "Systems", "AI", "Data", "Learning",
            "Commerce", "Bio", "Capital", "Studio", "Networks"]
SUFFIX = {"US": "Inc.", "GB": "Ltd", "DE": "GmbH", "FR": "SAS", "IN": "Pvt. Ltd.", "JP": "K.K.", "SG": "Pte. Ltd.",
          "BR": "Ltda.", "CA": "Inc.", "KR": "Co., Ltd.", "AU": "Pty Ltd", "NL": "B.V.", "PL": "Sp. z o.o.", "ES": "S.L.",
          "SE": "AB", "MX": "S.A. de C.V.", "TR": "A.Ş.", "AE": "FZ-LLC", "TW": "Co., Ltd.", "VN": "JSC", "ID": "PT",
          "IL": "Ltd.", "NG": "Ltd"}


def org_name(rng: random.Random, country: str) -> str:
    return f"{C.pick(rng, ORG_WORDS)} {C.pick(rng, ORG_TAIL)} {SUFFIX.get(country, 'Ltd')}"


def pick_model(rng: random.Random, w=(4, 5, 1, 1.5)) -> str:
    return rng.choices(MODELS, weights=w)[0]


def sdk_ua(rng: random.Random) -> str:
    return rng.choices(SDK_UAS, weights=SDK_W)[0]


# =========================================================================== benign groups

def g_indie(w: World, n: int) -> None:
    for i in range(n):
        rng = w.sub_rng(f"indie:{i}")
        cc = w.country(rng)
        tz = COUNTRIES[cc][0]
        a = w.account("indie_developer", "benign", None, kind="person", country=cc, created_ms=w.before(rng, 1, 700),
                      channel="self_serve", kyc=rng.random() < 0.45, n_keys=1 + (rng.random() < 0.2))
        uas = [sdk_ua(rng)] + ([sdk_ua(rng)] if rng.random() < 0.4 else [])
        home = w.res_ip(rng, cc)
        p_active = rng.uniform(0.08, 0.6)
        model = pick_model(rng)
        for d in range(w.days):
            if rng.random() > p_active or not w.day_ok(d, 0.4, rng):
                continue
            if rng.random() < 0.15:
                home = w.res_ip(rng, cc)
            for _ in range(1 + (rng.random() < 0.4) + (rng.random() < 0.15)):
                t = w.at(rng, d, tz, H_HUMAN)
                ip = home if rng.random() < 0.85 else w.dc_ip(rng)
                ua = C.pick(rng, uas)
                msgs: list[dict] = []
                for k in range(lognorm(rng, 4, 0.7, 1, 30)):
                    if k == 0 or rng.random() < 0.35 or len(msgs) > 10:
                        msgs = [{"role": "user", "content": C.dev_prompt(rng)}]
                        if rng.random() < 0.2:
                            msgs.insert(0, {"role": "system", "content": "You are a helpful coding assistant."})
                    else:
                        msgs = msgs + [{"role": "assistant", "content": C.answer_text(rng)}, {"role": "user", "content": C.dev_followup(rng)}]
                    w.emit(a, t, C.pick(rng, a["api_keys"]), ip, ua, model if rng.random() < 0.8 else pick_model(rng), msgs,
                           lognorm(rng, 380, 0.7, 5, 4000), rng=rng, p_429=0.003)
                    t += lognorm(rng, 70_000, 0.9, 3_000, 1_800_000)


def g_student(w: World, n: int) -> None:
    for i in range(n):
        rng = w.sub_rng(f"student:{i}")
        cc = w.country(rng)
        tz = COUNTRIES[cc][0]
        a = w.account("student", "benign", None, kind="person", country=cc, created_ms=w.before(rng, 1, 300),
                      channel="self_serve", kyc=rng.random() < 0.2)
        browser = rng.random() < 0.5
        ua = C.pick(rng, BROWSER_UAS) if browser else C.pick(rng, ["OpenAI/Python 1.54.4", "OpenAI/Python 1.57.0", "python-requests/2.32.3"])
        ip = w.res_ip(rng, cc)
        p_active = rng.uniform(0.05, 0.35)
        for d in range(w.days):
            if rng.random() > p_active:
                continue
            t = w.at(rng, d, tz, H_EVENING)
            if rng.random() < 0.3:
                ip = w.res_ip(rng, cc)
            msgs: list[dict] = []
            for k in range(lognorm(rng, 3, 0.6, 1, 15)):
                if k == 0 or rng.random() < 0.5:
                    msgs = [{"role": "user", "content": C.student_prompt(rng)}]
                else:
                    msgs = msgs + [{"role": "assistant", "content": C.answer_text(rng)}, {"role": "user", "content": C.chat_followup(rng)}]
                w.emit(a, t, a["api_keys"][0], ip, ua, "frontier-5-mini" if rng.random() < 0.7 else "frontier-5", msgs,
                       lognorm(rng, 320, 0.6, 10, 2500), rng=rng)
                t += lognorm(rng, 90_000, 0.8, 5_000, 1_200_000)


def g_trial(w: World, n: int) -> None:
    for i in range(n):
        rng = w.sub_rng(f"trial:{i}")
        cc = w.country(rng)
        tz = COUNTRIES[cc][0]
        created = START_MS + int(rng.uniform(-2, w.days - 0.2) * DAY_MS)
        a = w.account("trial_user", "benign", None, kind=rng.choice(["person", "person", "organization"]), country=cc,
                      created_ms=created, channel=rng.choice(["self_serve", "self_serve", "marketplace"]), kyc=False)
        ua = C.pick(rng, ["curl/8.5.0", "curl/8.7.1", "PostmanRuntime/7.42.0", "OpenAI/Python 1.57.0", "python-requests/2.32.3", C.pick(rng, BROWSER_UAS)])
        ip = w.res_ip(rng, cc)
        day0 = max(0, (created - START_MS) // DAY_MS)
        for d in range(day0, min(w.days, day0 + rng.randint(1, 3))):
            t = max(created + 60_000, w.at(rng, d, tz, H_HUMAN))
            for _ in range(rng.randint(1, 6)):
                first = rng.random() < 0.3
                msg = C.pick(rng, ["hello", "test", "Say this is a test", "hi", "ping"]) if first else C.chat_prompt(rng)
                w.emit(a, t, a["api_keys"][0], ip, ua, pick_model(rng), [{"role": "user", "content": msg}],
                       lognorm(rng, 60 if first else 250, 0.7, 2, 1500), rng=rng, p_fail=0.05,
                       endpoint="completions" if ua.startswith("curl") and rng.random() < 0.3 else None)
                t += lognorm(rng, 40_000, 1.0, 2_000, 900_000)


def g_startup(w: World, n: int) -> None:
    for i in range(n):
        rng = w.sub_rng(f"startup:{i}")
        cc = w.country(rng, ["US", "GB", "DE", "IN", "FR", "CA", "SG", "BR", "NL", "IL", "PL", "AU", "ES"])
        tz = COUNTRIES[cc][0]
        a = w.account("startup_product", "benign", None, kind="organization", country=cc, created_ms=w.before(rng, 20, 500),
                      channel=rng.choice(["self_serve", "self_serve", "sales"]), kyc=rng.random() < 0.75, n_keys=rng.randint(1, 3))
        app = C.pick(rng, C.SUPPORT_APPS)
        system = C.support_system(rng, app)
        prov = C.pick(rng, ["aws", "gcp", "azure", "digitalocean", "hetzner"])
        ips = [w.dc_ip(rng, prov) for _ in range(rng.randint(1, 5))]
        ua = C.pick(rng, ["OpenAI/Python 1.55.3", "OpenAI/JS 4.73.1", "OpenAI/JS 4.71.0", "Anthropic/TypeScript 0.32.1", "Go-http-client/2.0", "OpenAI/Python 1.57.0"])
        model = C.pick(rng, ["frontier-5-mini", "frontier-5-mini", "frontier-5", "frontier-4.1"])
        base = lognorm(rng, 12, 0.8, 2, 200)
        growth = rng.uniform(-0.02, 0.06)
        for d in range(w.days):
            k = int(base * (1 + growth * d) * (0.75 if (START.weekday() + d) % 7 >= 5 else 1) * rng.uniform(0.7, 1.3))
            for _ in range(k):
                t = w.at(rng, d, tz, H_CONSUMER)
                msgs = [{"role": "system", "content": system}, {"role": "user", "content": C.support_ticket(rng)}]
                turns = rng.choice([0, 0, 0, 1, 1, 2])
                for _ in range(turns):
                    msgs += [{"role": "assistant", "content": C.paragraph(rng, 1)}, {"role": "user", "content": C.chat_followup(rng)}]
                w.emit(a, t, C.pick(rng, a["api_keys"]), C.pick(rng, ips), ua, model, msgs, lognorm(rng, 120, 0.5, 8, 800), rng=rng, p_429=0.002)


def g_enterprise(w: World, n: int) -> None:
    for i in range(n):
        rng = w.sub_rng(f"enterprise:{i}")
        cc = w.country(rng, ["US", "GB", "DE", "FR", "JP", "IN", "CA", "NL", "SE", "AU", "KR", "SG"])
        tz = COUNTRIES[cc][0]
        a = w.account("enterprise", "benign", None, kind="organization", country=cc, created_ms=w.before(rng, 60, 800),
                      channel="sales", kyc=True, n_keys=rng.randint(2, 8))
        egress = f"{C.pick(rng, COUNTRIES[cc][1])}.{rng.randint(0, 255)}"
        ips = [f"{egress}.{rng.randint(1, 254)}" for _ in range(rng.randint(1, 4))] + [w.dc_ip(rng, C.pick(rng, ["aws", "azure", "gcp"]))]
        uas = [C.pick(rng, SDK_UAS[:10]), C.pick(rng, ["Go-http-client/2.0", "Java-http-client/17.0.9", "python-httpx/0.27.2", "okhttp/4.12.0"])]
        base = lognorm(rng, 20, 0.7, 4, 200)
        for d in range(w.days):
            weekend = (START.weekday() + d) % 7 >= 5
            k = int(base * (0.1 if weekend else 1) * rng.uniform(0.6, 1.4))
            for _ in range(k):
                t = w.at(rng, d, tz, H_WORK)
                w.emit(a, t, C.pick(rng, a["api_keys"]), C.pick(rng, ips), C.pick(rng, uas), pick_model(rng, (5, 3, 0.5, 2)),
                       [{"role": "user", "content": C.enterprise_prompt(rng)}], lognorm(rng, 300, 0.6, 10, 3000), rng=rng)


def g_chat_app(w: World, n: int) -> None:
    for i in range(n):
        rng = w.sub_rng(f"chatapp:{i}")
        cc = w.country(rng, ["US", "IN", "BR", "ID", "VN", "TR", "MX", "DE", "KR", "NG", "GB"])
        tz = COUNTRIES[cc][0]
        a = w.account("consumer_chat_app", "benign", None, kind="organization", country=cc, created_ms=w.before(rng, 30, 400),
                      channel="self_serve", kyc=rng.random() < 0.6, n_keys=rng.randint(1, 2))
        prov = C.pick(rng, list(DATACENTERS)[:8])
        ips = [w.dc_ip(rng, prov) for _ in range(rng.randint(2, 6))]
        ua = C.pick(rng, ["OpenAI/JS 4.73.1", "axios/1.7.7", "OpenAI/Python 1.54.4", "okhttp/4.12.0", "Dart/3.5 (dart:io)"])
        persona = f"You are {C.pick(rng, ['Buddy', 'Nova', 'Kai', 'Mira', 'Zen'])}, a friendly assistant in a mobile app. Keep answers short and warm."
        base = lognorm(rng, 28, 0.7, 5, 300)
        for d in range(w.days):
            for _ in range(int(base * rng.uniform(0.7, 1.3))):
                t = w.at(rng, d, tz, H_CONSUMER)
                msgs = [{"role": "system", "content": persona}, {"role": "user", "content": C.chat_prompt(rng)}]
                for _ in range(rng.choice([0, 0, 1, 2, 3])):
                    msgs += [{"role": "assistant", "content": C.paragraph(rng, 1)}, {"role": "user", "content": C.chat_followup(rng)}]
                w.emit(a, t, C.pick(rng, a["api_keys"]), C.pick(rng, ips), ua, "frontier-5-mini", msgs,
                       lognorm(rng, 180, 0.6, 5, 1200), rng=rng, p_429=0.004)


def g_notebook(w: World, n: int) -> None:
    for i in range(n):
        rng = w.sub_rng(f"notebook:{i}")
        cc = w.country(rng)
        tz = COUNTRIES[cc][0]
        a = w.account("data_science_notebook", "benign", None, kind="person", country=cc, created_ms=w.before(rng, 5, 400),
                      channel="self_serve", kyc=rng.random() < 0.4)
        ua = C.pick(rng, ["OpenAI/Python 1.54.4", "OpenAI/Python 1.52.2", "python-requests/2.32.3", "python-httpx/0.27.2", "Python/3.11 aiohttp/3.10.10"])
        colab = rng.random() < 0.4
        home = w.res_ip(rng, cc)
        for d in range(w.days):
            if rng.random() > 0.35:
                continue
            t = w.at(rng, d, tz, H_HUMAN)
            ip = w.dc_ip(rng, "gcp") if colab else home
            # interactive exploration first, sometimes followed by a loop over a data frame
            for _ in range(rng.randint(1, 6)):
                w.emit(a, t, a["api_keys"][0], ip, ua, "frontier-5-mini", [{"role": "user", "content": C.dev_prompt(rng)}],
                       lognorm(rng, 300, 0.6, 10, 2000), rng=rng)
                t += lognorm(rng, 100_000, 0.8, 5_000, 1_000_000)
            if rng.random() < 0.35:
                task = rng.randrange(len(C.DS_TASKS))
                for _ in range(lognorm(rng, 50, 0.9, 10, 400)):
                    w.emit(a, t, a["api_keys"][0], ip, ua, "frontier-5-mini", [{"role": "user", "content": C.ds_prompt(rng, task)}],
                           lognorm(rng, 8, 0.7, 1, 80), rng=rng, p_429=0.02)
                    t += lognorm(rng, 900, 0.5, 150, 10_000)


# =========================================================================== hard negatives

def g_campus(w: World, n: int) -> None:
    """Students of two universities behind campus NAT, enrolled in a burst, on managed lab browsers."""
    insts = list(UNIVERSITY_NATS.items())
    sizes = [n - n // 2 * 1, n // 2] if n < 4 else [int(n * 0.6), n - int(n * 0.6)]
    for j, ((uni, (cc, nat)), size) in enumerate(zip(insts, sizes)):
        irng = w.sub_rng(f"campus:{j}")
        tz = COUNTRIES[cc][0]
        # enrolment burst: day 1 of the window for one, three weeks earlier for the other
        burst_day = 1 if j == 0 else -21
        burst = START_MS + burst_day * DAY_MS + int((9.5 - tz) * HOUR_MS)
        nat_ips = [f"{nat}.{x}" for x in irng.sample(range(2, 250), 4)]
        lab_ua = BROWSER_UAS[0] if j == 0 else BROWSER_UAS[5]
        course_pin = "OpenAI/Python 1.52.2" if j == 0 else "OpenAI/Python 1.54.4"
        pf = w.uid("pf-", 4)
        courses = [0, 1] if j == 0 else [0, 2]
        deadline_days = [irng.randrange(2, max(3, w.days)), irng.randrange(0, max(1, w.days))]
        for i in range(size):
            rng = w.sub_rng(f"campus:{j}:{i}")
            created = burst + int(rng.uniform(0, 100) * 60_000)
            a = w.account("campus_shared_nat", "benign", None, kind="person", country=cc, created_ms=created,
                          channel="edu_program", kyc=True, pf=pf)
            course = C.pick(rng, courses)
            diligence = rng.uniform(0.2, 0.7)
            for d in range(w.days):
                near_deadline = any(0 <= dd - d <= 1 for dd in deadline_days)
                if rng.random() > (0.85 if near_deadline else diligence * 0.5) or not w.day_ok(d, 0.6, rng):
                    continue
                for _ in range(1 + (near_deadline and rng.random() < 0.6)):
                    t = w.at(rng, d, tz, H_WORK if rng.random() < 0.6 else H_EVENING)
                    on_campus = rng.random() < 0.8
                    ip = C.pick(rng, nat_ips) if on_campus else w.res_ip(rng, cc)
                    ua = lab_ua if rng.random() < 0.85 else course_pin
                    msgs: list[dict] = []
                    for k in range(lognorm(rng, 4, 0.5, 1, 14)):
                        if k == 0 or rng.random() < 0.4:
                            msgs = [{"role": "user", "content": C.campus_prompt(rng, course)}]
                        else:
                            msgs = msgs + [{"role": "assistant", "content": C.answer_text(rng)}, {"role": "user", "content": C.dev_followup(rng) if course == 0 else C.chat_followup(rng)}]
                        w.emit(a, t, a["api_keys"][0], ip, ua, "frontier-5-mini", msgs, lognorm(rng, 420, 0.5, 20, 2500), rng=rng)
                        t += lognorm(rng, 120_000, 0.8, 8_000, 1_500_000)


def g_eval(w: World, n: int) -> None:
    """Benchmark harnesses: bursts from cloud machines, a fixed public benchmark, short outputs."""
    for i in range(n):
        rng = w.sub_rng(f"eval:{i}")
        cc = w.country(rng, ["US", "GB", "DE", "FR", "CA", "SG", "KR", "JP", "IL", "NL"])
        tz = COUNTRIES[cc][0]
        org = rng.random() < 0.6
        a = w.account("eval_harness", "benign", None, kind="organization" if org else "person", country=cc,
                      created_ms=w.before(rng, 10, 500), channel=rng.choice(["self_serve", "sales", "research_program"]),
                      kyc=rng.random() < 0.7, n_keys=rng.randint(1, 3))
        style = rng.randrange(3)
        ua = C.pick(rng, ["python-httpx/0.27.2", "Python/3.11 aiohttp/3.10.10", "OpenAI/Python 1.55.3", "OpenAI/Python 1.47.1", "python-requests/2.31.0"])
        endpoint = "completions" if style == 0 and rng.random() < 0.6 else None
        prov = C.pick(rng, ["aws", "gcp", "gpu-cloud", "azure", "linode"])
        subset = rng.sample(range(len(C.BENCHMARK)), rng.randint(120, len(C.BENCHMARK)))
        conc = rng.choice([1, 4, 8, 16, 32])
        for _run in range(rng.choice([1, 1, 2, 2, 3, 4])):
            d = rng.randrange(w.days)
            t = w.at(rng, d, tz, H_WORK) if rng.random() < 0.6 else w.at(rng, d, tz, H_FLAT)
            ip = w.dc_ip(rng, prov)
            model = pick_model(rng, (3, 3, 1, 2))
            for j, idx in enumerate(subset):
                msgs, out = C.eval_prompt(rng, idx, style)
                w.emit(a, t, C.pick(rng, a["api_keys"]), ip, ua, model, msgs, out, endpoint=endpoint, rng=rng, p_429=0.01 * (conc > 8))
                t += lognorm(rng, 2_500 / conc, 0.6, 20, 60_000)


def g_judge(w: World, n: int) -> None:
    """LLM-as-judge runs of research labs: templated grading prompts, moderate output."""
    labs = [("Center for Language Evaluation", "US", "171.64.68"), ("Kestrel AI Research", "GB", "193.60.86"), ("Institut für Sprachsysteme", "DE", "141.89.102")]
    for i in range(n):
        rng = w.sub_rng(f"judge:{i}")
        lab, cc, lab_net = labs[i % len(labs)]
        tz = COUNTRIES[cc][0]
        a = w.account("llm_judge_lab", "benign", None, kind="person", country=cc, created_ms=w.before(rng, 15, 300),
                      channel="research_program", kyc=True, extra={"employer_name": lab})
        template = rng.randrange(3)
        ua = C.pick(rng, ["OpenAI/Python 1.57.0", "OpenAI/Python 1.54.4", "Anthropic/Python 0.40.0", "python-httpx/0.28.1"])
        for _run in range(rng.randint(1, 4)):
            d = rng.randrange(w.days)
            t = w.at(rng, d, tz, H_WORK)
            ip = f"{lab_net}.{rng.randint(2, 250)}" if rng.random() < 0.5 else w.dc_ip(rng, C.pick(rng, ["gcp", "aws"]))
            model = C.pick(rng, ["frontier-5", "frontier-5", "frontier-4.1"])
            for _ in range(lognorm(rng, 160, 0.6, 40, 900)):
                out = lognorm(rng, 8, 0.5, 2, 30) if template == 1 and rng.random() < 0.5 else lognorm(rng, 140, 0.5, 20, 600)
                w.emit(a, t, a["api_keys"][0], ip, ua, model, [{"role": "user", "content": C.judge_prompt(rng, template)}],
                       out, rng=rng, p_429=0.01)
                t += lognorm(rng, 700, 0.7, 30, 30_000)


def g_translation(w: World, n: int) -> None:
    """Translation services: high-volume templated 'translate to X', output length tracks input length."""
    vendors = []
    for v in range(max(1, n // 7)):
        vr = w.sub_rng(f"translation-vendor:{v}")
        cc = w.country(vr, ["DE", "NL", "ES", "PL", "US", "JP", "IN", "FR"])
        vendors.append((cc, C.pick(vr, list(DATACENTERS)[:6]), vr.randrange(2), C.pick(vr, ["python-httpx/0.28.1", "OpenAI/Python 1.55.3", "Go-http-client/2.0", "Java-http-client/17.0.9"]),
                        f"{C.pick(vr, ORG_WORDS)} Translate {SUFFIX.get(cc, 'Ltd')}"))
    for i in range(n):
        rng = w.sub_rng(f"translation:{i}")
        cc, prov, template, ua, brand = vendors[i % len(vendors)]
        tz = COUNTRIES[cc][0]
        a = w.account("translation_service", "benign", None, kind="organization", country=cc, created_ms=w.before(rng, 30, 600),
                      channel=rng.choice(["sales", "partner"]), kyc=True, n_keys=rng.randint(1, 4),
                      name=f"{brand} ({C.pick(rng, ['EU', 'US', 'APAC', 'client ' + str(rng.randint(10, 99))])})")
        ips = [w.dc_ip(rng, prov) for _ in range(rng.randint(2, 4))]
        langs = rng.sample(C.TARGET_LANGS, rng.randint(2, 7))
        base = lognorm(rng, 45, 0.6, 15, 300)
        for d in range(w.days):
            weekend = (START.weekday() + d) % 7 >= 5
            for _ in range(int(base * (0.4 if weekend else 1) * rng.uniform(0.7, 1.3))):
                t = w.at(rng, d, tz, H_WORK if rng.random() < 0.7 else H_FLAT)
                p = C.translate_prompt(rng, C.pick(rng, langs), template)
                w.emit(a, t, C.pick(rng, a["api_keys"]), C.pick(rng, ips), ua, "frontier-5-mini",
                       [{"role": "user", "content": p}], int(tokens(p) * rng.uniform(0.9, 1.5)), rng=rng, p_429=0.006)


def g_reseller(w: World, n: int) -> None:
    """Routers/resellers: one account serving many end users; very high volume, diverse prompts, 24h."""
    for i in range(n):
        rng = w.sub_rng(f"reseller:{i}")
        cc = w.country(rng, ["US", "SG", "DE", "GB", "NL", "IN", "AE", "BR"])
        brand = f"{C.pick(rng, ORG_WORDS)}{C.pick(rng, ['Route', 'Hub', 'Gate', 'Relay', 'Mesh'])}"
        a = w.account("reseller_router", "benign", None, kind="organization", country=cc, created_ms=w.before(rng, 60, 500),
                      channel="partner", kyc=True, n_keys=rng.randint(3, 12), name=f"{brand} {SUFFIX.get(cc, 'Ltd')}")
        prov = C.pick(rng, ["aws", "gcp", "azure", "hetzner", "ovh"])
        ips = [w.dc_ip(rng, prov) for _ in range(rng.randint(6, 20))]
        ua = C.pick(rng, [f"{brand}/{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", "OpenAI/JS 4.73.1", "python-httpx/0.28.1", "Go-http-client/2.0"])
        base = lognorm(rng, 48, 0.6, 20, 400)
        mix = [C.chat_prompt, C.dev_prompt, C.student_prompt, C.enterprise_prompt, C.support_ticket, C.seed_instruction]
        for d in range(w.days):
            for _ in range(int(base * rng.uniform(0.8, 1.2))):
                t = w.at(rng, d, 0, H_FLAT if rng.random() < 0.5 else H_CONSUMER)
                f = rng.choices(mix, weights=[4, 3, 2, 2, 2, 1])[0]
                msgs = [{"role": "user", "content": f(rng)}]
                if rng.random() < 0.35:
                    msgs.insert(0, {"role": "system", "content": C.pick(rng, ["You are a helpful assistant.", "Answer concisely.", C.support_system(rng, C.pick(rng, C.SUPPORT_APPS)), "You are an expert programmer."])})
                w.emit(a, t, C.pick(rng, a["api_keys"]), C.pick(rng, ips), ua, pick_model(rng, (4, 5, 1, 1)), msgs,
                       lognorm(rng, 280, 0.8, 5, 4000), rng=rng, p_429=0.01)


def g_fewshot(w: World, n: int) -> None:
    """Clients with a fixed long few-shot prompt and a varying short suffix."""
    for i in range(n):
        rng = w.sub_rng(f"fewshot:{i}")
        cc = w.country(rng, ["US", "GB", "DE", "IN", "FR", "CA", "JP", "BR", "AU", "SG"])
        tz = COUNTRIES[cc][0]
        a = w.account("fewshot_client", "benign", None, kind="organization", country=cc, created_ms=w.before(rng, 10, 400),
                      channel=rng.choice(["self_serve", "sales"]), kyc=rng.random() < 0.7)
        task = rng.randrange(len(C.FEWSHOT_TASKS))
        shots = rng.randint(4, 12)
        fixed = f"fewshot-{w.seed}-{i}"
        ips = [w.dc_ip(rng) for _ in range(rng.randint(1, 3))]
        ua = C.pick(rng, ["OpenAI/Python 1.55.3", "OpenAI/JS 4.73.1", "python-requests/2.32.3", "Go-http-client/2.0"])
        base = lognorm(rng, 28, 0.7, 5, 200)
        for d in range(w.days):
            for _ in range(int(base * rng.uniform(0.6, 1.3) * (0.3 if (START.weekday() + d) % 7 >= 5 else 1))):
                t = w.at(rng, d, tz, H_WORK)
                w.emit(a, t, a["api_keys"][0], C.pick(rng, ips), ua, "frontier-5-mini", C.fewshot_messages(rng, task, shots, fixed),
                       lognorm(rng, 18, 0.5, 1, 120), rng=rng)


def g_agentic(w: World, n: int) -> None:
    """Tool-using agents: multi-step loops with tool calls and results, growing message lists."""
    for i in range(n):
        rng = w.sub_rng(f"agentic:{i}")
        cc = w.country(rng)
        tz = COUNTRIES[cc][0]
        person = rng.random() < 0.6
        a = w.account("agentic_tool_use", "benign", None, kind="person" if person else "organization", country=cc,
                      created_ms=w.before(rng, 5, 300), channel="self_serve" if person else rng.choice(["self_serve", "sales"]),
                      kyc=rng.random() < 0.6, n_keys=rng.randint(1, 2))
        ua = C.pick(rng, ["Anthropic/TypeScript 0.32.1", "Anthropic/Python 0.40.0", "OpenAI/Python 1.57.0", "OpenAI/JS 4.73.1", "Go-http-client/2.0"])
        ip0 = w.res_ip(rng, cc) if person else w.dc_ip(rng)
        tools = rng.sample(C.TOOLS, rng.randint(3, 6))
        system = "You are an autonomous agent. You can call these tools: " + ", ".join(tools) + ". Think briefly, call one tool at a time, and stop when the task is complete."
        p_active = rng.uniform(0.3, 0.9)
        model = C.pick(rng, ["frontier-5", "frontier-5", "frontier-5-mini", "frontier-4.1"])
        for d in range(w.days):
            if rng.random() > p_active:
                continue
            for _ in range(lognorm(rng, 3, 0.7, 1, 25)):
                t = w.at(rng, d, tz, H_HUMAN if person else H_CONSUMER)
                msgs = [{"role": "system", "content": system}, {"role": "user", "content": C.agent_task(rng)}]
                steps = rng.randint(2, 10)
                for s in range(steps):
                    last = s == steps - 1
                    w.emit(a, t, C.pick(rng, a["api_keys"]), ip0, ua, model, list(msgs),
                           lognorm(rng, 300 if last else 70, 0.5, 10, 2000), rng=rng)
                    call, result = C.tool_call(rng, s)
                    msgs = msgs + [{"role": "assistant", "content": call}, {"role": "tool", "content": result}]
                    t += lognorm(rng, 6_000, 0.7, 800, 120_000)


# =========================================================================== campaigns

def staggered(rng: random.Random, n: int, first_ms: int, spread_days: float) -> list[int]:
    out = sorted(first_ms + int(rng.random() * spread_days * DAY_MS) for _ in range(n))
    return out


def split_ops(n: int, k: int) -> list[int]:
    k = max(1, min(k, n))
    return [n // k + (1 if j < n % k else 0) for j in range(k)]


def c_hydra(w: World, n: int) -> None:
    """Many coordinated accounts splitting one instruction corpus; shared infrastructure mixed with diversification."""
    profiles = [  # (ip mode, timing, ua pool size, kyc share, declared countries)
        ("one-provider", "machine", 2, 0.1, ["US", "SG", "GB"]),
        ("multi-provider", "shifts", 4, 0.3, ["US", "CA", "DE", "IN", "SG", "AE"]),
        ("residential", "human", 8, 0.5, ["US", "GB", "CA", "AU", "DE", "FR", "BR"]),
    ]
    for op, size in enumerate(split_ops(n, 3)):
        orng = w.sub_rng(f"hydra:op{op}")
        ipmode, timing, nua, kyc_share, ccs = profiles[op % len(profiles)]
        opid = f"hydra-{w.seed}-{op + 1}"
        providers = orng.sample(list(DATACENTERS), 1 if ipmode == "one-provider" else 3)
        ua_pool = orng.sample(SDK_UAS[:15], nua)
        wrappers = orng.sample(C.HYDRA_WRAPPERS, 2 if op == 0 else 4)
        pfs = [w.uid("pf-", 4) for _ in range(orng.randint(2, 5))]
        ops_tz = orng.choice([8, 3, 5.5, 7, -5])
        corpus = [C.seed_instruction(orng) for _ in range(size * 500)]
        orng.shuffle(corpus)
        created = staggered(orng, size, START_MS - int(orng.uniform(8, 25) * DAY_MS), orng.uniform(5, 20))
        for i in range(size):
            rng = w.sub_rng(f"hydra:op{op}:{i}")
            cc = C.pick(rng, ccs)
            kind = "organization" if rng.random() < 0.3 else "person"
            a = w.account("hydra", "campaign", opid, kind=kind, country=cc, created_ms=created[i],
                          channel=rng.choice(["self_serve", "self_serve", "marketplace"]), kyc=rng.random() < kyc_share,
                          pf=pfs[i % len(pfs)] if rng.random() < 0.7 else None)
            shard = corpus[i::size]
            ua = C.pick(rng, ua_pool)
            wrap = C.pick(rng, wrappers)
            if ipmode == "residential":
                ip_fn = lambda r, cc=cc: w.res_ip(r, cc)  # noqa: E731
            else:
                acct_ips = [w.dc_ip(rng, C.pick(rng, providers)) for _ in range(rng.randint(1, 3))]
                ip_fn = lambda r, ips=acct_ips: C.pick(r, ips)  # noqa: E731
            per_day = lognorm(rng, {"machine": 70, "shifts": 50, "human": 26}[timing], 0.3, 8, 300)
            qi = 0
            ip = ip_fn(rng)
            start_day = max(0, (created[i] - START_MS) // DAY_MS + rng.randint(0, 2))
            for d in range(start_day, w.days):
                if timing == "human" and rng.random() < 0.2:
                    continue
                if rng.random() < 0.3:
                    ip = ip_fn(rng)
                k = int(per_day * rng.uniform(0.8, 1.2))
                if timing == "machine":
                    times = [START_MS + d * DAY_MS + int((j + rng.random()) * DAY_MS / max(1, k)) for j in range(k)]
                elif timing == "shifts":
                    times = sorted(w.at(rng, d, ops_tz, H_WORK) for _ in range(k))
                else:
                    times = []
                    for _s in range(rng.randint(1, 3)):
                        t = w.at(rng, d, COUNTRIES[cc][0], H_HUMAN)
                        for _ in range(max(1, k // 2)):
                            times.append(t)
                            t += lognorm(rng, 100_000, 0.7, 10_000, 1_200_000)
                for t in times:
                    if qi >= len(shard):
                        break
                    q = wrap.format(q=shard[qi])
                    qi += 1
                    w.emit(a, t, a["api_keys"][0], ip, ua, C.pick(rng, ["frontier-5", "frontier-5", "frontier-5-thinking"]),
                           [{"role": "user", "content": q}], lognorm(rng, 1100, 0.4, 200, 4096), rng=rng, p_429=0.01)


def c_cot(w: World, n: int) -> None:
    """Reasoning-trace harvesting: unique procedurally generated problems, explicit 'show all reasoning', long outputs."""
    for op, size in enumerate(split_ops(n, 2)):
        orng = w.sub_rng(f"cot:op{op}")
        opid = f"cot-harvest-{w.seed}-{op + 1}"
        wrappers = orng.sample(C.COT_WRAPPERS, 2)
        dc = op == 0
        prov = orng.sample(["gpu-cloud", "aws", "vultr", "ovh"], 2)
        ccs = ["US", "SG", "KR", "GB", "DE"] if dc else ["US", "IN", "VN", "ID", "BR", "TR", "MX"]
        created = staggered(orng, size, START_MS - int(orng.uniform(3, 15) * DAY_MS), orng.uniform(3, 14))
        brand = f"{C.pick(orng, ORG_WORDS)} Tutor"
        for i in range(size):
            rng = w.sub_rng(f"cot:op{op}:{i}")
            cc = C.pick(rng, ccs)
            org = dc and rng.random() < 0.5
            a = w.account("reasoning_trace_harvest", "campaign", opid, kind="organization" if org else "person", country=cc,
                          created_ms=created[i], channel="self_serve", kyc=org or rng.random() < 0.25,
                          name=f"{brand} {rng.randint(2, 99)} {SUFFIX.get(cc, 'Ltd')}" if org else None)
            ua = C.pick(rng, ["Python/3.11 aiohttp/3.10.10", "OpenAI/Python 1.55.3", "python-httpx/0.27.2"]) if dc else C.pick(rng, SDK_UAS + BROWSER_UAS)
            ip = w.dc_ip(rng, C.pick(rng, prov)) if dc else w.res_ip(rng, cc)
            wrap = C.pick(rng, wrappers)
            per_day = lognorm(rng, 45 if dc else 22, 0.4, 5, 250)
            start_day = max(0, (created[i] - START_MS) // DAY_MS)
            for d in range(start_day, w.days):
                if rng.random() < (0.1 if dc else 0.3):
                    continue
                if not dc and rng.random() < 0.5:
                    ip = w.res_ip(rng, cc)
                left = int(per_day * rng.uniform(0.7, 1.3))
                while left > 0:
                    burst = min(left, rng.randint(5, 40))
                    t = w.at(rng, d, COUNTRIES[cc][0] if not dc else 0, H_HUMAN if not dc else H_FLAT)
                    for _ in range(burst):
                        out = lognorm(rng, 3200, 0.5, 600, 16000)
                        w.emit(a, t, a["api_keys"][0], ip, ua, "frontier-5-thinking" if rng.random() < 0.75 else "frontier-5",
                               [{"role": "user", "content": wrap.format(p=C.cot_problem(rng))}], out, rng=rng, p_429=0.02)
                        t += lognorm(rng, 25_000 if dc else 90_000, 0.5, 2_000, 900_000)
                    left -= burst


def c_slow(w: World, n: int) -> None:
    """Slow-and-low: many long-dwell accounts, a few human-timed requests a day, jointly covering a curriculum."""
    units = C.sweep_units()
    for op, size in enumerate(split_ops(n, 3)):
        orng = w.sub_rng(f"slow:op{op}")
        opid = f"slow-low-{w.seed}-{op + 1}"
        plan = [(t, s, f, C.pick(orng, C.LEVELS)) for (t, s, f) in units]
        orng.shuffle(plan)
        templates = orng.sample(C.SLOW_TEMPLATES, 4)
        ccs = orng.sample(list(COUNTRIES), 6)
        created = staggered(orng, size, START_MS - int(orng.uniform(40, 70) * DAY_MS), orng.uniform(20, 35))
        pfs = [w.uid("pf-", 4) for _ in range(max(2, size // 6))]
        pos = 0
        for i in range(size):
            rng = w.sub_rng(f"slow:op{op}:{i}")
            cc = C.pick(rng, ccs)
            tz = COUNTRIES[cc][0]
            a = w.account("slow_and_low", "campaign", opid, kind="person", country=cc, created_ms=created[i],
                          channel="self_serve", kyc=rng.random() < 0.35, pf=C.pick(rng, pfs) if rng.random() < 0.4 else None)
            ua = C.pick(rng, BROWSER_UAS) if rng.random() < 0.4 else sdk_ua(rng)
            home = w.res_ip(rng, cc)
            p_active = rng.uniform(0.5, 0.9)
            for d in range(w.days):
                if rng.random() > p_active:
                    continue
                if rng.random() < 0.2:
                    home = w.res_ip(rng, cc)
                k = rng.randint(2, 9)
                t = w.at(rng, d, tz, H_HUMAN)
                for j in range(k):
                    tt, s, f, lvl = plan[pos % len(plan)]
                    pos += 1
                    q = C.pick(rng, templates).format(t=tt, s=s, f=f, lvl=lvl)
                    w.emit(a, t, a["api_keys"][0], home, ua, "frontier-5" if rng.random() < 0.8 else "frontier-5-thinking",
                           [{"role": "user", "content": C.casual(rng, q)}], lognorm(rng, 1500, 0.35, 300, 6000), rng=rng)
                    t += lognorm(rng, 600_000 if j % 3 else 3 * HOUR_MS, 0.8, 30_000, 8 * HOUR_MS)


def c_sweep(w: World, n: int) -> None:
    """Systematic topic sweep: each account walks a branch of a taxonomy in order, for every level."""
    units = C.sweep_units()
    for op, size in enumerate(split_ops(n, 2)):
        orng = w.sub_rng(f"sweep:op{op}")
        opid = f"topic-sweep-{w.seed}-{op + 1}"
        ops_tz = orng.choice([3, 8, 5.5, 1])
        template = C.SWEEP_TEMPLATES[op % 2]
        prov = orng.sample(list(DATACENTERS), 2)
        created = staggered(orng, size, START_MS - int(orng.uniform(5, 30) * DAY_MS), orng.uniform(1, 6))
        brand = f"{C.pick(orng, ORG_WORDS)} {C.pick(orng, ['Learning', 'Academy', 'Edu', 'Knowledge'])}"
        for i in range(size):
            rng = w.sub_rng(f"sweep:op{op}:{i}")
            cc = w.country(rng, ["US", "GB", "SG", "IN", "AE", "TR", "PL", "DE"])
            org = rng.random() < 0.5
            a = w.account("topic_sweep", "campaign", opid, kind="organization" if org else "person", country=cc,
                          created_ms=created[i], channel=rng.choice(["self_serve", "sales"]) if org else "self_serve",
                          kyc=rng.random() < (0.6 if org else 0.2),
                          name=f"{brand} {C.pick(rng, ['Content', 'Studio', 'Research', 'Team'])} {rng.randint(1, 40)}" if org else None)
            ip = w.dc_ip(rng, C.pick(rng, prov))
            ua = C.pick(rng, ["python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.57.0", "OpenAI/Python 1.52.2"])
            start = rng.randrange(len(units))
            levels = rng.sample(C.LEVELS, rng.randint(1, 3))
            seq = [(units[(start + j) % len(units)], lvl) for j in range(len(units)) for lvl in levels]
            per_day = lognorm(rng, 38, 0.4, 10, 200)
            qi = 0
            for d in range(max(0, (created[i] - START_MS) // DAY_MS), w.days):
                if (START.weekday() + d) % 7 >= 5 and rng.random() < 0.5:
                    continue
                for t in sorted(w.at(rng, d, ops_tz, H_WORK) for _ in range(int(per_day * rng.uniform(0.8, 1.2)))):
                    (tt, s, f), lvl = seq[qi % len(seq)]
                    qi += 1
                    w.emit(a, t, a["api_keys"][0], ip, ua, "frontier-5", [{"role": "user", "content": template.format(t=tt, s=s, f=f, lvl=lvl)}],
                           lognorm(rng, 2400, 0.35, 500, 8000), rng=rng, p_429=0.01)


def c_synth(w: World, n: int) -> None:
    """Synthetic-data pipelines posing as a product: KYC'd companies, product-like system prompt, bulk JSON generation."""
    for op, size in enumerate(split_ops(n, 3)):
        orng = w.sub_rng(f"synth:op{op}")
        opid = f"synth-pipeline-{w.seed}-{op + 1}"
        cc0 = orng.choice(["US", "SG", "GB", "AE", "DE", "IN"])
        product = f"{C.pick(orng, ORG_WORDS)} {C.pick(orng, ['Tutor', 'Assist', 'Copilot', 'Coach', 'Answers'])}"
        prov = C.pick(orng, ["aws", "gcp", "azure"])
        ua = C.pick(orng, ["OpenAI/Python 1.57.0", "OpenAI/Python 1.55.3", "OpenAI/JS 4.73.1"])
        created = staggered(orng, size, START_MS - int(orng.uniform(20, 90) * DAY_MS), orng.uniform(10, 40))
        for i in range(size):
            rng = w.sub_rng(f"synth:op{op}:{i}")
            cc = cc0 if rng.random() < 0.7 else w.country(rng, ["US", "GB", "SG", "IN", "DE", "CA"])
            a = w.account("synthetic_data_pipeline", "campaign", opid, kind="organization", country=cc, created_ms=created[i],
                          channel=rng.choice(["self_serve", "sales", "partner"]), kyc=rng.random() < 0.85, n_keys=rng.randint(1, 3),
                          name=f"{product.split()[0]} {C.pick(rng, ORG_TAIL)} {SUFFIX.get(cc, 'Ltd')}")
            ips = [w.dc_ip(rng, prov) for _ in range(rng.randint(1, 4))]
            per_day = lognorm(rng, 36, 0.5, 10, 300)
            tz = COUNTRIES[cc][0]
            for d in range(w.days):
                for _ in range(int(per_day * rng.uniform(0.8, 1.2))):
                    t = w.at(rng, d, tz, H_CONSUMER if rng.random() < 0.6 else H_FLAT)
                    msgs = C.synth_prompt(rng, product)
                    if rng.random() < 0.25:  # keep some genuine-looking product traffic in the mix
                        msgs = [msgs[0], {"role": "user", "content": C.student_prompt(rng)}]
                        out = lognorm(rng, 350, 0.5, 20, 2000)
                    else:
                        out = lognorm(rng, 1600, 0.45, 300, 8000)
                    w.emit(a, t, C.pick(rng, a["api_keys"]), C.pick(rng, ips), ua, C.pick(rng, ["frontier-5", "frontier-5", "frontier-4.1"]),
                           msgs, out, rng=rng, p_429=0.008)


def c_proxy(w: World, n: int) -> None:
    """Rotating residential proxies: fresh accounts every few hours, every request from a new residential IP, varied UAs."""
    for op, size in enumerate(split_ops(n, 3)):
        orng = w.sub_rng(f"proxy:op{op}")
        opid = f"proxy-rotator-{w.seed}-{op + 1}"
        pool_cc = orng.sample(list(COUNTRIES), 8)
        pfs = [w.uid("pf-", 4) for _ in range(orng.randint(2, 4))]
        per_request_ua = op == 1
        suffix = C.pick(orng, ["\n\nAnswer in as much detail as possible.", " Please be thorough.", "", " Give a complete answer."])
        created = staggered(orng, size, START_MS - int(2 * DAY_MS), w.days + 1.5)
        for i in range(size):
            rng = w.sub_rng(f"proxy:op{op}:{i}")
            cc = C.pick(rng, pool_cc)
            a = w.account("rotating_proxy", "campaign", opid, kind="person", country=cc, created_ms=created[i],
                          channel=rng.choice(["self_serve", "self_serve", "marketplace"]), kyc=rng.random() < 0.1, pf=C.pick(rng, pfs))
            ua0 = C.pick(rng, BROWSER_UAS + SDK_UAS[:12])
            life = rng.randint(1, 4)
            per_day = lognorm(rng, 90, 0.5, 15, 400)
            d0 = max(0, (created[i] - START_MS) // DAY_MS)
            for d in range(d0, min(w.days, d0 + life)):
                k = int(per_day * rng.uniform(0.6, 1.2))
                t = max(created[i] + rng.randint(60_000, 3 * HOUR_MS), START_MS + d * DAY_MS + rng.randint(0, DAY_MS // 2))
                for _ in range(k):
                    ip = w.res_ip(rng, C.pick(rng, pool_cc))
                    ua = C.pick(rng, BROWSER_UAS + SDK_UAS[:12]) if per_request_ua else ua0
                    q = C.harvest_question(rng) + (suffix if rng.random() < 0.7 else "")
                    w.emit(a, t, a["api_keys"][0], ip, ua, C.pick(rng, ["frontier-5", "frontier-5", "frontier-5-thinking"]),
                           [{"role": "user", "content": q}], lognorm(rng, 900, 0.5, 100, 4096), rng=rng, p_429=0.03)
                    t += lognorm(rng, 400_000, 1.0, 3_000, 4 * HOUR_MS)


# =========================================================================== assembly

DEFAULT_ACCOUNTS = 2200
# group -> (builder, share of accounts, minimum at default scale, label)
GROUPS = [
    ("student", g_student, 0.10, 0, "benign"),
    ("trial_user", g_trial, 0.07, 0, "benign"),
    ("startup_product", g_startup, 0.065, 0, "benign"),
    ("enterprise", g_enterprise, 0.045, 0, "benign"),
    ("consumer_chat_app", g_chat_app, 0.025, 0, "benign"),
    ("data_science_notebook", g_notebook, 0.05, 0, "benign"),
    ("campus_shared_nat", g_campus, 0.03, 30, "benign"),
    ("eval_harness", g_eval, 0.017, 30, "benign"),
    ("llm_judge_lab", g_judge, 0.015, 30, "benign"),
    ("translation_service", g_translation, 0.015, 30, "benign"),
    ("reseller_router", g_reseller, 0.014, 30, "benign"),
    ("fewshot_client", g_fewshot, 0.018, 30, "benign"),
    ("agentic_tool_use", g_agentic, 0.022, 30, "benign"),
    ("hydra", c_hydra, 0.03, 25, "campaign"),
    ("reasoning_trace_harvest", c_cot, 0.015, 25, "campaign"),
    ("slow_and_low", c_slow, 0.035, 25, "campaign"),
    ("topic_sweep", c_sweep, 0.013, 25, "campaign"),
    ("synthetic_data_pipeline", c_synth, 0.013, 25, "campaign"),
    ("rotating_proxy", c_proxy, 0.025, 25, "campaign"),
]


def plan_sizes(n_accounts: int) -> dict[str, int]:
    full = n_accounts >= 1500
    sizes = {}
    for name, _fn, share, minimum, _label in GROUPS:
        sizes[name] = max(round(share * n_accounts), minimum if full else 6)
    sizes["indie_developer"] = max(10, n_accounts - sum(sizes.values()))
    return sizes


def build(seed: int, n_accounts: int, days: int) -> World:
    w = World(seed, n_accounts, days)
    sizes = plan_sizes(n_accounts)
    g_indie(w, sizes["indie_developer"])
    for name, fn, _share, _min, _label in GROUPS:
        fn(w, sizes[name])
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--accounts", type=int, default=None)
    ap.add_argument("--days", type=int, default=None)
    ap.add_argument("--small", action="store_true", help="~300 accounts over 3 days, for tests")
    args = ap.parse_args(argv)
    n = args.accounts or (300 if args.small else DEFAULT_ACCOUNTS)
    days = args.days or (3 if args.small else 14)
    t0 = time.perf_counter()
    w = build(args.seed, n, days)
    counts = w.write(args.out)
    print(json.dumps({**counts, "days": days, "seed": args.seed, "seconds": round(time.perf_counter() - t0, 2)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
