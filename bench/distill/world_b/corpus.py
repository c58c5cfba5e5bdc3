"""Text banks and prompt builders for world B.

Everything here is a pure function of a random.Random passed in, so the world stays
deterministic per seed. Nothing is copied from any other simulator in the repository.
"""

from __future__ import annotations

import random

# --------------------------------------------------------------------------- vocabulary

LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "SQL", "Bash", "C++", "Ruby", "PHP"]
FRAMEWORKS = ["Django", "FastAPI", "React", "Next.js", "Spring Boot", "Flask", "pandas", "PyTorch",
              "Express", "Rails", "Laravel", "SvelteKit", "Terraform", "Kubernetes", "Airflow", "dbt"]
ERRORS = ["KeyError: 'id'", "TypeError: 'NoneType' object is not subscriptable",
          "ECONNREFUSED 127.0.0.1:5432", "panic: runtime error: index out of range [3] with length 3",
          "java.lang.NullPointerException", "borrowed value does not live long enough",
          "Cannot read properties of undefined (reading 'map')", "ModuleNotFoundError: No module named 'torch'",
          "CUDA out of memory. Tried to allocate 2.00 GiB", "SSL: CERTIFICATE_VERIFY_FAILED",
          "deadlock detected", "413 Request Entity Too Large", "ValueError: could not convert string to float: ''",
          "error[E0382]: use of moved value", "Segmentation fault (core dumped)", "CORS policy: No 'Access-Control-Allow-Origin'"]
DEV_TASKS = ["paginate an API response", "debounce a search input", "parse a CSV with quoted commas",
             "retry a failed HTTP call with backoff", "hash passwords safely", "stream a large file to S3",
             "write a unit test for a function that calls the network", "read environment variables with defaults",
             "deduplicate rows by two columns", "schedule a job every 15 minutes", "validate an email address",
             "convert a timezone-aware datetime to UTC", "batch database inserts", "cache results with a TTL",
             "merge two sorted lists", "implement a rate limiter", "resize images in a background worker",
             "read a large JSON file lazily", "add structured logging", "handle graceful shutdown on SIGTERM",
             "set up a websocket connection", "write a migration that renames a column", "mock the current time in tests",
             "compute a moving average over a time series", "upload files with progress reporting"]
CONCEPT_PAIRS = [("a process", "a thread"), ("TCP", "UDP"), ("REST", "GraphQL"), ("an index", "a primary key"),
                 ("async/await", "threads"), ("a list", "a tuple"), ("L1", "L2 regularisation"),
                 ("precision", "recall"), ("Docker", "a virtual machine"), ("OAuth", "API keys"),
                 ("optimistic locking", "pessimistic locking"), ("a mutex", "a semaphore"),
                 ("batch norm", "layer norm"), ("supervised", "self-supervised learning"),
                 ("a stack", "a heap"), ("interfaces", "abstract classes"), ("Kafka", "RabbitMQ"),
                 ("row stores", "column stores"), ("git merge", "git rebase"), ("gRPC", "HTTP/JSON")]
SNIPPETS = {
    "Python": ["def load(path):\n    with open(path) as f:\n        data = json.load(f)\n    return data['items'][0]['id']",
               "for i in range(len(rows)):\n    if rows[i]['price'] > limit:\n        rows.remove(rows[i])",
               "df = pd.read_csv('sales.csv')\ndf['total'] = df['qty'] * df['price']\nprint(df.groupby('region').total.sum())",
               "async def fetch(session, url):\n    async with session.get(url) as r:\n        return await r.json()"],
    "TypeScript": ["const users = data.items.map(u => u.name);\nsetUsers(users);",
                   "export async function getPost(id: string) {\n  const res = await fetch(`/api/posts/${id}`);\n  return res.json();\n}",
                   "useEffect(() => {\n  load();\n}, [filters]);"],
    "Go": ["for i := 0; i <= len(xs); i++ {\n    total += xs[i]\n}",
           "func handler(w http.ResponseWriter, r *http.Request) {\n    var req Req\n    json.NewDecoder(r.Body).Decode(&req)\n}"],
    "Rust": ["let s = String::from(\"hi\");\nlet t = s;\nprintln!(\"{}\", s);",
             "fn longest(a: &str, b: &str) -> &str {\n    if a.len() > b.len() { a } else { b }\n}"],
    "Java": ["Map<String, Integer> counts = null;\ncounts.put(word, counts.getOrDefault(word, 0) + 1);"],
    "SQL": ["SELECT customer_id, SUM(amount)\nFROM orders\nWHERE created_at > now() - interval '30 days'\nGROUP BY 1\nHAVING SUM(amount) > 1000;"],
}
FIELDS = ["biology", "chemistry", "physics", "economics", "history", "psychology", "statistics", "linear algebra",
          "calculus", "computer networks", "operating systems", "databases", "machine learning", "philosophy",
          "sociology", "microeconomics", "organic chemistry", "genetics", "astronomy", "geology", "law",
          "marketing", "accounting", "political science", "linguistics", "thermodynamics", "electrical engineering"]
