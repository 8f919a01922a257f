import logging

from etl.config import settings
from etl.extract import iter_rows
from etl.load import write_orders
from etl.transform import clean_order

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("etl")


def main() -> None:
    for source in settings.sources:
        cleaned = [r for r in map(clean_order, iter_rows(source)) if r]
        n = write_orders(cleaned)
        log.info("loaded %d rows from %s", n, source)


if __name__ == "__main__":
    main()
