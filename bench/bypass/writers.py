"""Leave-one-writer-out machinery: every evaluation set written by a different person is a
*writer*; the learned part is trained without one writer and scored on that writer's prompts and
account traces. This is the closest analogue of a new independent set (round 3 learned that
in-sample and set-held-out figures of sets the rules were written on say little).

The rule parts are computed once per distinct conversation (learned part off) and cached under
``/tmp/bypass_cache`` keyed by the detector's sources; each fold then refits only the logistic
part, which takes seconds.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import os
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402

from exportgate.bypass.account import AccountConfig, AccountState, split_turns  # noqa: E402
from exportgate.bypass.detector import (  # noqa: E402
    BypassConfig,
    Detector,
    Verdict,
    evidence_floor,
    rule_evidence,
)
from exportgate.bypass.goal import goal_features  # noqa: E402
from exportgate.bypass.learned import LearnedModel, text_features  # noqa: E402
from exportgate.bypass.structure import content_text  # noqa: E402

# writer -> folder (each written by a different helper from the behaviour spec)
WRITERS: dict[str, str] = {
    "A": "independent",
    "C": "independent_c",
    "D": "independent_d",
    "T1": "corpus_t1",
    "T2": "corpus_t2",
    "T3": "corpus_t3",
    "E": "independent_e",  # burned after round 4 (measured once); tuned on from round 4.1
    "T4": "corpus_t4",  # round 5: training corpus weighted to the weak families (helper corpus4)
    "F": "independent_f",  # burned after round 5 (measured once); read and tuned on from round 6
    "T5": "corpus_t5",  # round 7: benign agent transcripts and their harmful-goal twins (bypass7fp)
    "T6": "corpus_t6",  # round 8: benign look-alikes by category and their harmful twins (bypass8fp)
    "T7": "corpus_t7",  # round 10: written apart by helper corpus7 (general asks, agent tools, cyber)
    "G": "independent_g",  # burned after round 6 (measured once); read in rounds 7-8; training from round 10
    "H": "independent_h",  # burned after round 8 (measured once); read in rounds 9-10; training from round 10
    "T8": "corpus_t8",  # round 10: everyday asks in attack request forms, and harmful twins (bypass10fp)
    "I": "independent_i",  # burned after round 10 (measured once); read in rounds 11-12; training from round 12
    "T9": "corpus_t9",  # round 12: written apart by helper corpus9 (effect-described asks, smuggling, languages)
    # round 14: set J (burned after round 12, read in round 13): its mirror groups only (the
    # attack families' wrappers and framings around harmless goals, by the id ranges its
    # generate.py prints), as benign training prompts
    "J": "independent_j",
    # round 15: set K (burned after round 14, tuned-on from round 15): a whole writer
    "K": "independent_k",
    # round 16: set L (run once by the lead on the round-15 freeze, tuned-on from round 16)
    "L": "independent_l",
    # round 19: set M (run once by the lead on the round-17 freeze, tuned-on from round 18)
    "M": "independent_m",
    # round 21: set N (run once by the lead on the round-19 freeze, tuned-on from round 20)
    "N": "independent_n",
    # round 24: set O (run once by the lead on the round-21 freeze, tuned-on from round 23)
    "O": "independent_o",
}
# writers of which only some groups train the learned part: writer -> predicate on the item
PARTIAL_WRITERS = frozenset({"J"})
CACHE = Path("/tmp/bypass_cache")


def present_writers() -> list[str]:
    return [w for w, f in WRITERS.items() if (HERE / f / "prompts.jsonl").exists()]


def _source_hash() -> str:
    src = HERE.parent.parent / "src" / "exportgate" / "bypass"
    digest = hashlib.sha256()
    for path in sorted(src.glob("*.py")):
        if path.name == "goal.py":
            # round 24: the goal reader feeds only the learned part's goal table, which every
            # fold refits; the rule rows (learned part off) never read it
            continue
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Row:
    """What the rule parts found in one conversation (learned part off)."""

    text: str  # what the learned part reads
    signals: dict[str, float]
    families: tuple[str, ...]
    band: str
    language: str
    last: str = ""  # the last user turn, where earlier user turns exist


def _key(messages: list[Any]) -> str:
    return json.dumps(
        [(str(m.get("role", "user")), content_text(m.get("content"))) for m in messages],
        ensure_ascii=False,
    )


class Store:
    """Rule rows per distinct conversation, cached on disk."""

    def __init__(self) -> None:
        CACHE.mkdir(parents=True, exist_ok=True)
        # the rule parts' output still depends on Python's string-hash seed for a few dozen
        # conversations (round 5 finding), so the cache is kept per seed
        seed = os.environ.get("PYTHONHASHSEED", "random")
        self.path = CACHE / f"rows-{_source_hash()}-{seed}.pkl"
        self.rows: dict[str, Row] = {}
        if self.path.exists():
            self.rows = pickle.loads(self.path.read_bytes())
        self.detector = Detector(BypassConfig(learned=False))
        self.dirty = 0

    def row(self, messages: list[Any]) -> Row:
        key = _key(messages)
        found = self.rows.get(key)
        if found is None:
            pairs = [tuple(x) for x in json.loads(key)]
            verdict = self.detector.classify(pairs)
            assert self.detector.last_features is not None
            found = Row(
                self.detector.last_text,
                self.detector.last_features[1],
                tuple(verdict.families),
                verdict.band,
                verdict.language,
                self.detector.last_turn_text,
            )
            self.rows[key] = found
            self.dirty += 1
            if self.dirty % 2000 == 0:
                self.save()
        return found

    def save(self) -> None:
        if self.dirty:
            tmp = self.path.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(self.rows, protocol=5))
            tmp.replace(self.path)


def writer_prompts(writer: str, whole: bool = False) -> list[dict[str, Any]]:
    """A writer's prompts (for set J, only its benign mirror groups unless ``whole``)."""
    items, _ = run.load_independent(HERE / WRITERS[writer])
    if writer in PARTIAL_WRITERS and not whole:
        items = [i for i in items if is_mirror(HERE / WRITERS[writer], i)]
    for item in items:
        item["writer"] = writer
    return items


