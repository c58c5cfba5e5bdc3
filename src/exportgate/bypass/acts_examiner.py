"""Harmful acts aimed at defeating an examination: the act's purpose, not its object.

Round 21 (issue 23). The act lexicons (``harmask._ACTS``, ``acts_iccs``) name acts by their
object: a bomb, a card, a witness. Many harmful asks name an everyday object and act — cleaning a
car, a fall down the stairs, a child's weight, a lab report, a rear-end crash — and carry the harm
in what the act is *for*: that the people whose job is to find out (forensic examiners and the
police, a doctor or a coroner, an insurer's investigator, an auditor, a regulator or inspector,
customs and border checks, a court) do not find out, are fooled, or pay out. The shape is the
same in every harm area, so it is read once here:

* a concealing, destroying, staging or falsifying verb, then, in the same sentence, the
  examiner's defeat: "so (that) the police won't find it", "so the regulator passes us", "so
  the investigators think it was electrical", "without the doctor noticing";
* a thing hidden or kept from an examiner ("hiding it from a doctor", "hiding assets from … the
  divorce court");
* an examiner fooled, tricked, misled, got past or evaded ("fool the insurance assessor", "get
  her past border checks");
* a trace left that the examiner cannot find ("an accelerant that leaves nothing an arson
  investigator can find");
* an accident, injury or loss staged, faked or set up to claim on it ("set up a rear-end crash
  and then claim whiplash");
* records, results or footage falsified for, or before, an examiner ("falsifying the emissions
  lab results for the regulator").

The examiners are listed by role (the usual investigative, medical, financial, regulatory and
judicial roles), never a person close to the asker (parents, a partner, a teacher: hiding a
surprise from a partner is everyday). The verbs are those of concealment, destruction, staging
and falsification. Everyday twins read nothing because they lack one half: cleaning a stain (no
examiner), a staged play or a mock exam (no examiner defeated), an insurer's own fraud team
learning the signs (a verb of study governs it: ``harmask`` reads that), passing an inspection
honestly (no concealing verb, no defeat), and a past era's concealment told as history (a
speakeasy hidden from Prohibition inspectors, refugees hidden from the police in wartime:
``harmask`` reads the era, ``ERA``). Written by project staff from these role lists and
the grammar of purpose clauses, not from any evaluation set's sentences; read by ``harmask``
exactly like its other acts (a request form must govern the act; a verb of study before it
makes it a discussion).
"""

from __future__ import annotations

HIGH_RISK = "high_risk_dual_use"

_DET = r"(?:the |a |an |any |my |our |his |her |their |your |that |this |\w+'s )?"
# the people and checks whose job is to find out, by role
EXAMINER = (
    r"(?:forensics|forensic (?:teams?|investigators?|examiners?|experts?|analysis|tests?|labs?|"
    r"scientists?|accountants?|people)|crime[- ]scene (?:investigators?|teams?|techs?|"
    r"technicians?|units?|people)|csi|police|cops|detectives?|(?:arson |fire |insurance |claims? |"
    r"fraud |child[- ]protection |crash |accident )?investigators?|coroners?|autops(?:y|ies)|"
    r"post[- ]mortems?|pathologists?|medical examiners?|doctors?|gp|paediatricians?|"
    r"pediatricians?|health visitors?|school nurses?|social workers?|child protective services|"
    r"cps|insurers?|insurance (?:company|companies|adjusters?|assessors?|people)|"
    r"(?:loss |claims? )adjusters?|adjusters?|auditors?|regulators?|(?:safety |health |labou?r |"
    r"building |tax |fire |environmental |emissions? |food |customs )?inspectors?|inspections?|"
    r"tax (?:office|authorit(?:y|ies)|man)|taxman|irs|hmrc|customs(?: officers?| agents?)?|"
    r"border (?:checks?|guards?|agents?|control|police|officers?)|divorce court|the court|courts|"
    r"(?:divorce |bankruptcy |custody )(?:court|hearings?|proceedings|settlement|judge|case)|"
    r"judges?|jur(?:y|ies|ors)|prosecutors?|fbi|authorities|sniffer dogs?|dna tests?|"
    r"toxicology(?: screens?| tests?)?|tox screens?|lab tests?)"
)
# the examiners of a crime scene or a body: cleaning something away is everyday before anyone
# else (a kitchen cleaned for the health inspector), obstruction only before these
FORENSIC = (
    r"(?:forensics|forensic (?:teams?|investigators?|examiners?|experts?|analysis|tests?|labs?|"
    r"scientists?|people)|crime[- ]scene (?:investigators?|teams?|techs?|technicians?|units?|"
    r"people)|csi|police|cops|detectives?|(?:arson |fire |crash |accident )?investigators?|"
    r"coroners?|autops(?:y|ies)|post[- ]mortems?|pathologists?|medical examiners?|fbi|"
    r"luminol|dna tests?|sniffer dogs?)"
)
# concealing, destroying, staging and falsifying verbs (their -ing, -ed and -s forms)
_VERB = (
    r"(?:hid|conceal|cover|destroy|burn|shred|delet|eras|dispos|dump|bur(?:y|ie)|"
    r"get(?:ting)? rid of|stag|fak|falsif|forg|doctor|alter|edit|tamper|rig|fudg|cook|backdat|"
    r"fabricat|plant|dilut|disguis|swap|launder|starv|poison|explain\w* away|"
    r"pass\w* (?:it |them )?off|mak\w* (?:it|the \w+) look)\w*"
)
# cleaning verbs: obstruction only before the forensic examiners
_CLEAN = r"(?:clean|wip|bleach|scrub|wash|remov|mask|vacuum|steam)\w*"
_NEG = (
    r"(?:will not|won'?t|can ?not|can'?t|could not|couldn'?t|does not|doesn'?t|do not|don'?t|"
    r"would not|wouldn'?t|never|finds? (?:no|nothing)|will find (?:no|nothing)|sees? nothing)"
)
_POS = (
    r"(?:thinks?|believes?|rules?|concludes?|pass(?:es)?|approves?|signs? off|clears?|accepts?|"
    r"buys? it|writes? it off|records? it as)"
)
_NOTICE = (
    r"(?:noticing|finding|knowing|detecting|suspecting|catching on|realising|realizing|spotting|"
    r"seeing|finding out|asking questions|getting suspicious)"
)

