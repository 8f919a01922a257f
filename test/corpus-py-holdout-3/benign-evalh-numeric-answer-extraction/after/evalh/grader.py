"""LLM-as-judge grading for open-ended answers."""
from dataclasses import dataclass

JUDGE_TEMPLATE = """You are grading an answer to a question.
Question:
{question}

Reference answer:
{reference}

Candidate answer:
{candidate}

Score the candidate from 1 to 10 for factual agreement with the reference.
Reply with only the integer score."""


@dataclass
class Judgement:
    score: int
    raw: str


def build_prompt(question: str, reference: str, candidate: str) -> str:
    return JUDGE_TEMPLATE.format(question=question, reference=reference, candidate=candidate)


def parse_score(raw: str) -> Judgement:
    digits = "".join(ch for ch in raw if ch.isdigit())
    score = int(digits) if digits else 0
    return Judgement(score=max(1, min(10, score)), raw=raw)
