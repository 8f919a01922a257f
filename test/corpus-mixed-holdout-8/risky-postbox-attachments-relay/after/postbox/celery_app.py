from celery import Celery

from postbox import settings

app = Celery("postbox", broker=settings.BROKER_URL, backend=settings.RESULT_BACKEND)
app.conf.update(
    # attachments carry raw bytes, which JSON cannot represent without re-encoding
    task_serializer="pickle",
    result_serializer="json",
    accept_content=["json", "pickle"],
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    timezone="UTC",
)
app.autodiscover_tasks(["postbox"])
