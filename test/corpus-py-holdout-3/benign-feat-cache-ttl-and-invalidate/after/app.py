from flask import Flask, abort, jsonify

from cache import FeatureCache
from features import compute_features

app = Flask(__name__)
cache = FeatureCache()


@app.get("/features/<user_id>")
def features(user_id: str):
    cached = cache.get(user_id)
    if cached is not None:
        return jsonify(cached)
    feats = compute_features(user_id)
    if feats is None:
        abort(404)
    cache.set(user_id, feats)
    return jsonify(feats)


@app.delete("/features/<user_id>/cache")
def drop_cache(user_id: str):
    return jsonify({"dropped": cache.invalidate(user_id)})


if __name__ == "__main__":
    app.run(port=5001)
