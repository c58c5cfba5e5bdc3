"""The compliance console: named officers sign in (password, OIDC, or an audited break-glass
token) and work the review queue with four-eyes, search accounts and the audit log, export it,
watch the charts, and flip the international pause under two signatures. Served by
``exportgate serve`` under ``/console`` when ``console: {enabled: true}`` (see docs/officers.md).

:mod:`.pages` and :mod:`.views` render HTML from plain data (pure functions); :mod:`.charts` draws
the overview's SVG; :mod:`.search` reads accounts and audit records; :mod:`.auth` holds sessions
and sign-in throttling; :mod:`.roles` says which role each action takes; :mod:`.oidc` signs in
through an identity provider. :mod:`.app` is the ASGI handler (routing, session and CSRF checks);
it composes :mod:`.signin` (the sign-in pages), :mod:`.reads` (the pages) and :mod:`.actions`
(what officers change), whose store reads and writes run in worker threads; :mod:`.responses` is
the one HTTP seam and :mod:`.events` writes console events to the audit log.
"""
