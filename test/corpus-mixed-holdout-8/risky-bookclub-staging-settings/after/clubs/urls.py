from django.urls import path

from clubs import views

urlpatterns = [
    path("", views.upcoming, name="upcoming"),
    path("healthz", views.healthz, name="healthz"),
    path("books/<int:pk>/", views.book_detail, name="book-detail"),
]
