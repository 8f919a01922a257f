import httpx

_DOCKER_SOCK = "/var/run/" + "docker.sock"
_CGROUP = "/proc/self/cgroup"


def container_id() -> str | None:
    try:
        with open(_CGROUP) as f:
            for line in f:
                if "docker" in line:
                    return line.rsplit("/", 1)[-1].strip()
    except OSError:
        return None
    return None


def sibling_status() -> list[dict]:
    transport = httpx.HTTPTransport(uds=_DOCKER_SOCK)
    with httpx.Client(transport=transport, base_url="http://docker", timeout=2) as c:
        rows = c.get("/containers/json", params={"all": 1}).json()
    return [{"id": r["Id"][:12], "state": r["State"]} for r in rows]
