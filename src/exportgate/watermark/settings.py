"""Watermark settings from a YAML config file's ``watermark:`` section and the environment.

```yaml
watermark:
  keys: [{id: wm-2026-11, secret: env:EXPORTGATE_WM_2026_11}]
  active: wm-2026-11
  scheme: kgw-selfhash      # or tournament
  gamma: 0.25
  delta: 3.0
  context_width: 4
  p_threshold: 1.0e-5
```
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .keys import Keyring, load_keyring
from .params import WatermarkParams

PARAM_FIELDS = ("scheme", "gamma", "delta", "context_width", "layers", "p_threshold")


class SettingsError(ValueError):
    """A config file or section that cannot be used; names the file and field."""


def read_section(config_path: Path | None) -> dict[str, Any]:
    if config_path is None:
        return {}
    try:
        data = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SettingsError(f"{config_path}: cannot read config ({exc})") from exc
    section = data.get("watermark", {}) if isinstance(data, dict) else None
    if not isinstance(section, dict):
        raise SettingsError(f"{config_path}: 'watermark' must be a mapping")
    return section


def params_from(section: Mapping[str, Any], **overrides: Any) -> WatermarkParams:
    values = {k: section[k] for k in PARAM_FIELDS if k in section}
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return WatermarkParams(**values)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"watermark.{exc}") from exc


def load_settings(
    config_path: Path | None = None, **overrides: Any
) -> tuple[Keyring, WatermarkParams]:
    """Keyring (config, else ``EXPORTGATE_WATERMARK_KEYS``, else the demo key) and parameters."""
    section = read_section(config_path)
    key_section: dict[str, Any] = {k: section[k] for k in ("keys", "active") if k in section}
    return load_keyring(key_section or None), params_from(section, **overrides)
