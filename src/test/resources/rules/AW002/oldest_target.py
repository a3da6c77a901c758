# target: py38
# Everything from 3.9 on, on a project that still supports 3.8: one finding per use.


def positional(a, /, b):
    return (n := a + b)


with (open("a") as first, open("b") as second):  # error: AW002 no fix
    pass

match positional(1, 2):  # error: AW002 no fix
    case 3:
        pass

try:
    pass
except* ValueError:  # error: AW002 no fix
    pass


def first[T](items: list[T]) -> T:  # error: AW002 no fix
    return items[0]


type Pair = tuple[int, int]  # error: AW002 no fix


def default[T = int](x: T) -> T:  # error: AW002 no fix
    return x


lines = ["a", "b"]
quotes = f"{", ".join(lines)}"  # error: AW002 no fix
backslash = f"{'\n'.join(lines)}"  # error: AW002 no fix
commented = f"{len(lines)  # error: AW002 no fix
}"
greeting = t"Hello {lines[0]}"  # error: AW002 no fix

try:
    pass
except ValueError, TypeError:  # error: AW002 no fix
    pass

lazy import json  # error: AW002 no fix
flat = [*line for line in [lines]]  # error: AW002 no fix
