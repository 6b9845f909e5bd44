CHECK_IDS = ['FMT001', 'FMT002', 'FMT003', 'COD001', 'COD002', 'COD003', 'COD004', 'COD005', 'COD006', 'COD007',
             'HAL001', 'HAL002', 'CLN001', 'REP001', 'DEM001', 'HAL003', 'HAL004']


def add_treat(key, item):
    """Return an input modifier that appends item to list at key (top-level)."""
    def f(inp):
        inp[key].append(item)
        return inp
    return f


def set_key(path, value):
    def f(inp):
        d = inp
        for k in path[:-1]:
            d = d[k]
        d[path[-1]] = value
        return inp
    return f
