"""Prompt material for simulated attackers and hard negatives.

Written independently of the detector's lexicon: the phrasings below are what a harvesting
operator would plausibly send, several of them match none of the detector's patterns, and no
phrase or marker is planted for the detector to find.
"""

from __future__ import annotations

import random

SUBJECTS: dict[str, tuple[str, ...]] = {
    "mathematics": (
        "the fundamental theorem of calculus",
        "eigenvalues of a symmetric matrix",
        "the law of large numbers",
        "modular inverses",
        "Bayes' rule",
        "the chain rule",
        "Lagrange multipliers",
        "the pigeonhole principle",
        "generating functions",
        "the Cauchy-Schwarz inequality",
        "Fourier series",
        "conditional expectation",
    ),
    "computer science": (
        "dynamic programming",
        "red-black trees",
        "consistent hashing",
        "the CAP theorem",
        "garbage collection",
        "TCP congestion control",
        "B-trees",
        "Dijkstra's algorithm",
        "lock-free queues",
        "the two-phase commit protocol",
        "bloom filters",
        "tail recursion",
    ),
    "physics": (
        "the photoelectric effect",
        "entropy in an isolated system",
        "Maxwell's equations",
        "special relativity time dilation",
        "quantum tunnelling",
        "Bernoulli's principle",
        "angular momentum conservation",
        "the Doppler effect",
        "superconductivity",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "SN2 reactions",
        "buffer solutions",
        "hybridisation",
        "activation energy",
        "redox titration",
        "chirality",
        "the Haber process",
    ),
    "biology": (
        "CRISPR-Cas9 editing",
        "the Krebs cycle",
        "meiosis",
        "the lac operon",
        "antibody class switching",
        "action potentials",
        "horizontal gene transfer",
    ),
    "economics": (
        "comparative advantage",
        "the Phillips curve",
        "moral hazard",
        "price elasticity",
        "quantitative easing",
        "the Coase theorem",
        "game-theoretic Nash equilibria",
    ),
    "law": (
        "the doctrine of precedent",
        "strict liability torts",
        "consideration in contracts",
        "the exclusionary rule",
        "fair use",
        "sovereign immunity",
    ),
    "medicine": (
        "the renin-angiotensin system",
        "sepsis management",
        "beta-blocker pharmacology",
        "type 2 diabetes pathophysiology",
        "the Frank-Starling mechanism",
    ),
    "history": (
        "the causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Marshall Plan",
        "the Peace of Westphalia",
    ),
    "philosophy": (
        "Kant's categorical imperative",
        "the trolley problem",
        "Hume's problem of induction",
        "functionalism about the mind",
        "Rawls' veil of ignorance",
    ),
}

LANGUAGES_CODE = ("Python", "Rust", "Go", "TypeScript", "C++", "Java", "SQL")
CODE_TASKS = (
    "parses an ISO-8601 timestamp and returns epoch seconds",
    "merges overlapping intervals",
    "implements an LRU cache with O(1) operations",
    "finds the k most frequent words in a text",
    "validates a binary search tree",
    "computes the edit distance between two strings",
    "rate-limits calls with a token bucket",
    "serialises a graph to adjacency lists",
    "detects a cycle in a directed graph",
    "streams a large CSV file and aggregates a column",
    "retries an HTTP request with exponential backoff",
    "implements a trie with prefix search",
)

NAMES = ("Ava", "Liam", "Mei", "Omar", "Sofia", "Kenji", "Priya", "Lucas", "Zara", "Noah")
ITEMS = ("apples", "marbles", "books", "tickets", "coins", "stickers", "pencils", "cookies")

# Question frames an operator fills from a curriculum (slot = a concept of a subject).
QUESTION_FRAMES = (
    "Explain {concept} in {subject} to a graduate student.",
    "What is {concept}, and why does it matter in {subject}?",
    "Give a rigorous explanation of {concept} with a worked example.",
    "Compare {concept} with the closest related idea in {subject}.",
    "What are the most common misconceptions about {concept}?",
    "Derive the key result behind {concept} from first principles.",
    "Teach me {concept} as if preparing me for a qualifying exam in {subject}.",
    "Summarise the state of the art on {concept} and its open problems.",
)

# Instructions that ask for worked reasoning, in many phrasings (not all are textbook CoT cues).
REASONING_ASKS = (
    "Show your reasoning step by step before the final answer.",
    "Think it through carefully and write out every intermediate step.",
    "Before answering, lay out your full thought process.",
    "Walk me through your reasoning in detail, then state the answer.",
    "Work through this slowly, explaining each deduction.",
    "Please include the complete derivation, not just the result.",
    "Reason about it out loud first, then conclude.",
    "Go through all the intermediate considerations before you commit to an answer.",
    "I want to see how you get there: every step, no skipping.",
    "Provide a detailed solution with justification for each line.",
    "Break the problem into parts and solve each part explicitly.",
    "Explain your thinking at each stage.",
)

PLAIN_WRAPPERS = (
    "{q}",
    "Question: {q}\nAnswer:",
    "{q}\n\nProvide a thorough, well-structured answer.",
    "You are an expert tutor. {q}",
    "Answer the following as completely as you can.\n\n{q}",
    "{q} Be comprehensive and precise.",
    "Task: {q}\nResponse:",
    "Please help with this: {q}",
)

