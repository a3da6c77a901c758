# needs: py315
# PEP 798: unpacking in comprehensions and generator expressions.
lists = [[1, 2], [3]]
dicts = [{"a": 1}, {"b": 2}]

flat = [*xs for xs in lists]
unique = {*xs for xs in lists}
merged = {**d for d in dicts}
lazily = (*xs for xs in lists)
called = sum(*xs for xs in lists)
nested = [*[*ys for ys in xs] for xs in [lists]]
conditioned = [*xs for xs in lists if xs]
asynchronous = None
attributes = [*obj.items for obj in objects]
calls = {**load(name) for name in names}
operators = [*a | b for a, b in pairs] + [*a + b for a, b in pairs]
awaited = None


async def gather(sources):
    return [*await source for source in sources] + [*xs async for xs in sources]


def inner():
    return {**{k: v} for k, v in pairs}, (*range(n) for n in range(3))
