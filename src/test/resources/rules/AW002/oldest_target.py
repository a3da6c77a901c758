# target: py38
# Everything from 3.9 on, on a project that still supports 3.8: one finding per use.


def positional(a, /, b):
    return (n := a + b)


with (open("a") as first, open("b") as second):  # error: AW002
    pass

match positional(1, 2):  # error: AW002
    case 3:
        pass

try:
    pass
except* ValueError:  # error: AW002
    pass


def first[T](items: list[T]) -> T:  # error: AW002
    return items[0]


type Pair = tuple[int, int]  # error: AW002


def default[T = int](x: T) -> T:  # error: AW002
    return x


lines = ["a", "b"]
quotes = f"{", ".join(lines)}"  # error: AW002
backslash = f"{'\n'.join(lines)}"  # error: AW002
commented = f"{len(lines)  # error: AW002
}"
greeting = t"Hello {lines[0]}"  # error: AW002

try:
    pass
except ValueError, TypeError:  # error: AW002
    pass

lazy import json  # error: AW002
flat = [*line for line in [lines]]  # error: AW002