# Rubric / preference prompts for reward-model harvesting.
JUDGE_FRAMES = (
    "Here is a question and a candidate answer.\n\nQuestion: {q}\n\nCandidate answer: {a}\n\n"
    "Rate the answer from 1 to 10 for correctness and helpfulness and justify the score.",
    "You are grading submissions. Using the rubric (accuracy 0-4, clarity 0-3, completeness 0-3), "
    "grade this response.\n\nPrompt: {q}\n\nResponse: {a}",
    "Which is better, A or B? Explain briefly.\n\nPrompt: {q}\n\nA: {a}\n\nB: {b}",
    "Critique the following reply and give it a quality score out of 5.\n\nUser asked: {q}\n\n"
    "Reply: {a}",
    "Act as a strict reviewer. Does this answer fully address the request? Give a verdict "
    "(pass/fail) and a score.\n\nRequest: {q}\n\nAnswer: {a}",
)

# Multilingual sweep wrappers, one or two per language, written natively.
LANGUAGE_WRAPPERS: dict[str, tuple[str, ...]] = {
    "es": (
        "Explica con detalle qué es {c} y por qué es importante para los estudiantes.",
        "¿Cómo se aplica {c} en la práctica? Da un ejemplo completo.",
    ),
    "fr": (
        "Explique en détail ce qu'est {c} et pourquoi c'est important pour les étudiants.",
        "Comment utilise-t-on {c} dans la pratique ? Donne un exemple complet.",
    ),
    "de": (
        "Erkläre ausführlich, was {c} ist und warum es für Studierende wichtig ist.",
        "Wie wird {c} in der Praxis angewendet? Gib ein vollständiges Beispiel.",
    ),
    "pt": (
        "Explique em detalhe o que é {c} e por que isso é importante para os estudantes.",
        "Como se aplica {c} na prática? Dê um exemplo completo.",
    ),
    "it": (
        "Spiega nel dettaglio che cosa è {c} e perché è importante per gli studenti.",
        "Come si applica {c} nella pratica? Fai un esempio completo.",
    ),
    "nl": ("Leg uitgebreid uit wat {c} is en waarom het belangrijk is voor studenten.",),
    "tr": ("{c} nedir ve öğrenciler için neden önemlidir? Ayrıntılı olarak açıkla.",),
    "id": ("Jelaskan secara rinci apa itu {c} dan mengapa itu penting bagi mahasiswa.",),
    "vi": ("Hãy giải thích chi tiết {c} là gì và tại sao nó quan trọng đối với sinh viên.",),
    "pl": ("Wyjaśnij szczegółowo, czym jest {c} i dlaczego jest to ważne dla studentów.",),
    "ru": (
        "Подробно объясни, что такое {c} и почему это важно для студентов.",
        "Как {c} применяется на практике? Приведи полный пример.",
    ),
    "zh": (
        "请详细解释什么是{c}，以及它为什么对学生很重要。",
        "{c}在实践中如何应用？请给出完整的例子。",
    ),
    "ja": ("{c}とは何か、なぜ学生にとって重要なのかを詳しく説明してください。",),
    "ko": ("{c}이란 무엇이며 학생들에게 왜 중요한지 자세히 설명해 주세요.",),
    "ar": ("اشرح بالتفصيل ما هو {c} ولماذا هو مهم للطلاب.",),
    "hi": ("विस्तार से समझाइए कि {c} क्या है और यह छात्रों के लिए क्यों महत्वपूर्ण है।",),
    "th": ("อธิบายอย่างละเอียดว่า {c} คืออะไร และทำไมจึงสำคัญสำหรับนักศึกษา",),
    "sw": ("Eleza kwa kina {c} ni nini na kwa nini ni muhimu kwa wanafunzi.",),
}


def curriculum_question(rng: random.Random) -> tuple[str, str]:
    """A (subject, question) pair from the sweep curriculum."""
    subject = rng.choice(tuple(SUBJECTS))
    concept = rng.choice(SUBJECTS[subject])
    return subject, rng.choice(QUESTION_FRAMES).format(concept=concept, subject=subject)


def math_problem(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    item = rng.choice(ITEMS)
    a, b, c = rng.randint(3, 90), rng.randint(2, 40), rng.randint(2, 9)
    return rng.choice(
        (
            f"{name} has {a} {item}. She buys {b} more and then gives away a {c}th of all of them. "
            f"How many {item} does she have left?",
            f"A shop sells {item} at {c} dollars each. {name} spends {a * c} dollars and returns "
            f"{b % a + 1} of them. How many {item} does {name} keep?",
            f"If {a} workers finish a job in {b} days, how many days do {a + c} workers need?",
            f"What is the remainder when {a}^{b} is divided by {c + 2}?",
            f"Find all real x with {a}x^2 - {b}x + {c} = 0.",
        )
    )


def code_task(rng: random.Random) -> str:
    return f"Write a {rng.choice(LANGUAGES_CODE)} function that {rng.choice(CODE_TASKS)}."


def harvest_question(rng: random.Random, natural: list[str] | None = None) -> str:
    """One dataset item a harvester wants answered: curriculum, math, code or natural data."""
    roll = rng.random()
    if natural and roll < 0.3:
        return rng.choice(natural)
    if roll < 0.6:
        return curriculum_question(rng)[1]
    if roll < 0.8:
        return math_problem(rng)
    return code_task(rng)


def concept(rng: random.Random) -> str:
    return rng.choice(SUBJECTS[rng.choice(tuple(SUBJECTS))])


def paraphrase(rng: random.Random, text: str) -> str:
    """A light rewording an operator might get from a paraphrasing model: no stable frame."""
    openers = (
        "",
        "Quick one: ",
        "Hi! ",
        "I've been wondering. ",
        "For my notes, ",
        "Could you help me understand something? ",
        "Hey, ",
        "So ",
    )
    closers = (
        "",
        " Thanks!",
        " Keep it clear.",
        " Cheers.",
        " Examples help.",
        " No rush.",
        " Be concise but complete.",
        " I'm a bit stuck.",
    )
    return f"{rng.choice(openers)}{text}{rng.choice(closers)}"
