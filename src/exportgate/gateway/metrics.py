"""Prometheus metrics of one gateway, counted with plain dict updates on the request path.

``prometheus_client`` metric objects take a lock and walk label validation on every update;
here a request costs a few dict operations, and a custom collector turns the counts into
Prometheus families only when ``/metrics`` is scraped. Each gateway has its own registry, so
several can live in one process. Labels are bounded: endpoint, status, decision, reason code,
model id, token kind, error code. No account or key labels (unbounded cardinality); per-account
figures come from the usage records.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST

if TYPE_CHECKING:
    from exportgate.gateway.decisions import CallerStats

LATENCY_BUCKETS = (
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1,
    2.5,
    5,
    10,
    30,
    60,
    120,
)
OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.1)


@dataclass(frozen=True)
class Spec:
    help: str
    labels: tuple[str, ...]
    buckets: tuple[float, ...] = ()


COUNTERS = {
    "requests": Spec(
        "Requests answered, by endpoint, HTTP status and policy decision",
        ("endpoint", "status", "decision"),
    ),
    "decisions": Spec(
        "Policy decisions, by verdict and the most severe reason code", ("decision", "reason")
    ),
    "tokens": Spec("Tokens metered, by model and kind", ("model", "kind")),
    "rate_limited": Spec("Requests refused with 429, by the limit that was reached", ("scope",)),
    "upstream_errors": Spec("Upstream failures, by code", ("code",)),
}
HISTOGRAMS = {
    "request_duration_seconds": Spec(
        "Time from request to the end of the response", ("endpoint",), LATENCY_BUCKETS
    ),
    "overhead_duration_seconds": Spec(
        "Time the gateway spends on a request outside the upstream call", (), OVERHEAD_BUCKETS
    ),
    "upstream_time_to_first_byte_seconds": Spec(
        "Upstream time to response headers", ("model",), LATENCY_BUCKETS
    ),
}


class GatewayMetrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(
        self,
        pending: Callable[[], float],
        spooled: Callable[[], float],
        detector_backlog: Callable[[], float] = lambda: 0.0,
        *,
        dead_letters: Callable[[], float] = lambda: 0.0,
        callers: Callable[[], CallerStats] | None = None,
    ) -> None:
        self.in_flight = 0
        self._counters: dict[str, dict[tuple[str, ...], float]] = {n: {} for n in COUNTERS}
        self._histograms: dict[str, dict[tuple[str, ...], list[float]]] = {
            n: {} for n in HISTOGRAMS
        }
        self._pending = pending
        self._spooled = spooled
        self._detector_backlog = detector_backlog
        self._callers = callers
        self._dead_letters = dead_letters
        self.registry = CollectorRegistry()
        self.registry.register(self)

    # request path -----------------------------------------------------------------------------
    def count(self, name: str, labels: tuple[str, ...], amount: float = 1) -> None:
        series = self._counters[name]
        series[labels] = series.get(labels, 0) + amount

    def observe(self, name: str, labels: tuple[str, ...], value: float) -> None:
        series = self._histograms[name]
        state = series.get(labels)
        buckets = HISTOGRAMS[name].buckets
        if state is None:
            state = series[labels] = [0.0] * (len(buckets) + 3)
        state[bisect_left(buckets, value)] += 1  # last slot before sum/count is +Inf
        state[-2] += value
        state[-1] += 1

    # scrape ------------------------------------------------------------------------------------
    def collect(self) -> Iterator[Metric]:
        for name, spec in COUNTERS.items():
            family = CounterMetricFamily(f"exportgate_{name}", spec.help, labels=spec.labels)
            for labels, value in list(self._counters[name].items()):
                family.add_metric(labels, value)
            yield family
        for name, spec in HISTOGRAMS.items():
            histogram = HistogramMetricFamily(f"exportgate_{name}", spec.help, labels=spec.labels)
            for labels, state in list(self._histograms[name].items()):
                cumulative = 0.0
                buckets = []
                for bound, count in zip((*spec.buckets, float("inf")), state[:-2], strict=True):
                    cumulative += count
                    buckets.append((_bound(bound), cumulative))
                histogram.add_metric(labels, buckets, state[-2])
            yield histogram
        yield _gauge("exportgate_in_flight_requests", "Requests being served", self.in_flight)
        yield _gauge(
            "exportgate_records_pending",
            "Usage and audit records queued for the store",
            self._pending(),
        )
        yield _gauge(
            "exportgate_records_spooled",
            "Records spooled to local disk since start because the store failed",
            self._spooled(),
        )
        yield _gauge(
            "exportgate_records_dead_lettered",
            "Records the store refused, kept with "
            "the reason in the dead-letter file for an operator",
            self._dead_letters(),
        )
        yield _gauge(
            "exportgate_distillation_backlog",
            "Served requests queued for the distillation detector (observed inline past 2,000)",
            self._detector_backlog(),
        )
        if self._callers is not None:
            yield from _caller_families(self._callers())

    def render(self) -> bytes:
        return generate_latest(self.registry)


def _caller_families(stats: CallerStats) -> Iterator[Metric]:
    failures = CounterMetricFamily(
        "exportgate_caller_refresh_failures",
        "Caller loads that failed, by kind: store_outage "
        "(the cached caller is served, for a bounded time) or screening_data (the caller is "
        "refused until its screening data can be read)",
        labels=("kind",),
    )
    for kind, value in sorted(stats.refresh_failures.items()):
        failures.add_metric((kind,), value)
    yield failures
    yield _gauge(
        "exportgate_callers_refused_unreadable",
        "Callers refused (fail closed) because their stored screening data could not be read",
        stats.refused_unreadable,
    )
    yield _gauge(
        "exportgate_callers_stale",
        "Cached callers served past their refresh time because the store is unreachable",
        stats.stale_entries,
    )
    yield _gauge(
        "exportgate_callers_oldest_stale_seconds",
        "Age of the oldest cached caller served while the store is unreachable",
        stats.oldest_stale_s,
    )


def _bound(value: float) -> str:
    return "+Inf" if value == float("inf") else repr(float(value))


def _gauge(name: str, help_text: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, help_text, value=value)
