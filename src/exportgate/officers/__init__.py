"""exportgate.officers: the named compliance officers who sign verdicts and switch flips.

Each officer has a role (:mod:`.roles`: viewer, analyst, approver, admin) and a password hashed
with scrypt (:mod:`.passwords`); :mod:`.registry` keeps them in the store and audits every change.
What the regulators look at takes two signatures (four-eyes, :mod:`.roles`).
"""
