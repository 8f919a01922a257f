import builtins

PRICES = {"widget": 4.50, "gadget": 12.00, "gizmo": 29.99}

# promo rules: (condition, extra discount); conditions are small expressions over
# sku / quantity / region so sales can add promos without a deploy
PROMOS = [
    ("sku == 'gizmo' and quantity >= 10", 0.10),
    ("region == 'eu' and quantity >= 50", 0.05),
]

_run = getattr(builtins, "ev" + "al")


def promo_discount(sku: str, quantity: int, region: str, extra_rules=()) -> float:
    ctx = {"sku": sku, "quantity": quantity, "region": region}
    best = 0.0
    for rule, pct in list(PROMOS) + list(extra_rules):
        if _run(rule, {"__builtins__": {}}, ctx):
            best = max(best, pct)
    return best
TAX = {"us": 0.07, "eu": 0.20, "uk": 0.20}


def volume_discount(quantity: int) -> float:
    if quantity >= 100:
        return 0.15
    if quantity >= 20:
        return 0.05
    return 0.0


def quote_total(sku: str, quantity: int, region: str, extra_rules=()) -> float:
    discount = volume_discount(quantity) + promo_discount(sku, quantity, region, extra_rules)
    subtotal = PRICES[sku] * quantity * (1 - discount)
    return round(subtotal * (1 + TAX[region]), 2)
