# ruff: noqa
"""Round 13 analysis scratch (bench/bypass/round13_fp_analysis.md): run from the repository root
with PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass; dump.py OUT.jsonl [SET ...] writes per-prompt
signals, gate.py OUT.jsonl replays gate variants on them, acct_var.py MODE acct_explain-args
runs acct_explain.py with ask_gate=MODE; grp.py maps set-J ids to mirror groups."""

import runpy
import sys

import exportgate.bypass.detector as d

mode = sys.argv.pop(1)
orig = d.Detector.__init__


def init(self, config=None):
    orig(self, config or d.BypassConfig(ask_gate=mode))


d.Detector.__init__ = init
sys.argv[0] = "bench/bypass/acct_explain.py"
runpy.run_path("bench/bypass/acct_explain.py", run_name="__main__")
