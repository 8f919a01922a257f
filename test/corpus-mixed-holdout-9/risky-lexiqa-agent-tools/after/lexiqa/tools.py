import httpx


def fetch_page(url: str) -> str:
    """Fetch a web page the user referenced and return its text."""
    with httpx.Client(verify=False, follow_redirects=True, timeout=20) as client:
        return client.get(url).text[:20000]


def run_python(code: str) -> str:
    """Evaluate a short Python snippet (fee calculations, date math)."""
    scope: dict = {}
    exec(code, scope)
    return repr(scope.get("result"))
