"""The compliance review queue: what the gateway, account import and list changes put on hold, and
a compliance officer's verdict on each item (``exportgate reviews list|show|resolve``).

A verdict on a screening item becomes an override on the account (``false_positive`` or
``true_match`` for each list entry the item names), which the policy applies on the account's next
decision; every resolution is written to the audit log with who decided and why.
"""
