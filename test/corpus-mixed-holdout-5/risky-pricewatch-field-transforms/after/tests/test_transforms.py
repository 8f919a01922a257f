from pricewatch.extract import apply_transforms


def test_transform_strips_site_suffix():
    record = {"title": "Chain 11s | Bikeshop", "price": "19,99 €"}
    out = apply_transforms(record, {"title": "value.split('|')[0].strip()"})
    assert out["title"] == "Chain 11s"
    assert out["price"] == "19,99 €"


def test_transform_can_use_other_fields():
    out = apply_transforms({"title": "Chain", "brand": "KMC"}, {"title": "record['brand'] + ' ' + value"})
    assert out["title"] == "KMC Chain"
