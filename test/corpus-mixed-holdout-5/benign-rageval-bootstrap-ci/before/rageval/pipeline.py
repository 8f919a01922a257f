from openai import OpenAI

from rageval.retriever import retrieve

client = OpenAI()

SYSTEM_PROMPT = """You answer questions about our product documentation using only the provided context passages.
Answer with a short phrase, not a full sentence.
If the context does not contain the answer, reply exactly: unknown"""


def build_messages(question: str, passages: list[str]) -> list[dict]:
    context = "\n\n".join(f"[{i + 1}] {p}" for i, p in enumerate(passages))
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
    ]


def answer_question(question: str, model: str = "gpt-4o-mini") -> str:
    passages = retrieve(question, k=5)
    resp = client.chat.completions.create(
        model=model, messages=build_messages(question, passages), temperature=0
    )
    return resp.choices[0].message.content.strip()
