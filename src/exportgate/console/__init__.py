"""The compliance console: the review queue, distillation alerts, the pause switch and the audit
trail in a browser, served by ``exportgate serve`` under ``/console`` when a console token is
configured (``console: {token: env:EXPORTGATE_CONSOLE_TOKEN}``).

:mod:`.pages` renders HTML from plain data (pure functions); :mod:`.app` is the ASGI handler:
sign-in, sessions, CSRF checks, and the store reads and writes, which run in worker threads.
"""
