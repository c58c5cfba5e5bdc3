"""The gateway: an ASGI app that puts a policy decision in front of every model call.

:mod:`exportgate.gateway.app` builds it (``build_app``); :mod:`exportgate.server` composes it with
the compliance console and serves it::

    from exportgate.config import load_config
    from exportgate.server import run_in_thread
    handle = run_in_thread(load_config("gateway.yaml"))   # real uvicorn server in a thread
    handle.url, handle.stop()

Heavy parts (uvicorn, aiohttp, the policy engine) are imported only when used.
"""
