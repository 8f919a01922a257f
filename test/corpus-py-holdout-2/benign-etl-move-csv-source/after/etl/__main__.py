import logging

from etl.load import write_orders
from etl.sources import iter_rows
from etl.transform import clean_order

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("etl")


def main() -> None:
    cleaned = [r for r in map(clean_order, iter_rows("orders")) if r]
    n = write_orders(cleaned)
    log.info("loaded %d orders", n)


if __name__ == "__main__":
    main()
