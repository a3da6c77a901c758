# needs: py314
# PEP 750 template strings, with the f-string machinery of PEP 701.
name = "world"
value = 3.14159
width, precision = 10, 2
items = {"a": 1}

plain = t"Hello {name}"
single = t'{value!r:>10}'
upper = T"{name!s}" T'{name!a}'
raw = rt"\d+{name}\n" Rt'\w' tR"{value}\\" TR'x'
triple = t"""
Hello,
    {name}
"""
raw_triple = rt'''{name}\n
{value:{width}.{precision}}'''
debug = t"{value=}" t"{value = }" t"{value=!s}" t"{value=:.2f}" t"{ value = !r:>{width}}"
spec = t"{value:{width}.{precision}f}" t"{value:{t'{width}'}}" t"{value:{width}{'f'}}"
same_quotes = t"{t"{name}"}" t"{f"{name}"}" t"{"plain"}" t"{t"{t"{name}"}"}"
in_fstring = f"{t'{name}'}" f"{t"{name}"}"
subscripts = t"{items['a']}" t'{items["a"]}'
braces = t"{{literal}} {{{name}}}" t"}}" t"{{"
walrus = t"{(x := 10)}" t"{x:=10}"
multiline = t"{
    name  # a comment inside the field
}"
lambda_in_parens = t"{(lambda: 1)()}"
continuation = t"""{value =\
}"""
starred = t"{*items,}"
concatenated = t"a" t"{name}" rt"\b" t"""c"""
escapes = t"\N{BULLET} \x41 \u00e9 {name}\n"
empty = t"" t'' t"""""" rt''
comparison = t"{value != width}" t"{value!=width}"
conditional = t"{name if value else width}"
call = f(t"{name}", key=t"{value}")


def generator():
    received = yield t"{(yield)}"
    yield t"{received}"
