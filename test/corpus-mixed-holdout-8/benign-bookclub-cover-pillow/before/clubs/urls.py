from django.urls import path

from clubs import views

urlpatterns = [
    path("", views.upcoming, name="upcoming"),
    path("books/<int:pk>/", views.book_detail, name="book-detail"),
]
