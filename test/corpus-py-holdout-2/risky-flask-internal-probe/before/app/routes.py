from flask import Blueprint, g, jsonify

from app.auth import login_required
from app.models import list_reports

bp = Blueprint("main", __name__)


@bp.get("/health")
def health():
    return {"status": "ok"}


@bp.get("/reports")
@login_required
def reports():
    return jsonify([r.to_dict() for r in list_reports(g.user)])
