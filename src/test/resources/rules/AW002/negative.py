# target: py315
# Every feature, on a target new enough for all of them.
lazy import json
lazy from . import sibling

lazy = 1
lazy.real
lazy(1) if callable(lazy) else None


def run[T = int](items: list[T], /, *, flat=True) -> str:
    with (open("a") as first, open("b") as second):
        pass
    match items:
        case [*rest]:
            pass
    try:
        pass
    except ValueError, TypeError:
        pass
    try:
        pass
    except* OSError:
        pass
    if (n := len(items)) > 1:
        pass
    return t"{[*x for x in items]!r}" if flat else f"{"nested"}"


type Pair = tuple[int, int]
