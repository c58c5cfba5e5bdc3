"""Scale-out (issue 19): what gateway replicas share through Redis (or Kafka).

- :mod:`exportgate.bus.stream`: the durable served-request stream (Redis Streams, Kafka).
- :mod:`exportgate.bus.detector`: the detector service that folds the stream into the online
  distillation detector, checkpoints it to the store and publishes flags.
- :mod:`exportgate.bus.notify`: change notices on Redis pub/sub (switches, model controls,
  review verdicts, account and list changes, flags).

Nothing here imports the gateway; the gateway's side is :mod:`exportgate.gateway.shared`.
"""
