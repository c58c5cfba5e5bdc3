import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from exportgate.cli import app
from exportgate.watermark.tokenizer import default_tokenizer

runner = CliRunner()
HUMAN_TEXT = (
    "Export controls on advanced computing items were tightened again this year. Companies that "
    "sell accelerators abroad now screen every customer against the entity list, check where the "
    "chips will be used, and keep records for five years in case the regulator asks."
)


def test_tokenizer_round_trips_and_keeps_special_tokens() -> None:
    tok = default_tokenizer()
    text = "Hello world! 2024 <|im_start|>user\nÜber café 🎉  spaces\n\n"
    ids = tok.encode(text)
    assert tok.decode(ids) == text
    im_start = 1
    assert im_start in ids
    assert tok.encode("2024") == [tok.token_ids[d] for d in "2024"]  # digits split one by one
    assert tok.vocab_size == 49152


def _toy_marked_tokens(n: int = 160) -> list[int]:
    np = pytest.importorskip(
        "numpy", reason="numpy is not installed (it comes with the localmodel extra)"
    )
    from exportgate.watermark.keys import DEMO_KEY
    from exportgate.watermark.params import WatermarkParams
    from exportgate.watermark.processor import make_processor

    proc = make_processor(DEMO_KEY, WatermarkParams())
    rng = np.random.default_rng(0)
    tokens = [1, 2, 3, 4]
    for _ in range(n):
        logits = proc(tokens, (rng.standard_normal(49152) * 3).astype(np.float32))
        probs = np.exp(logits - logits.max())
        tokens.append(int(rng.choice(49152, p=probs / probs.sum())))
    return tokens[4:]


def test_detect_json_contract_on_plain_and_marked_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EXPORTGATE_WATERMARK_KEYS", raising=False)
    plain = tmp_path / "plain.txt"
    plain.write_text(HUMAN_TEXT)
    result = runner.invoke(app, ["watermark", "detect", str(plain), "--json"])
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.stdout)
    assert list(verdict)[:4] == ["z", "p_value", "tokens_scored", "watermarked"]
    assert verdict["watermarked"] is False and verdict["tokens_scored"] > 30
    marked = tmp_path / "marked.json"
    marked.write_text(json.dumps({"text": "", "tokens": _toy_marked_tokens(), "key_id": "demo"}))
    result = runner.invoke(app, ["watermark", "detect", str(marked)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("WATERMARKED") and "carries our watermark" in result.stdout


def test_detect_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["watermark", "detect", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output


def test_report_over_jsonl_deduplicates_and_lists_bad_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EXPORTGATE_WATERMARK_KEYS", raising=False)
    marked = _toy_marked_tokens(60)
    lines = [
        json.dumps({"tokens": marked}),
        json.dumps({"tokens": marked}),
        "{broken",
        json.dumps({"x": 1}),
        json.dumps({"choices": [{"message": {"content": HUMAN_TEXT}}]}),
    ]
    outputs = tmp_path / "suspect.jsonl"
    outputs.write_text("\n".join(lines) + "\n")
    result = runner.invoke(
        app, ["watermark", "report", str(outputs), "--json", "--model-name", "model-X"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["outputs_read"] == 3
    assert len(report["input_errors"]) == 2 and "suspect.jsonl:3" in report["input_errors"][0]
    assert report["detection"]["repeats_ignored"] >= 50
    assert "model-X" in report["conclusion"]
