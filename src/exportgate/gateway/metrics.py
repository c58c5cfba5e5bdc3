"""Prometheus metrics of one gateway (its own registry, so several can live in one process).

Labels are bounded: endpoint, status, decision, reason code, model id, token kind. No account
or key labels (unbounded cardinality); per-account figures come from the usage records.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST

LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
                   10, 30, 60, 120)
OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.1)


class GatewayMetrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self, pending: Callable[[], float], spooled: Callable[[], float]) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("exportgate_requests", "Requests answered, by endpoint, HTTP "
                                "status and policy decision", ["endpoint", "status", "decision"],
                                registry=r)
        self.decisions = Counter("exportgate_decisions", "Policy decisions, by verdict and the "
                                 "most severe reason code", ["decision", "reason"], registry=r)
        self.tokens = Counter("exportgate_tokens", "Tokens metered, by model and kind",
                              ["model", "kind"], registry=r)
        self.latency = Histogram("exportgate_request_duration_seconds", "Time from request to "
                                 "the end of the response", ["endpoint"],
                                 buckets=LATENCY_BUCKETS, registry=r)
        self.overhead = Histogram("exportgate_overhead_duration_seconds", "Time the gateway "
                                  "spends on a request outside the upstream call",
                                  buckets=OVERHEAD_BUCKETS, registry=r)
        self.ttfb = Histogram("exportgate_upstream_time_to_first_byte_seconds", "Upstream time "
                              "to response headers", ["model"], buckets=LATENCY_BUCKETS,
                              registry=r)
        self.rate_limited = Counter("exportgate_rate_limited", "Requests refused with 429",
                                    ["scope"], registry=r)
        self.upstream_errors = Counter("exportgate_upstream_errors", "Upstream failures, by code",
                                       ["code"], registry=r)
        self.in_flight = Gauge("exportgate_in_flight_requests", "Requests being served",
                               registry=r)
        pending_gauge = Gauge("exportgate_records_pending", "Usage and audit records queued for "
                              "the store", registry=r)
        pending_gauge.set_function(pending)
        spooled_gauge = Gauge("exportgate_records_spooled", "Records spooled to local disk since "
                              "start because the store failed", registry=r)
        spooled_gauge.set_function(spooled)

        self._children: dict[tuple[Any, ...], Any] = {}

    def child(self, metric: Any, *labels: str) -> Any:
        """``metric.labels(*labels)``, memoised: ``labels()`` costs microseconds per call."""
        key = (id(metric), *labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found

    def render(self) -> bytes:
        return generate_latest(self.registry)
