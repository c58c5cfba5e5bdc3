"""Load detector settings from a YAML file (``--config``); unknown keys are an error."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import yaml

from exportgate.bypass.account import AccountConfig
from exportgate.bypass.detector import BypassConfig
from exportgate.bypass.judge import JudgeConfig


class ConfigError(ValueError):
    pass


def _read(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return raw


def _apply(cls: type[Any], values: dict[str, Any], where: str) -> Any:
    names = {f.name: f for f in dataclasses.fields(cls)}
    for key, value in values.items():
        if key not in names:
            raise ConfigError(f"{where}.{key}: unknown setting (known: {', '.join(sorted(names))})")
        if isinstance(names[key].default, str):
            if not isinstance(value, str):
                raise ConfigError(f"{where}.{key}: expected a word")
        elif not isinstance(value, (int, float, bool)):
            raise ConfigError(f"{where}.{key}: expected a number")
    return cls(**values)


ASK_GATES = ("none", "cap", "bar")


def load_config(path: Path | None) -> BypassConfig:
    """First-stage settings: keys of :class:`BypassConfig` at the top level or under ``detector``."""
    raw = _read(path)
    values = raw.get("detector", {k: v for k, v in raw.items() if k not in ("account", "judge")})
    config: BypassConfig = _apply(BypassConfig, values, "detector")
    if config.ask_gate not in ASK_GATES:
        raise ConfigError(f"detector.ask_gate: expected one of {', '.join(ASK_GATES)}")
    return config


def load_account_config(path: Path | None) -> AccountConfig:
    """Account settings: keys of :class:`AccountConfig` under ``account``."""
    config: AccountConfig = _apply(AccountConfig, _read(path).get("account", {}), "account")
    return config


def load_judge_config(path: Path | None) -> JudgeConfig | None:
    """The optional second stage: ``judge: {url, model, api_key, timeout_s, low, threshold}``."""
    raw = _read(path).get("judge")
    if raw is None:
        return None
    if not isinstance(raw, dict) or "url" not in raw or "model" not in raw:
        raise ConfigError("judge: needs url and model")
    names = {f.name for f in dataclasses.fields(JudgeConfig)}
    unknown = set(raw) - names
    if unknown:
        raise ConfigError(f"judge.{sorted(unknown)[0]}: unknown setting")
    return JudgeConfig(**raw)
