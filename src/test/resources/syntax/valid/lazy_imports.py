# needs: py315
# PEP 810: `lazy` is a soft keyword before `import` and `from`, a name everywhere else.
lazy import json
lazy import os.path, sys as system
lazy import xml.etree.ElementTree as ET
lazy from . import sibling
lazy from .. import parent
lazy from ... import grandparent
lazy from .... import great
lazy from .pkg.sub import (first, second as other,)
lazy from collections import OrderedDict, defaultdict
lazy from __future__ import annotations; lazy import re

lazy = 1
lazy.attr = 2
lazy += 1
lazy[0]
lazy(1)
lazy [1]
lazy: int = 3
print(lazy, lazy.import_, lazy.lazy)
del lazy
import lazy
import lazy.lazy as lazy
from lazy import lazy
from lazy.lazy import lazy as lazy
x = [lazy for lazy in range(3)]
y = lambda lazy: lazy
lazy, other = 1, 2


def lazy(lazy=lazy, *lazies, **lazily):
    global lazy
    return lazy


class lazy(lazy):
    lazy = lazy


match lazy:
    case lazy.value:
        pass
    case {"lazy": lazy}:
        pass
    case lazy:
        pass


@lazy
def decorated():
    pass


# ast.parse accepts these; CPython's compiler refuses them (inside a function, a class, a
# try, and a star import): not a parse error.
def function():
    lazy import json


class Body:
    lazy from os import path


try:
    lazy import csv
except ImportError:
    pass

lazy from os import *
