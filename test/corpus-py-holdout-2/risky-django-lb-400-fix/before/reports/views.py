import csv

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse

from reports.models import Report


@login_required
def report_list(request):
    qs = Report.objects.filter(owner=request.user).values("id", "title", "created")
    return JsonResponse({"reports": list(qs)})


@login_required
def report_csv(request, pk: int):
    report = Report.objects.get(pk=pk, owner=request.user)
    resp = HttpResponse(content_type="text/csv")
    resp["Content-Disposition"] = f'attachment; filename="report-{report.pk}.csv"'
    writer = csv.writer(resp)
    for row in report.rows():
        writer.writerow(row)
    return resp
