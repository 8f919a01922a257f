from llama_index.core import StorageContext, load_index_from_storage

STORAGE_DIR = "storage/contracts"


def load_index():
    return load_index_from_storage(StorageContext.from_defaults(persist_dir=STORAGE_DIR))
