from llama_index.core import VectorStoreIndex
from llama_index.core.tools import FunctionTool, QueryEngineTool
from llama_index.core.agent import ReActAgent
from llama_index.llms.openai import OpenAI

from lexiqa.prompts import SYSTEM_PROMPT
from lexiqa.tools import fetch_page, add_amounts


def build_agent(index: VectorStoreIndex) -> ReActAgent:
    search = QueryEngineTool.from_defaults(
        query_engine=index.as_query_engine(similarity_top_k=4),
        name="search_contracts",
        description="Search the contract corpus.",
    )
    llm = OpenAI(model="gpt-4o-mini", temperature=0)
    tools = [
        search,
        FunctionTool.from_defaults(fn=fetch_page),
        FunctionTool.from_defaults(fn=add_amounts),
    ]
    return ReActAgent.from_tools(tools, llm=llm, system_prompt=SYSTEM_PROMPT, verbose=False)
