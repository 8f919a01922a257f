from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from catalog.models import Product


def product_list(request):
    products = Product.objects.order_by("name").values("id", "name", "price")
    return JsonResponse({"results": list(products)})


def product_detail(request, pk: int):
    p = get_object_or_404(Product, pk=pk)
    return JsonResponse({"id": p.id, "name": p.name, "price": str(p.price)})
