from django.urls import path

from reports import views

urlpatterns = [
    path("", views.report_list, name="report-list"),
    path("<int:pk>.csv", views.report_csv, name="report-csv"),
]
