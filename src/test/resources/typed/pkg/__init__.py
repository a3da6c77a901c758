from .conn import Connection as Connection
