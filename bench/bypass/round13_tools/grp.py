# ruff: noqa
"""Round 13 analysis scratch (bench/bypass/round13_fp_analysis.md): run from the repository root
with PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass; dump.py OUT.jsonl [SET ...] writes per-prompt
signals, gate.py OUT.jsonl replays gate variants on them, acct_var.py MODE acct_explain-args
runs acct_explain.py with ask_gate=MODE; grp.py maps set-J ids to mirror groups."""

G = {
    "general": [
        (37, 46, "override_like_seed"),
        (47, 60, "mirror:refusal_suppression"),
        (61, 70, "mirror:authority"),
        (71, 80, "mirror:payload_split"),
        (81, 90, "mirror:other_harm_wrapped"),
        (91, 100, "mirror:multi_turn"),
    ],
    "dark_fiction": [(33, 68, "mirror:fiction")],
    "benign_roleplay": [(33, 62, "mirror:persona"), (63, 74, "operator_system")],
    "history": [(35, 68, "mirror:past_tense")],
    "jailbreak_discussion": [(35, 54, "mirror:quoted_jailbreak")],
    "security_professional": [
        (35, 46, "mirror:authority_defensive"),
        (47, 52, "mirror:defensive_prose"),
    ],
    "sensitive_code_review": [(1, 100, "mirror:defensive_code")],
    "decoding_harmless": [(33, 66, "mirror:encoded"), (67, 100, "mirror:token_smuggling")],
    "long_document": [(1, 18, "mirror:injection_carrier"), (19, 38, "mirror:many_shot")],
    "translation": [(33, 78, "mirror:lowres_translation")],
}


def group(fid):
    pre, n = fid.rsplit("-", 1)
    fam = pre.split("-", 1)[1]
    n = int(n)
    for a, b, g in G.get(fam, []):
        if a <= n <= b:
            return g
    return "ordinary:" + fam
