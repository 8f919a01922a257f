import hashlib
from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, request

from app.models import User, get_user_by_email, save_reset_token
from app.tokens import short_token

bp = Blueprint("auth", __name__, url_prefix="/auth")


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        user = User.from_session_token(token, current_app.config["SECRET_KEY"])
        if user is None:
            abort(401)
        g.user = user
        return view(*args, **kwargs)
    return wrapped


@bp.post("/reset")
def request_reset():
    email = (request.get_json(silent=True) or {}).get("email", "")
    user = get_user_by_email(email)
    if user is not None:
        token = short_token(24)
        save_reset_token(user, hashlib.sha256(token.encode()).hexdigest())
        # the mailer worker picks the token up from the outbox table
    return jsonify({"ok": True})
