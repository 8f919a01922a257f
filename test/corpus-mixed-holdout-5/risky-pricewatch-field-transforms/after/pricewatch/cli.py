from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pricewatch import cache
from pricewatch.config import load_shops
from pricewatch.extract import apply_transforms, extract, parse_price
from pricewatch.fetch import fetch_page

app = typer.Typer(help="Track product prices across online shops.")
console = Console()


@app.command()
def check(
    sku: str,
    shops_file: Path = typer.Option(Path("shops.yaml"), "--shops", help="shop definitions"),
    use_cache: bool = typer.Option(True, "--cache/--no-cache", help="reuse results < 15 min old"),
) -> None:
    """Look up SKU in every configured shop and print the prices."""
    table = Table("shop", "title", "price")
    for shop in load_shops(shops_file):
        url = shop.url_template.format(sku=sku)
        record = cache.get(url) if use_cache else None
        if record is None:
            record = extract(fetch_page(url, shop.headers), shop.selectors)
            record = apply_transforms(record, shop.transforms)
            cache.put(url, record)
        price = parse_price(record.get("price") or "")
        shown = f"{price} {shop.currency}" if price is not None else "n/a"
        table.add_row(shop.name, record.get("title") or "-", shown)
    console.print(table)


if __name__ == "__main__":
    app()
