"""The demo's story beyond access decisions: a distillation campaign caught in the demo's own
traffic, watermark evidence, the pause drill, the audit chain and the console; drawn into the
HTML report (:mod:`.report`, SVG charts from :mod:`.svg`) and summarised in 80 columns
(:mod:`.terminal`). :mod:`exportgate.demo` runs the traffic and calls in here."""
