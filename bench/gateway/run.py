"""exportgate gateway vs LiteLLM proxy, side by side, on the same local mock upstream.

    .venv/bin/python bench/gateway/run.py [--seconds 4] [--rounds 2] [--quick]

Everything runs on loopback. Processes: two stand-in upstreams (instant, and answering after
``--upstream-ms``), exportgate (``exportgate serve``, one uvicorn worker, every check on: API key ->
account, policy decision, audit record, usage record, rate limits, metrics), LiteLLM proxy (one
worker, master-key auth, offline settings, its own virtual environment under
``bench/gateway/.litellm-venv``, created on first run), and the load generator (``wrk`` when
installed, else ``loadgen.py`` in its own process). With ``--pin`` the gateways run on CPU 0 and
the upstreams and load generator on CPU 1.

Latency runs use upstreams that answer after ``--upstream-ms`` (a model server never answers
instantly; this keeps the load generator and the upstream from being the bottleneck, so the
difference to the direct call is the gateway's own cost at that concurrency), twice: a *spread*
upstream whose answer time is spread evenly over ``--upstream-spread`` either way (as a model
server's does; the default 0.5 gives 10-30 ms), and a *fixed* one that always takes exactly
``--upstream-ms``. The fixed upstream is the worst case for a one-process gateway: the load
generator's connections fall into lockstep, every answer of a round arrives within the same
millisecond, and each waits for the ones the gateway handles before it. The throughput run
uses the instant upstream at concurrency 64. Rounds are interleaved; medians over rounds are
reported. After the runs exportgate is stopped gracefully and its store is checked: every 200
it answered has its usage record, every decision its audit record.

``--compare SRC`` runs a second exportgate from another source tree (e.g. ``git worktree add
/tmp/base <commit>``; give its root or its ``src``) in LiteLLM's place, interleaved with this one
in every round: the before/after of a change in one run, on the same machine at the same time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PYTHON = sys.executable
LITELLM_VERSION = "1.91.1"
COMPROMISED = {"1.82.7", "1.82.8"}
LITELLM_VENV = HERE / ".litellm-venv"
KEY = "sk-bench-1234"
BODY = json.dumps(
    {
        "model": "MODEL",
        "messages": [
            {"role": "user", "content": "Summarise the export-control rules for model weights."}
        ],
    }
)
CONCURRENCY = (1, 16, 64)
LITELLM_ENV = {
    "LITELLM_OFFLINE_MODE": "true",
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "true",
    "LITELLM_MODE": "PRODUCTION",
    "LITELLM_LOG": "ERROR",
}


def ensure_litellm() -> Path:
    """The LiteLLM CLI in its own virtual environment, installed at the pinned version."""
    assert LITELLM_VERSION not in COMPROMISED, "never install a compromised LiteLLM release"
    cli = LITELLM_VENV / "bin" / "litellm"
    pip = LITELLM_VENV / "bin" / "pip"
    if cli.exists():
        shown = subprocess.run([str(pip), "show", "litellm"], capture_output=True, text=True)
        if f"Version: {LITELLM_VERSION}" in shown.stdout:
            return cli
    print(f"installing litellm[proxy]=={LITELLM_VERSION} into {LITELLM_VENV} ...", file=sys.stderr)
    subprocess.run([PYTHON, "-m", "venv", str(LITELLM_VENV)], check=True)
    subprocess.run([str(pip), "install", "-q", f"litellm[proxy]=={LITELLM_VERSION}"], check=True)
    return cli


def _pin(cpu: int | None) -> Callable[[], None] | None:
    if cpu is None:
        return None

    def pin() -> None:
        os.sched_setaffinity(0, {cpu})

    return pin


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen[bytes]
    url: str

    def rss_mb(self) -> tuple[float, float]:
        """Current and peak resident memory of the process and its children, in MiB."""
        pids = [self.popen.pid] + _children(self.popen.pid)
        rss = peak = 0.0
        for pid in pids:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmRSS:"):
                    rss += int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    peak += int(line.split()[1]) / 1024
        return rss, peak

    def cpu_s(self) -> float:
        """CPU seconds (user + system) used so far by the process and its children."""
        total = 0
        for pid in [self.popen.pid] + _children(self.popen.pid):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(30)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            child = int(entry.name)
            found += [child, *_children(child)]
    return found


def start(
    name: str,
    cmd: list[str],
    url: str,
    ready: str,
    cpu: int | None,
    log: Path,
    env: dict[str, str] | None = None,
    timeout_s: float = 180,
) -> Proc:
    out = open(log, "wb")  # noqa: SIM115 - lives as long as the process
    popen = subprocess.Popen(
        cmd,
        stdout=out,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        preexec_fn=_pin(cpu),
        env={**os.environ, **(env or {})},
    )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if popen.poll() is not None:
            raise RuntimeError(f"{name} exited at start-up; see {log}")
        try:
            with urllib.request.urlopen(url + ready, timeout=2) as response:
                if response.status == 200:
                    return Proc(name, popen, url)
        except OSError:
            time.sleep(0.3)
    popen.kill()
    raise RuntimeError(f"{name} did not become ready in {timeout_s:.0f} s; see {log}")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


WRK_LUA = """
wrk.method = "POST"
wrk.body = io.open("{body}"):read("*a")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
done = function(summary, latency, requests)
  io.write(string.format('{{"requests":%d,"errors_status":%d,"errors_connect":%d,' ..
    '"errors_read":%d,"errors_timeout":%d,"duration_us":%d,"p50":%d,"p99":%d,"mean":%f}}\\n',
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.timeout, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.mean))
end
"""


@dataclass
class Load:
    requests: int
    non_2xx: int
    errors: int
    rps: float
    p50_ms: float
    p99_ms: float


def run_load(
    url: str,
    model: str,
    concurrency: int,
    seconds: float,
    work: Path,
    cpu: int | None,
    threads: int | None = None,
) -> Load:
    """``threads``: wrk's threads (default: 1 below 32 connections, else 2); one thread drives
    64 connections at the gateway's rates with about a quarter less CPU per request than two
    (more events per ``epoll_wait``), CPU that a 2-core bench takes from the gateway."""
    body = work / f"body-{model}.json"
    body.write_text(BODY.replace("MODEL", model))
    wrk = shutil.which("wrk")
    if wrk:
        script = work / f"wrk-{model}.lua"
        script.write_text(WRK_LUA.format(body=body, key=KEY))
        if threads is None:
            threads = 1 if concurrency < 32 else 2
        cmd = [
            wrk,
            f"-t{threads}",
            f"-c{concurrency}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url + "/v1/chat/completions",
        ]
    else:
        cmd = [
            PYTHON,
            str(HERE / "loadgen.py"),
            url + "/v1/chat/completions",
            str(body),
            KEY,
            str(concurrency),
            str(seconds),
        ]
    result = subprocess.run(
        cmd, capture_output=True, text=True, preexec_fn=_pin(cpu), timeout=seconds + 60
    )
    line = next((ln for ln in reversed(result.stdout.splitlines()) if ln.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"load generator failed: {result.stdout}\n{result.stderr}")
    data = json.loads(line)
    errors = data["errors_connect"] + data["errors_read"] + data["errors_timeout"]
    return Load(
        data["requests"],
        data["errors_status"],
        errors,
        data["requests"] / (data["duration_us"] / 1e6),
        data["p50"] / 1000,
        data["p99"] / 1000,
    )


ORDER_END_USERS = 50
ORDER_APPROVED = 20


def seed_store(db: Path, orders: bool = False) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from exportgate.records import Account, EndUser
    from exportgate.store import open_store

    store = open_store(f"sqlite:///{db}")
    end_users = (
        [
            EndUser(
                id=f"eu-{i}", name=f"End User {i}", nationalities=["US"], citizenship_verified=True
            )
            for i in range(ORDER_END_USERS)
        ]
        if orders
        else []
    )
    store.upsert_account(
        Account(
            id="acct-bench",
            kind="organization",
            name="Bench Widgets Inc",
            country="US",
            headquarters="US",
            kyc_verified=True,
            api_keys=[KEY],
            end_users=end_users,
        )
    )
    from exportgate.screening.api import ScreeningStatus

    store.set_screening_status("acct-bench", ScreeningStatus(status="clear", lists_version="bench"))
    store.close()


def check_records(db: Path, answered_2xx: int) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        usage_200 = conn.execute("SELECT count(*) FROM usage WHERE status = 200").fetchone()[0]
        decided = conn.execute("SELECT count(*) FROM usage WHERE decision != 'none'").fetchone()[0]
        audited = conn.execute("SELECT count(*) FROM audit_log WHERE kind = 'decision'").fetchone()[
            0
        ]
        usage = conn.execute("SELECT count(*) FROM usage").fetchone()[0]
    return {
        "answered_2xx_seen_by_client": answered_2xx,
        "usage_records_200": usage_200,
        "usage_records": usage,
        "decisions": decided,
        "audit_records": audited,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=4.0, help="length of each load run")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds")
    parser.add_argument(
        "--upstream-ms", type=float, default=20.0, help="upstream answer time for the latency runs"
    )
    parser.add_argument(
        "--upstream-spread",
        type=float,
        default=0.5,
        help="the spread upstream spreads its answer time evenly by this fraction either way",
    )
    parser.add_argument("--quick", action="store_true", help="1 round of 2 s (smoke test)")
    parser.add_argument(
        "--orders",
        action="store_true",
        help="per-model access orders on (issue 16): every exportgate model is "
        f"access: us_persons with {ORDER_APPROVED} approved accounts and a "
        f"fallback, the account registers {ORDER_END_USERS} end users and "
        "every request names one (OpenAI 'user')",
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="SRC",
        help="run exportgate from this other source tree (its root or src/) in LiteLLM's place, "
        "interleaved: before/after in one run",
    )
    parser.add_argument(
        "--shared",
        metavar="REDIS_URL",
        help="run this exportgate a second time with redis: REDIS_URL (shared rate limits, the "
        "served-request stream, change notices; issue 19) in LiteLLM's place, interleaved: "
        "what shared state costs per request",
    )
    parser.add_argument(
        "--pin",
        action="store_true",
        help="pin the gateways to CPU 0 and upstreams + load generator to "
        "CPU 1 (on a machine shared with other work this hurts more than it "
        "helps: the pinned gateway cannot escape a busy core)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="instead: exportgate with one worker vs serve --workers N, same run "
        "(bench/gateway/workers.py; its options follow)",
    )
    args, rest = parser.parse_known_args()
    if args.workers:
        import workers

        seconds, rounds = (2.0, 1) if args.quick else (args.seconds, args.rounds)
        workers.main(
            ["--workers", str(args.workers), "--seconds", str(seconds), "--rounds", str(rounds)]
            + rest
        )
        return
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.orders:
        global BODY
        BODY = BODY.replace('"messages"', f'"user": "eu-{ORDER_END_USERS - 1}", "messages"')
    if args.quick:
        args.seconds, args.rounds = 2.0, 1
    cpus = sorted(os.sched_getaffinity(0))
    gw_cpu, load_cpu = (cpus[0], cpus[1]) if len(cpus) >= 2 and args.pin else (None, None)
    work = Path(tempfile.mkdtemp(prefix="exportgate-bench-"))
    if args.shared:
        args.compare = ROOT
    other = "shared" if args.shared else "base" if args.compare else "litellm"
    litellm = None if args.compare else ensure_litellm()
    procs: list[Proc] = []
    try:
        fast_port, slow_port, spread_port, eg_port, ll_port = (free_port() for _ in range(5))
        standin = [PYTHON, "-m", "exportgate.gateway.standin", "--port"]
        fast = start(
            "upstream",
            standin + [str(fast_port)],
            f"http://127.0.0.1:{fast_port}",
            "/v1/models",
            load_cpu,
            work / "upstream-fast.log",
        )
        slow = start(
            "upstream-slow",
            standin + [str(slow_port), "--latency-ms", str(args.upstream_ms)],
            f"http://127.0.0.1:{slow_port}",
            "/v1/models",
            load_cpu,
            work / "upstream-slow.log",
        )
        spread = start(
            "upstream-spread",
            standin
            + [
                str(spread_port),
                "--latency-ms",
                str(args.upstream_ms),
                "--latency-spread",
                str(args.upstream_spread),
            ],
            f"http://127.0.0.1:{spread_port}",
            "/v1/models",
            load_cpu,
            work / "upstream-spread.log",
        )
        procs += [fast, slow, spread]
        db = work / "exportgate.db"
        seed_store(db, args.orders)
        models = {"mock-fast": fast_port, "mock-slow": slow_port, "mock-spread": spread_port}
        upstreams = {"spread": (spread, "mock-spread"), "fixed": (slow, "mock-slow")}
        (work / "exportgate.yaml").write_text(
            json.dumps(
                {
                    "listen": {"host": "127.0.0.1", "port": eg_port},
                    "store": f"sqlite:///{db}",
                    "upstreams": [
                        {"name": n, "base_url": f"http://127.0.0.1:{p}/v1", "api_key": "sk-mock"}
                        for n, p in models.items()
                    ],
                    "models": [
                        {"id": n, "upstream": n, "upstream_model": "mock-gpt", "controlled": True}
                        | (
                            {
                                "access": "us_persons",
                                "fallback": "mock-fast" if n != "mock-fast" else "mock-slow",
                                "approved_accounts": [f"acct-{i}" for i in range(ORDER_APPROVED)],
                            }
                            if args.orders
                            else {}
                        )
                        for n in models
                    ],
                    "local_networks": {"country": "US", "network": "residential"},
                    "limits": {
                        "account": {"requests_per_minute": 10**9, "tokens_per_minute": 10**12},
                        "key": {"requests_per_minute": 10**9},
                    },
                    "usage": {"spool_dir": str(work / "spool")},
                }
            )
        )
        exportgate = start(
            "exportgate",
            [
                str(Path(PYTHON).parent / "exportgate"),
                "serve",
                "--config",
                str(work / "exportgate.yaml"),
                "--log-level",
                "warning",
            ],
            f"http://127.0.0.1:{eg_port}",
            "/readyz",
            gw_cpu,
            work / "exportgate.log",
        )
        procs.append(exportgate)
        if args.shared:  # the same code with its shared state in Redis (issue 19)
            prefix = f"egbench-{os.getpid()}:"
            shared = {"redis": args.shared, "scaleout": {"prefix": prefix}}
            lite = start_base(ROOT, work, ll_port, gw_cpu, args.orders, shared, "shared")
        elif args.compare:
            lite = start_base(args.compare, work, ll_port, gw_cpu, args.orders)
        else:
            assert litellm is not None
            lite = start_litellm(litellm, work, models, ll_port, gw_cpu)
        procs.append(lite)
        targets = {"direct": "", "exportgate": exportgate.url, other: lite.url}
        fast_targets = {"direct": fast.url, "exportgate": exportgate.url, other: lite.url}
        print(f"warming up (work dir {work}) ...", file=sys.stderr)
        for name, url in targets.items():
            run_load(
                url or fast.url,
                "mock-fast" if name != "direct" else "mock-gpt",
                8,
                2,
                work,
                load_cpu,
            )
        latency: dict[tuple[str, str, int], list[Load]] = {}
        throughput: dict[str, list[Load]] = {}
        cpu_per_request: dict[str, list[float]] = {}
        by_name = {"exportgate": exportgate, other: lite}

        def measured(name: str, url: str, model: str, conc: int) -> Load:
            proc = by_name.get(name)
            before = proc.cpu_s() if proc else 0.0
            load = run_load(url, model, conc, args.seconds, work, load_cpu)
            if proc is not None and load.requests:
                cpu_per_request.setdefault(name, []).append(
                    (proc.cpu_s() - before) / load.requests * 1000
                )
            return load

        eg_2xx = 0
        for round_no in range(args.rounds):
            for kind, (upstream, model_id) in upstreams.items():
                for conc in CONCURRENCY:
                    for name, url in targets.items():
                        model = "mock-gpt" if name == "direct" else model_id
                        load = measured(name, url or upstream.url, model, conc)
                        latency.setdefault((kind, name, conc), []).append(load)
                        eg_2xx += load.requests - load.non_2xx if name == "exportgate" else 0
                        print(
                            f"round {round_no + 1} {kind:<6} c={conc:<3} {name:<10} p50 "
                            f"{load.p50_ms:7.2f} ms  p99 {load.p99_ms:7.2f} ms  "
                            f"{load.rps:8.0f} req/s  non-2xx {load.non_2xx} "
                            f"errors {load.errors}",
                            file=sys.stderr,
                        )
            for name, url in fast_targets.items():
                model = "mock-gpt" if name == "direct" else "mock-fast"
                load = measured(name, url, model, 64)
                throughput.setdefault(name, []).append(load)
                eg_2xx += load.requests - load.non_2xx if name == "exportgate" else 0
                print(
                    f"round {round_no + 1} max  {name:<10} {load.rps:8.0f} req/s  "
                    f"non-2xx {load.non_2xx} errors {load.errors}",
                    file=sys.stderr,
                )
        memory = {"exportgate": exportgate.rss_mb(), other: lite.rss_mb()}
        self_reported = {
            "exportgate": overhead_from_metrics(exportgate.url),
            other: overhead_from_metrics(lite.url) if args.compare else litellm_overhead(lite.url),
        }
        exportgate.stop()
        records = check_records(db, eg_2xx)
        report(
            latency,
            throughput,
            memory,
            records,
            cpu_per_request,
            self_reported,
            args,
            wrk=bool(shutil.which("wrk")),
            other=other,
        )
    finally:
        for proc in reversed(procs):
            proc.stop()


def start_base(
    source: Path,
    work: Path,
    port: int,
    cpu: int | None,
    orders: bool,
    extra: dict[str, object] | None = None,
    name: str = "base",
) -> Proc:
    """The same exportgate configuration (plus ``extra`` top-level settings), served by the code
    in another source tree (its own store and spool), for ``--compare`` and ``--shared``."""
    src = source / "src" if (source / "src" / "exportgate").is_dir() else source
    if not (src / "exportgate").is_dir():
        raise SystemExit(f"--compare {source}: no exportgate package there (nor in its src/)")
    base = work / name
    base.mkdir()
    config = json.loads((work / "exportgate.yaml").read_text())
    config["listen"]["port"] = port
    config["store"] = f"sqlite:///{base / 'exportgate.db'}"
    config["usage"]["spool_dir"] = str(base / "spool")
    config.update(extra or {})
    (base / "exportgate.yaml").write_text(json.dumps(config))
    seed_store(base / "exportgate.db", orders)
    return start(
        name,
        [PYTHON, "-m", "exportgate.cli", "serve", "--config", str(base / "exportgate.yaml")]
        + ["--log-level", "warning"],
        f"http://127.0.0.1:{port}",
        "/readyz",
        cpu,
        base / "exportgate.log",
        env={"PYTHONPATH": str(src.resolve())},
    )


def start_litellm(
    litellm: Path, work: Path, models: dict[str, int], port: int, cpu: int | None
) -> Proc:
    """LiteLLM proxy on the same upstreams (one worker, master-key auth, offline)."""
    (work / "litellm.yaml").write_text(
        json.dumps(
            {
                "model_list": [
                    {
                        "model_name": n,
                        "litellm_params": {
                            "model": "openai/mock-gpt",
                            "api_base": f"http://127.0.0.1:{p}/v1",
                            "api_key": "sk-mock",
                        },
                    }
                    for n, p in models.items()
                ],
                "litellm_settings": {
                    "callbacks": [],
                    "num_retries": 0,
                    "request_timeout": 30,
                    "set_verbose": False,
                    "telemetry": False,
                },
                "general_settings": {"master_key": KEY},
            }
        )
    )
    env = {k: v for k, v in LITELLM_ENV.items()}
    for name in ("DATABASE_URL", "HTTP_PROXY", "HTTPS_PROXY"):
        os.environ.pop(name, None)
    return start(
        "litellm",
        [
            str(litellm),
            "--config",
            str(work / "litellm.yaml"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--num_workers",
            "1",
        ],
        f"http://127.0.0.1:{port}",
        "/health/liveliness",
        cpu,
        work / "litellm.log",
        env=env,
    )


def overhead_from_metrics(url: str) -> tuple[float, float]:
    """p50/p99 (bucket upper bounds, ms) of exportgate's own overhead histogram: time in the
    gateway outside the upstream call, over every request of the run."""
    with urllib.request.urlopen(url + "/metrics", timeout=10) as response:
        text = response.read().decode()
    buckets = []
    for line in text.splitlines():
        if line.startswith("exportgate_overhead_duration_seconds_bucket"):
            bound = line.split('le="', 1)[1].split('"', 1)[0]
            buckets.append(
                (float("inf") if bound == "+Inf" else float(bound), float(line.rsplit(" ", 1)[1]))
            )
    total = buckets[-1][1]

    def quantile(q: float) -> float:
        return next(bound for bound, count in buckets if count >= q * total) * 1000

    return quantile(0.5), quantile(0.99)


def litellm_overhead(url: str, samples: int = 60) -> tuple[float, float]:
    """p50/p99 of LiteLLM's own x-litellm-overhead-duration-ms over sequential requests."""
    body = BODY.replace("MODEL", "mock-slow").encode()
    values = []
    for _ in range(samples):
        request = urllib.request.Request(
            url + "/v1/chat/completions",
            data=body,
            headers={"authorization": "Bearer " + KEY, "content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            value = response.headers.get("x-litellm-overhead-duration-ms")
        if value is not None:
            values.append(float(value))
    if not values:
        return float("nan"), float("nan")
    values.sort()
    return statistics.median(values), values[min(len(values) - 1, int(0.99 * len(values)))]


def _median(values: list[float]) -> float:
    return statistics.median(values)


def report(
    latency: dict[tuple[str, str, int], list[Load]],
    throughput: dict[str, list[Load]],
    memory: dict[str, tuple[float, float]],
    records: dict[str, int],
    cpu: dict[str, list[float]],
    self_reported: dict[str, tuple[float, float]],
    args: argparse.Namespace,
    wrk: bool,
    other: str = "litellm",
) -> None:
    """One table: direct, exportgate and ``other`` (LiteLLM, or with ``--compare`` the base
    exportgate), and the targets."""
    base = other in ("base", "shared")

    def med(kind: str, name: str, conc: int, field: str) -> float:
        return _median([getattr(x, field) for x in latency[(kind, name, conc)]])

    def added(kind: str, name: str, conc: int, field: str) -> float:
        return med(kind, name, conc, field) - med(kind, "direct", conc, field)

    rows: list[tuple[str, str, str, str, str]] = []
    spread = (
        f"{args.upstream_ms * (1 - args.upstream_spread):g}-"
        f"{args.upstream_ms * (1 + args.upstream_spread):g} ms"
    )
    for kind, label_kind in (
        ("spread", f"upstream {spread}"),
        ("fixed", f"upstream fixed {args.upstream_ms:g} ms (lockstep)"),
    ):
        rows.append((label_kind, "", "", "", ""))
        for conc in CONCURRENCY:
            for field, label in (("p50_ms", "p50"), ("p99_ms", "p99")):
                direct = med(kind, "direct", conc, field)
                eg = med(kind, "exportgate", conc, field)
                ll = med(kind, other, conc, field)
                rows.append(
                    (
                        f"  latency {label} c={conc} (ms)",
                        f"{direct:.2f}",
                        f"{eg:.2f}",
                        f"{ll:.2f}",
                        (f"{eg / ll:.2f}x" if base else f"{ll / eg:.1f}x lower") if eg else "-",
                    )
                )
                rows.append(
                    (
                        f"    added {label} c={conc} (ms)",
                        "-",
                        f"{added(kind, 'exportgate', conc, field):+.2f}",
                        f"{added(kind, other, conc, field):+.2f}",
                        "-",
                    )
                )
    rps = {name: _median([x.rps for x in loads]) for name, loads in throughput.items()}
    rows.append(
        (
            "max throughput c=64 (req/s)",
            f"{rps['direct']:.0f}",
            f"{rps['exportgate']:.0f}",
            f"{rps[other]:.0f}",
            f"{rps['exportgate'] / rps[other]:.2f}x",
        )
    )
    eg_cpu, ll_cpu = _median(cpu["exportgate"]), _median(cpu[other])
    rows.append(
        (
            "CPU per request (ms, all runs)",
            "-",
            f"{eg_cpu:.2f}",
            f"{ll_cpu:.2f}",
            f"{eg_cpu / ll_cpu:.2f}x" if base else f"{ll_cpu / eg_cpu:.1f}x less",
        )
    )
    (eg_o50, eg_o99), (ll_o50, ll_o99) = self_reported["exportgate"], self_reported[other]
    bound = "<=" if base else ""
    rows.append(
        ("self-reported overhead p50 (ms)", "-", f"<={eg_o50:.2f}", f"{bound}{ll_o50:.2f}", "-")
    )
    rows.append(
        ("self-reported overhead p99 (ms)", "-", f"<={eg_o99:.2f}", f"{bound}{ll_o99:.2f}", "-")
    )
    eg_rss, eg_peak = memory["exportgate"]
    ll_rss, ll_peak = memory[other]
    rows.append(
        (
            "memory RSS after load (MiB)",
            "-",
            f"{eg_rss:.0f}",
            f"{ll_rss:.0f}",
            f"{eg_rss / ll_rss:.2f}x",
        )
    )
    rows.append(
        (
            "memory peak RSS (MiB)",
            "-",
            f"{eg_peak:.0f}",
            f"{ll_peak:.0f}",
            f"{eg_peak / ll_peak:.2f}x",
        )
    )
    head = (
        ("metric", "direct", "exportgate", f"with redis: {args.shared}", "local / shared")
        if other == "shared"
        else ("metric", "direct", "exportgate", f"base ({args.compare})", "exportgate / base")
        if base
        else (
            "metric",
            "direct",
            "exportgate",
            "litellm " + LITELLM_VERSION,
            "exportgate vs litellm",
        )
    )
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(5)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(
        f"\nexportgate gateway vs "
        f"{'itself with shared state in Redis' if other == 'shared' else 'the base exportgate' if base else 'LiteLLM proxy'}"
        " — one worker each"
        f"{', per-model access orders on (us_persons, end user named)' if args.orders else ''}"
        ", upstream "
        f"{spread} and fixed {args.upstream_ms:g} ms for latency runs, instant for "
        f"throughput; medians of "
        f"{args.rounds} rounds x {args.seconds:g} s; load: {'wrk' if wrk else 'loadgen.py'}"
    )
    print(line.format(*head))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))
    ok_records = (
        records["usage_records_200"] >= records["answered_2xx_seen_by_client"]
        and records["audit_records"] == records["decisions"]
    )
    print("\ntargets:")
    for kind, label in (
        ("spread", f"upstream {spread}"),
        ("fixed", f"fixed {args.upstream_ms:g} ms upstream, lockstep"),
    ):
        p50, p99 = added(kind, "exportgate", 16, "p50_ms"), added(kind, "exportgate", 16, "p99_ms")
        print(
            f"  added latency c=16 p50 <= 1 ms ({label}): {p50:.2f} ms "
            f"{'MET' if p50 <= 1 else 'NOT MET'}"
        )
        print(
            f"  added latency c=16 p99 <= 5 ms ({label}): {p99:.2f} ms "
            f"{'MET' if p99 <= 5 else 'NOT MET'}"
        )
    ratio = rps["exportgate"] / rps[other]
    mem = eg_rss / ll_rss
    if base:
        cpu_ratio = eg_cpu / ll_cpu
        print(f"  throughput vs base (not slower, noise ~5%): {ratio:.2f}x")
        print(f"  CPU per request vs base (not more, noise ~5%): {cpu_ratio:.2f}x")
        print(f"  memory vs base: {mem:.2f}x")
    else:
        print(f"  throughput >= 3x LiteLLM: {ratio:.2f}x {'MET' if ratio >= 3 else 'NOT MET'}")
        print(f"  memory <= 0.5x LiteLLM: {mem:.2f}x {'MET' if mem <= 0.5 else 'NOT MET'}")
    print(
        f"  every 200 has its usage record, every decision its audit record: "
        f"{'MET' if ok_records else 'NOT MET'} {records}"
    )


if __name__ == "__main__":
    main()
