"""Small helpers to edit a deep copy of a scenario input for a variant."""


def put(path, value):
    """Return fn setting obj[path...] = value (path: list of keys/indexes)."""
    def fn(obj):
        cur = obj
        for k in path[:-1]:
            cur = cur[k]
        cur[path[-1]] = value
    return fn


def drop(path):
    """Return fn deleting obj[path...]."""
    def fn(obj):
        cur = obj
        for k in path[:-1]:
            cur = cur[k]
        del cur[path[-1]]
    return fn


def append(path, value):
    def fn(obj):
        cur = obj
        for k in path:
            cur = cur[k]
        cur.append(value)
    return fn


def both(*fns):
    def fn(obj):
        for f in fns:
            f(obj)
    return fn
