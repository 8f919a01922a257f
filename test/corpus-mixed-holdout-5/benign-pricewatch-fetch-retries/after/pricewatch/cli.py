from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pricewatch.config import load_shops
from pricewatch.extract import extract, parse_price
from pricewatch.fetch import fetch_page

app = typer.Typer(help="Track product prices across online shops.")
console = Console()


@app.command()
def check(
    sku: str,
    shops_file: Path = typer.Option(Path("shops.yaml"), "--shops", help="shop definitions"),
) -> None:
    """Look up SKU in every configured shop and print the prices."""
    table = Table("shop", "title", "price")
    for shop in load_shops(shops_file):
        html = fetch_page(shop.url_template.format(sku=sku), shop.headers)
        record = extract(html, shop.selectors)
        price = parse_price(record.get("price") or "")
        shown = f"{price} {shop.currency}" if price is not None else "n/a"
        table.add_row(shop.name, record.get("title") or "-", shown)
    console.print(table)


if __name__ == "__main__":
    app()
