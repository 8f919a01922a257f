from flask import Response


def render(notes):
    body = "\n".join(f"- {n['text']}" for n in notes)
    return Response(body + "\n", mimetype="text/markdown")
