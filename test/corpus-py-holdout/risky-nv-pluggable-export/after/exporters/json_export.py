import json

from flask import Response


def render(notes):
    return Response(json.dumps(notes, indent=2), mimetype="application/json")
