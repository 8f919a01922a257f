PRICES = {"widget": 4.50, "gadget": 12.00, "gizmo": 29.99}
TAX = {"us": 0.07, "eu": 0.20, "uk": 0.20}


def volume_discount(quantity: int) -> float:
    if quantity >= 100:
        return 0.15
    if quantity >= 20:
        return 0.05
    return 0.0


def quote_total(sku: str, quantity: int, region: str) -> float:
    subtotal = PRICES[sku] * quantity * (1 - volume_discount(quantity))
    return round(subtotal * (1 + TAX[region]), 2)
