"""exportgate.accounts: the accounts a provider serves, and their stored screening status.

``accounts import`` (:mod:`.importer`) stores accounts and screens each one
(:func:`.screening.screen_account`); after a list change :mod:`.rescreen` screens every stored
account against the new or changed entries. Both write one typed record,
:class:`exportgate.screening.api.ScreeningStatus`, which the gateway reads back on every caller
refresh and answers from (:class:`.stored.StoredScreener`). This package sits above the library packages (policy, screening, store): none of them
imports it.
"""