@functools.cache
def _groups(folder: Path) -> dict[str, list[tuple[int, int, str]]]:
    """The set's groups keyed by the family names ``run.load_independent`` gives its items
    (``generate.py`` prints the set's own names, e.g. ``general`` for ``general_assistant``)."""
    import set_groups

    return {run.FAMILY_MAP.get(f, f): g for f, g in set_groups.groups(folder).items()}


def is_mirror(folder: Path, item: dict[str, Any]) -> bool:
    """A benign prompt of one of the set's wrapper groups (an attack family's wrapper or framing
    around a harmless goal), by the id ranges the set's ``generate.py`` prints."""
    import set_groups

    if item["label"] != "benign":
        return False
    number = int(str(item["id"]).rsplit("-", 1)[1])
    for first, last, group in _groups(folder).get(item["family"], []):
        if first <= number <= last:
            return set_groups.is_wrapper(group)
    return False


@dataclass(frozen=True, slots=True)
class UsageRow:
    account_id: str
    ts: float
    text: str
    refused: bool
    key: str
    earlier: tuple[str, ...] = ()  # user turns before ``text`` in the client-supplied history


def writer_usage(writer: str) -> tuple[list[UsageRow], dict[str, tuple[str, str]]]:
    """A writer's usage records (by account, in time order) and each account's label/group."""
    folder = HERE / WRITERS[writer]
    labels: dict[str, tuple[str, str]] = {}
    path = folder / "labels_accounts.jsonl"
    if not path.exists() or not (folder / "accounts.jsonl").exists():
        return [], labels
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            labels[raw["account_id"]] = (str(raw.get("label")), str(raw.get("group")))
    out: list[UsageRow] = []
    for line in (folder / "accounts.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        messages = rec.get("messages") or [{"role": "user", "content": rec.get("prompt", "")}]
        last, earlier = split_turns(
            [(str(m.get("role", "user")), content_text(m.get("content"))) for m in messages]
        )
        ts = dt.datetime.fromisoformat(str(rec["ts"]).replace("Z", "+00:00")).timestamp()
        out.append(
            UsageRow(
                str(rec.get("account_id")),
                ts,
                last,
                bool(rec.get("refused")),
                _key(messages),
                earlier,
            )
        )
    out.sort(key=lambda r: (r.account_id, r.ts))
    return out, labels


def usage_messages(writer: str) -> dict[str, list[Any]]:
    """Distinct conversations of a writer's usage records."""
    folder = HERE / WRITERS[writer]
    out: dict[str, list[Any]] = {}
    path = folder / "accounts.jsonl"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            messages = rec.get("messages") or [{"role": "user", "content": rec.get("prompt", "")}]
            out.setdefault(_key(messages), messages)
    return out


# ---------------------------------------------------------------- the logistic part, on ids


Featurizer = Callable[[Row], set[str]]


@dataclass(slots=True)
class Design:
    """Feature ids of rows (CSR-like) and their signal matrix."""

    vocab: dict[str, int]
    indptr: np.ndarray
    ids: np.ndarray
    sig_names: list[str]
    sig: np.ndarray


def design(rows: list[Row], featurize: Featurizer, vocab: dict[str, int] | None = None) -> Design:
    grow = vocab is None
    vocab = {} if vocab is None else vocab
    indptr = [0]
    ids: list[int] = []
    sig_names = sorted({k for r in rows for k in r.signals})
    for r in rows:
        for f in featurize(r):
            i = vocab.get(f)
            if i is None and grow:
                i = vocab[f] = len(vocab)
            if i is not None:
                ids.append(i)
        indptr.append(len(ids))
    sig = np.zeros((len(rows), len(sig_names)))
    index = {k: i for i, k in enumerate(sig_names)}
    for n, r in enumerate(rows):
        for k, v in r.signals.items():
            sig[n, index[k]] = v
    return Design(vocab, np.asarray(indptr), np.asarray(ids, dtype=np.int64), sig_names, sig)


@dataclass(slots=True)
class Fitted:
    w: np.ndarray  # per vocab id
    v: dict[str, float]
    b: float
    vocab: dict[str, int]
    prune: float

    def to_model(self, version: str, sources: tuple[str, ...]) -> LearnedModel:
        inv = {i: f for f, i in self.vocab.items()}
        keep = np.nonzero(np.abs(self.w) >= self.prune)[0]
        kept = {inv[int(i)]: float(self.w[i]) for i in keep}
        return LearnedModel(
            version=version,
            bias=self.b,
            words={k: x for k, x in kept.items() if not k.startswith(UNREAD)},
            signals={k: x for k, x in self.v.items() if abs(x) > 1e-4},
            sources=sources,
            unread={k[len(UNREAD) :]: x for k, x in kept.items() if k.startswith(UNREAD)},
        )


def fit(
    d: Design,
    rowsel: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray,
    *,
    l2_words: float,
    l2_signals: float = 1e-3,
    min_df: int = 2,
    steps: int = 400,
    prune: float = 0.02,
) -> Fitted:
    """Balanced, weighted L2 logistic regression on the selected rows (full-batch Adam)."""
    n = len(rowsel)
    lens = d.indptr[rowsel + 1] - d.indptr[rowsel]
    r_idx = np.repeat(np.arange(n), lens)
    c_idx = np.concatenate([d.ids[d.indptr[i] : d.indptr[i + 1]] for i in rowsel])
    df = np.bincount(c_idx, minlength=len(d.vocab))
    live = df >= min_df
    mask = live[c_idx]
    r_idx, c_idx = r_idx[mask], c_idx[mask]
    counts = np.bincount(r_idx, minlength=n)
    vals = 1.0 / np.sqrt(np.maximum(1, counts))[r_idx]
    sig = d.sig[rowsel]
    y = labels.astype(np.float64)
    pos = max(1.0, float((y * weights).sum()))
    neg = max(1.0, float(((1 - y) * weights).sum()))
    tot = float(weights.sum())
    sw = weights * np.where(y > 0, tot / (2 * pos), tot / (2 * neg))
    nv = len(d.vocab)
    w = np.zeros(nv)
    v = np.zeros(sig.shape[1])
    b = 0.0
    mw, sw2 = np.zeros(nv), np.zeros(nv)
    mv, sv2 = np.zeros_like(v), np.zeros_like(v)
    mb = sb = 0.0
    lr = 0.05
    for t in range(1, steps + 1):
        z = np.bincount(r_idx, weights=vals * w[c_idx], minlength=n) + sig @ v + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * sw / n
        gw = np.bincount(c_idx, weights=vals * err[r_idx], minlength=nv) + l2_words * w
        gv = sig.T @ err + l2_signals * v
        gb = float(err.sum())
        c1, c2 = 1 - 0.9**t, 1 - 0.999**t
        mw = 0.9 * mw + 0.1 * gw
        sw2 = 0.999 * sw2 + 0.001 * gw * gw
        w -= lr * (mw / c1) / (np.sqrt(sw2 / c2) + 1e-8)
        mv = 0.9 * mv + 0.1 * gv
        sv2 = 0.999 * sv2 + 0.001 * gv * gv
        v -= lr * (mv / c1) / (np.sqrt(sv2 / c2) + 1e-8)
        mb = 0.9 * mb + 0.1 * gb
        sb = 0.999 * sb + 0.001 * gb * gb
        b -= lr * (mb / c1) / (math.sqrt(sb / c2) + 1e-8)
    w[~live] = 0.0
    return Fitted(w, dict(zip(d.sig_names, v.tolist(), strict=True)), b, d.vocab, prune)


def score_rows(f: Fitted, d: Design, rowsel: Iterable[int]) -> np.ndarray:
    """Scores exactly as the shipped model computes them (pruned table, then the floor)."""
    sel = np.fromiter(rowsel, dtype=np.int64)
    kept = np.abs(f.w) >= f.prune
    out = np.zeros(len(sel))
    vvec = np.array([f.v.get(k, 0.0) for k in d.sig_names])
    for n, i in enumerate(sel):
        ids = d.ids[d.indptr[i] : d.indptr[i + 1]]
        ids = ids[kept[ids]]
        z = f.b + float(f.w[ids].sum()) / math.sqrt(max(1, len(ids))) + float(d.sig[i] @ vvec)
        out[n] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return out


def with_floor(prob: float, row: Row) -> float:
    """The detector's final score from the learned probability: the round-6 cap (a prompt in
    another language with no rule evidence stays under the threshold), then the floors."""
    learned = prob  # round 17: the disguise floor reads the learned probability before the cap
    if row.language != "en" and not rule_evidence(row.signals):
        prob = min(prob, _THRESHOLD - 0.01)
    floor = evidence_floor(row.signals, learned)[0]
    # round 12: a floor flags at the configured threshold, whatever it is (detector.py)
    return max(prob, max(floor, _THRESHOLD) if floor else 0.0)


_THRESHOLD = BypassConfig().threshold


import re  # noqa: E402

_WORD = re.compile(r"[^\W\d_]{2,}")


UNREAD = "N:"  # round 14: a word feature of a conversation where no rule part reads a harmful ask


def feats_base(row: Row) -> set[str]:
    """What the shipped learned part reads (``learned.text_features``)."""
    return text_features(row.text, row.last)


def feats_unread(row: Row) -> set[str]:
    """Round 14, tried and not shipped: where no rule part reads a harmful ask (signal
    ``ask_read`` 0), every feature once more marked ``N:`` (a second table,
    ``LearnedModel.unread``). Leave one writer out it raised FPR on every honest writer (D
    0.27 % -> 0.55 %, E 0.55 % -> 1.18 %, T2 0.13 % -> 0.78 %; RESULTS.md round 14)."""
    feats = text_features(row.text, row.last)
    if row.signals.get("ask_read", 0.0):
        return feats
    return feats | {UNREAD + f for f in feats}


def feats_goal(row: Row) -> set[str]:
    """Round 15: what the goal table reads — the goal apart from its wrapper
    (``exportgate.bypass.goal.goal_features`` over the learned part's letter words)."""
    return goal_features(_WORD.findall(row.text))


def without_signals(rows: list[Row]) -> list[Row]:
    """Round 15: the rows as the goal table reads them — its words only, no rule signals (the
    goal table is a logistic model on the goal's content words alone; its bias is fitted
    without the signals' weights, which it does not ship)."""
    return [Row(r.text, {}, r.families, r.band, r.language, r.last) for r in rows]


def feats_nolast(row: Row) -> set[str]:
    return text_features(row.text)


def feats_prefix4(row: Row) -> set[str]:
    text = row.text
    out = text_features(text)
    words = _WORD.findall(text)[:700]
    out.update(w[:4] + "~" for w in words if len(w) > 4)
    return out


def feats_char(row: Row) -> set[str]:
    text = row.text
    out = text_features(text)
    words = _WORD.findall(text)[:700]
    for w in words:
        if not w.isascii() or len(w) > 4:
            g = "<" + w[:12] + ">"
            out.update("#" + g[i : i + 4] for i in range(len(g) - 3))
    return out


def feats_nopairs(row: Row) -> set[str]:
    text = row.text
    words = _WORD.findall(text)
    if len(words) > 700:
        words = words[:500] + words[-200:]
    out = set(words)
    out.update(w[:5] + "~" for w in words if len(w) > 6)
    return out


FEATURIZERS: dict[str, Featurizer] = {
    "base": feats_base,
    "unread": feats_unread,
    "nolast": feats_nolast,
    "prefix4": feats_prefix4,
    "char": feats_char,
    "nopairs": feats_nopairs,
    "goal": feats_goal,
}

# ---------------------------------------------------------------- reports


def family_table(
    scored: list[tuple[float, dict[str, Any]]], threshold: float
) -> dict[tuple[str, str], list[int]]:
    fam: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for s, item in scored:
        cell = fam[(item["label"], item["family"])]
        cell[0] += int(s >= threshold)
        cell[1] += 1
    return fam


def summary(scored: list[tuple[float, dict[str, Any]]], threshold: float) -> dict[str, Any]:
    fam = family_table(scored, threshold)
    att = {f: h / n for (lab, f), (h, n) in fam.items() if lab == "attack"}
    ben = {f: h / n for (lab, f), (h, n) in fam.items() if lab == "benign"}
    tp = sum(h for (lab, _), (h, _n) in fam.items() if lab == "attack")
    na = sum(n for (lab, _), (_h, n) in fam.items() if lab == "attack")
    fp = sum(h for (lab, _), (h, _n) in fam.items() if lab == "benign")
    nb = sum(n for (lab, _), (_h, n) in fam.items() if lab == "benign")
    wa = min(att, key=lambda f: att[f]) if att else "-"
    wb = max(ben, key=lambda f: ben[f]) if ben else "-"
    return {
        "tpr": tp / max(1, na),
        "fpr": fp / max(1, nb),
        "worst_attack": (wa, att.get(wa, 0.0)),
        "worst_benign": (wb, ben.get(wb, 0.0)),
        "families": fam,
    }


def account_flags(
    usage: list[UsageRow],
    verdict_of: Callable[[UsageRow], Verdict],
    config: AccountConfig | None = None,
) -> dict[str, bool]:
    """Run the account detector over usage rows (sorted by account, then time)."""
    out: dict[str, bool] = {}
    state: AccountState | None = None
    for u in usage:
        if state is None or state.account_id != u.account_id:
            if state is not None:
                out[state.account_id] = state.report().flagged
            state = AccountState(u.account_id, config or AccountConfig())
        state.observe(
            dt.datetime.fromtimestamp(u.ts, tz=dt.UTC), u.text, verdict_of(u), u.refused, u.earlier
        )
    if state is not None:
        out[state.account_id] = state.report().flagged
    return out


def account_summary(
    flags: dict[str, bool], labels: dict[str, tuple[str, str]]
) -> tuple[float, float, dict[str, list[int]]]:
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    att = [0, 0]
    ben = [0, 0]
    for acct, flagged in flags.items():
        label, group = labels.get(acct, ("benign", "?"))
        cell = att if label == "attacker" else ben
        cell[0] += int(flagged)
        cell[1] += 1
        g = groups[f"{label}:{group}"]
        g[0] += int(flagged)
        g[1] += 1
    return att[0] / max(1, att[1]), ben[0] / max(1, ben[1]), dict(groups)


__all__ = [
    "CACHE",
    "Counter",
    "Row",
    "Store",
    "WRITERS",
    "account_flags",
    "account_summary",
    "design",
    "fit",
    "present_writers",
    "score_rows",
    "summary",
    "text_features",
    "with_floor",
    "writer_prompts",
    "writer_usage",
]
