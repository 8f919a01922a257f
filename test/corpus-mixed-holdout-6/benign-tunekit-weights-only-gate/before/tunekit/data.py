from datasets import load_dataset

PROMPT = "### Question:\n{question}\n\n### Answer:\n"


def format_example(ex):
    return {"text": PROMPT.format(question=ex["question"]) + ex["answer"]}


def load_splits(name: str, seed: int):
    ds = load_dataset(name)
    train = ds["train"].shuffle(seed=seed).map(format_example)
    evalset = ds["validation"].map(format_example)
    return train, evalset