CONCEPTS = {
    "biology": ["cellular respiration", "mitosis vs meiosis", "the Krebs cycle", "natural selection", "CRISPR", "enzyme kinetics"],
    "chemistry": ["Le Chatelier's principle", "hybridisation", "buffer solutions", "redox reactions", "electronegativity"],
    "physics": ["the photoelectric effect", "angular momentum", "Maxwell's equations", "special relativity", "entropy"],
    "economics": ["inflation targeting", "comparative advantage", "the multiplier effect", "price elasticity", "moral hazard"],
    "history": ["the causes of World War I", "the fall of the Western Roman Empire", "the Meiji Restoration", "the Cold War", "the printing press"],
    "psychology": ["cognitive dissonance", "classical conditioning", "the bystander effect", "working memory"],
    "statistics": ["p-values", "Bayes' theorem", "the central limit theorem", "confidence intervals", "regression to the mean"],
    "linear algebra": ["eigenvalues", "the rank of a matrix", "orthogonal projections", "SVD", "change of basis"],
    "calculus": ["the chain rule", "integration by parts", "Taylor series", "limits at infinity", "the fundamental theorem of calculus"],
    "computer networks": ["the TCP handshake", "DNS resolution", "BGP", "subnetting", "congestion control"],
    "operating systems": ["virtual memory", "context switching", "deadlocks", "page replacement", "file system journaling"],
    "databases": ["normalisation", "MVCC", "B-tree indexes", "transaction isolation levels", "query planning"],
    "machine learning": ["gradient descent", "overfitting", "attention in transformers", "cross-validation", "the bias-variance trade-off"],
    "philosophy": ["the trolley problem", "Kant's categorical imperative", "utilitarianism", "the ship of Theseus"],
    "law": ["consideration in contract law", "mens rea", "the doctrine of precedent", "fair use"],
}
for _f in FIELDS:
    CONCEPTS.setdefault(_f, ["the core ideas of " + _f, "common misconceptions in " + _f, "the history of " + _f])

PRODUCTS = ["wireless earbuds", "standing desk", "running shoes", "espresso machine", "smart thermostat", "yoga mat",
            "backpack", "air purifier", "mechanical keyboard", "electric toothbrush", "robot vacuum", "water bottle",
            "office chair", "bluetooth speaker", "phone case", "monitor arm", "cast iron pan", "e-reader"]
REVIEW_OPEN = ["Honestly", "Bought this last month and", "Second one I've owned,", "After two weeks of use", "Gift for my dad -",
               "Not sure why the reviews are so good,", "Five stars.", "Returned it.", "Works as described but", "Wow."]
REVIEW_BODY = ["the battery barely lasts a day", "it is exactly what I needed", "the build quality feels cheap",
               "shipping took forever", "customer service replaced it without questions", "setup took five minutes",
               "it stopped working after a week", "it's quieter than I expected", "the app keeps disconnecting",
               "the colour is different from the photos", "I use it every single day", "way too expensive for what it is"]
CITIES = ["Lisbon", "Kyoto", "Mexico City", "Cape Town", "Vancouver", "Hanoi", "Istanbul", "Prague", "Seoul", "Buenos Aires",
          "Marrakech", "Reykjavik", "Bali", "Edinburgh", "Singapore", "Barcelona", "Chicago", "Nairobi"]
INGREDIENTS = ["chickpeas", "spinach", "leftover rice", "eggs", "feta", "chicken thighs", "tofu", "mushrooms", "lentils",
               "sweet potatoes", "salmon", "canned tomatoes", "coconut milk", "broccoli", "ground beef", "halloumi"]
NAMES_FIRST = ["Alex", "Priya", "Jonas", "Mei", "Carlos", "Fatima", "Liam", "Yuki", "Olga", "Kwame", "Sara", "Tomás",
               "Aisha", "Noah", "Ines", "Raj", "Hana", "Mateo", "Chloé", "Dmitri", "Lucía", "Emeka", "Sofia", "Jin"]
NAMES_LAST = ["Kim", "Patel", "Müller", "Silva", "Nguyen", "Okafor", "García", "Smith", "Rossi", "Tanaka", "Kowalski",
              "Haddad", "Johansson", "Dubois", "Singh", "Cohen", "Yilmaz", "Novak", "Fernandes", "Ito", "Brown", "Mensah"]
TARGET_LANGS = ["Spanish", "German", "French", "Japanese", "Portuguese (Brazil)", "Italian", "Korean", "Dutch",
                "Polish", "Turkish", "Indonesian", "Vietnamese", "Arabic", "Hindi", "Swedish"]
