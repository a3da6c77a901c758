# target: py38
# Everything from 3.9 on, on a project that still supports 3.8: one finding per use.


def positional(a, /, b):
    return (n := a + b)


with (open("a") as first, open("b") as second):  # error: AW002 advice only
    pass

match positional(1, 2):  # error: AW002 advice only
    case 3:
        pass

try:
    pass
except* ValueError:  # error: AW002 advice only
    pass


def first[T](items: list[T]) -> T:  # error: AW002 advice only
    return items[0]


type Pair = tuple[int, int]  # error: AW002 advice only


def default[T = int](x: T) -> T:  # error: AW002 advice only
    return x


lines = ["a", "b"]
quotes = f"{", ".join(lines)}"  # error: AW002 advice only
backslash = f"{'\n'.join(lines)}"  # error: AW002 advice only
commented = f"{len(lines)  # error: AW002 advice only
}"
greeting = t"Hello {lines[0]}"  # error: AW002 advice only

try:
    pass
except ValueError, TypeError:  # error: AW002 advice only
    pass

lazy import json  # error: AW002 advice only
flat = [*line for line in [lines]]  # error: AW002 advice only
