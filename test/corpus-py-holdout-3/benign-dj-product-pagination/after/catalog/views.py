from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from catalog.models import Product


def product_list(request):
    qs = Product.objects.order_by("name")
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(name__icontains=q)
    page = Paginator(qs.values("id", "name", "price"), per_page=50).get_page(request.GET.get("page"))
    return JsonResponse({
        "results": list(page.object_list),
        "page": page.number,
        "num_pages": page.paginator.num_pages,
    })


def product_detail(request, pk: int):
    p = get_object_or_404(Product, pk=pk)
    return JsonResponse({"id": p.id, "name": p.name, "price": str(p.price)})
