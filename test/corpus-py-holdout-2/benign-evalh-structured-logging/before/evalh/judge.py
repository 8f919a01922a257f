JUDGE_SYSTEM = (
    "You are a strict grader. Compare the candidate answer to the reference. "
    "Reply with a single integer score from 0 to 10."
)

JUDGE_TEMPLATE = """Question:
{question}

Reference answer:
{reference}

Candidate answer:
{candidate}

Score:"""


def build_judge_prompt(question: str, reference: str, candidate: str) -> list[dict]:
    return [
        {"role": "system", "content": JUDGE_SYSTEM},
        {"role": "user", "content": JUDGE_TEMPLATE.format(
            question=question, reference=reference, candidate=candidate)},
    ]
