# needs: py312
# Forms CPython accepts that we once refused, and the neighbours of those it refuses.
call(x := 1 for i in y)
call((x := 1) for i in y)

match *items,:
    case [*rest]:
        pass

match items:
    case [1, *_]:
        pass
    case {"key": 1, **rest}:
        pass
    case 1 as one:
        pass


def generator():
    yield *items, last
    yield (*items, last)
    yield from items


print(*a or b, *c and d)
print(f"{value!r}", f"{value!s:>10}", f"{value!a}", f"{value=!r}")
print(f"{'\N{BULLET}'}", "\N{EM DASH}", b"\\N{not a name}", r"\N{not a name}")