TONES = ["friendly", "formal", "concise", "empathetic", "persuasive", "neutral"]
ROLES = ["a customer", "my manager", "the landlord", "a recruiter", "a vendor", "our legal team", "a new hire", "a professor"]
ISSUES = ["a delayed shipment", "a billing error", "rescheduling a meeting", "a missed deadline", "a contract renewal",
          "a refund request", "onboarding next week", "a security incident", "a price increase", "a job offer"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def person_name(rng: random.Random) -> str:
    return f"{pick(rng, NAMES_FIRST)} {pick(rng, NAMES_LAST)}"


def sentence(rng: random.Random) -> str:
    subj = pick(rng, ["The team", "Our customer", "The vendor", "Finance", "The pilot project", "Support", "Engineering",
                      "The Q3 roadmap", "The new onboarding flow", "Marketing", "The warehouse", "Legal"])
    verb = pick(rng, ["flagged", "approved", "postponed", "reviewed", "escalated", "shipped", "rejected", "updated",
                      "asked about", "signed off on", "reported problems with", "proposed changes to"])
    obj = pick(rng, ["the migration plan", "the invoice from March", "the hiring budget", "the SLA terms", "the API rate limits",
                     "the new pricing page", "the release checklist", "the data retention policy", "the holiday schedule",
                     "the dashboard redesign", "the vendor contract", "the incident report", "the Q4 forecast"])
    tail = pick(rng, ["", " last week", " on Tuesday", " after the standup", " without telling anyone", " ahead of schedule",
                      " pending a second review", " because of the outage"])
    return f"{subj} {verb} {obj}{tail}."


def paragraph(rng: random.Random, n: int | None = None) -> str:
    n = n or rng.randint(2, 6)
    return " ".join(sentence(rng) for _ in range(n))


def review(rng: random.Random) -> str:
    return f"{pick(rng, REVIEW_OPEN)} {pick(rng, REVIEW_BODY)}. The {pick(rng, PRODUCTS)} {pick(rng, ['is fine', 'is great', 'is a letdown', 'does the job', 'is overpriced'])}."


def concept(rng: random.Random) -> tuple[str, str]:
    f = pick(rng, FIELDS)
    return f, pick(rng, CONCEPTS[f])


def casual(rng: random.Random, text: str) -> str:
    """Human noise: lower case, missing punctuation, filler."""
    r = rng.random()
    if r < 0.3:
        text = text[0].lower() + text[1:]
    if rng.random() < 0.25:
        text = text.rstrip("?.") + pick(rng, ["", "??", " pls", " thanks!", " thx", " :)"])
    if rng.random() < 0.15:
        text = pick(rng, ["hey, ", "quick question: ", "ok so ", "hi! ", "sorry if this is dumb but "]) + text
    return text


# --------------------------------------------------------------------------- benign prompts

def dev_prompt(rng: random.Random) -> str:
    r = rng.random()
    lang = pick(rng, LANGS)
    if r < 0.3:
        snip_lang = pick(rng, list(SNIPPETS))
        return casual(rng, f"Why do I get `{pick(rng, ERRORS)}` here?\n\n```{snip_lang.lower()}\n{pick(rng, SNIPPETS[snip_lang])}\n```")
    if r < 0.55:
        return casual(rng, f"How do I {pick(rng, DEV_TASKS)} in {lang}{pick(rng, ['', ' with ' + pick(rng, FRAMEWORKS)])}?")
    if r < 0.7:
        a, b = pick(rng, CONCEPT_PAIRS)
        return casual(rng, f"What's the difference between {a} and {b}{pick(rng, ['', ' in practice', ', and when should I use which'])}?")
    if r < 0.85:
        snip_lang = pick(rng, list(SNIPPETS))
        return f"{pick(rng, ['Refactor', 'Review', 'Add type hints to', 'Write tests for', 'Explain'])} this:\n```\n{pick(rng, SNIPPETS[snip_lang])}\n```"
    return casual(rng, f"Write a {lang} script that {pick(rng, DEV_TASKS)}{pick(rng, ['', '. Keep it short', '. No external dependencies'])}")


def dev_followup(rng: random.Random) -> str:
    return pick(rng, ["that didn't work, same error", "can you make it async?", "what about edge cases?", "ok and how do I test it",
                      "thanks. now how do I deploy this", "why did you use a dict there?", "shorter please",
                      "I'm on Python 3.9, does that matter?", "it works now, thanks!", "explain the second part again",
                      "now I get a different error: " + pick(rng, ERRORS)])


def student_prompt(rng: random.Random) -> str:
    f, c = concept(rng)
    r = rng.random()
    if r < 0.35:
        return casual(rng, f"Can you explain {c} in simple terms? It's for my {f} class")
    if r < 0.55:
        a, b, x = rng.randint(2, 19), rng.randint(3, 40), rng.randint(2, 9)
        return casual(rng, f"Solve for x: {a}x + {b} = {a * x + b}. Show steps")
    if r < 0.75:
        return casual(rng, f"Give me an outline for a {rng.choice([500, 800, 1000, 1500])}-word essay on {c}")
    if r < 0.9:
        return casual(rng, f"Make 5 flashcards about {c}")
    return casual(rng, f"Is this right? {c} is basically when {pick(rng, REVIEW_BODY)}")


def chat_prompt(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return casual(rng, f"What can I cook with {pick(rng, INGREDIENTS)}, {pick(rng, INGREDIENTS)} and {pick(rng, INGREDIENTS)}?")
    if r < 0.3:
        return casual(rng, f"Plan a {rng.randint(2, 7)}-day trip to {pick(rng, CITIES)} on a budget")
    if r < 0.42:
        return casual(rng, f"Write a {pick(rng, TONES)} message to {pick(rng, ROLES)} about {pick(rng, ISSUES)}")
    if r < 0.52:
        return casual(rng, f"Tell me a joke about {pick(rng, ['cats', 'programmers', 'accountants', 'mondays', 'coffee', 'penguins'])}")
    if r < 0.64:
        return casual(rng, f"I feel {pick(rng, ['stressed', 'unmotivated', 'anxious', 'stuck', 'tired'])} about {pick(rng, ['work', 'my exams', 'moving', 'my startup', 'a breakup'])}. Any advice?")
    if r < 0.76:
        return casual(rng, f"Give me a {rng.randint(3, 6)}-day workout plan for {pick(rng, ['beginners', 'someone with bad knees', 'building strength', 'running a 10k'])}")
    if r < 0.88:
        f, c = concept(rng)
        return casual(rng, f"what is {c}")
    return casual(rng, f"Recommend {pick(rng, ['books', 'podcasts', 'movies', 'board games'])} like {pick(rng, ['Dune', 'Serial', 'Arrival', 'Catan', 'Sapiens', 'The Office'])}")


def chat_followup(rng: random.Random) -> str:
    return pick(rng, ["more ideas", "shorter", "can you make it funnier", "what about vegetarian?", "in spanish please",
                      "thanks!!", "why?", "ok but cheaper", "hmm not quite, try again", "can you put that in a table"])


def enterprise_prompt(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        notes = "\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(4, 10)))
        return f"Summarize these meeting notes into decisions and action items with owners:\n\n{notes}"
    if r < 0.5:
        return f"Draft a {pick(rng, TONES)} email to {pick(rng, ROLES)} regarding {pick(rng, ISSUES)}. Context: {paragraph(rng, 2)}"
    if r < 0.65:
        return (f"Write a SQL query against tables orders(id, customer_id, amount, created_at) and customers(id, region, tier) "
                f"that returns {pick(rng, ['monthly revenue by region', 'the top 10 customers by spend this quarter', 'churned customers', 'average order value by tier'])}.")
    if r < 0.8:
        return f"Rewrite this for an executive audience, max 5 bullet points:\n\n{paragraph(rng, rng.randint(4, 8))}"
    if r < 0.9:
        return f"Extract all dates, amounts and parties from this contract clause as JSON:\n\n{paragraph(rng, 3)} The fee of ${rng.randint(1, 90) * 1000:,} is due on {rng.randint(1, 28)} {pick(rng, ['January', 'March', 'June', 'September'])} 2027."
    return f"Create a job description for a {pick(rng, ['Senior Data Engineer', 'Product Designer', 'Account Executive', 'SRE', 'Finance Analyst'])} in our {pick(rng, ['Berlin', 'Austin', 'Bangalore', 'London', 'remote'])} team."


SUPPORT_APPS = [
    ("ShopLane", "an online fashion retailer", "orders, returns and sizing"),
    ("Parcelio", "a parcel delivery company", "tracking, redelivery and lost parcels"),
    ("FinNest", "a budgeting app", "accounts, bank sync and subscriptions"),
    ("Clinicly", "a clinic booking platform", "appointments, cancellations and insurance questions"),
    ("GymPass+", "a gym membership network", "memberships, freezes and class bookings"),
    ("Homely", "a home-cleaning marketplace", "bookings, cleaners and payments"),
    ("TuneBox", "a music streaming service", "plans, offline downloads and family accounts"),
    ("CodeCamp Online", "a coding bootcamp", "course access, certificates and refunds"),
]


def support_system(rng: random.Random, app) -> str:
    name, what, scope = app
    return (f"You are the support assistant for {name}, {what}. Help customers with {scope}. Be {pick(rng, TONES)} and brief. "
            f"Never promise refunds above policy; escalate to a human when the customer is angry. Today's date is provided by the system.")


def support_ticket(rng: random.Random) -> str:
    return casual(rng, pick(rng, [
        f"My order #{rng.randint(100000, 999999)} still hasn't arrived, it's been {rng.randint(3, 20)} days",
        f"I was charged twice on {rng.randint(1, 28)}/{rng.randint(1, 12)}, please fix",
        "how do I cancel my subscription", "the app logs me out every time I open it",
        f"can I change my appointment to {pick(rng, ['monday', 'tomorrow', 'next week', 'friday afternoon'])}",
        f"The {pick(rng, PRODUCTS)} I got is broken", "Do you ship to Canada?", "I forgot my password and the reset email never comes",
        "what's your refund policy", f"is there a student discount? I'm at {pick(rng, ['UCL', 'TU Munich', 'UBC', 'NUS', 'Monash'])}"]))


DS_TASKS = [
    ("Classify the sentiment of the following product review as positive, negative or neutral. Reply with one word.\n\nReview: ", review),
    ("Extract the product name and the main complaint from this review as JSON with keys product and complaint.\n\n", review),
    ("Assign one category (billing, shipping, account, product, other) to this support message:\n\n", support_ticket),
    ("Rewrite this sentence in plain English:\n\n", sentence),
]


def ds_prompt(rng: random.Random, task_idx: int) -> str:
    head, body = DS_TASKS[task_idx]
    return head + body(rng)


# --------------------------------------------------------------------------- hard negatives

COURSES = [
    ("CS 182 Intro to Machine Learning", ["Problem Set 3, Q2: derive the gradient of the logistic loss with respect to w",
                                          "PS3 Q4: why does L2 regularisation shrink weights but L1 gives sparse solutions",
                                          "PS4: implement k-means in numpy, my centroids become NaN",
                                          "Lab 5: explain what the confusion matrix tells us about class imbalance",
                                          "Midterm review: what is the kernel trick in an SVM"]),
    ("ECON 201 Intermediate Microeconomics", ["Problem set 2: derive the Marshallian demand for Cobb-Douglas utility u = x^a y^(1-a)",
                                              "Why is the deadweight loss of a tax a triangle",
                                              "Explain the Slutsky equation with an example",
                                              "PS3: Cournot duopoly with cost c and demand P = a - bQ, find the equilibrium"]),
    ("BIO 110 Cell Biology", ["Assignment 4: compare the electron transport chain and photosynthesis light reactions",
                              "Lab report: how do I describe the results of a gel electrophoresis",
                              "Why does the sodium-potassium pump need ATP",
                              "Explain the stages of mitosis for the quiz"]),
]


def campus_prompt(rng: random.Random, course_idx: int) -> str:
    name, qs = COURSES[course_idx]
    q = pick(rng, qs)
    r = rng.random()
    if r < 0.4:
        return q
    if r < 0.7:
        return casual(rng, f"for {name.split(' ')[0]} {name.split(' ')[1]}: {q}")
    return casual(rng, f"{q}. I tried {pick(rng, ['following the lecture notes', 'the textbook approach', 'working it out', 'asking a friend'])} but {pick(rng, ['got stuck', 'my answer differs from the key', 'I do not get the intuition'])}")


def _bench_items():
    """A fixed public-style benchmark: identical for every seed (it is 'published')."""
    r = random.Random("worldb-benchmark-v1")
    items = []
    for i in range(240):
        f, c = concept(r)
        opts = [f"{c} {pick(r, ['increases', 'decreases', 'does not affect', 'doubles'])} {pick(r, ['the rate', 'the output', 'stability', 'variance'])}" for _ in range(4)]
        items.append(("mcq", f"The following is a multiple choice question about {f}.\n\nQuestion {i + 1}: Which statement about {c} is correct?\n"
                             f"A. {opts[0]}\nB. {opts[1]}\nC. {opts[2]}\nD. {opts[3]}\nAnswer:"))
    for i in range(160):
        a, b, c = r.randint(3, 60), r.randint(2, 12), r.randint(2, 9)
        who = pick(r, NAMES_FIRST)
        items.append(("math", f"Q: {who} buys {a} {pick(r, ['apples', 'pencils', 'stickers', 'tickets'])} at ${b} each and gets a discount of ${c} per {pick(r, ['bag', 'order'])} of 10. How much does {who} pay in total?\nA: Let's think step by step."))
    return items


BENCHMARK = _bench_items()


def eval_prompt(rng: random.Random, idx: int, style: int) -> tuple[list[dict], int]:
    kind, text = BENCHMARK[idx % len(BENCHMARK)]
    if style == 0:
        msgs = [{"role": "user", "content": text}]
    elif style == 1:
        msgs = [{"role": "system", "content": "You are a helpful assistant. Answer the question."}, {"role": "user", "content": text}]
    else:
        msgs = [{"role": "user", "content": text + ("\nAnswer with only the letter." if kind == "mcq" else "\nEnd with 'The answer is N'.")}]
    out = rng.randint(1, 4) if kind == "mcq" and style == 2 else (rng.randint(20, 120) if kind == "mcq" else rng.randint(60, 260))
    return msgs, out


def answer_text(rng: random.Random) -> str:
    f, c = concept(rng)
    return f"{c.capitalize()} is a key idea in {f}. " + paragraph(rng, rng.randint(1, 3))


def judge_prompt(rng: random.Random, template: int) -> str:
    f, c = concept(rng)
    q = f"Explain {c} to a {pick(rng, ['high-school student', 'graduate student', 'manager', 'child'])}."
    if template == 0:
        return ("Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user "
                "question displayed below. Consider helpfulness, relevance, accuracy, depth and level of detail. Begin with a short "
                "explanation, then output your rating strictly as [[rating]] on a scale of 1 to 10.\n\n"
                f"[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{answer_text(rng)}\n[The End of Assistant's Answer]")
    if template == 1:
        return ("You are comparing two responses to the same instruction. Output 'A', 'B' or 'tie' on the first line, then one sentence of justification.\n\n"
                f"Instruction: {q}\n\nResponse A: {answer_text(rng)}\n\nResponse B: {answer_text(rng)}")
    return (f"Grade the student's answer against the reference. Return JSON {{\"score\": 0-5, \"reason\": str}}.\n\nQuestion: {q}\n"
            f"Reference: {answer_text(rng)}\nStudent answer: {answer_text(rng)}")


def source_text(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        p = pick(rng, PRODUCTS)
        return f"Meet the new {p}. {pick(rng, ['Designed for everyday use', 'Built to last', 'Lighter than ever'])}, it {pick(rng, ['charges in under an hour', 'fits in any bag', 'comes with a two-year warranty', 'is made from recycled materials'])}. Order today and get free shipping."
    if r < 0.7:
        return f"To reset your password, open Settings > Account and tap '{pick(rng, ['Forgot password', 'Security', 'Reset'])}'. " + paragraph(rng, rng.randint(1, 3))
    return paragraph(rng, rng.randint(1, 4))


def translate_prompt(rng: random.Random, lang: str, template: int) -> str:
    t = source_text(rng)
    if template == 0:
        return f"Translate the following text from English to {lang}. Keep formatting, do not add explanations.\n\n{t}"
    return f"<source lang=\"en\" target=\"{lang}\">\n{t}\n</source>\nReturn only the translation."


FEWSHOT_TASKS = [
    ("Convert the user's request into a shipping-label intent. Respond with JSON only.",
     lambda r: f"Ship {r.randint(1, 9)} {pick(r, PRODUCTS)}s to {pick(r, CITIES)} by {pick(r, ['Friday', 'tomorrow', 'next week'])}",
     lambda r: f'{{"qty": {r.randint(1, 9)}, "dest": "{pick(r, CITIES)}", "priority": "{pick(r, ["standard", "express"])}"}}'),
    ("Classify the support ticket into exactly one of: billing, shipping, account, product, other.",
     support_ticket, lambda r: pick(r, ["billing", "shipping", "account", "product", "other"])),
    ("Normalise the company name to its legal form and country. Respond as 'NAME | COUNTRY'.",
     lambda r: f"{pick(r, ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark'])} {pick(r, ['inc', 'gmbh', 'ltd', 'sa', 'bv'])}",
     lambda r: f"{pick(r, ['Acme Inc.', 'Globex GmbH', 'Initech Ltd'])} | {pick(r, ['US', 'DE', 'GB'])}"),
]


def fewshot_messages(rng: random.Random, task_idx: int, shots: int, fixed_seed: str) -> list[dict]:
    inst, gen_in, gen_out = FEWSHOT_TASKS[task_idx]
    fr = random.Random(fixed_seed)  # the fixed part of the prompt never changes for this client
    examples = "\n\n".join(f"Input: {gen_in(fr)}\nOutput: {gen_out(fr)}" for _ in range(shots))
    return [{"role": "system", "content": f"{inst}\n\nExamples:\n\n{examples}"},
            {"role": "user", "content": f"Input: {gen_in(rng)}\nOutput:"}]


TOOLS = ["search_web", "read_file", "run_python", "list_directory", "http_get", "query_database", "write_file", "get_weather"]


def agent_task(rng: random.Random) -> str:
    return pick(rng, [f"Find the three most recent releases of {pick(rng, FRAMEWORKS)} and summarise breaking changes",
                      f"The test suite fails with {pick(rng, ERRORS)}; find the cause and fix it",
                      f"Build a CSV of weather in {pick(rng, CITIES)}, {pick(rng, CITIES)} and {pick(rng, CITIES)} for next week",
                      "Count the orders per region in the analytics database and plot them",
                      f"Refactor src/{pick(rng, ['billing', 'auth', 'search', 'export'])}.py to remove the global state",
                      "Read the README and set up the project locally, then run the tests"])


def tool_call(rng: random.Random, step: int) -> tuple[str, str]:
    t = pick(rng, TOOLS)
    arg = pick(rng, ['"src/main.py"', '"SELECT region, count(*) FROM orders GROUP BY 1"', '"https://api.example.com/v2/items"',
                     f'"{pick(rng, FRAMEWORKS)} changelog"', '"."', '"import pandas as pd; print(pd.__version__)"'])
    call = f'{{"tool_calls": [{{"id": "call_{rng.getrandbits(40):010x}", "type": "function", "function": {{"name": "{t}", "arguments": "{{\\"input\\": {arg.replace(chr(34), chr(92) + chr(34))}}}"}}}}]}}'
    result = pick(rng, [f"exit code 0\n{rng.randint(3, 200)} passed, {rng.randint(0, 3)} failed",
                        f"[{{\"region\": \"EU\", \"count\": {rng.randint(100, 9000)}}}, {{\"region\": \"US\", \"count\": {rng.randint(100, 9000)}}}]",
                        paragraph(rng, 2), "README.md\nsrc/\ntests/\npyproject.toml", f"HTTP 200 {{\"items\": [], \"next\": null, \"total\": {rng.randint(0, 50)}}}"])
    return call, result


# --------------------------------------------------------------------------- campaign corpora

TAXONOMY = {
    "Mathematics": ["number theory", "combinatorics", "real analysis", "abstract algebra", "probability", "topology",
                    "differential equations", "graph theory", "numerical methods", "geometry"],
    "Computer science": ["algorithms", "compilers", "distributed systems", "cryptography", "operating systems",
                         "computer architecture", "databases", "networking", "formal languages", "computer graphics"],
    "Medicine": ["cardiology", "pharmacology", "immunology", "neurology", "endocrinology", "infectious disease",
                 "oncology", "paediatrics", "emergency medicine", "radiology"],
    "Law": ["contract law", "tort law", "constitutional law", "criminal procedure", "intellectual property",
            "corporate law", "international law", "evidence", "administrative law", "tax law"],
    "Finance": ["corporate finance", "derivatives", "portfolio theory", "fixed income", "accounting standards",
                "risk management", "valuation", "behavioural finance", "banking regulation", "private equity"],
    "Physics": ["classical mechanics", "electromagnetism", "quantum mechanics", "statistical mechanics", "optics",
                "fluid dynamics", "condensed matter", "nuclear physics", "general relativity", "acoustics"],
    "Chemistry": ["organic synthesis", "spectroscopy", "electrochemistry", "polymer chemistry", "catalysis",
                  "chemical kinetics", "inorganic chemistry", "analytical chemistry", "biochemistry", "thermochemistry"],
    "Software engineering": ["testing strategy", "code review", "API design", "observability", "CI/CD",
                             "refactoring", "security engineering", "performance tuning", "data modelling", "incident response"],
}
FACETS = ["core definitions", "key theorems and results", "worked examples", "common mistakes", "historical development",
          "advanced techniques", "real-world applications", "open problems", "exam-style questions with solutions",
          "comparison with related areas"]
LEVELS = ["introductory", "undergraduate", "graduate", "expert"]


def sweep_units() -> list[tuple[str, str, str]]:
    return [(t, s, f) for t, subs in TAXONOMY.items() for s in subs for f in FACETS]


def seed_instruction(rng: random.Random) -> str:
    """One item of a harvesting corpus: instruction-tuning style, broad coverage."""
    r = rng.random()
    t = pick(rng, list(TAXONOMY))
    s = pick(rng, TAXONOMY[t])
    if r < 0.25:
        return f"Explain {pick(rng, FACETS)} of {s} in {t.lower()}, with examples."
    if r < 0.45:
        return f"Write a {pick(rng, LANGS)} program that {pick(rng, DEV_TASKS)}. Include comments and tests."
    if r < 0.6:
        a, b = pick(rng, CONCEPT_PAIRS)
        return f"Compare {a} and {b}: definitions, trade-offs, and when to use each."
    if r < 0.75:
        f, c = concept(rng)
        return f"Write a {pick(rng, LEVELS)} tutorial on {c} ({f})."
    if r < 0.88:
        return f"Write a {pick(rng, TONES)} {pick(rng, ['email', 'blog post', 'press release', 'cover letter', 'product description'])} about {pick(rng, ISSUES + PRODUCTS)}."
    return f"Answer as an expert in {s}: {pick(rng, ['what are the most important open questions', 'what should a beginner learn first', 'what are common misconceptions', 'how has the field changed in the last decade'])}?"


HYDRA_WRAPPERS = [
    "### Instruction:\n{q}\n\n### Requirements:\n- Be comprehensive and accurate\n- Use markdown headings\n- At least 800 words",
    "{q}\n\nPlease give a complete, well-structured, detailed answer.",
    "Task: {q}\nFormat: detailed answer with sections, examples, and a summary.",
    "You are a world-class expert. {q} Be thorough; do not omit details.",
    "{q}",
    "Q: {q}\nA (detailed, step by step):",
]


def cot_problem(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        a, b, m = rng.randint(2, 99), rng.randint(2, 999), rng.choice([7, 11, 13, 17, 19, 23, 29, 31])
        return f"Find all integers x with 0 <= x < {m * rng.randint(2, 6)} such that {a}x ≡ {b} (mod {m})."
    if r < 0.5:
        n, k = rng.randint(6, 15), rng.randint(2, 5)
        return f"How many ways can {n} distinct books be placed on {k} distinct shelves so that every shelf holds at least one book?"
    if r < 0.65:
        w = [rng.randint(1, 30) for _ in range(rng.randint(5, 9))]
        return f"Given the array {w}, find the maximum sum of a subarray of length at most {rng.randint(2, 4)} and prove the algorithm is correct."
    if r < 0.8:
        p, q = rng.randint(2, 9), rng.randint(2, 9)
        return f"A bag contains {p} red and {q} blue balls. Three are drawn without replacement. What is the probability that exactly two are red, given at least one is blue?"
    if r < 0.9:
        names = rng.sample(NAMES_FIRST, 4)
        return (f"{names[0]}, {names[1]}, {names[2]} and {names[3]} each own a different pet (cat, dog, parrot, fish). "
                f"{names[0]} does not own the dog. {names[1]} owns the parrot or the fish. {names[2]} owns neither the cat nor the fish. "
                f"{names[3]} owns the {pick(rng, ['cat', 'fish'])}. Who owns which pet?")
    x = rng.randint(2, 9)
    return f"Evaluate the integral of x^{x} * e^(-{rng.randint(1, 4)}x) from 0 to infinity, and justify each step."


COT_WRAPPERS = [
    "Solve the following problem. Think step by step and write out your complete reasoning in full detail, including every intermediate calculation and any dead ends you consider. Then verify the result and give the final answer after 'Final answer:'.\n\nProblem: {p}",
    "{p}\n\nShow your full chain of thought before answering. Do not skip steps. Double-check your work at the end.",
    "Please reason through this carefully, out loud, step by step. I want to see all of your thinking, not just the answer.\n\n{p}",
    "<problem>{p}</problem>\n<instructions>Produce a long, detailed reasoning trace inside <thinking> tags, then the answer inside <answer> tags.</instructions>",
]

SLOW_TEMPLATES = [
    "hi, could you explain {f} of {s} in depth? i'm trying to really understand it",
    "I'm studying {s} ({t}). Can you walk me through {f}, as thoroughly as you can?",
    "What are the {f} in {s}? Please be detailed.",
    "Could you write me a complete guide to {s}, focusing on {f}?",
    "{s}: {f}. Explain like a {lvl} textbook would.",
    "Teach me {s} — specifically {f}. Go deep.",
]

SWEEP_TEMPLATES = [
    "Write a comprehensive, textbook-quality section on \"{f}\" for the topic {t} > {s}. Audience: {lvl}. Include definitions, worked examples, and 5 practice questions with full solutions.",
    "[{t} / {s} / {f}] Produce an exhaustive {lvl}-level explanation. Structure: Overview, Details, Examples, Pitfalls, Exercises (with answers).",
]

SYNTH_TASK_TYPES = ["question-answer pairs", "multi-turn customer support dialogues", "coding exercises with reference solutions",
                    "math word problems with worked solutions", "instruction-response pairs", "summaries of fictional articles",
                    "product Q&A pairs", "short stories with a moral"]


def synth_prompt(rng: random.Random, product: str) -> list[dict]:
    r = rng.random()
    if r < 0.55:
        k = rng.choice([3, 5, 5, 8, 10])
        t = pick(rng, list(TAXONOMY))
        s = pick(rng, TAXONOMY[t])
        return [{"role": "system", "content": f"You are the content engine for {product}. Output valid JSON only."},
                {"role": "user", "content": f"Generate {k} diverse {pick(rng, SYNTH_TASK_TYPES)} about {s} ({t.lower()}). Difficulty: {pick(rng, LEVELS)}. "
                                            f"Return a JSON list of objects with keys \"instruction\", \"input\", \"output\". Each output must be detailed (150+ words). Do not repeat earlier examples."}]
    if r < 0.8:
        return [{"role": "system", "content": f"You are the content engine for {product}."},
                {"role": "user", "content": "I want you to act as a prompt rewriter. Rewrite the #Given Prompt# into a more complex version by "
                                            f"{pick(rng, ['adding constraints', 'requiring multi-step reasoning', 'making it more specific', 'deepening the inquiry'])}. "
                                            f"Then answer the rewritten prompt in full.\n\n#Given Prompt#:\n{seed_instruction(rng)}"}]
    persona = f"a {pick(rng, ['retired nurse', 'teenage gamer', 'small-business owner', 'PhD student', 'farmer', 'paralegal'])} from {pick(rng, CITIES)}"
    return [{"role": "system", "content": f"You are the content engine for {product}."},
            {"role": "user", "content": f"Persona: {persona}.\nWrite a realistic question this persona might ask an AI assistant about {pick(rng, FIELDS)}, then write an ideal, detailed assistant response. Label them USER: and ASSISTANT:."}]


def harvest_question(rng: random.Random) -> str:
    """Questions that look like ordinary users' (as scraped from public chat logs), used by proxy rotators."""
    r = rng.random()
    if r < 0.3:
        q = chat_prompt(rng)
    elif r < 0.55:
        q = dev_prompt(rng)
    elif r < 0.75:
        q = student_prompt(rng)
    else:
        q = seed_instruction(rng)
    return q
