"""Was the upstream's answer a refusal? Judged on the text the gateway relayed.

English and the most common other-language refusal openings (garak #2217: English-only refusal
detectors score French refusals as bypasses). Only the first 600 characters are read, so a
streamed answer can be judged from its opening chunks.
"""

from __future__ import annotations

import re

_REFUSAL = re.compile(
    r"^\W*(?:i'?m sorry|i am sorry|sorry,? (?:but )?i|i apologi[sz]e|i can(?:'|no)t|i cannot|i won'?t|"
    r"i will not|i'?m (?:not able|unable)|i am (?:not able|unable)|as an ai|i must (?:decline|refuse)|"
    r"i (?:don'?t|do not) (?:feel comfortable|think i (?:can|should))|unfortunately,? i|"
    r"lo siento|no puedo|je suis désolé|je ne peux pas|désolé|es tut mir leid|ich kann (?:nicht|keine)|"
    r"mi dispiace|non posso|desculpe|não posso|抱歉|对不起|我不能|申し訳|できません|извините|я не могу)"
    r"|\b(?:i can(?:'|no)t|i cannot|i won'?t|i'?m not able to|i am not able to) (?:help|assist|provide|"
    r"comply|do that|create|write|give|share|support)\b|\bagainst (?:my|our|openai'?s?|the) "
    r"(?:guidelines|policies|policy|usage policies)\b",
    re.I,
)


# Round 28: "sorry" in its sympathy sense (Merriam-Webster sense 1, "feeling sorrow, regret, or
# penitence"; Oxford "feeling distress, especially through sympathy with someone else's
# misfortune") opens a condolence, not a refusal: "I'm sorry to hear that", "I'm so sorry for your
# loss", "I'm sorry you're going through this". The opening sentence is set aside and the rest is
# read as before, so "I'm sorry to hear that, but I can't help with this" is still a refusal.
_SYMPATHY = re.compile(
    r"^\W*(?:i'?m|i am) (?:so |very |really |truly )?sorry "
    r"(?:to hear|to learn|for your|about (?:your|that|this|the)|(?:that )?you(?:'re| are|'ve| have)|"
    r"for what)[^.,;!?\n]*[.,;!?]?",
    re.I,
)


def is_refusal(answer: str) -> bool:
    """True when the answer opens as a refusal (the first 600 characters are read); an opening
    sentence of sympathy ("I'm sorry to hear that.") is set aside first."""
    head = _SYMPATHY.sub("", answer[:600], count=1)
    return bool(head.strip()) and _REFUSAL.search(head) is not None
