# target: py313
# Only what 3.14 and 3.15 brought is too new for 3.13; the rest of the file is checked as usual.
import asyncio

lazy from os import path  # error: AW002 advice only

template = t"{path.sep!r:>10}"  # error: AW002 advice only
raw = (
    rt"\d{template}"  # error: AW002 advice only
    Tr'''{raw}'''  # error: AW002 advice only
)


async def main(groups, tables):
    try:
        await asyncio.sleep(1)
    except* OSError, ValueError:  # error: AW002 advice only
        pass
    merged = {**table for table in tables}  # error: AW002 advice only
    members = {*group for group in groups}  # error: AW002 advice only
    return (*group for group in groups)  # error: AW002 advice only


def nested(x):
    return f"{x!r:{"width"}}", [y := x, f"{x=}"]


type Alias[T = int] = list[T]