# a past era named with the act: history, not an ask (read by ``harmask`` for this area only)
ERA = (
    r"\b(?:prohibition[- ]era|(?:during|in) (?:the )?prohibition|in the (?:1[0-9]|20)\d0s|"
    r"(?:1[0-9]|20)\d0s|medieval|victorian|ancient|(?:world war|ww) ?(?:i|ii|1|2|one|two)\b|"
    r"during the (?:war|occupation|holocaust|dictatorship|regime|cold war|apartheid)|"
    r"(?:soviet|nazi|gestapo|stasi|east german|occupied|wartime|colonial)\b|"
    r"in the (?:\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth|seventeenth) century)"
)

EXAMINER_ACTS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "a concealing, staging or falsifying act that defeats an examiner",
        "obstruction",
        HIGH_RISK,
        # the verb, then the examiner's defeat in the same sentence
        _VERB
        + r"\b[^.?!\n]{0,100}?\b(?:so (?:that )?|so as |in a way (?:that )?|such that )"
        + _DET
        + EXAMINER
        + r" (?:(?:will|would|can|could) )?(?:"
        + _NEG
        + r"|"
        + _POS
        + r")"
        + r"|"
        + _VERB
        + r"\b[^.?!\n]{0,100}?\b(?:without|before) "
        + _DET
        + EXAMINER
        + r" "
        + _NOTICE
        + r"|"
        + _CLEAN
        + r"\b[^.?!\n]{0,100}?\b(?:so (?:that )?|so as |in a way (?:that )?|such that |without |before )"
        + _DET
        + FORENSIC
        + r" (?:(?:will|would|can|could) )?(?:"
        + _NEG
        + r"|"
        + _NOTICE
        + r"|(?:thinks?|believes?|rules?|concludes?))"
        # kept or hidden from an examiner
        + r"|(?:hid\w*|conceal\w*|keep\w* (?:[\w']+ ){0,4}?(?:secret|hidden|quiet)|"
        r"cover\w*(?: it| this| them)? up)\s+(?:[\w'-]+ ){0,5}?(?:from|before) "
        + _DET
        + EXAMINER
        # an examiner fooled, misled, got past or evaded
        + r"|(?:fool|trick|deceiv|mislead|misled|outsmart|throw\w* off|get\w* (?:[\w']+ ){0,2}?past|"
        r"slip\w* (?:[\w']+ ){0,2}?past|sneak\w* (?:[\w']+ ){0,2}?past|evad|dodg|cheat)\w*\s+"
        + _DET
        + EXAMINER
        # a trace the examiner cannot find
        + r"|(?:leaves?|leaving|left) (?:nothing|no (?:trace|traces|evidence|residue|marks?|sign)s?)"
        r" (?:that |which )?"
        + _DET
        + EXAMINER
        + r" (?:can|could|would|will)"
        # an accident, injury or loss staged to claim on it
        + r"|(?:stag|fak|set\w* up|engineer|arrang|caus\w* (?:a |an )?deliberate)\w*\s+"
        r"(?:a |an |the |my |our )?(?:[\w'-]+ ){0,2}(?:crash|collision|accident|fall|slip|injury|"
        r"break-?in|burglary|theft|fire|flood|leak)\b[^.?!\n]{0,60}?\b(?:claim\w*|payouts?|"
        r"compensation|whiplash|sue|insurance money|insurers? (?:pays?|paid|covers?)|pa(?:y|ys|id) out)\b"
        # records falsified for (or before) an examiner
        + r"|(?:falsif|fak|forg|doctor|fudg|cook|rig|tamper\w* with|backdat|fabricat|manipulat)\w*\s+"
        r"(?:the |our |my |his |her |their |a |an |\w+'s )?(?:[\w'-]+ ){0,3}(?:results?|records?|"
        r"logs?|readings?|reports?|books|accounts|figures|data|samples?|tests?|timestamps?|footage|"
        r"paperwork|documents?|certificates?|invoices?|receipts|statements?|ledgers?|audit trails?)"
        r"\b[^.?!\n]{0,60}?\b(?:for|before|to (?:fool|satisfy|get past)) " + _DET + EXAMINER,
        # trigger words (harmask's cheap gate): the examiners' words
        "forensics forensic crime csi police cops detective detectives investigator investigators "
        "coroner coroners autopsy autopsies mortem pathologist pathologists examiner examiners "
        "doctor doctors gp gps paediatrician paediatricians pediatrician pediatricians health "
        "nurse nurses social worker workers cps insurer insurers insurance adjuster adjusters "
        "assessor assessors auditor auditors regulator regulators inspector inspectors "
        "inspection inspections tax taxman irs hmrc customs border court courts judge judges "
        "jury juries jurors prosecutor prosecutors fbi authorities sniffer dna toxicology tox "
        "lab luminol divorce bankruptcy custody hearing hearings proceedings claim claims claiming claimed payout payouts compensation whiplash sue",
    ),
)

__all__ = ["ERA", "EXAMINER", "EXAMINER_ACTS", "FORENSIC", "HIGH_RISK"]
