from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pricewatch.config import load_shops, select_shops, shops_from_env
from pricewatch.extract import extract, parse_price
from pricewatch.fetch import fetch_page

app = typer.Typer(help="Track product prices across online shops.")
console = Console()


@app.command()
def check(
    sku: str,
    shops_file: Path = typer.Option(Path("shops.yaml"), "--shops", help="shop definitions"),
    only: list[str] = typer.Option(None, "--only", help="restrict to these shops (repeatable)"),
) -> None:
    """Look up SKU in every configured shop and print the prices."""
    table = Table("shop", "title", "price")
    try:
        shops = select_shops(load_shops(shops_file), only or shops_from_env())
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    for shop in shops:
        html = fetch_page(shop.url_template.format(sku=sku), shop.headers)
        record = extract(html, shop.selectors)
        price = parse_price(record.get("price") or "")
        shown = f"{price} {shop.currency}" if price is not None else "n/a"
        table.add_row(shop.name, record.get("title") or "-", shown)
    console.print(table)


if __name__ == "__main__":
    app()
